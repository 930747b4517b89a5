// The Importer over a real database file: a batch imports every file in order (prepare on the pool and store
// on the Writer overlap), and a disk that fills up mid-batch stops it at the first DiskFull: the files after
// it are listed once as not attempted, the reports committed before stay, and importing again finishes the rest.
#include "extract/gazetteer.h"
#include "ingest/syntheticcorpus.h"
#include "service/importer.h"
#include "service/writer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <SQLiteCpp/SQLiteCpp.h>
#include <csignal>
#include <sys/resource.h>

using namespace lodestone;

namespace {

QStringList writeFiles(const QString& dir, int from, int count)
{
    QDir().mkpath(dir);
    QStringList files;
    for (int i = from; i < from + count; ++i) {
        const ParsedDocument d = SyntheticCorpus::report(i, 11);
        const QString path = dir + QStringLiteral("/r%1.txt").arg(i, 5, 10, QLatin1Char('0'));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write((d.title + QLatin1Char('\n') + d.text).toUtf8());
        files << path;
    }
    return files;
}

qint64 reportCount(const QString& db)
{
    SQLite::Database c(db.toStdString(), SQLite::OPEN_READONLY);
    return c.execAndGet("SELECT COUNT(*) FROM report").getInt64();
}

// Limits the size any file of this process may grow to (as a full disk would), for one scope.
class FileSizeLimit final {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = m_saved;
        rl.rlim_cur = bytes;
        m_ok = ::setrlimit(RLIMIT_FSIZE, &rl) == 0;
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        ::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    struct rlimit m_saved {};
    sighandler_t m_handler = SIG_DFL;
    bool m_ok = false;
};

} // namespace

class TestImporter final : public QObject {
    Q_OBJECT
private slots:
    void importsEveryFileInOrder()
    {
        QTemporaryDir dir;
        const QStringList files = writeFiles(dir.filePath(QStringLiteral("in")), 0, 40);
        QCOMPARE(files.size(), 40);
        auto gazetteer = Gazetteer::bundled();
        Writer writer(dir.filePath(QStringLiteral("db.sqlite")), gazetteer);
        QVERIFY(!writer.start());
        QStringList seen;
        const ImportSummary s = Importer(writer, gazetteer).run({dir.filePath(QStringLiteral("in"))}, {}, {},
                                                               [&](const ImportFileResult& r) { seen << r.file; });
        QCOMPARE(s.imported, 40);
        QCOMPARE(s.failed, 0);
        QVERIFY(!s.stoppedBy);
        QVERIFY(s.notAttempted.isEmpty());
        QCOMPARE(seen, files); // results come in file order although preparing and storing overlap
        // Again: every file is a duplicate.
        const ImportSummary again = Importer(writer, gazetteer).run(files);
        QCOMPARE(again.duplicates, 40);
        QCOMPARE(again.imported, 0);
    }

    void stopsAtTheFirstFullDisk()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("full.sqlite"));
        const QStringList early = writeFiles(dir.filePath(QStringLiteral("early")), 0, 5);
        const QStringList batch = writeFiles(dir.filePath(QStringLiteral("batch")), 100, 300);
        QCOMPARE(batch.size(), 300);
        auto gazetteer = Gazetteer::bundled();
        ImportSummary s;
        qint64 committedBefore = 0;
        {
            Writer writer(db, gazetteer);
            QVERIFY(!writer.start());
            QCOMPARE(Importer(writer, gazetteer).run(early).imported, 5);
            committedBefore = reportCount(db);
            const qint64 largest = qMax(QFileInfo(db).size(), QFileInfo(db + QStringLiteral("-wal")).size());
            FileSizeLimit limit(static_cast<rlim_t>(largest + 160 * 1024));
            QVERIFY(limit.ok());
            QStringList failedLines;
            s = Importer(writer, gazetteer).run(batch, {}, {}, [&](const ImportFileResult& r) {
                if (r.status == ImportStatus::Failed)
                    failedLines << r.error.detail;
            });
            QCOMPARE(s.failed, 1);
            QCOMPARE(failedLines.size(), 1);
        }
        QCOMPARE(s.stoppedBy.code, ErrorCode::DiskFull);
        QVERIFY2(s.stoppedBy.detail.contains(QStringLiteral("not attempted")), qPrintable(s.stoppedBy.detail));
        QCOMPARE(committedBefore, qint64(5));
        QVERIFY(s.imported > 0);
        // Every file is accounted for once: imported, the one that hit the full disk, or not attempted, in order.
        QCOMPARE(s.imported + s.failed + static_cast<int>(s.notAttempted.size()), 300);
        QCOMPARE(s.notAttempted.first(), batch[s.imported + 1]);
        QCOMPARE(s.notAttempted.last(), batch.last());
        QCOMPARE(s.results.last().status, ImportStatus::Failed);
        QCOMPARE(s.results.last().file, batch[s.imported]);
        QCOMPARE(reportCount(db), qint64(5 + s.imported));

        // With space again the same batch completes: the stored ones are duplicates.
        Writer writer(db, gazetteer);
        QVERIFY(!writer.start());
        const ImportSummary rest = Importer(writer, gazetteer).run(batch);
        QCOMPARE(rest.duplicates, s.imported);
        QCOMPARE(rest.imported, 300 - s.imported);
        QCOMPARE(reportCount(db), qint64(305));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
