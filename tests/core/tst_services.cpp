// The Writer (one thread, all writes) and QueryService (pool threads, read-only connections):
// writes submitted from several threads all land, readers see committed data, generations drop stale work.
#include "ingest/contenthash.h"
#include "service/generation.h"
#include "service/queryservice.h"
#include "service/writer.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace lodestone;

class TestServices final : public QObject {
    Q_OBJECT
private slots:
    void writesFromManyThreadsAndReadersInParallel()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("svc.sqlite"));
        Writer writer(path, nullptr);
        QVERIFY(!writer.start());
        QueryService queries(path, 3);

        constexpr int kThreads = 4;
        constexpr int kPerThread = 50;
        QList<QFuture<void>> producers;
        for (int t = 0; t < kThreads; ++t) {
            producers << QtConcurrent::run([&writer, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    writer.submit([t, i](WriteContext& ctx) {
                        SQLite::Transaction tx(ctx.db.sql());
                        ParsedDocument d;
                        d.title = QStringLiteral("r %1/%2").arg(t).arg(i);
                        d.text = QStringLiteral("text of report %1 from thread %2").arg(i).arg(t);
                        const qint64 id = ctx.stores.reports.insert(d, contentHash(d.text), QDateTime::currentDateTimeUtc());
                        tx.commit();
                        return id;
                    }).waitForFinished();
                }
            });
        }
        // Readers run meanwhile on their own connections and never see a half-written report.
        QList<QFuture<qint64>> readers;
        for (int r = 0; r < 20; ++r)
            readers << queries.run([](ReadContext& ctx) {
                // One read transaction = one snapshot: both counts must agree (each report commits with its
                // verification row). Without it a write may land between the two statements.
                ctx.db.sql().exec("BEGIN");
                const qint64 n = ctx.stores.reports.count();
                const qint64 v = ctx.db.sql().execAndGet("SELECT COUNT(*) FROM verification").getInt64();
                ctx.db.sql().exec("COMMIT");
                return n == v ? n : -1;
            });
        for (auto& p : producers)
            p.waitForFinished();
        for (auto& r : readers)
            QVERIFY(r.result() >= 0);
        const qint64 total = queries.run([](ReadContext& ctx) { return ctx.stores.reports.count(); }).result();
        QCOMPARE(total, qint64(kThreads * kPerThread));
    }

    void readersRunOffTheCallingThread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        Writer writer(path, nullptr);
        QVERIFY(!writer.start());
        QueryService queries(path);
        QThread* caller = QThread::currentThread();
        QThread* ran = queries.run([](ReadContext&) { return QThread::currentThread(); }).result();
        QVERIFY(ran != caller);
        QThread* wrote = writer.submit([](WriteContext&) { return QThread::currentThread(); }).result();
        QVERIFY(wrote != caller && wrote != ran);
    }

    void readerRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        Writer writer(path, nullptr);
        QVERIFY(!writer.start());
        QueryService queries(path);
        auto f = queries.run([](ReadContext& ctx) { ctx.db.sql().exec("INSERT INTO tag (name) VALUES ('x')"); return 0; });
        // QtConcurrent hands non-QException errors back as QUnhandledException (a std::exception).
        QVERIFY_THROWS_EXCEPTION(std::exception, f.result());
        const qint64 tags = queries.run([](ReadContext& ctx) {
            return ctx.db.sql().execAndGet("SELECT COUNT(*) FROM tag").getInt64();
        }).result();
        QCOMPARE(tags, qint64(0));
    }

    void writerErrorsComeBackThroughTheFuture()
    {
        QTemporaryDir dir;
        Writer writer(dir.filePath(QStringLiteral("e.sqlite")), nullptr);
        QVERIFY(!writer.start());
        auto f = writer.submit([](WriteContext& ctx) { ctx.db.sql().exec("INSERT INTO no_such_table VALUES (1)"); return 1; });
        QVERIFY_THROWS_EXCEPTION(SQLite::Exception, f.result());
        // The writer goes on working afterwards.
        QCOMPARE(writer.submit([](WriteContext&) { return 7; }).result(), 7);
    }

    void writerStartFailsOnNonDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("plain notes\n");
        f.close();
        Writer writer(path, nullptr);
        const Error e = writer.start();
        QCOMPARE(e.code, ErrorCode::NotADatabase);
    }

    void generationsDropStaleResults()
    {
        Generation g;
        const quint64 a = g.next();
        const quint64 b = g.next();
        QVERIFY(!g.isCurrent(a));
        QVERIFY(g.isCurrent(b));
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
