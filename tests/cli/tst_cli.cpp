// End-to-end tests of the command line: runs the real `lodestone` executable with QProcess against
// temporary databases and checks exit codes, stderr lines, JSON shapes and that unusable files stay untouched.
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <SQLiteCpp/Database.h>
#include <algorithm>

#include "clirunner.h"

using namespace clitest;


class CliTest final : public QObject, private CliDb {
    Q_OBJECT

private:

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("lodestone.sqlite"));
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void freshDatabaseHasNoReports()
    {
        const RunResult r = cli({QStringLiteral("reports"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("[]"));
        QVERIFY(QFileInfo::exists(m_db));
        QVERIFY2(r.err.trimmed().isEmpty(), r.err.constData());
    }

    void unusableDatabaseIsRefusedAndUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("command");
        for (const char* kind : {"text", "garbage", "bad-header", "truncated", "newer"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1/reports").arg(QLatin1String(kind)))) << QString::fromLatin1(kind) << "reports";
            QTest::newRow(qPrintable(QStringLiteral("%1/import").arg(QLatin1String(kind)))) << QString::fromLatin1(kind) << "import";
        }
    }

    void unusableDatabaseIsRefusedAndUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, command);
        const QString path = m_dir->filePath(QStringLiteral("x.sqlite"));
        if (kind == QLatin1String("text")) {
            QByteArray text;
            for (int i = 0; i < 200; ++i)
                text += "Notes from a meeting about magnet supply, line " + QByteArray::number(i) + "\n";
            QVERIFY(writeFile(path, text));
        } else if (kind == QLatin1String("garbage")) {
            QByteArray bytes(8192, '\0');
            for (int i = 0; i < bytes.size(); ++i)
                bytes[i] = static_cast<char>((i * 131 + 17) % 251);
            QVERIFY(writeFile(path, bytes));
        } else if (kind == QLatin1String("bad-header")) {
            QByteArray bytes("SQLite format 3", 16);
            bytes += QByteArray(4080, '\xee');
            QVERIFY(writeFile(path, bytes));
        } else if (kind == QLatin1String("truncated")) {
            const QString full = m_dir->filePath(QStringLiteral("full.sqlite"));
            QCOMPARE(run({QStringLiteral("reports"), QStringLiteral("--db"), full}).code, 0);
            QFile f(full);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY(f.size() > 8192);
            QVERIFY(writeFile(path, f.read(1500)));
        } else if (kind == QLatin1String("newer")) {
            SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)");
            db.exec("INSERT INTO future_things (what) VALUES ('kept as is')");
            db.exec("PRAGMA user_version = 99");
        }
        const QByteArray before = sha256(path);
        const qint64 sizeBefore = QFileInfo(path).size();
        QVERIFY(!before.isEmpty());

        QStringList args{command};
        if (command == QLatin1String("import"))
            args << good1();
        args << QStringLiteral("--db") << path;
        const RunResult r = run(args);
        QVERIFY2(r.code == 2, qPrintable(dump(r)));
        const QStringList lines = r.errText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QLatin1String("lodestone: ")), qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(path), qPrintable(lines.first()));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(QFileInfo(path).size(), sizeBefore);
        QCOMPARE(sha256(path), before);
    }

    void databaseInMissingFolder()
    {
        const QString path = m_dir->filePath(QStringLiteral("no-such-folder/lodestone.sqlite"));
        const RunResult r = run({QStringLiteral("reports"), QStringLiteral("--db=") + path});
        QVERIFY2(r.code == 2, qPrintable(dump(r)));
        QCOMPARE(r.errText().count(QLatin1Char('\n')), 1);
        QVERIFY(r.errText().startsWith(QStringLiteral("lodestone: %1: ").arg(path)));
        QVERIFY(!QFileInfo::exists(path));
    }

    void importReportsEachFile()
    {
        const QString missing = m_dir->filePath(QStringLiteral("no-such-report.txt"));
        const QString empty = kData + QStringLiteral("/empty.txt");
        const QString binary = kData + QStringLiteral("/noise.bin");
        const RunResult r = cli({QStringLiteral("import"), QStringLiteral("--json"), good1(), good2(), empty, binary, missing});
        QVERIFY2(r.code == 1, qPrintable(dump(r)));
        const QJsonObject doc = r.json().object();
        QCOMPARE(doc.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(doc.value(QStringLiteral("duplicates")).toInt(), 0);
        QCOMPARE(doc.value(QStringLiteral("failed")).toInt(), 3);
        const QJsonArray results = doc.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 5);
        QHash<QString, QJsonObject> byFile;
        for (const QJsonValue& v : results)
            byFile.insert(v.toObject().value(QStringLiteral("file")).toString(), v.toObject());
        for (const QString& f : {good1(), good2()}) {
            QVERIFY2(byFile.contains(f), qPrintable(f));
            const QJsonObject o = byFile.value(f);
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
            QVERIFY(o.value(QStringLiteral("report_id")).toInteger() > 0);
            QVERIFY(o.value(QStringLiteral("error")).isNull());
            QVERIFY(o.value(QStringLiteral("events")).isDouble());
            QVERIFY(o.value(QStringLiteral("organisations")).toInt() >= 1);
            QCOMPARE(o.value(QStringLiteral("report_ids")).toArray().first().toInteger(),
                     o.value(QStringLiteral("report_id")).toInteger());
        }
        QVERIFY(byFile.value(good1()).value(QStringLiteral("report_id")).toInteger() !=
                byFile.value(good2()).value(QStringLiteral("report_id")).toInteger());
        for (const QString& f : {empty, binary, missing}) {
            QVERIFY2(byFile.contains(f), qPrintable(f));
            const QJsonObject o = byFile.value(f);
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
            QVERIFY(o.value(QStringLiteral("report_id")).isNull());
            QVERIFY(!o.value(QStringLiteral("error")).toString().isEmpty());
            QVERIFY2(r.errText().contains(f), qPrintable(r.errText()));
        }

        // The same content again is a duplicate of the first report, in text and JSON form.
        const qint64 firstId = byFile.value(good1()).value(QStringLiteral("report_id")).toInteger();
        const RunResult again = cli({QStringLiteral("import"), good1()});
        QVERIFY2(again.code == 0, qPrintable(dump(again)));
        QVERIFY2(again.outText().startsWith(QStringLiteral("duplicate %1 (report %2)").arg(good1()).arg(firstId)),
                 qPrintable(again.outText()));
        const RunResult againJson = cli({QStringLiteral("import"), QStringLiteral("--json"), good1()});
        QCOMPARE(againJson.code, 0);
        const QJsonObject dup = againJson.json().object().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(dup.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(dup.value(QStringLiteral("report_id")).toInteger(), firstId);

        const RunResult list = cli({QStringLiteral("reports"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.json().array().size(), 2);
    }

    void importTextLines()
    {
        const QString empty = kData + QStringLiteral("/empty.txt");
        const RunResult r = cli({QStringLiteral("import"), good1(), empty});
        QCOMPARE(r.code, 1);
        const QStringList out = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(out.size() == 2, qPrintable(dump(r)));
        QVERIFY(QRegularExpression(QStringLiteral("^imported  .*rare-earth-processing-deal\\.txt  report \\d+, \\d+ events?, \\d+ organisations?$"))
                    .match(out.at(0)).hasMatch());
        QVERIFY2(out.at(1).startsWith(QLatin1String("1 imported, 0 duplicates, 1 failed")), qPrintable(out.at(1)));
        // Failures are named on stderr (log lines may come before them).
        QVERIFY2(r.errText().contains(QRegularExpression(QStringLiteral("(^|\\n)failed    %1: \\S").arg(QRegularExpression::escape(empty)))),
                 qPrintable(r.errText()));
    }

    void eventsJsonFields()
    {
        QCOMPARE(importGood().size(), 2);
        const RunResult r = cli({QStringLiteral("events"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        const QJsonArray events = r.json().array();
        QVERIFY2(!events.isEmpty(), qPrintable(dump(r)));
        QString previousStart;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            for (const char* key : {"id", "category", "title", "summary", "date_start", "date_end", "precision", "date_rule",
                                    "organisations", "reports", "evidence", "verified", "people"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            QVERIFY(e.value(QStringLiteral("id")).isDouble());
            QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(e.value(QStringLiteral("date_start")).toString()).hasMatch());
            QVERIFY(e.value(QStringLiteral("date_start")).toString() >= previousStart); // oldest first
            previousStart = e.value(QStringLiteral("date_start")).toString();
            QVERIFY(QStringList({"day", "month", "quarter", "year"}).contains(e.value(QStringLiteral("precision")).toString()));
            QVERIFY(!e.value(QStringLiteral("reports")).toArray().isEmpty());
            const QJsonObject rep = e.value(QStringLiteral("reports")).toArray().first().toObject();
            QVERIFY(rep.contains(QStringLiteral("id")) && rep.contains(QStringLiteral("status")));
            for (const QJsonValue& ev : e.value(QStringLiteral("evidence")).toArray()) {
                const QJsonObject o = ev.toObject();
                for (const char* key : {"report_id", "quote", "start", "end"})
                    QVERIFY2(o.contains(QLatin1String(key)), key);
                QVERIFY(o.value(QStringLiteral("end")).toInt() > o.value(QStringLiteral("start")).toInt());
            }
            for (const QJsonValue& ov : e.value(QStringLiteral("organisations")).toArray())
                for (const char* key : {"id", "name", "role"})
                    QVERIFY2(ov.toObject().contains(QLatin1String(key)), key);
            QCOMPARE(e.value(QStringLiteral("verified")).toBool(), false);
        }

        // Filters: a category narrows, an unknown organisation gives an empty list, a far-future range is empty.
        const QString someCategory = events.first().toObject().value(QStringLiteral("category")).toString();
        const RunResult byCat = cli({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--category"), someCategory});
        QCOMPARE(byCat.code, 0);
        QVERIFY(!byCat.json().array().isEmpty());
        for (const QJsonValue& v : byCat.json().array())
            QCOMPARE(v.toObject().value(QStringLiteral("category")).toString(), someCategory);
        const RunResult noOrg = cli({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--org"), QStringLiteral("Zzyzx Imaginary Holdings")});
        QCOMPARE(noOrg.code, 0);
        QCOMPARE(noOrg.out.trimmed(), QByteArray("[]"));
        const RunResult future = cli({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("2099-01-01")});
        QCOMPARE(future.code, 0);
        QCOMPARE(future.out.trimmed(), QByteArray("[]"));
        const RunResult verifiedOnly = cli({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--verified-only")});
        QCOMPARE(verifiedOnly.code, 0);
        QCOMPARE(verifiedOnly.out.trimmed(), QByteArray("[]"));

        // Plain text: one header and one line per event.
        const RunResult text = cli({QStringLiteral("events")});
        QCOMPARE(text.code, 0);
        const QStringList lines = text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), events.size() + 1);
        QVERIFY(lines.first().startsWith(QLatin1String("ID")));
    }

    void badEventOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("category") << QStringList{"--category", "bogus"} << "bogus";
        QTest::newRow("from") << QStringList{"--from", "2025-13-01"} << "2025-13-01";
        QTest::newRow("to") << QStringList{"--to", "yesterday"} << "yesterday";
        QTest::newRow("range") << QStringList{"--from", "2025-02-01", "--to", "2025-01-01"} << "2025-02-01";
        QTest::newRow("unknown option") << QStringList{"--colour"} << "colour";
    }

    void badEventOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const RunResult r = cli(QStringList{QStringLiteral("events")} + args);
        QVERIFY2(r.code == 2, qPrintable(dump(r)));
        QVERIFY2(r.errText().contains(named), qPrintable(r.errText()));
        QCOMPARE(r.errText().count(QLatin1Char('\n')), 1);
        QVERIFY(r.out.isEmpty());
    }

    void verifyAndHistory()
    {
        const QList<qint64> ids = importGood();
        QCOMPARE(ids.size(), 2);
        const QString id = QString::number(ids.first());
        RunResult r = cli({QStringLiteral("verify"), id, QStringLiteral("--status"), QStringLiteral("verified"), QStringLiteral("--reliability"),
                           QStringLiteral("b"), QStringLiteral("--credibility"), QStringLiteral("2"), QStringLiteral("--note"),
                           QStringLiteral("checked against the notice"), QStringLiteral("--analyst"), QStringLiteral("alice")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY2(r.outText().contains(QLatin1String("verified")), qPrintable(r.outText()));
        r = cli({QStringLiteral("verify"), id, QStringLiteral("--status"), QStringLiteral("disputed"), QStringLiteral("--note"), QStringLiteral("second source disagrees")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));

        r = cli({QStringLiteral("history"), QStringLiteral("--json"), id});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        const QJsonArray h = r.json().array();
        QCOMPARE(h.size(), 2);
        const QJsonObject first = h.at(0).toObject();
        const QJsonObject second = h.at(1).toObject();
        for (const char* key : {"at", "analyst", "status", "reliability", "credibility", "note", "previous", "action"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$")).match(first.value(QStringLiteral("at")).toString()).hasMatch());
        QCOMPARE(first.value(QStringLiteral("analyst")).toString(), QStringLiteral("alice"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(first.value(QStringLiteral("reliability")).toString(), QStringLiteral("B"));
        QCOMPARE(first.value(QStringLiteral("credibility")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("previous")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("unverified"));
        QCOMPARE(second.value(QStringLiteral("analyst")).toString(), QStringLiteral("tester")); // $LODESTONE_ANALYST
        QCOMPARE(second.value(QStringLiteral("status")).toString(), QStringLiteral("disputed"));
        QCOMPARE(second.value(QStringLiteral("reliability")).toString(), QStringLiteral("B")); // kept
        QCOMPARE(second.value(QStringLiteral("credibility")).toInt(), 2);                     // kept
        QCOMPARE(second.value(QStringLiteral("note")).toString(), QStringLiteral("second source disagrees"));
        const QJsonObject prev = second.value(QStringLiteral("previous")).toObject();
        QCOMPARE(prev.value(QStringLiteral("status")).toString(), QStringLiteral("verified"));
        QCOMPARE(prev.value(QStringLiteral("reliability")).toString(), QStringLiteral("B"));
        QCOMPARE(prev.value(QStringLiteral("credibility")).toInt(), 2);
        QCOMPARE(prev.value(QStringLiteral("note")).toString(), QStringLiteral("checked against the notice"));

        r = cli({QStringLiteral("reports"), QStringLiteral("--json"), QStringLiteral("--status"), QStringLiteral("disputed")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("id")).toInteger(), ids.first());
        QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("reliability")).toString(), QStringLiteral("B"));

        // A verified report makes its events verified.
        QCOMPARE(cli({QStringLiteral("verify"), QString::number(ids.last()), QStringLiteral("--status"), QStringLiteral("verified")}).code, 0);
        r = cli({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--verified-only")});
        QCOMPARE(r.code, 0);
        for (const QJsonValue& v : r.json().array())
            QVERIFY(v.toObject().value(QStringLiteral("verified")).toBool());
    }

    void verifyRejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown id") << QStringList{"verify", "987654", "--status", "verified"} << "987654";
        QTest::newRow("bad status") << QStringList{"verify", "1", "--status", "maybe"} << "maybe";
        QTest::newRow("no status") << QStringList{"verify", "1"} << "--status";
        QTest::newRow("reliability") << QStringList{"verify", "1", "--status", "verified", "--reliability", "G"} << "G";
        QTest::newRow("credibility") << QStringList{"verify", "1", "--status", "verified", "--credibility", "7"} << "7";
        QTest::newRow("id not a number") << QStringList{"verify", "abc", "--status", "verified"} << "abc";
        QTest::newRow("history unknown id") << QStringList{"history", "987654"} << "987654";
        QTest::newRow("report unknown id") << QStringList{"report", "987654"} << "987654";
        QTest::newRow("reports bad status") << QStringList{"reports", "--status", "sure"} << "sure";
    }

    void verifyRejectsBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        QCOMPARE(importGood().size(), 2);
        const RunResult r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(dump(r)));
        QVERIFY2(r.errText().contains(named), qPrintable(r.errText()));
        QCOMPARE(r.errText().count(QLatin1Char('\n')), 1);
        const RunResult h = cli({QStringLiteral("history"), QStringLiteral("--json"), QStringLiteral("1")});
        QCOMPARE(h.code, 0);
        QCOMPARE(h.json().array().size(), 0); // nothing was recorded
    }

    void orgsJson()
    {
        const RunResult r = cli({QStringLiteral("orgs"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        const QJsonArray orgs = r.json().array();
        QVERIFY(!orgs.isEmpty());
        QSet<QString> names;
        for (const QJsonValue& v : orgs)
            names.insert(v.toObject().value(QStringLiteral("name")).toString());
        int withParent = 0;
        QString someChinese;
        for (const QJsonValue& v : orgs) {
            const QJsonObject o = v.toObject();
            for (const char* key : {"id", "name", "name_zh", "aliases", "kind", "parent", "events"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("aliases")).isArray());
            for (const QJsonValue& a : o.value(QStringLiteral("aliases")).toArray())
                QVERIFY(a.isString());
            QVERIFY(o.value(QStringLiteral("events")).isDouble());
            if (o.value(QStringLiteral("parent")).isString()) {
                QVERIFY2(names.contains(o.value(QStringLiteral("parent")).toString()), qPrintable(o.value(QStringLiteral("parent")).toString()));
                ++withParent;
            } else {
                QVERIFY(o.value(QStringLiteral("parent")).isNull());
            }
            if (someChinese.isEmpty())
                someChinese = o.value(QStringLiteral("name_zh")).toString();
        }
        QVERIFY(withParent > 0);
        // Text output is UTF-8 and carries the Chinese names.
        const RunResult text = cli({QStringLiteral("orgs")});
        QCOMPARE(text.code, 0);
        QVERIFY(!someChinese.isEmpty());
        QVERIFY(text.outText().contains(someChinese));
    }

    void reportJson()
    {
        const QList<qint64> ids = importGood();
        QCOMPARE(ids.size(), 2);
        const RunResult r = cli({QStringLiteral("report"), QStringLiteral("--json"), QString::number(ids.last())});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        const QJsonObject o = r.json().object();
        for (const char* key : {"id", "title", "publisher", "url", "published", "published_precision", "language", "status",
                                "reliability", "credibility", "events", "text", "repairs", "organisations", "event_ids",
                                "source_encoding", "published_rule", "source_path"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("id")).toInteger(), ids.last());
        QFile f(good2());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString original = QString::fromUtf8(f.readAll());
        const QString sentence = original.split(QLatin1Char('\n')).value(4).left(60);
        QVERIFY(!sentence.isEmpty());
        QVERIFY2(o.value(QStringLiteral("text")).toString().contains(sentence), qPrintable(o.value(QStringLiteral("text")).toString()));
        QVERIFY(o.value(QStringLiteral("event_ids")).isArray());
        QCOMPARE(o.value(QStringLiteral("event_ids")).toArray().size(), o.value(QStringLiteral("events")).toInt());
        QVERIFY(o.value(QStringLiteral("repairs")).isArray());
        QVERIFY(!o.value(QStringLiteral("organisations")).toArray().isEmpty());
        for (const QJsonValue& v : o.value(QStringLiteral("organisations")).toArray())
            for (const char* key : {"id", "name", "name_zh", "kind"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("unverified"));

        const RunResult text = cli({QStringLiteral("report"), QString::number(ids.last())});
        QCOMPARE(text.code, 0);
        QVERIFY(text.outText().contains(sentence));
    }

    void backupCopiesTheDatabase()
    {
        QCOMPARE(importGood().size(), 2);
        const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
        RunResult r = cli({QStringLiteral("backup"), QStringLiteral("--out"), copy});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY(QFileInfo::exists(copy));
        r = run({QStringLiteral("reports"), QStringLiteral("--json"), QStringLiteral("--db"), copy});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), 2);
        // No temporary file is left next to the copy.
        const QStringList left = QDir(m_dir->path()).entryList(QStringList{QStringLiteral("*.tmp*"), QStringLiteral(".copy*")}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
        // A missing --out and a missing source are refused.
        QCOMPARE(cli({QStringLiteral("backup")}).code, 2);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--db"), m_dir->filePath(QStringLiteral("absent.sqlite")), QStringLiteral("--out"),
                      m_dir->filePath(QStringLiteral("b.sqlite"))}).code, 2);
    }

    void backupWhileAnotherProcessWrites()
    {
        QCOMPARE(cli({QStringLiteral("reports")}).code, 0);
        QProcess writer;
        writer.setProcessEnvironment(environment());
        writer.start(kBinary, {QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY(writer.waitForStarted());
        int backups = 0;
        const QString copy = m_dir->filePath(QStringLiteral("live-copy.sqlite"));
        do {
            const RunResult r = cli({QStringLiteral("backup"), QStringLiteral("--out"), copy});
            QVERIFY2(r.code == 0, qPrintable(dump(r)));
            const RunResult check = run({QStringLiteral("reports"), QStringLiteral("--json"), QStringLiteral("--db"), copy});
            QVERIFY2(check.code == 0, qPrintable(dump(check)));
            ++backups;
        } while (writer.state() != QProcess::NotRunning && backups < 20);
        QVERIFY(writer.waitForFinished(120000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(backups >= 1);
    }

    void demoLoadsEveryFile()
    {
        const QStringList demoFiles = QDir(QStringLiteral(LODESTONE_SOURCE_DIR "/resources/demo")).entryList(QDir::Files);
        const qsizetype expected = demoFiles.size() - (demoFiles.contains(QStringLiteral("README.md")) ? 1 : 0);
        RunResult r = cli({QStringLiteral("demo"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QCOMPARE(r.json().object().value(QStringLiteral("imported")).toInt(), int(expected));
        r = cli({QStringLiteral("reports"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), expected);
        r = cli({QStringLiteral("demo")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("0 imported, %1 duplicates").arg(expected)), qPrintable(r.outText()));
        r = cli({QStringLiteral("events"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(!r.json().array().isEmpty());
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("import") << "import" << QStringList{"--json"};
        QTest::newRow("reports") << "reports" << QStringList{"--json", "--search", "--status"};
        QTest::newRow("report") << "report" << QStringList{"--json"};
        QTest::newRow("events") << "events" << QStringList{"--json", "--from", "--to", "--category", "--org", "--verified-only", "--search"};
        QTest::newRow("orgs") << "orgs" << QStringList{"--json"};
        QTest::newRow("verify") << "verify" << QStringList{"--status", "--reliability", "--credibility", "--note", "--analyst"};
        QTest::newRow("history") << "history" << QStringList{"--json"};
        QTest::newRow("export-chart") << "export-chart" << QStringList{"--chart", "--format", "--out", "--width", "--height", "--title", "--from", "--category", "--scale", "--bucket", "--classification"};
        QTest::newRow("export") << "export" << QStringList{"--format", "--out", "--from", "--org"};
        QTest::newRow("export-timeline") << "export-timeline" << QStringList{"--format", "--out", "--lanes", "--lane", "--page", "--dpi", "--width", "--height", "--title", "--classification", "--org-names", "--dates", "--from", "--to", "--category", "--org", "--search"};
        QTest::newRow("export-briefing") << "export-briefing" << QStringList{"--out", "--title", "--classification", "--lanes", "--org-names", "--dates", "--from", "--to", "--org", "--verified-only"};
        QTest::newRow("demo") << "demo" << QStringList{};
        QTest::newRow("backup") << "backup" << QStringList{"--out"};
    }

    void helpForEveryCommand()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        const RunResult r = run({command, QStringLiteral("--help")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        const QString help = r.outText();
        QVERIFY2(help.contains(QStringLiteral("lodestone %1").arg(command)), qPrintable(help));
        for (const QString& o : options + QStringList{QStringLiteral("--db"), QStringLiteral("--lang"), QStringLiteral("--log-level"), QStringLiteral("--help")})
            QVERIFY2(help.contains(o), qPrintable(o + QLatin1String(" missing in:\n") + help));
    }

    void seedArticle()
    {
        if (!QFileInfo::exists(kSeed))
            QSKIP("the shared seed article is not available (LODESTONE_SHARED_DIR/seed)");
        RunResult r = cli({QStringLiteral("import"), QStringLiteral("--json"), kSeed});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        const QJsonObject result = r.json().object().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("imported"));
        const qint64 reportId = result.value(QStringLiteral("report_id")).toInteger();

        r = cli({QStringLiteral("events"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        bool partnership = false;
        bool standards = false;
        bool directive = false;
        for (const QJsonValue& v : r.json().array()) {
            const QJsonObject e = v.toObject();
            const QString category = e.value(QStringLiteral("category")).toString();
            const QString start = e.value(QStringLiteral("date_start")).toString();
            const QStringList orgs = orgNames(e);
            if (category == QLatin1String("partnership") && start == QLatin1String("2025-11-25") &&
                e.value(QStringLiteral("precision")).toString() == QLatin1String("day") && orgs.contains(QStringLiteral("Baogang Group")) &&
                std::any_of(orgs.cbegin(), orgs.cend(), [](const QString& n) {
                    return n.contains(QLatin1String("China Mobile")) && n.contains(QLatin1String("Inner Mongolia"));
                }))
                partnership = true;
            if (category == QLatin1String("standards_milestone") && start == QLatin1String("2025-11-26") &&
                orgs.contains(QStringLiteral("Northern Rare Earth")))
                standards = true;
            if (category == QLatin1String("party_directive") && start.startsWith(QLatin1String("2025")))
                directive = true;
        }
        QVERIFY2(partnership, "no partnership on 2025-11-25 (day) with Baogang Group and China Mobile Inner Mongolia");
        QVERIFY2(standards, "no standards_milestone on 2025-11-26 involving Northern Rare Earth");
        QVERIFY2(directive, "no party_directive in 2025");

        r = cli({QStringLiteral("report"), QStringLiteral("--json"), QString::number(reportId)});
        QCOMPARE(r.code, 0);
        const QString text = r.json().object().value(QStringLiteral("text")).toString();
        QVERIFY(text.contains(QStringLiteral("China\u2019s")));
        QVERIFY(text.contains(QStringLiteral("\u00a9 2025")));
        QVERIFY(!text.contains(QChar(0x0E42)));

        r = cli({QStringLiteral("import"), QStringLiteral("--json"), kSeed});
        QCOMPARE(r.code, 0);
        const QJsonObject again = r.json().object().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(again.value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"));
        QCOMPARE(again.value(QStringLiteral("report_id")).toInteger(), reportId);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
