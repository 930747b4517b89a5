// The Checkpointer: WAL checkpoints run on its own thread, not inside the Writer's commits; the WAL stays
// bounded; a database that is not in WAL mode is refused (the writer then checkpoints itself); detaching gives
// the writer its auto-checkpoint back; and a Writer that imports with it leaves a consistent database.
#include "db/checkpointer.h"
#include "db/database.h"
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
#include <sqlite3.h>

using namespace lodestone;

namespace {

// Writes `rows` rows of `bytes` bytes each, one transaction per row.
void writeRows(SQLite::Database& db, int rows, int bytes)
{
    SQLite::Statement st(db, "INSERT INTO t (payload) VALUES (?)");
    const std::string payload(static_cast<size_t>(bytes), 'x');
    for (int i = 0; i < rows; ++i) {
        SQLite::Transaction tx(db);
        st.reset();
        st.bind(1, payload);
        st.exec();
        tx.commit();
    }
}

int walPages(SQLite::Database& db)
{
    int log = 0;
    int copied = 0;
    sqlite3_wal_checkpoint_v2(db.getHandle(), "main", SQLITE_CHECKPOINT_PASSIVE, &log, &copied);
    return log;
}

} // namespace

class TestCheckpointer final : public QObject {
    Q_OBJECT
private slots:
    void checkpointsOnItsOwnThreadAndBoundsTheWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.sqlite"));
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA journal_mode=WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)");
        constexpr int kThreshold = 50;
        Checkpointer c(path, kThreshold);
        QVERIFY(!c.attach(db.getHandle()));
        writeRows(db, 400, 6000); // ~2 pages a row: far past the threshold many times
        QTRY_VERIFY_WITH_TIMEOUT(c.completed() > 0, 5000);
        // The WAL was restarted from its beginning after checkpoints: it never holds all 800+ pages.
        const qint64 walBytes = QFileInfo(path + QStringLiteral("-wal")).size();
        QVERIFY2(walBytes < 800 * 4096, qPrintable(QString::number(walBytes)));
        c.detach();
        const int completed = c.completed();
        writeRows(db, 200, 6000);
        QCOMPARE(c.completed(), completed); // detached: no more checkpoints on the thread
        QVERIFY(walPages(db) >= 0);
        QCOMPARE(db.execAndGet("SELECT COUNT(*) FROM t").getInt(), 600);
        QCOMPARE(db.execAndGet("PRAGMA integrity_check").getString(), std::string("ok"));
    }

    void refusesADatabaseNotInWalMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rollback.sqlite"));
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)");
        Checkpointer c(path, 10);
        const Error e = c.attach(db.getHandle());
        QVERIFY(e);
        QVERIFY2(e.detail.contains(QStringLiteral("WAL")), qPrintable(e.detail));
        writeRows(db, 20, 100); // the connection still works without it
        QCOMPARE(db.execAndGet("SELECT COUNT(*) FROM t").getInt(), 20);
    }

    void refusesAMissingFile()
    {
        Checkpointer c(QStringLiteral("/nonexistent/folder/x.sqlite"), 10);
        SQLite::Database mem(":memory:");
        QVERIFY(c.attach(mem.getHandle()));
    }

    // Through the Writer: an import large enough to pass the default threshold leaves a consistent database,
    // and the WAL is folded back when the writer closes.
    void writerImportStaysConsistent()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in"));
        QDir().mkpath(in);
        for (int i = 0; i < 300; ++i) {
            const ParsedDocument d = SyntheticCorpus::report(i, 5);
            QFile f(in + QStringLiteral("/r%1.txt").arg(i, 4, 10, QLatin1Char('0')));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write((d.title + QLatin1Char('\n') + d.text).toUtf8());
        }
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        auto gazetteer = Gazetteer::bundled();
        {
            Writer writer(path, gazetteer);
            QVERIFY(!writer.start());
            QCOMPARE(Importer(writer, gazetteer).run({in}).imported, 300);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(db.execAndGet("PRAGMA integrity_check").getString(), std::string("ok"));
        QCOMPARE(db.execAndGet("SELECT COUNT(*) FROM report").getInt(), 300);
        QCOMPARE(db.execAndGet("SELECT COUNT(*) FROM report_fts").getInt(), 300);
    }
};

QTEST_GUILESS_MAIN(TestCheckpointer)
#include "tst_checkpointer.moc"
