// The whole-report fixtures in tests/data/en and tests/data/zh (written for the project, see tests/data/README.md):
// each is imported the way a file is (read, decode, repair, settle publication metadata, extract) and must give
// the sidecar's title, language, encoding, publication date (their "Published:" / "发布日期：" lines) and
// organisations, and the events found carry the expected dates — relative and partial ones resolved against it.
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
        // Every expected event's sentence that extraction turned into an event carries the expected date: partial,
        // relative and weekday dates resolved against the dateline. (Which sentences become events, and their
        // categories, is the extractor's part: tst_eventextractor.)
        int dated = 0;
        for (const QJsonValue& v : want.value(u"events").toArray()) {
            const QJsonObject e = v.toObject();
            const QDate start = QDate::fromString(e.value(u"date_start").toString(), Qt::ISODate);
            const QString quote = e.value(u"quote_contains").toString();
            QList<const ExtractedEvent*> fromSentence;
            for (const ExtractedEvent& x : r.events)
                if (!quote.isEmpty() && x.evidence.quote.contains(quote))
                    fromSentence << &x;
            if (fromSentence.isEmpty()) {
                qInfo("%s: no event from \"%s\"", qPrintable(QTest::currentDataTag()), qPrintable(quote));
                continue;
            }
            const bool right = std::any_of(fromSentence.cbegin(), fromSentence.cend(), [&](const ExtractedEvent* x) {
                return x->date.start == start && precisionKey(x->date.precision) == e.value(u"precision").toString();
            });
            QVERIFY2(right, qPrintable(QStringLiteral("%1 %2 \"%3\"; got:\n%4")
                                           .arg(start.toString(Qt::ISODate), e.value(u"precision").toString(), quote, describe(r.events))));
            ++dated;
        }
        qInfo("%s: %d of %lld expected events extracted, all dated right", qPrintable(QTest::currentDataTag()), dated,
              static_cast<long long>(want.value(u"events").toArray().size()));
        // no event after its report without a future cue
        for (const ExtractedEvent& x : r.events)
            if (doc.published && !x.undated() && x.date.start > doc.published->end)
                QVERIFY2(x.timing != EventTiming::Reported, qPrintable(describe(r.events)));
    }
};

QTEST_GUILESS_MAIN(TstReportFixtures)
#include "tst_reportfixtures.moc"
