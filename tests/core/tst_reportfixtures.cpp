// Whole-report fixtures: every tests/data/{en,zh}/*.txt goes through the import's prepare step (read, decode,
// repair, date, extract) and is checked against its NAME.expected.json sidecar with the matching rule of
// tests/data/README.md. One data row per fixture, so a new fixture is tested by adding its two files.
#include "extract/gazetteer.h"
#include "ingest/importpipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lodestone;

namespace {

QString sidecarOf(const QString& txt)
{
    QString base = txt;
    base.chop(4); // ".txt"
    return base + QStringLiteral(".expected.json");
}

QString describe(const QList<ExtractedEvent>& events)
{
    QStringList out;
    for (const ExtractedEvent& e : events) {
        QStringList orgs;
        for (const EventOrgRole& r : e.organisations) orgs << r.key + u'/' + r.role;
        out << QStringLiteral("  [%1 %2 %3 {%4} \"%5\" | %6]")
                   .arg(categoryKey(e.category), e.date.start.toString(Qt::ISODate), precisionKey(e.date.precision),
                        orgs.join(u','), e.title, e.evidence.quote.left(90));
    }
    return out.join(u'\n');
}

// An organisation the sidecar names: a gazetteer key, or a surface name contained in a linked name.
bool orgMatches(const QString& wanted, const QString& key, const QStringList& names)
{
    if (wanted == key) return true;
    return std::any_of(names.cbegin(), names.cend(), [&](const QString& n) { return !n.isEmpty() && n.contains(wanted); });
}

QStringList namesOf(const QString& key, const QList<OrgMention>& mentions, const Gazetteer& gaz)
{
    QStringList names;
    if (const Organisation* o = gaz.byKey(key)) {
        names << o->nameEn << o->nameZh;
        for (const OrgAlias& a : o->aliases) names << a.text;
    }
    for (const OrgMention& m : mentions)
        if (m.key == key) names << m.name;
    return names;
}

} // namespace

class TstReportFixtures final : public QObject {
    Q_OBJECT
private slots:
    void fixture_data();
    void fixture();
};

void TstReportFixtures::fixture_data()
{
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const char* lang : {"en", "zh"}) {
        const QDir dir(QStringLiteral(LODESTONE_TEST_DATA_DIR "/") + QLatin1String(lang));
        for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
            const QString path = dir.filePath(name);
            QVERIFY2(QFile::exists(sidecarOf(path)), qPrintable(QStringLiteral("%1 has no sidecar").arg(path)));
            QTest::newRow(qPrintable(QLatin1String(lang) + u'/' + name)) << path;
            ++rows;
        }
    }
    QVERIFY2(rows >= 29, "the whole-report fixtures are missing");
}

void TstReportFixtures::fixture()
{
    QFETCH(QString, path);
    QFile sf(sidecarOf(path));
    QVERIFY(sf.open(QIODevice::ReadOnly));
    QJsonParseError pe;
    const QJsonObject exp = QJsonDocument::fromJson(sf.readAll(), &pe).object();
    QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
    QVERIFY2(exp.contains(u"language"), "sidecar without \"language\"");

    const Gazetteer& gaz = *Gazetteer::bundled();
    const PreparedFile file = ImportPipeline::prepare(path, gaz);
    QVERIFY2(!file.error, qPrintable(file.error.detail));
    QCOMPARE(file.reports.size(), 1);
    const PreparedReport& r = file.reports.first();
    const ParsedDocument& doc = r.doc;
    QStringList problems;

    if (exp.contains(u"title_contains") && !doc.title.contains(exp.value(u"title_contains").toString()))
        problems << QStringLiteral("title \"%1\" lacks \"%2\"").arg(doc.title, exp.value(u"title_contains").toString());
    if (doc.language != exp.value(u"language").toString())
        problems << QStringLiteral("language %1, expected %2").arg(doc.language, exp.value(u"language").toString());
    if (exp.contains(u"published")) {
        const QString got = doc.published ? doc.published->start.toString(Qt::ISODate) : QStringLiteral("none");
        if (got != exp.value(u"published").toString())
            problems << QStringLiteral("published %1, expected %2").arg(got, exp.value(u"published").toString());
    }
    if (exp.contains(u"encoding")) {
        const QString want = exp.value(u"encoding").toString();
        const bool gbFamily = want == u"GB18030" && (doc.sourceEncoding == u"GBK" || doc.sourceEncoding == u"GB2312");
        if (doc.sourceEncoding.compare(want, Qt::CaseInsensitive) != 0 && !gbFamily)
            problems << QStringLiteral("encoding %1, expected %2").arg(doc.sourceEncoding, want);
    }
    // the decoded text is the whole document: its title line and its body
    const QString decoded = doc.title + u'\n' + doc.text;
    for (const QJsonValue& v : exp.value(u"text_contains").toArray())
        if (!decoded.contains(v.toString())) problems << QStringLiteral("text lacks \"%1\"").arg(v.toString());
    for (const QJsonValue& v : exp.value(u"text_not_contains").toArray())
        if (decoded.contains(v.toString())) problems << QStringLiteral("text still holds \"%1\"").arg(v.toString());
    if (exp.contains(u"repairs_any")) {
        bool any = false;
        for (const QJsonValue& v : exp.value(u"repairs_any").toArray())
            for (const QString& rep : doc.repairs)
                any = any || rep.contains(v.toString(), Qt::CaseInsensitive);
        if (!any) problems << QStringLiteral("no repair among [%1]").arg(doc.repairs.join(u"; "));
    }
    for (const QJsonValue& v : exp.value(u"organisations").toArray()) {
        const QString wanted = v.toString();
        const bool found = std::any_of(r.mentions.cbegin(), r.mentions.cend(), [&](const OrgMention& m) {
            return orgMatches(wanted, m.key, namesOf(m.key, r.mentions, gaz));
        });
        if (!found) problems << QStringLiteral("organisation %1 not found").arg(wanted);
    }
    for (const QJsonValue& v : exp.value(u"organisations_absent").toArray()) { // furniture, titles, teasers
        const QString unwanted = v.toString();
        for (const OrgMention& m : r.mentions)
            if (m.key == unwanted || m.name.contains(unwanted) || (unwanted.contains(m.name) && m.name.size() >= 6))
                problems << QStringLiteral("organisation %1 found (%2)").arg(unwanted, m.name);
    }
    if (exp.contains(u"max_events") && r.events.size() > exp.value(u"max_events").toInt())
        problems << QStringLiteral("%1 events, expected at most %2").arg(r.events.size()).arg(exp.value(u"max_events").toInt());
    const int minEvents = exp.value(u"min_events").toInt(0);
    if (r.events.size() < minEvents)
        problems << QStringLiteral("%1 events, expected at least %2").arg(r.events.size()).arg(minEvents);
    for (const QJsonValue& v : exp.value(u"events").toArray()) {
        const QJsonObject want = v.toObject();
        const bool matched = std::any_of(r.events.cbegin(), r.events.cend(), [&](const ExtractedEvent& e) {
            if (categoryKey(e.category) != want.value(u"category").toString()) return false;
            if (e.date.start.toString(Qt::ISODate) != want.value(u"date_start").toString()) return false;
            if (precisionKey(e.date.precision) != want.value(u"precision").toString()) return false;
            if (!e.evidence.quote.contains(want.value(u"quote_contains").toString())) return false;
            const QJsonArray any = want.value(u"organisations_any").toArray();
            if (any.isEmpty()) return true;
            for (const QJsonValue& o : any)
                for (const EventOrgRole& link : e.organisations)
                    if (orgMatches(o.toString(), link.key, namesOf(link.key, r.mentions, gaz))) return true;
            return false;
        });
        if (!matched)
            problems << QStringLiteral("no event %1 %2 %3 with \"%4\"")
                            .arg(want.value(u"category").toString(), want.value(u"date_start").toString(),
                                 want.value(u"precision").toString(), want.value(u"quote_contains").toString());
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(problems.join(u'\n') + QStringLiteral("\nextracted:\n") + describe(r.events)));
}

QTEST_GUILESS_MAIN(TstReportFixtures)
#include "tst_reportfixtures.moc"
