// The Importer over a real database file: a batch imports every file in order (prepare on the pool and store
// on the Writer overlap), and a disk that fills up mid-batch stops it at the first DiskFull: the files after
// it are listed once as not attempted, the reports committed before stay, and importing again finishes the rest.
#include "extract/gazetteer.h"
#include "ingest/importpipeline.h"
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

// An SQL string literal.
std::string quoted(const QString& text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QStringLiteral("''"));
    return "'" + q.toStdString() + "'";
}

// Makes storing a report with this title fail inside the database (as a constraint or I/O error would).
void poison(Writer& writer, const QString& title)
{
    writer.submit([title](WriteContext& ctx) {
        ctx.db.sql().exec("CREATE TEMP TRIGGER poison BEFORE INSERT ON report WHEN NEW.title = " + quoted(title) +
                          " BEGIN SELECT RAISE(ABORT, 'poisoned report'); END");
    }).waitForFinished();
}

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

    // Several files are stored in one transaction; when one of them fails, the group is rolled back and stored
    // file by file: the file at fault fails alone with its name and reason, the others land, nothing of the
    // failed file stays, and a copy of a file within the same group is a duplicate.
    void aFailingFileInAGroupFailsAlone()
    {
        QTemporaryDir dir;
        QStringList files = writeFiles(dir.filePath(QStringLiteral("in")), 0, 6);
        QCOMPARE(files.size(), 6);
        const QString copy = dir.filePath(QStringLiteral("in/copy-of-first.txt"));
        QVERIFY(QFile::copy(files.first(), copy));
        files << copy;
        auto gazetteer = Gazetteer::bundled();
        Writer writer(dir.filePath(QStringLiteral("db.sqlite")), gazetteer);
        QVERIFY(!writer.start());
        QList<PreparedFile> prepared;
        for (const QString& f : files)
            prepared << ImportPipeline::prepare(f, *gazetteer);
        const QString poisoned = prepared[3].reports.first().doc.title;
        // A failure only the fourth file meets.
        poison(writer, poisoned);
        const QList<ImportFileResult> results =
            writer.submit([prepared](WriteContext& ctx) { return ImportPipeline::storeGroup(ctx, prepared); }).result();
        QCOMPARE(results.size(), 7);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(results[i].file, files[i]);
        for (int i : {0, 1, 2, 4, 5})
            QCOMPARE(results[i].status, ImportStatus::Imported);
        QCOMPARE(results[3].status, ImportStatus::Failed);
        QVERIFY2(results[3].error.detail.contains(files[3]), qPrintable(results[3].error.detail));
        QVERIFY2(results[3].error.detail.contains(QStringLiteral("poisoned report")), qPrintable(results[3].error.detail));
        QCOMPARE(results[6].status, ImportStatus::Duplicate);
        QCOMPARE(results[6].duplicateOf, results[0].reportIds.first());
        QCOMPARE(reportCount(writer.path()), qint64(5));
        SQLite::Database c(writer.path().toStdString(), SQLite::OPEN_READONLY);
        SQLite::Statement st(c, "SELECT COUNT(*) FROM report WHERE title = ?");
        st.bind(1, poisoned.toStdString());
        QVERIFY(st.executeStep());
        QCOMPARE(st.getColumn(0).getInt(), 0);
        // Every stored report has its verification row, its search entry and its evidence.
        QCOMPARE(c.execAndGet("SELECT COUNT(*) FROM verification").getInt(), 5);
        QCOMPARE(c.execAndGet("SELECT COUNT(*) FROM report_fts").getInt(), 5);
        QCOMPARE(c.execAndGet("SELECT COUNT(*) FROM report r WHERE NOT EXISTS "
                              "(SELECT 1 FROM evidence e WHERE e.report_id = r.id)").getInt(), 0);
    }

    // The same through a whole batch: the group holding the bad file is retried file by file, in order.
    void aBatchWithABadFileImportsTheRest()
    {
        QTemporaryDir dir;
        const QStringList files = writeFiles(dir.filePath(QStringLiteral("in")), 0, 150);
        QCOMPARE(files.size(), 150);
        auto gazetteer = Gazetteer::bundled();
        Writer writer(dir.filePath(QStringLiteral("db.sqlite")), gazetteer);
        QVERIFY(!writer.start());
        const QString poisoned = ImportPipeline::prepare(files[77], *gazetteer).reports.first().doc.title;
        poison(writer, poisoned);
        QStringList seen;
        const ImportSummary s = Importer(writer, gazetteer).run(files, {}, {}, [&](const ImportFileResult& r) { seen << r.file; });
        QCOMPARE(seen, files);
        QCOMPARE(s.imported, 149);
        QCOMPARE(s.failed, 1);
        QCOMPARE(s.results[77].status, ImportStatus::Failed);
        QVERIFY(!s.stoppedBy);
        QCOMPARE(reportCount(writer.path()), qint64(149));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
