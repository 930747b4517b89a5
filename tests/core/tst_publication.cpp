// Publication metadata from everything a report carries: datelines in the first lines (every form the issue
// names, English and Chinese), dates in URLs, wire datelines, the trust order when sources disagree, URL lines
// and the table of known hosts. Data-driven from tests/data/dates/ (texts written for these tests).
#include "ingest/datelinefinder.h"
#include "ingest/documentreader.h"
#include "ingest/importpipeline.h"
#include "ingest/knownhosts.h"
#include "ingest/publicationresolver.h"
#include "ingest/urldate.h"
#include "ingest/wiredateline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lodestone;

namespace {

QJsonObject dataFile(const char* name)
{
    QFile f(QStringLiteral(LODESTONE_TEST_DATA_DIR "/dates/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QDate isoDay(const QJsonValue& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString kindKey(Dateline::Kind k)
{
    switch (k) {
    case Dateline::Kind::Published: return QStringLiteral("published");
    case Dateline::Kind::Updated: return QStringLiteral("updated");
    case Dateline::Kind::Plain: break;
    }
    return QStringLiteral("plain");
}

} // namespace

class TstPublication final : public QObject {
    Q_OBJECT
private slots:
    void datelines_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue& v : dataFile("datelines.json").value(u"lines").toArray())
            QTest::newRow(qPrintable(v.toObject().value(u"name").toString())) << v.toObject();
    }
    void datelines()
    {
        QFETCH(QJsonObject, c);
        const QDate today = isoDay(dataFile("datelines.json").value(u"today"));
        const auto found = DatelineFinder::parseLine(c.value(u"line").toString(), today, true);
        if (!c.contains(u"date")) {
            QVERIFY2(!found, qPrintable(found ? found->span.start.toString(Qt::ISODate) : QString()));
            return;
        }
        QVERIFY2(found, qPrintable(c.value(u"line").toString()));
        QCOMPARE(found->span.start, isoDay(c.value(u"date")));
        QCOMPARE(precisionKey(found->span.precision), c.value(u"precision").toString());
        QCOMPARE(kindKey(found->kind), c.value(u"kind").toString());
        QVERIFY(found->span.rule.startsWith(QLatin1String("text:dateline")));
    }

    // Only the first lines count for an unlabelled date; a "Published:" label counts further down.
    void headerRegion()
    {
        QString body;
        for (int i = 0; i < 20; ++i)
            body += QStringLiteral("Paragraph %1 of a long report about separated oxides and their prices.\n").arg(i);
        const QDate today(2026, 1, 15);
        QVERIFY(DatelineFinder::find(body + QStringLiteral("2024-04-02\n"), today).isEmpty());
        const QList<Dateline> labelled = DatelineFinder::find(body + QStringLiteral("Post time: May-05-2023\n"), today);
        QCOMPARE(labelled.size(), 1);
        QCOMPARE(labelled.first().span.start, QDate(2023, 5, 5));
        const QList<Dateline> top = DatelineFinder::find(QStringLiteral("2024-04-02\n") + body, today);
        QCOMPARE(top.size(), 1);
        QCOMPARE(top.first().line, 0);
    }

    void urlLine()
    {
        QCOMPARE(DatelineFinder::urlLine(QStringLiteral("https://example.com/a/b\n2024-01-02\nText")),
                 QStringLiteral("https://example.com/a/b"));
        QCOMPARE(DatelineFinder::urlLine(QStringLiteral("\nURL: http://example.org/x?y=1\nText")), QStringLiteral("http://example.org/x?y=1"));
        QCOMPARE(DatelineFinder::urlLine(QStringLiteral("原文链接：https://example.cn/n/1.html\n正文")), QStringLiteral("https://example.cn/n/1.html"));
        // a URL inside a sentence, or below the first lines, is not the report's URL
        QVERIFY(DatelineFinder::urlLine(QStringLiteral("See https://example.com/a for more.\nText")).isEmpty());
        QVERIFY(DatelineFinder::urlLine(QStringLiteral("a\nb\nc\nd\ne\nf\nhttps://example.com/late")).isEmpty());
    }

    void urls_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue& v : dataFile("urls.json").value(u"urls").toArray())
            QTest::newRow(qPrintable(v.toObject().value(u"url").toString())) << v.toObject();
    }
    void urls()
    {
        QFETCH(QJsonObject, c);
        const auto span = UrlDate::find(c.value(u"url").toString(), isoDay(dataFile("urls.json").value(u"today")));
        if (!c.contains(u"date")) {
            QVERIFY2(!span, qPrintable(span ? span->start.toString(Qt::ISODate) : QString()));
            return;
        }
        QVERIFY(span);
        QCOMPARE(span->start, isoDay(c.value(u"date")));
        QCOMPARE(precisionKey(span->precision), c.value(u"precision").toString());
        QCOMPARE(span->rule, c.value(u"rule").toString());
    }

    void wirelines_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue& v : dataFile("wirelines.json").value(u"lines").toArray())
            QTest::newRow(qPrintable(v.toObject().value(u"text").toString().left(40))) << v.toObject();
    }
    void wirelines()
    {
        QFETCH(QJsonObject, c);
        const auto w = WireDateline::find(c.value(u"text").toString());
        if (!c.contains(u"day")) {
            QVERIFY2(!w, qPrintable(w ? w->surface : QString()));
            return;
        }
        QVERIFY(w);
        QCOMPARE(w->month, c.value(u"month").toInt());
        QCOMPARE(w->day, c.value(u"day").toInt());
    }

    void reports_data()
    {
        QTest::addColumn<QJsonObject>("c");
        for (const QJsonValue& v : dataFile("publication.json").value(u"reports").toArray())
            QTest::newRow(qPrintable(v.toObject().value(u"name").toString())) << v.toObject();
    }
    void reports()
    {
        QFETCH(QJsonObject, c);
        const QDate today = isoDay(dataFile("publication.json").value(u"today"));
        ReadResult read = DocumentReader::readBytes(c.value(u"text").toString().toUtf8(), QStringLiteral("saved.txt"));
        QVERIFY(!read.error);
        ParsedDocument doc = read.documents.first();
        const QDate reference = ImportPipeline::inferPublished(doc, today);
        const QString describe = doc.published ? doc.published->start.toString(Qt::ISODate) + u' ' + doc.published->rule : QStringLiteral("none");
        if (c.value(u"published").isNull()) {
            QVERIFY2(!doc.published, qPrintable(describe));
            QVERIFY(!reference.isValid()); // no publication date: nothing is placed against today
        } else {
            QVERIFY2(doc.published, "no publication date");
            QCOMPARE(doc.published->start, isoDay(c.value(u"published")));
            if (c.contains(u"precision"))
                QCOMPARE(precisionKey(doc.published->precision), c.value(u"precision").toString());
            if (c.contains(u"rule"))
                QVERIFY2(doc.published->rule.startsWith(c.value(u"rule").toString()), qPrintable(describe));
            if (c.contains(u"rule_contains"))
                QVERIFY2(doc.published->rule.contains(c.value(u"rule_contains").toString()), qPrintable(describe));
            QVERIFY(reference.isValid());
        }
        if (c.contains(u"reference"))
            QCOMPARE(reference, isoDay(c.value(u"reference")));
        if (c.contains(u"url")) {
            QCOMPARE(doc.url, c.value(u"url").toString());
            QCOMPARE(doc.urlRule, c.value(u"url_rule").toString());
        }
        if (c.contains(u"publisher")) {
            QCOMPARE(doc.publisher, c.value(u"publisher").toString());
            QCOMPARE(doc.publisherRule, c.value(u"publisher_rule").toString());
        }
    }

    // The reader's own metadata outranks what the text says; the text's day refines a coarser one.
    void trustOrder()
    {
        ParsedDocument doc;
        doc.format = QStringLiteral("html");
        doc.text = QStringLiteral("2024-05-02\nThe company reported results.");
        doc.published = DateSpan::day(QDate(2024, 5, 3), QStringLiteral("meta:article:published_time"));
        PublicationResolver::resolve(doc, QDate(2026, 1, 1));
        QCOMPARE(doc.published->start, QDate(2024, 5, 3));
        QVERIFY(doc.published->rule.startsWith(QLatin1String("meta:article:published_time")));
        QVERIFY(doc.published->rule.contains(QLatin1String("text:dateline says 2024-05-02")));

        ParsedDocument coarse;
        coarse.text = QStringLiteral("May 7, 2024\nThe company reported results.");
        coarse.published = DateSpan::month(2024, 5, QStringLiteral("meta:csv:published"));
        PublicationResolver::resolve(coarse, QDate(2026, 1, 1));
        QCOMPARE(coarse.published->start, QDate(2024, 5, 7));
        QCOMPARE(coarse.published->precision, Precision::Day);
        QVERIFY(coarse.published->rule.contains(QLatin1String("refines meta:csv:published")));

        // an analyst's date is never second-guessed
        ParsedDocument analyst;
        analyst.text = QStringLiteral("2024-05-02\nText.");
        analyst.published = DateSpan::day(QDate(2020, 1, 1), QStringLiteral("analyst: someone"));
        QCOMPARE(PublicationResolver::resolve(analyst, QDate(2026, 1, 1)).value_or(QDate()), QDate(2020, 1, 1));
        QCOMPARE(analyst.published->rule, QStringLiteral("analyst: someone"));
    }

    void knownHosts()
    {
        const KnownHosts& hosts = KnownHosts::bundled();
        QVERIFY(hosts.size() > 50);
        QCOMPARE(hosts.publisherFor(QStringLiteral("https://news.metal.com/newscontent/1/x"))->first, QStringLiteral("SMM (Shanghai Metals Market)"));
        QCOMPARE(hosts.publisherFor(QStringLiteral("https://rareearthexchanges.com/?p=1"))->first, QStringLiteral("Rare Earth Exchanges"));
        QCOMPARE(hosts.publisherFor(QStringLiteral("http://www.mofcom.gov.cn/article/x.shtml"))->second, QStringLiteral("mofcom.gov.cn"));
        QVERIFY(!hosts.publisherFor(QStringLiteral("https://unknown.example/x")));
        QVERIFY(!hosts.publisherFor(QString()));
        const KnownHosts custom = KnownHosts::fromJson(R"({"hosts": {"example.org": "Example Org"}})");
        QCOMPARE(custom.publisherFor(QStringLiteral("https://a.b.example.org/x"))->first, QStringLiteral("Example Org"));
        QCOMPARE(KnownHosts::fromJson("not json").size(), 0);
    }
};

QTEST_GUILESS_MAIN(TstPublication)
#include "tst_publication.moc"
