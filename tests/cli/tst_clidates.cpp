// The command line on dates: an imported saved article gets its publication date, URL and publisher with the
// rules that set them (`report --json`); an event with no day is listed with an empty date and found by
// `events --undated` and by search; a planned date says so; `report ID --set-published` corrects the date and
// re-resolves the events (recorded in the correction history); `reprocess` re-runs the rules and keeps it.
// Texts written for this test.
#include "clirunner.h"

using namespace clitest;

namespace {

// A saved article: title, URL line, dateline, then the text.
const QByteArray kDated = QByteArrayLiteral(
    "Commerce ministry announces metal export controls\n"
    "https://news.example.com/2023-07-07/metal-controls.html\n"
    "2023-07-07\n"
    "The Ministry of Commerce announced export controls on gallium and germanium on Monday. "
    "The export controls of the Ministry of Commerce will take effect from August 1.\n");

// No publication date anywhere: the events keep no day.
const QByteArray kUndated = QByteArrayLiteral(
    "Pact signed\n\n"
    "Shenghe Resources signed a strategic cooperation agreement with China Rare Earth Group on Monday.\n");

QJsonArray eventsOf(const QJsonArray& all, qint64 reportId)
{
    QJsonArray out;
    for (const QJsonValue& v : all)
        for (const QJsonValue& r : v.toObject().value(QStringLiteral("reports")).toArray())
            if (r.toObject().value(QStringLiteral("id")).toInteger() == reportId)
                out.append(v);
    return out;
}

} // namespace

class CliDatesTest final : public QObject, private CliDb {
    Q_OBJECT

    qint64 importText(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir->filePath(name);
        if (!writeFile(path, bytes))
            return 0;
        const RunResult r = cli({QStringLiteral("import"), QStringLiteral("--json"), path});
        if (r.code != 0)
            return 0;
        return r.json().object().value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("report_id")).toInteger();
    }

private slots:
    void initTestCase() { QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary)); }
    void init() { QVERIFY(open()); }
    void cleanup() { close(); }

    void publicationFromTheHeader()
    {
        const qint64 id = importText(QStringLiteral("controls.txt"), kDated);
        QVERIFY(id > 0);
        const RunResult r = cli({QStringLiteral("report"), QStringLiteral("--json"), QString::number(id)});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("published")).toString(), QStringLiteral("2023-07-07"));
        QCOMPARE(o.value(QStringLiteral("published_precision")).toString(), QStringLiteral("day"));
        QVERIFY(o.value(QStringLiteral("published_rule")).toString().startsWith(QLatin1String("text:dateline")));
        QCOMPARE(o.value(QStringLiteral("url")).toString(), QStringLiteral("https://news.example.com/2023-07-07/metal-controls.html"));
        QCOMPARE(o.value(QStringLiteral("url_rule")).toString(), QStringLiteral("text:url-line"));

        const RunResult ev = cli({QStringLiteral("events"), QStringLiteral("--json")});
        const QJsonArray events = eventsOf(ev.json().array(), id);
        QStringList seen;
        bool monday = false, effective = false;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            seen << e.value(QStringLiteral("date_start")).toString() + u'/' + e.value(QStringLiteral("timing")).toString();
            monday = monday || (e.value(QStringLiteral("date_start")).toString() == u"2023-07-03" && e.value(QStringLiteral("timing")).isNull());
            effective = effective || (e.value(QStringLiteral("date_start")).toString() == u"2023-08-01" &&
                                      e.value(QStringLiteral("timing")).toString() == u"effective");
            QCOMPARE(e.value(QStringLiteral("undated")).toBool(), false);
        }
        QVERIFY2(monday && effective, qPrintable(seen.join(u' ')));
        // the text listing says "(effective from)" after the date
        const RunResult text = cli({QStringLiteral("events")});
        QVERIFY2(text.outText().contains(QStringLiteral("2023-08-01 (effective from)")), qPrintable(text.outText()));
    }

    void undatedIsListedAndSearchable()
    {
        const qint64 id = importText(QStringLiteral("pact.txt"), kUndated);
        QVERIFY(id > 0);
        const QJsonObject rep = cli({QStringLiteral("report"), QStringLiteral("--json"), QString::number(id)}).json().object();
        QVERIFY(rep.value(QStringLiteral("published")).isNull());
        const RunResult undated = cli({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--undated")});
        QVERIFY2(undated.code == 0, qPrintable(dump(undated)));
        const QJsonArray list = undated.json().array();
        QCOMPARE(list.size(), 1);
        const QJsonObject e = list.first().toObject();
        QVERIFY(e.value(QStringLiteral("undated")).toBool());
        QVERIFY(e.value(QStringLiteral("date_start")).isNull());
        QVERIFY(e.value(QStringLiteral("precision")).isNull());
        QVERIFY(e.value(QStringLiteral("date_rule")).toString().startsWith(QLatin1String("undated")));
        // found by a search, listed with an empty date, absent from any date range
        const RunResult search = cli({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--search"), QStringLiteral("Shenghe")});
        QCOMPARE(search.json().array().size(), 1);
        const RunResult ranged = cli({QStringLiteral("events"), QStringLiteral("--json"), QStringLiteral("--from"), QStringLiteral("1900-01-01")});
        QCOMPARE(ranged.json().array().size(), 0);
        const RunResult text = cli({QStringLiteral("events")});
        const QString line = text.outText().section(u'\n', 1, 1);
        // ID, then an empty DATE cell, then the category
        const QRegularExpression emptyDate(QStringLiteral("^%1\\s+partnership\\s").arg(e.value(QStringLiteral("id")).toInteger()));
        QVERIFY2(emptyDate.match(line).hasMatch(), qPrintable(text.outText()));

        // the analyst dates the report: the weekday is placed, the correction is in the history
        const RunResult set = cli({QStringLiteral("report"), QString::number(id), QStringLiteral("--set-published"), QStringLiteral("2024-03-08"),
                                   QStringLiteral("--set-publisher"), QStringLiteral("Example Wire"), QStringLiteral("--note"), QStringLiteral("print edition"),
                                   QStringLiteral("--json")});
        QVERIFY2(set.code == 0, qPrintable(dump(set)));
        QCOMPARE(set.json().object().value(QStringLiteral("published")).toString(), QStringLiteral("2024-03-08"));
        QCOMPARE(set.json().object().value(QStringLiteral("publisher")).toString(), QStringLiteral("Example Wire"));
        QCOMPARE(set.json().object().value(QStringLiteral("published_rule")).toString(), QStringLiteral("analyst: tester"));
        const QJsonArray dated = cli({QStringLiteral("events"), QStringLiteral("--json")}).json().array();
        QCOMPARE(dated.size(), 1);
        QCOMPARE(dated.first().toObject().value(QStringLiteral("date_start")).toString(), QStringLiteral("2024-03-04"));
        SQLite::Database db(m_db.toStdString());
        QCOMPARE(db.execAndGet("SELECT COUNT(*) FROM correction_log WHERE target = 'report' AND field = 'published'").getInt(), 1);

        // reprocess keeps the analyst's date
        const RunResult re = cli({QStringLiteral("reprocess"), QStringLiteral("--json")});
        QVERIFY2(re.code == 0, qPrintable(dump(re)));
        QCOMPARE(re.json().object().value(QStringLiteral("reports")).toInt(), 1);
        QCOMPARE(re.json().object().value(QStringLiteral("dates_changed")).toInt(), 0);
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("--json"), QString::number(id)}).json().object().value(QStringLiteral("published")).toString(),
                 QStringLiteral("2024-03-08"));
    }

    void correctionRefusesBadInput()
    {
        const qint64 id = importText(QStringLiteral("controls.txt"), kDated);
        QVERIFY(id > 0);
        const RunResult bad = cli({QStringLiteral("report"), QString::number(id), QStringLiteral("--set-published"), QStringLiteral("2023-02-30")});
        QCOMPARE(bad.code, 2);
        QVERIFY2(bad.errText().contains(QStringLiteral("2023-02-30")), qPrintable(dump(bad)));
        const RunResult missing = cli({QStringLiteral("report"), QStringLiteral("999"), QStringLiteral("--set-url"), QStringLiteral("https://x.example")});
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.errText().contains(QStringLiteral("999")), qPrintable(dump(missing)));
    }

    void reprocessText()
    {
        QVERIFY(importText(QStringLiteral("controls.txt"), kDated) > 0);
        const RunResult r = cli({QStringLiteral("reprocess")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("1 reports reprocessed")), qPrintable(r.outText()));
        const RunResult help = run({QStringLiteral("reprocess"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.outText().contains(QStringLiteral("--json")));
        const RunResult reportHelp = run({QStringLiteral("report"), QStringLiteral("--help")});
        for (const char* o : {"--set-published", "--set-url", "--set-publisher", "--analyst", "--note"})
            QVERIFY2(reportHelp.outText().contains(QLatin1String(o)), o);
    }
};

QTEST_GUILESS_MAIN(CliDatesTest)
#include "tst_clidates.moc"
