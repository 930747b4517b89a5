// Opening databases: fresh creation, upgrades from every older schema version, and refusal (without
// touching the file) of non-databases, corrupt files and newer schemas.
#include "db/database.h"
#include "db/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace lodestone;

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT
private slots:
    void freshDatabaseHasCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
        Error error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(db->sql().execAndGet("PRAGMA user_version").getInt(), Migrations::currentVersion());
        QCOMPARE(QString::fromStdString(db->sql().execAndGet("PRAGMA journal_mode").getString()), QStringLiteral("wal"));
        QCOMPARE(db->sql().execAndGet("PRAGMA foreign_keys").getInt(), 1);
        QCOMPARE(db->sql().execAndGet("PRAGMA synchronous").getInt(), 1); // NORMAL
        QVERIFY(db->sql().tableExists("report"));
        QVERIFY(db->sql().tableExists("correction_log"));
    }

    void upgradesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Migrations::currentVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void upgradesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            QVERIFY(!Migrations::migrateTo(raw, from));
            raw.exec("INSERT INTO report (title, text, content_hash, imported_at) VALUES ('kept', 'body', 'h1', '2026-01-01T00:00:00Z')");
        }
        Error error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(db->sql().execAndGet("PRAGMA user_version").getInt(), Migrations::currentVersion());
        QCOMPARE(QString::fromStdString(db->sql().execAndGet("SELECT title FROM report").getString()), QStringLiteral("kept"));
        // A backup of the old version was written next to it before migrating.
        const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("old.sqlite.v%1-*.bak").arg(from)});
        QCOMPARE(backups.size(), 1);
    }

    void upgradeKeepsTheSearchIndexWithoutACopyOfTheText()
    {
        // v4 rebuilds the full-text index without its own copy of the text: what was searchable stays searchable.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
        {
            SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            QVERIFY(!Migrations::migrateTo(raw, 3));
            raw.exec("INSERT INTO report (id, title, text, content_hash, imported_at) VALUES "
                     "(7, 'Quota notice', 'Output quotas for dysprosium were cut.', 'h7', '2026-01-01T00:00:00Z'), "
                     "(8, 'Smelter news', 'A new separation plant opened.', 'h8', '2026-01-01T00:00:00Z')");
            raw.exec("INSERT INTO report_fts (rowid, title, body) VALUES (7, 'Quota notice', 'Output quotas for dysprosium were cut.'), "
                     "(8, 'Smelter news', 'A new separation plant opened.')");
        }
        Error error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        QVERIFY2(db, qPrintable(error.detail));
        SQLite::Database& sql = db->sql();
        const QString ddl = QString::fromStdString(sql.execAndGet("SELECT sql FROM sqlite_master WHERE name = 'report_fts'").getString());
        QVERIFY2(ddl.contains(QLatin1String("content = ''")), qPrintable(ddl));
        QVERIFY(!sql.tableExists("report_fts_content"));
        QVERIFY(!sql.tableExists("report_fts_v4"));
        QCOMPARE(sql.execAndGet("SELECT COUNT(*) FROM report_fts").getInt(), 2);
        QCOMPARE(sql.execAndGet("SELECT rowid FROM report_fts WHERE report_fts MATCH 'dysprosium'").getInt(), 7);
        QCOMPARE(sql.execAndGet("SELECT rowid FROM report_fts WHERE report_fts MATCH 'title:smelter'").getInt(), 8);
        QCOMPARE(sql.execAndGet("SELECT COUNT(*) FROM report_fts WHERE report_fts MATCH '\"separation plant\"'").getInt(), 1);
        // New rows go in as before and are found.
        sql.exec("INSERT INTO report_fts (rowid, title, body) VALUES (9, 'Magnet exports', 'Permanent magnet exports rose.')");
        QCOMPARE(sql.execAndGet("SELECT rowid FROM report_fts WHERE report_fts MATCH 'magnet' ORDER BY rank").getInt(), 9);
    }

    void refusesWithoutModifying_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::addRow("text") << QByteArray("these are notes, not a database\n") << int(ErrorCode::NotADatabase);
        QTest::addRow("short") << QByteArray("SQLite") << int(ErrorCode::NotADatabase);
        QByteArray garbage("SQLite format 3");
        garbage.append('\0');
        garbage.append(QByteArray(4096, '\x5a'));
        QTest::addRow("garbage-after-header") << garbage << -1;
    }
    void refusesWithoutModifying()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const QByteArray before = digest(path);
        Error error;
        auto db = Database::open(path, Database::Mode::ReadWrite, &error);
        QVERIFY(!db);
        QVERIFY(error);
        if (code >= 0)
            QCOMPARE(int(error.code), code);
        QVERIFY2(error.detail.contains(path), qPrintable(error.detail));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            SQLite::Database raw(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            raw.exec("CREATE TABLE t(x); PRAGMA user_version = 99");
        }
        const QByteArray before = digest(path);
        Error error;
        QVERIFY(!Database::open(path, Database::Mode::ReadWrite, &error));
        QCOMPARE(error.code, ErrorCode::NewerSchema);
        QCOMPARE(digest(path), before);
    }

    void refusesCorruptDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            Error error;
            auto db = Database::open(path, Database::Mode::ReadWrite, &error);
            QVERIFY(db);
            db->sql().exec("PRAGMA journal_mode=DELETE");
            SQLite::Transaction tx(db->sql());
            for (int i = 0; i < 400; ++i)
                db->sql().exec("INSERT INTO report (title, text, content_hash, imported_at) VALUES ('t', "
                               "hex(randomblob(300)), hex(randomblob(16)), 'x')");
            tx.commit();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        // Smash a few interior pages but keep the header.
        for (qint64 at = 3 * 4096; at < size - 4096; at += 5 * 4096) {
            f.seek(at);
            f.write(QByteArray(4096, '\xff'));
        }
        f.close();
        const QByteArray before = digest(path);
        Error error;
        QVERIFY(!Database::open(path, Database::Mode::ReadWrite, &error));
        QVERIFY2(error.code == ErrorCode::Corrupt || error.code == ErrorCode::NotADatabase, qPrintable(error.detail));
        QCOMPARE(digest(path), before);
    }

    void readOnlyConnectionCannotWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.sqlite"));
        Error error;
        auto rw = Database::open(path, Database::Mode::ReadWrite, &error);
        QVERIFY(rw);
        auto ro = Database::open(path, Database::Mode::ReadOnly, &error);
        QVERIFY(ro);
        QVERIFY_THROWS_EXCEPTION(SQLite::Exception, ro->sql().exec("INSERT INTO tag (name) VALUES ('x')"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
