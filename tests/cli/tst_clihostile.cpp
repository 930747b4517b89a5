// Hostile inputs against the real executable (issue 14): no command writes over the database it reads or its
// -wal/-shm/-journal/lock files by any path; a foreign, corrupt or special file given as --db is refused and left
// byte for byte as it was, with no file created next to it; a FIFO named on the command line fails at once; a
// folder import does not follow symlinks out of the folder and reports them, and names with control characters
// or invalid UTF-8 are reported escaped; list commands page with --limit/--offset.
#include "clirunner.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace clitest;

namespace {

// Every file in the folder with its size and hash: what "nothing changed, nothing created" is compared with.
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> out;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& e : entries)
        if (!e.fileName().endsWith(QLatin1String("-shm"))) // shared memory of a connection the test holds open
            out.insert(e.fileName(), e.isFile() ? sha256(e.absoluteFilePath()) : QByteArray("not a file"));
    return out;
}

// A SQLite file of another program that has a table named like one of Lodestone's.
void writeForeignDatabase(const QString& path, bool wal)
{
    SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    if (wal)
        db.exec("PRAGMA journal_mode=WAL");
    db.exec("CREATE TABLE report (id INTEGER PRIMARY KEY, body TEXT)");
    db.exec("INSERT INTO report (body) VALUES ('quarterly figures of another tool')");
}

} // namespace

class TestCliHostile final : public QObject, private CliDb {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary)); }
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }

    // Issue 14 case 1: `export --out r.sqlite` exited 0 and the database was gone; backup overwrote the live WAL.
    void writersRefuseTheDatabaseAndItsFiles_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("target"); // relative to the database's folder; "@" is the database's name
        for (const char* command : {"export", "export-chart", "backup"}) {
            for (const char* target : {"@", "@-wal", "@-shm", "@-journal", "@.lock", "@.checked", "sub/../@", "link-to-db",
                                       "link-to-wal", "hardlink"}) {
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(command), QLatin1String(target))))
                    << QString::fromLatin1(command) << QString::fromLatin1(target);
            }
        }
    }
    void writersRefuseTheDatabaseAndItsFiles()
    {
        QFETCH(QString, command);
        QFETCH(QString, target);
        QCOMPARE(importGood().size(), 2);
        const QString dir = QFileInfo(m_db).absolutePath();
        const QString name = QFileInfo(m_db).fileName();
        QDir(dir).mkdir(QStringLiteral("sub"));
        // A WAL that exists while the command runs: keep a reader connection open with the WAL in place.
        SQLite::Database holder(m_db.toStdString(), SQLite::OPEN_READWRITE);
        holder.exec("PRAGMA journal_mode=WAL");
        holder.exec("CREATE TABLE IF NOT EXISTS test_probe (x)"); // a frame in the WAL
        QVERIFY(QFileInfo::exists(m_db + QStringLiteral("-wal")));
        QVERIFY(QFile::link(m_db, dir + QStringLiteral("/link-to-db")));
        QVERIFY(QFile::link(m_db + QStringLiteral("-wal"), dir + QStringLiteral("/link-to-wal")));
        QVERIFY(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(dir + QStringLiteral("/hardlink")).constData()) == 0);
        QString out = target;
        out.replace(QLatin1Char('@'), name);
        out = dir + u'/' + out;
        const auto before = snapshot(dir);

        QStringList args{command, QStringLiteral("--out"), out};
        if (command == QLatin1String("export"))
            args << QStringLiteral("--format") << QStringLiteral("csv");
        if (command == QLatin1String("export-chart"))
            args << QStringLiteral("--chart") << QStringLiteral("events-by-category") << QStringLiteral("--format") << QStringLiteral("svg");
        const RunResult r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(dump(r)));
        QVERIFY2(r.errText().contains(QLatin1String("refusing to write over")), qPrintable(r.errText()));
        QCOMPARE(r.errText().count(QLatin1String("lodestone: ")), 1);
        QCOMPARE(snapshot(dir), before);
        QCOMPARE(holder.execAndGet("PRAGMA quick_check").getString(), std::string("ok"));
        QCOMPARE(holder.execAndGet("SELECT COUNT(*) FROM report").getInt(), 2);
    }

    // The same commands write elsewhere as before: through a temporary file renamed into place.
    void writersStillWriteOtherFiles()
    {
        QCOMPARE(importGood().size(), 2);
        const QString dir = QFileInfo(m_db).absolutePath();
        const QString csv = dir + QStringLiteral("/events.csv");
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv}).code, 0);
        QVERIFY(QFileInfo(csv).size() > 0);
        const QString copy = dir + QStringLiteral("/copy.sqlite");
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--out"), copy}).code, 0);
        QStringList leftovers = QDir(dir).entryList({QStringLiteral("*.tmp"), QStringLiteral("*.XXXXXX"), QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u',')));
    }

    // Issue 14 case 4: a foreign SQLite file was switched to WAL by a read-only `reports` and left with -wal/-shm;
    // backup of it exited 0. Now every command refuses it with one line and the folder is exactly as before.
    void foreignOrSpecialDatabaseIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        for (const char* kind : {"foreign", "foreign-wal", "empty-file"}) {
            for (const char* command : {"reports", "import", "backup", "export"}) {
                if (QLatin1String(kind) == QLatin1String("empty-file") && QLatin1String(command) != QLatin1String("backup"))
                    continue; // an empty file is a new database for the others
                QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(kind), QLatin1String(command))))
                    << QString::fromLatin1(kind) << QString::fromLatin1(command);
            }
        }
    }
    void foreignOrSpecialDatabaseIsRefusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        const QString dir = m_dir->filePath(QStringLiteral("db"));
        QVERIFY(QDir().mkpath(dir));
        const QString path = dir + QStringLiteral("/other.sqlite");
        if (kind == QLatin1String("empty-file"))
            QVERIFY(writeFile(path, {}));
        else
            writeForeignDatabase(path, kind == QLatin1String("foreign-wal"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        const auto before = snapshot(dir);
        QStringList args{command};
        if (command == QLatin1String("import"))
            args << good1();
        if (command == QLatin1String("backup"))
            args << QStringLiteral("--out") << m_dir->filePath(QStringLiteral("copy.sqlite"));
        if (command == QLatin1String("export"))
            args << QStringLiteral("--format") << QStringLiteral("json") << QStringLiteral("--out") << m_dir->filePath(QStringLiteral("e.json"));
        args << QStringLiteral("--db") << path;
        const RunResult r = run(args);
        QVERIFY2(r.code == 2, qPrintable(dump(r)));
        QCOMPARE(r.errText().count(QLatin1Char('\n')), 1);
        QVERIFY2(r.errText().contains(QLatin1String("not a Lodestone database")), qPrintable(r.errText()));
        QCOMPARE(snapshot(dir), before);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("copy.sqlite"))));
    }

    // Issue 14 cases 4 and 6: `--db /dev/null` as root created /dev/null-journal; a FIFO as --db or as an input
    // waited forever. Special files are refused before they are opened.
    void specialFilesAreRefusedWithoutWaiting()
    {
        const QString fifo = m_dir->filePath(QStringLiteral("pipe.txt"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const RunResult asDb = run({QStringLiteral("reports"), QStringLiteral("--db"), fifo}, 30000);
        QVERIFY2(asDb.code == 2, qPrintable(dump(asDb)));
        QVERIFY2(asDb.errText().contains(QLatin1String("not a regular file")), qPrintable(asDb.errText()));

        const RunResult asInput = cli({QStringLiteral("import"), QStringLiteral("--json"), fifo, good1()});
        QVERIFY2(asInput.code == 1, qPrintable(dump(asInput)));
        const QJsonArray results = asInput.json().object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        int refused = 0;
        for (const QJsonValue& v : results)
            refused += v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("failed");
        QCOMPARE(refused, 1);

        const QStringList devNullSiblings = QDir(QStringLiteral("/dev")).entryList({QStringLiteral("null*")}, QDir::AllEntries | QDir::System);
        const RunResult devNull = run({QStringLiteral("reports"), QStringLiteral("--db"), QStringLiteral("/dev/null")});
        QVERIFY2(devNull.code == 2, qPrintable(dump(devNull)));
        QCOMPARE(QDir(QStringLiteral("/dev")).entryList({QStringLiteral("null*")}, QDir::AllEntries | QDir::System), devNullSiblings);
    }

    // Issue 14 case 5: `ln -s /etc/passwd d/p.txt; lodestone import d` stored /etc/passwd. Links out of the folder
    // are not followed and are reported per file; a link inside the folder is fine.
    void folderImportStaysInsideTheFolder()
    {
        const QString outside = m_dir->filePath(QStringLiteral("secret.txt"));
        QVERIFY(writeFile(outside, "Private notes: the Baogang Group access code is 4711.\n"));
        const QString folder = m_dir->filePath(QStringLiteral("in"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        QVERIFY(QFile::copy(good1(), folder + QStringLiteral("/a.txt")));
        QVERIFY(QFile::link(outside, folder + QStringLiteral("/p.txt")));
        QVERIFY(QFile::link(m_dir->path(), folder + QStringLiteral("/up")));
        QVERIFY(QFile::link(QStringLiteral("../a.txt"), folder + QStringLiteral("/sub/again.txt")));
        const RunResult r = cli({QStringLiteral("import"), QStringLiteral("--json"), folder});
        QVERIFY2(r.code == 1, qPrintable(dump(r)));
        QStringList refused;
        int imported = 0;
        for (const QJsonValue& v : r.json().object().value(QStringLiteral("results")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("status")).toString() == QLatin1String("failed"))
                refused << QFileInfo(o.value(QStringLiteral("file")).toString()).fileName();
            imported += o.value(QStringLiteral("status")).toString() == QLatin1String("imported");
        }
        refused.sort();
        QCOMPARE(refused, (QStringList{QStringLiteral("p.txt"), QStringLiteral("up")}));
        QCOMPARE(imported, 1); // a.txt; sub/again.txt is the same text (a duplicate)
        const RunResult search = cli({QStringLiteral("reports"), QStringLiteral("--search"), QStringLiteral("4711"), QStringLiteral("--json")});
        QCOMPARE(search.json().array().size(), 0);
        const RunResult text = cli({QStringLiteral("import"), folder});
        QVERIFY2(text.errText().contains(QLatin1String("outside the imported folder")), qPrintable(text.errText()));
    }

    // Issue 14 case 6: ESC and newlines in file names were printed raw; invalid UTF-8 names vanished.
    void hostileNamesAreEscapedAndReported()
    {
        const QString folder = m_dir->filePath(QStringLiteral("names"));
        QVERIFY(QDir().mkpath(folder));
        const QString esc = folder + QStringLiteral("/red\x1b[31mhot\nline.txt");
        QVERIFY(QFile::copy(good1(), esc));
        const QByteArray badName = QFile::encodeName(folder) + "/caf\xe9.txt"; // Latin-1, not UTF-8
        {
            FILE* f = std::fopen(badName.constData(), "w");
            QVERIFY(f);
            std::fputs("China Northern Rare Earth raised its list prices on 2 May 2024.\n", f);
            std::fclose(f);
        }
        const RunResult r = cli({QStringLiteral("import"), folder});
        ::unlink(badName.constData()); // QTemporaryDir cannot remove a name it cannot decode
        QVERIFY2(r.code == 1, qPrintable(dump(r)));
        QVERIFY2(!r.out.contains('\x1b') && !r.err.contains('\x1b'), qPrintable(dump(r)));
        QVERIFY2(r.outText().contains(QLatin1String("red\\e[31mhot\\nline.txt")), qPrintable(dump(r)));
        QVERIFY2(r.errText().contains(QLatin1String("not valid UTF-8")), qPrintable(dump(r)));
        QVERIFY2(r.errText().contains(QStringLiteral("caf\uFFFD.txt")), qPrintable(dump(r)));
    }

    // Issue 14 case 6: `reports --json` of millions of rows passed 8 GB. Lists are read and printed a page at a
    // time and take --limit and --offset.
    void listsPageWithLimitAndOffset()
    {
        const QString csv = m_dir->filePath(QStringLiteral("many.csv"));
        QByteArray rows = "title,text\n";
        for (int i = 0; i < 2500; ++i)
            rows += "Row " + QByteArray::number(i) + ",Text of row " + QByteArray::number(i) + " about gallium.\n";
        QVERIFY(writeFile(csv, rows));
        const RunResult imported = cli({QStringLiteral("import"), csv});
        QVERIFY2(imported.code == 0, qPrintable(dump(imported)));
        const QJsonArray all = cli({QStringLiteral("reports"), QStringLiteral("--json")}).json().array();
        QCOMPARE(all.size(), 2500);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all[i].toObject().value(QStringLiteral("id")).toInteger() > all[i - 1].toObject().value(QStringLiteral("id")).toInteger());
        const QJsonArray page = cli({QStringLiteral("reports"), QStringLiteral("--json"), QStringLiteral("--offset"), QStringLiteral("1200"),
                                     QStringLiteral("--limit"), QStringLiteral("1100")}).json().array();
        QCOMPARE(page.size(), 1100);
        QCOMPARE(page.first().toObject().value(QStringLiteral("id")), all[1200].toObject().value(QStringLiteral("id")));
        QCOMPARE(page.last().toObject().value(QStringLiteral("id")), all[2299].toObject().value(QStringLiteral("id")));
        const RunResult text = cli({QStringLiteral("reports"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(text.outText().count(QLatin1Char('\n')), 4); // header + 3
        QCOMPARE(cli({QStringLiteral("reports"), QStringLiteral("--limit"), QStringLiteral("-1")}).code, 2);
        QCOMPARE(cli({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("0")}).outText(), QStringLiteral("[]\n"));

        // orgs and history page the same way.
        const QJsonArray orgs = cli({QStringLiteral("orgs"), QStringLiteral("--json")}).json().array();
        QVERIFY(orgs.size() > 10);
        const QJsonArray orgPage = cli({QStringLiteral("orgs"), QStringLiteral("--json"), QStringLiteral("--offset"), QStringLiteral("5"),
                                        QStringLiteral("--limit"), QStringLiteral("4")}).json().array();
        QCOMPARE(orgPage.size(), 4);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(orgPage[i].toObject().value(QStringLiteral("id")), orgs[5 + i].toObject().value(QStringLiteral("id")));
        QCOMPARE(cli({QStringLiteral("orgs"), QStringLiteral("--offset"), QStringLiteral("x")}).code, 2);
        const QString id = QString::number(all[0].toObject().value(QStringLiteral("id")).toInteger());
        for (const char* status : {"verified", "disputed", "verified"})
            QCOMPARE(cli({QStringLiteral("verify"), id, QStringLiteral("--status"), QLatin1String(status)}).code, 0);
        const QJsonArray history = cli({QStringLiteral("history"), QStringLiteral("--json"), id}).json().array();
        QCOMPARE(history.size(), 3);
        const QJsonArray middle = cli({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("--offset"), QStringLiteral("1"),
                                       QStringLiteral("--limit"), QStringLiteral("1"), id}).json().array();
        QCOMPARE(middle.size(), 1);
        QCOMPARE(middle[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("disputed"));
        const RunResult historyText = cli({QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("2"), id});
        QCOMPARE(historyText.outText().count(QLatin1Char('\n')), 3); // header + 2
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
