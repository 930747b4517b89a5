// IntegrityMark: a clean Writer close leaves "<db>.checked"; a file still matching it skips the full integrity
// check on the next read-write open, anything else (a change by another program, a damaged page, a leftover WAL,
// a crash) gets the full check — and a damaged file is then refused and left unchanged.
#include "db/database.h"
#include "db/integritymark.h"
#include "service/writer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <sys/stat.h>

using namespace lodestone;

namespace {

QByteArray digest(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// A database of ~100 pages written and closed cleanly by a Writer.
QString cleanDatabase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("m.sqlite"));
    Writer writer(path, nullptr);
    if (writer.start())
        return {};
    writer.submit([](WriteContext& ctx) {
        SQLite::Transaction tx(ctx.db.sql());
        for (int i = 0; i < 300; ++i)
            ctx.db.sql().exec("INSERT INTO tag (name) VALUES (hex(randomblob(400)))");
        tx.commit();
    }).waitForFinished();
    return path;
}

// Overwrites interior pages with 0xff, keeping the header (and, when asked, the modification time).
void smash(const QString& path, bool keepTime)
{
    struct stat before {};
    ::stat(QFile::encodeName(path).constData(), &before);
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return;
    for (qint64 at = 3 * 4096; at < f.size() - 4096; at += 4 * 4096) {
        f.seek(at);
        f.write(QByteArray(4096, '\xff'));
    }
    f.close();
    if (keepTime) {
        const struct timespec times[2] = {before.st_atim, before.st_mtim};
        ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0);
    }
}

} // namespace

class TestIntegrityMark final : public QObject {
    Q_OBJECT
private slots:
    void cleanCloseWritesAMatchingMark()
    {
        QTemporaryDir dir;
        const QString path = cleanDatabase(dir);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFile::exists(IntegrityMark::pathFor(path)));
        QVERIFY(IntegrityMark::matches(path));
        {
            Writer writer(path, nullptr);
            QVERIFY(!writer.start());
            QVERIFY(!QFile::exists(IntegrityMark::pathFor(path))); // open for writing: no mark
        }
        QVERIFY(IntegrityMark::matches(path));
    }

    void aChangeByAnotherProgramVoidsIt()
    {
        QTemporaryDir dir;
        const QString path = cleanDatabase(dir);
        QVERIFY(IntegrityMark::matches(path));
        {
            SQLite::Database other(path.toStdString(), SQLite::OPEN_READWRITE);
            other.exec("INSERT INTO tag (name) VALUES ('outside')");
        }
        QVERIFY(!IntegrityMark::matches(path));
    }

    void aLeftoverWalVoidsIt()
    {
        QTemporaryDir dir;
        const QString path = cleanDatabase(dir);
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.close();
        QVERIFY(IntegrityMark::matches(path)); // empty: what a read-only connection leaves; nothing pending
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write(QByteArray(32, 'x'));
        wal.close();
        QVERIFY(!IntegrityMark::matches(path));
    }

    void aDamagedFileIsStillRefused()
    {
        QTemporaryDir dir;
        const QString path = cleanDatabase(dir);
        smash(path, false);
        QVERIFY(!IntegrityMark::matches(path));
        const QByteArray before = digest(path);
        Error error;
        QVERIFY(!Database::open(path, Database::Mode::ReadWrite, &error));
        QVERIFY2(error.code == ErrorCode::Corrupt || error.code == ErrorCode::NotADatabase, qPrintable(error.detail));
        QCOMPARE(digest(path), before);
    }

    // The mark is what lets the check be skipped: damage that keeps size and time passes with the mark and is
    // caught without it.
    void theMarkIsWhatSkipsTheCheck()
    {
        QTemporaryDir dir;
        const QString path = cleanDatabase(dir);
        smash(path, true);
        QVERIFY(IntegrityMark::matches(path));
        const QByteArray before = digest(path);
        IntegrityMark::remove(path);
        Error error;
        QVERIFY(!Database::open(path, Database::Mode::ReadWrite, &error));
        QCOMPARE(error.code, ErrorCode::Corrupt);
        QCOMPARE(digest(path), before);
    }

    void readOnlyOpensNeitherCheckNorTouchIt()
    {
        QTemporaryDir dir;
        const QString path = cleanDatabase(dir);
        const QByteArray mark = digest(IntegrityMark::pathFor(path));
        Error error;
        auto ro = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY(ro);
        ro.reset();
        QCOMPARE(digest(IntegrityMark::pathFor(path)), mark);
        QVERIFY(IntegrityMark::matches(path)); // still trusted after a reader came and went
    }
};

QTEST_GUILESS_MAIN(TestIntegrityMark)
#include "tst_integritymark.moc"
