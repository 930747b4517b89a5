#pragma once
// Shared by tst_stix (export) and tst_stiximport (reading bundles): sample interchange data, JSON lookups and
// the python3 that validates against the OASIS schemas. Test code only, any thread.
#include "ingest/contenthash.h"
#include "ingest/documentreader.h"
#include "ingest/stixidentityreader.h"
#include "ingest/stixreader.h"
#include "interchange/eventexporter.h"
#include "interchange/stableid.h"
#include "interchange/stixbundle.h"
#include "interchange/stixextensions.h"
#include "interchange/stixobjects.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <random>

namespace stixtest {

using namespace lodestone;


inline const QString kData = QStringLiteral(LODESTONE_TEST_DATA_DIR "/stix");
inline const QString kStix = QStringLiteral(LODESTONE_SHARED_DIR "/testdata/stix2");

inline const QRegularExpression kId(QStringLiteral("^([a-z][a-z0-9-]+[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
inline const QRegularExpression kTimestamp(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
inline const QRegularExpression kPropertyName(QStringLiteral("^[a-z][a-z0-9_]{2,249}$"));

inline InterchangeOrganisation org(const QString& key, const QString& en, const QString& zh, const QStringList& aliases)
{
    InterchangeOrganisation o;
    o.org.key = key;
    o.org.nameEn = en;
    o.org.nameZh = zh;
    o.org.kind = QStringLiteral("soe");
    o.org.country = QStringLiteral("CN");
    for (const QString& a : aliases)
        o.org.aliases << OrgAlias{a, QStringLiteral("en"), QStringLiteral("gazetteer")};
    return o;
}

inline InterchangeReport report(int n, const QString& title, std::optional<DateSpan> published)
{
    InterchangeReport r;
    ParsedDocument& d = r.report.doc;
    d.title = title;
    // Longer than the 1,200 characters the old export cut descriptions at.
    d.text = QStringLiteral("%1.\n\nA smelter in Inner Mongolia agreed a supply deal with a magnet maker on 3 March 2025. ").arg(title)
        + QStringLiteral("The plant will ship separated oxides every month. ").repeated(30);
    d.url = QStringLiteral("https://example.org/news/%1").arg(n);
    d.publisher = QStringLiteral("Example Metals Daily");
    d.language = QStringLiteral("en");
    d.format = QStringLiteral("text");
    d.sourceEncoding = QStringLiteral("UTF-8");
    d.sourcePath = QStringLiteral("/data/in/%1.txt").arg(n);
    d.repairs = {QStringLiteral("cp874-mojibake: 2 sequences")};
    d.published = published;
    r.report.contentHash = contentHash(d.text);
    r.report.importedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 30, 15), Qt::UTC).addSecs(n * 60);
    return r;
}

inline InterchangeEvent event(int n, Category c, QDate day, QList<EventOrgRole> orgs, QList<const InterchangeReport*> reports)
{
    InterchangeEvent e;
    e.event.category = c;
    e.event.title = QStringLiteral("Event %1 title").arg(n);
    e.event.summary = QStringLiteral("Summary of event %1.").arg(n);
    e.event.date = DateSpan::day(day, QStringLiteral("absolute:test"));
    e.event.confidence = 0.734;
    e.event.people << PersonMention{QStringLiteral("Li Wei"), QStringLiteral("chair"), QStringLiteral("baogang-group")};
    e.organisations = orgs;
    for (const InterchangeReport* r : reports)
        e.evidence << InterchangeEvidence{r->report.contentHash, QStringLiteral("Quoted sentence %1 about the deal.").arg(n), 5, 38};
    return e;
}

inline InterchangeData sampleData()
{
    InterchangeData data;
    data.organisations << org(QStringLiteral("baogang-group"), QStringLiteral("Baogang Group"), QStringLiteral("包钢集团"),
                              {QStringLiteral("Baotou Steel")})
                       << org(QStringLiteral("auto:lanthanide magnets"), QString(), QStringLiteral("镧系磁材"), {});
    data.organisations[1].org.autoDetected = true;
    data.organisations[1].org.parentKey = QStringLiteral("baogang-group");
    InterchangeReport verified = report(3, QStringLiteral("Smelter signs supply deal"), DateSpan::month(2025, 3, QStringLiteral("meta:test")));
    Verification v;
    v.status = VerificationStatus::Verified;
    v.reliability = QStringLiteral("B");
    v.credibility = 2;
    v.note = QStringLiteral("matches the filing");
    v.analyst = QStringLiteral("analyst one");
    v.at = QDateTime(QDate(2026, 2, 1), QTime(12, 0), Qt::UTC);
    verified.report.verification = v;
    verified.history << VerificationLogEntry{0, 0, v, Verification{}, QStringLiteral("set")};
    verified.mentions << std::pair{QStringLiteral("baogang-group"), 3};
    data.reports << verified << report(4, QStringLiteral("Undated follow-up"), std::nullopt)
                 << report(5, QStringLiteral("Report that backs no event"), DateSpan::day(QDate(2024, 6, 30)));
    data.events << event(42, Category::Partnership, QDate(2025, 3, 3),
                         {EventOrgRole{QStringLiteral("baogang-group"), QStringLiteral("actor")},
                          EventOrgRole{QStringLiteral("auto:lanthanide magnets"), QStringLiteral("partner")}},
                         {&data.reports[0], &data.reports[1]})
                << event(43, Category::ProductionQuota, QDate(2025, 4, 1),
                         {EventOrgRole{QStringLiteral("baogang-group"), QStringLiteral("subject")}}, {&data.reports[1]});
    InterchangeCorrection c;
    c.at = QDateTime(QDate(2026, 3, 2), QTime(8, 15), Qt::UTC);
    c.analyst = QStringLiteral("analyst two");
    c.field = QStringLiteral("title");
    c.oldValue = QStringLiteral("Quota set");
    c.newValue = QStringLiteral("Event 43 title");
    c.note = QStringLiteral("clearer");
    data.events[1].corrections << c;
    data.events[1].analystEdited = true;
    return data;
}

inline StixBundle::Input sampleInput()
{
    StixBundle::Input in;
    in.data = sampleData();
    in.author = QStringLiteral("Northern desk");
    in.authorClass = QStringLiteral("group");
    return in;
}

inline QHash<QString, QJsonObject> byId(const QJsonObject& bundle)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue& v : bundle.value(QStringLiteral("objects")).toArray())
        out.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    return out;
}

inline QList<QJsonObject> ofType(const QJsonObject& bundle, const QString& type)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : bundle.value(QStringLiteral("objects")).toArray())
        if (v.toObject().value(QStringLiteral("type")).toString() == type)
            out << v.toObject();
    return out;
}

inline QJsonObject ext(const QJsonObject& o, const QString& definition)
{
    return o.value(QStringLiteral("extensions")).toObject().value(definition).toObject();
}

// No null and no empty array anywhere (the schemas' custom-property rule and minItems 1).
inline bool noNullOrEmpty(const QJsonValue& v, QString* where)
{
    if (v.isNull() || (v.isArray() && v.toArray().isEmpty()))
        return false;
    if (v.isArray()) {
        for (const QJsonValue& x : v.toArray())
            if (!noNullOrEmpty(x, where))
                return false;
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!noNullOrEmpty(it.value(), where)) {
                *where = it.key() + u'/' + *where;
                return false;
            }
    }
    return true;
}

// Debian's python3 (what scripts/setup installs python3-jsonschema for), else the one on PATH.
inline QString python()
{
    if (QFile::exists(QStringLiteral("/usr/bin/python3")))
        return QStringLiteral("/usr/bin/python3");
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}


} // namespace stixtest
