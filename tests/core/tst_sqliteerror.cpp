// SQLite failures mapped to lodestone error codes: a full disk reads as DiskFull whether SQLite says
// SQLITE_FULL (ENOSPC) or SQLITE_IOERR_WRITE with errno EFBIG/ENOSPC/EDQUOT (file size limit, quota).
#include "db/sqliteerror.h"

#include <QtTest>
#include <SQLiteCpp/SQLiteCpp.h>
#include <cerrno>
#include <sqlite3.h>

using namespace lodestone;

Q_DECLARE_METATYPE(lodestone::ErrorCode)

class TestSqliteError final : public QObject {
    Q_OBJECT
private slots:
    void mapsCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("systemErrno");
        QTest::addColumn<ErrorCode>("expected");
        QTest::newRow("full") << SQLITE_FULL << 0 << ErrorCode::DiskFull;
        QTest::newRow("full, errno ENOSPC") << SQLITE_FULL << ENOSPC << ErrorCode::DiskFull;
        QTest::newRow("ioerr write EFBIG") << SQLITE_IOERR_WRITE << EFBIG << ErrorCode::DiskFull;
        QTest::newRow("ioerr write ENOSPC") << SQLITE_IOERR_WRITE << ENOSPC << ErrorCode::DiskFull;
        QTest::newRow("ioerr write EDQUOT") << SQLITE_IOERR_WRITE << EDQUOT << ErrorCode::DiskFull;
        QTest::newRow("ioerr fsync ENOSPC") << SQLITE_IOERR_FSYNC << ENOSPC << ErrorCode::DiskFull;
        QTest::newRow("ioerr truncate EFBIG") << SQLITE_IOERR_TRUNCATE << EFBIG << ErrorCode::DiskFull;
        QTest::newRow("ioerr primary EFBIG") << SQLITE_IOERR << EFBIG << ErrorCode::DiskFull;
        QTest::newRow("ioerr write EIO") << SQLITE_IOERR_WRITE << EIO << ErrorCode::Io;
        QTest::newRow("ioerr write, no errno") << SQLITE_IOERR_WRITE << 0 << ErrorCode::Io;
        QTest::newRow("ioerr read EFBIG") << SQLITE_IOERR_READ << EFBIG << ErrorCode::Io;
        QTest::newRow("busy") << SQLITE_BUSY << 0 << ErrorCode::Locked;
        QTest::newRow("readonly") << SQLITE_READONLY << 0 << ErrorCode::NotWritable;
        QTest::newRow("corrupt") << SQLITE_CORRUPT << 0 << ErrorCode::Corrupt;
        QTest::newRow("notadb") << SQLITE_NOTADB << 0 << ErrorCode::NotADatabase;
        QTest::newRow("constraint") << SQLITE_CONSTRAINT << 0 << ErrorCode::Internal;
    }
    void mapsCodes()
    {
        QFETCH(int, code);
        QFETCH(int, systemErrno);
        QFETCH(ErrorCode, expected);
        // SQLiteCpp throws with the code a call returned; the extended code is known only with a connection.
        const SQLite::Exception e("failure", code);
        const Error error = errorFromSqlite(e, QStringLiteral("/data/x.sqlite"), systemErrno);
        QCOMPARE(error.code, expected);
        QVERIFY(error.detail.startsWith(QStringLiteral("/data/x.sqlite: failure")));
        QCOMPARE(isDiskFull(code, systemErrno), expected == ErrorCode::DiskFull);
    }

    // A real connection: a failing statement carries the extended code; errno 0 (no I/O error) is no disk issue.
    void connectionWithoutIoError()
    {
        SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE t (x INTEGER PRIMARY KEY)");
        db.exec("INSERT INTO t VALUES (1)");
        try {
            db.exec("INSERT INTO t VALUES (1)");
            QFAIL("the duplicate key was accepted");
        } catch (const SQLite::Exception& e) {
            QCOMPARE(e.getErrorCode() & 0xff, SQLITE_CONSTRAINT);
            const Error error = errorFromSqlite(e, QStringLiteral("mem"), db);
            QCOMPARE(error.code, ErrorCode::Internal);
        }
    }
};

QTEST_GUILESS_MAIN(TestSqliteError)
#include "tst_sqliteerror.moc"
