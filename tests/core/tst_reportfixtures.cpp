// The whole-report fixtures in tests/data/en and tests/data/zh (written for the project, see tests/data/README.md):
// each is imported the way a file is (read, decode, repair, settle publication metadata, extract) and must give
// the sidecar's title, language, encoding, text, publication date (their "Published:" / "发布日期：" lines),
// organisations and events — the events' relative and partial dates resolved against that publication date.
#include "extract/gazetteer.h"
#include "ingest/documentreader.h"
#include "ingest/importpipeline.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lodestone;

namespace {

QString sidecarOf(const QString& txt)
{
    QString base = txt;
    base.chop(4); // ".txt"
    return base + QStringLiteral(".expected.json");
}

bool namesOrg(const ExtractedEvent& e, const QString& want, const QList<OrgMention>& mentions, const Gazetteer& g)
{
    for (const EventOrgRole& r : e.organisations) {
        if (r.key == want)
            return true;
        if (const Organisation* o = g.byKey(r.key))
            if (o->nameEn.contains(want, Qt::CaseInsensitive) || o->nameZh.contains(want))
                return true;
        for (const OrgMention& m : mentions)
            if (m.key == r.key && m.name.contains(want, Qt::CaseInsensitive))
                return true;
    }
    return false;
}

QString describe(const QList<ExtractedEvent>& events)
{
    QString out;
    for (const ExtractedEvent& e : events)
        out += QStringLiteral("  %1 %2 %3 [%4] %5\n")
                   .arg(categoryKey(e.category), e.undated() ? QStringLiteral("undated") : e.date.start.toString(Qt::ISODate),
                        precisionKey(e.date.precision), e.date.rule, e.evidence.quote.left(70));
    return out;
}

} // namespace

class TstReportFixtures final : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data()
    {
        QTest::addColumn<QString>("path");
        int n = 0;
        for (const char* lang : {"en", "zh"}) {
            const QDir dir(QStringLiteral(LODESTONE_TEST_DATA_DIR "/") + QLatin1String(lang));
            for (const QString& f : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(QLatin1String(lang) + u'/' + f)) << dir.filePath(f);
                ++n;
            }
        }
        QVERIFY(n >= 29);
    }

    void fixtures()
    {
        QFETCH(QString, path);
        QFile side(sidecarOf(path));
        QVERIFY2(side.open(QIODevice::ReadOnly), qPrintable(side.fileName()));
        const QJsonObject want = QJsonDocument::fromJson(side.readAll()).object();
        const auto gazetteer = Gazetteer::bundled();
        QVERIFY(gazetteer);
        const PreparedFile file = ImportPipeline::prepare(path, *gazetteer);
        QVERIFY2(!file.error, qPrintable(file.error.detail));
        QCOMPARE(file.reports.size(), 1);
        const PreparedReport& r = file.reports.first();
        const ParsedDocument& doc = r.doc;

        if (want.contains(u"title_contains"))
            QVERIFY2(doc.title.contains(want.value(u"title_contains").toString()), qPrintable(doc.title));
        QCOMPARE(doc.language, want.value(u"language").toString());
        if (want.contains(u"encoding")) {
            const QString enc = want.value(u"encoding").toString();
            QVERIFY2(doc.sourceEncoding.compare(enc, Qt::CaseInsensitive) == 0 ||
                         (enc == u"GB18030" && doc.sourceEncoding.compare(QLatin1String("GBK"), Qt::CaseInsensitive) == 0),
                     qPrintable(doc.sourceEncoding));
        }
        for (const QJsonValue& t : want.value(u"text_contains").toArray())
            QVERIFY2(doc.text.contains(t.toString()) || doc.title.contains(t.toString()), qPrintable(t.toString()));
        for (const QJsonValue& t : want.value(u"text_not_contains").toArray())
            QVERIFY2(!doc.text.contains(t.toString()), qPrintable(t.toString()));

        // the dateline under the title is the publication date, and the rule says so
        if (want.contains(u"published")) {
            QVERIFY2(doc.published, "the dateline was not read");
            QCOMPARE(doc.published->start, QDate::fromString(want.value(u"published").toString(), Qt::ISODate));
            QCOMPARE(doc.published->precision, Precision::Day);
            QVERIFY2(doc.published->rule.startsWith(QLatin1String("text:dateline")), qPrintable(doc.published->rule));
        }

        const bool traditional = want.value(u"script").toString() == u"traditional";
        for (const QJsonValue& o : want.value(u"organisations").toArray()) {
            if (traditional)
                break;
            const QString key = o.toString();
            const bool found = std::any_of(r.mentions.cbegin(), r.mentions.cend(), [&](const OrgMention& m) {
                return m.key == key || m.name == key || m.key.endsWith(key);
            });
            QVERIFY2(found, qPrintable(key));
        }
        QVERIFY2(r.events.size() >= want.value(u"min_events").toInt(), qPrintable(describe(r.events)));
        for (const QJsonValue& v : want.value(u"events").toArray()) {
            const QJsonObject e = v.toObject();
            const QDate start = QDate::fromString(e.value(u"date_start").toString(), Qt::ISODate);
            const bool hit = std::any_of(r.events.cbegin(), r.events.cend(), [&](const ExtractedEvent& x) {
                if (categoryKey(x.category) != e.value(u"category").toString() || x.date.start != start ||
                    precisionKey(x.date.precision) != e.value(u"precision").toString())
                    return false;
                if (e.contains(u"quote_contains") && !x.evidence.quote.contains(e.value(u"quote_contains").toString()))
                    return false;
                const QJsonArray orgs = e.value(u"organisations_any").toArray();
                return orgs.isEmpty() || traditional ||
                       std::any_of(orgs.cbegin(), orgs.cend(), [&](const QJsonValue& o) { return namesOrg(x, o.toString(), r.mentions, *gazetteer); });
            });
            QVERIFY2(hit, qPrintable(QStringLiteral("%1 %2 %3 \"%4\"; got:\n%5")
                                         .arg(e.value(u"category").toString(), start.toString(Qt::ISODate),
                                              e.value(u"precision").toString(), e.value(u"quote_contains").toString(), describe(r.events))));
        }
        // no event after its report without a future cue
        for (const ExtractedEvent& x : r.events)
            if (doc.published && !x.undated() && x.date.start > doc.published->end)
                QVERIFY2(x.timing != EventTiming::Reported, qPrintable(describe(r.events)));
    }
};

QTEST_GUILESS_MAIN(TstReportFixtures)
#include "tst_reportfixtures.moc"
