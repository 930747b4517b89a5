// EventExtractor and its parts (SentenceSplitter, EventClassifier, PersonFinder): English and Chinese example
// paragraphs from tests/data/extract, the seed article from ../shared (read at run time), and a timing.
#include "extract/eventclassifier.h"
#include "extract/eventextractor.h"
#include "extract/gazetteer.h"
#include "extract/personfinder.h"
#include "extract/sentencesplitter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace lodestone;

namespace {

QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(LODESTONE_TEST_DATA_DIR "/extract/") + name);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

std::shared_ptr<const Gazetteer> testGazetteer()
{
    static std::shared_ptr<const Gazetteer> g = Gazetteer::fromJson(readData(QStringLiteral("test_gazetteer.json")));
    return g;
}

QJsonObject caseFile()
{
    return QJsonDocument::fromJson(readData(QStringLiteral("event_cases.json"))).object();
}

bool hasOrg(const ExtractedEvent& e, const QString& key)
{
    for (const EventOrgRole& r : e.organisations)
        if (r.key == key) return true;
    return false;
}

QString describe(const QList<ExtractedEvent>& events)
{
    QStringList out;
    for (const ExtractedEvent& e : events) {
        QStringList orgs;
        for (const EventOrgRole& r : e.organisations) orgs << r.key + u'/' + r.role;
        out << QStringLiteral("[%1 %2 %3 %4 (%5) \"%6\"]")
                   .arg(categoryKey(e.category), e.date.start.toString(Qt::ISODate), precisionKey(e.date.precision),
                        orgs.join(u','), e.date.rule, e.title);
    }
    return out.join(u'\n');
}

} // namespace

class TstEventExtractor final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sentences_data();
    void sentences();
    void classifier_data();
    void classifier();
    void people();
    void cases_data();
    void cases();
    void negatives_data();
    void negatives();
    void evidenceOffsets();
    void seed();
    void speed();
};

void TstEventExtractor::initTestCase()
{
    QVERIFY2(testGazetteer(), "tests/data/extract/test_gazetteer.json did not load");
    QVERIFY(!caseFile().value(u"cases").toArray().isEmpty());
}

void TstEventExtractor::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("abbrev") << QStringLiteral("Mr. Li met U.S. officials on Nov. 26. Talks ended.")
                            << QStringList{QStringLiteral("Mr. Li met U.S. officials on Nov. 26."), QStringLiteral("Talks ended.")};
    QTest::newRow("company") << QStringLiteral("Baotou Steel Co., Ltd. reported gains of 3.5 percent. Shares rose.")
                             << QStringList{QStringLiteral("Baotou Steel Co., Ltd. reported gains of 3.5 percent."),
                                            QStringLiteral("Shares rose.")};
    QTest::newRow("quotes") << QStringLiteral("He called it a \u201cstrong country.\u201d Then he left!")
                            << QStringList{QStringLiteral("He called it a \u201cstrong country.\u201d"), QStringLiteral("Then he left!")};
    QTest::newRow("initialism-end") << QStringLiteral("Exports went to the U.S. The ban followed.")
                                    << QStringList{QStringLiteral("Exports went to the U.S."), QStringLiteral("The ban followed.")};
    QTest::newRow("chinese") << QStringLiteral("包钢召开会议。双方签署协议！会议强调；要加强合作？")
                             << QStringList{QStringLiteral("包钢召开会议。"), QStringLiteral("双方签署协议！"),
                                            QStringLiteral("会议强调；"), QStringLiteral("要加强合作？")}; 
    QTest::newRow("bullets") << QStringLiteral("Highlights\n- First point here\n- Second point.\nBody text.")
                             << QStringList{QStringLiteral("Highlights"), QStringLiteral("First point here"),
                                            QStringLiteral("Second point."), QStringLiteral("Body text.")};
    QTest::newRow("wrapped") << QStringLiteral("The ministry said the rules\nwould apply from May. Next.")
                             << QStringList{QStringLiteral("The ministry said the rules\nwould apply from May."),
                                            QStringLiteral("Next.")};
}

void TstEventExtractor::sentences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got;
    for (const Sentence& s : SentenceSplitter::split(text)) got << text.mid(s.start, s.end - s.start);
    QCOMPARE(got, expected);
}

void TstEventExtractor::classifier_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("category");
    QTest::newRow("en-mou") << QStringLiteral("The firms signed a memorandum of understanding on magnets.") << QStringLiteral("partnership");
    QTest::newRow("en-quota") << QStringLiteral("The total amount control quota was raised.") << QStringLiteral("production_quota");
    QTest::newRow("en-price") << QStringLiteral("Oxide was quoted at 450,000 yuan/mt.") << QStringLiteral("market_price");
    QTest::newRow("en-appointed") << QStringLiteral("She was appointed chair of the board.") << QStringLiteral("personnel");
    QTest::newRow("en-none") << QStringLiteral("The weather in Baotou was cold.") << QStringLiteral("other");
    QTest::newRow("zh-sign") << QStringLiteral("双方签署合作协议。") << QStringLiteral("partnership");
    QTest::newRow("zh-party") << QStringLiteral("公司党委学习贯彻重要讲话精神。") << QStringLiteral("party_directive");
    QTest::newRow("zh-export") << QStringLiteral("对相关物项实施出口管制。") << QStringLiteral("export_control");
    QTest::newRow("zh-quota") << QStringLiteral("下达2025年度总量控制指标。") << QStringLiteral("production_quota");
    QTest::newRow("zh-price") << QStringLiteral("本周挂牌价下调。") << QStringLiteral("market_price");
    QTest::newRow("zh-standard") << QStringLiteral("国家标准正式发布实施。") << QStringLiteral("standards_milestone");
    QTest::newRow("zh-regulation") << QStringLiteral("印发管理办法。") << QStringLiteral("policy_regulation");
    QTest::newRow("zh-restructure") << QStringLiteral("集团完成重组。") << QStringLiteral("corporate_restructuring");
}

void TstEventExtractor::classifier()
{
    QFETCH(QString, sentence);
    QFETCH(QString, category);
    const Classification c = EventClassifier::classify(sentence);
    QCOMPARE(categoryKey(c.category), category);
    if (category != u"other") QVERIFY(c.score > 0.3 && c.score <= 1.0);
}

void TstEventExtractor::people()
{
    const auto g = testGazetteer();
    const QString en = QStringLiteral("Party Secretary and Chairman Li Ming of Baogang Group met Wang Fang, General Manager "
                                      "of Northern Rare Earth, in Baotou.");
    const QList<PersonFound> p = PersonFinder::find(en, g->findMentions(en));
    QCOMPARE(p.size(), 2);
    QCOMPARE(p[0].person.name, QStringLiteral("Li Ming"));
    QCOMPARE(p[0].person.role, QStringLiteral("Party Secretary and Chairman"));
    QCOMPARE(p[0].person.orgKey, QStringLiteral("baogang-group"));
    QCOMPARE(p[1].person.name, QStringLiteral("Wang Fang"));
    QCOMPARE(p[1].person.role, QStringLiteral("General Manager"));
    QCOMPARE(p[1].person.orgKey, QStringLiteral("northern-rare-earth"));
    const QString zh = QStringLiteral("包钢集团党委书记、董事长李明主持会议。");
    const QList<PersonFound> q = PersonFinder::find(zh, g->findMentions(zh));
    QCOMPARE(q.size(), 1);
    QCOMPARE(q[0].person.name, QStringLiteral("李明"));
    QCOMPARE(q[0].person.role, QStringLiteral("党委书记、董事长"));
    QCOMPARE(q[0].person.orgKey, QStringLiteral("baogang-group"));
}

void TstEventExtractor::cases_data()
{
    QTest::addColumn<QJsonObject>("c");
    for (const QJsonValue& v : caseFile().value(u"cases").toArray())
        QTest::newRow(qPrintable(v.toObject().value(u"name").toString())) << v.toObject();
}

void TstEventExtractor::cases()
{
    QFETCH(QJsonObject, c);
    const QString text = c.value(u"text").toString();
    const QDate ref = QDate::fromString(c.value(u"reference").toString(), Qt::ISODate);
    const QList<ExtractedEvent> events = EventExtractor::extract(text, ref, *testGazetteer(), c.value(u"lang").toString());
    const QString category = c.value(u"category").toString();
    const QDate start = QDate::fromString(c.value(u"start").toString(), Qt::ISODate);
    const ExtractedEvent* match = nullptr;
    for (const ExtractedEvent& e : events)
        if (categoryKey(e.category) == category && e.date.start == start &&
            precisionKey(e.date.precision) == c.value(u"precision").toString())
            match = &e;
    QVERIFY2(match, qPrintable(QStringLiteral("no %1 on %2; got:\n%3").arg(category, start.toString(Qt::ISODate), describe(events))));
    for (const QJsonValue& o : c.value(u"orgs").toArray())
        QVERIFY2(hasOrg(*match, o.toString()), qPrintable(o.toString() + u'\n' + describe(events)));
    for (const QJsonValue& o : c.value(u"not_orgs").toArray()) // e.g. a subject borrowed from the sentence before
        QVERIFY2(!hasOrg(*match, o.toString()), qPrintable(o.toString() + u'\n' + describe(events)));
    QVERIFY(events.size() <= 2);
    if (c.contains(u"events")) // exactly this many: nothing else in the text is an event
        QVERIFY2(events.size() == c.value(u"events").toInt(), qPrintable(describe(events)));
    QVERIFY(!match->title.isEmpty());
    if (c.contains(u"title"))
        QCOMPARE(match->title, c.value(u"title").toString());
    // A title never ends in a preposition a removed date left behind, and never stops inside "U.S.".
    static const QRegularExpression danglingEnd(QStringLiteral("\\s(?:on|in|at|by|of|the|U|S)$"));
    QVERIFY2(!danglingEnd.match(match->title).hasMatch(), qPrintable(match->title));
    QVERIFY(match->confidence > 0.3 && match->confidence <= 1.0);
    const bool zh = c.value(u"lang").toString() == u"zh";
    const bool titleHasHan = std::any_of(match->title.begin(), match->title.end(),
                                         [](QChar ch) { return ch.unicode() >= 0x4e00 && ch.unicode() <= 0x9fff; });
    if (zh) QVERIFY2(titleHasHan, qPrintable(match->title));
    qInfo("%s: %s", qPrintable(c.value(u"name").toString()), qPrintable(match->title));
}

void TstEventExtractor::negatives_data()
{
    QTest::addColumn<QJsonObject>("c");
    for (const QJsonValue& v : caseFile().value(u"negatives").toArray())
        QTest::newRow(qPrintable(v.toObject().value(u"name").toString())) << v.toObject();
}

void TstEventExtractor::negatives()
{
    QFETCH(QJsonObject, c);
    const QList<ExtractedEvent> events =
        EventExtractor::extract(c.value(u"text").toString(), QDate::fromString(c.value(u"reference").toString(), Qt::ISODate),
                                *testGazetteer());
    QVERIFY2(events.isEmpty(), qPrintable(describe(events)));
}

void TstEventExtractor::evidenceOffsets()
{
    QString all;
    for (const QJsonValue& v : caseFile().value(u"cases").toArray()) all += v.toObject().value(u"text").toString() + u'\n';
    const QList<ExtractedEvent> events = EventExtractor::extract(all, QDate(2025, 12, 1), *testGazetteer());
    QVERIFY(events.size() >= 15);
    for (const ExtractedEvent& e : events) {
        QCOMPARE(all.mid(e.evidence.start, e.evidence.end - e.evidence.start), e.evidence.quote);
        QVERIFY(e.date.isValid());
        QVERIFY(!e.date.rule.isEmpty());
        QVERIFY(!e.organisations.isEmpty());
    }
}

void TstEventExtractor::seed()
{
    QFile f(QStringLiteral(LODESTONE_SHARED_DIR "/seed/000_de064577c930fc1f.txt"));
    if (!f.open(QIODevice::ReadOnly)) QSKIP("seed article not available (../shared/seed)");
    const auto gaz = Gazetteer::bundled();
    if (!gaz || gaz->organisations().size() < 10) QSKIP("bundled gazetteer has fewer than 10 organisations");
    QString text = QString::fromUtf8(f.readAll());
    // crude repair of the cp874 mojibake (the ingest layer does this properly)
    text.replace(QStringLiteral("\u0e42s"), QStringLiteral("\u2019s"));
    text.replace(QChar(0x0e42), u'"');
    text.replace(QStringLiteral("\u0e22\u0e29"), QStringLiteral("\u00a9"));
    const QList<ExtractedEvent> events = EventExtractor::extract(text, QDate(2025, 12, 1), *gaz, QStringLiteral("en"));
    qInfo("seed events:\n%s", qPrintable(describe(events)));

    const ExtractedEvent* partnership = nullptr;
    const ExtractedEvent* standards = nullptr;
    const ExtractedEvent* party = nullptr;
    for (const ExtractedEvent& e : events) {
        if (e.category == Category::Partnership && e.date.start == QDate(2025, 11, 25) && e.date.precision == Precision::Day)
            partnership = &e;
        if (e.category == Category::StandardsMilestone && e.date.start == QDate(2025, 11, 26) &&
            e.date.precision == Precision::Day)
            standards = &e;
        if (e.category == Category::PartyDirective && e.date.start.year() == 2025 &&
            (e.date.precision == Precision::Year || e.date.precision == Precision::Month))
            party = &e;
    }
    QVERIFY(partnership);
    QVERIFY(hasOrg(*partnership, QStringLiteral("baogang-group")));
    QVERIFY(hasOrg(*partnership, QStringLiteral("china-mobile-inner-mongolia")));
    QVERIFY(partnership->evidence.quote.contains(QStringLiteral("November 25")));
    QVERIFY(standards);
    QVERIFY(hasOrg(*standards, QStringLiteral("northern-rare-earth")));
    QVERIFY(standards->evidence.quote.contains(QStringLiteral("November 26")));
    QVERIFY(party);
    QVERIFY(hasOrg(*party, QStringLiteral("baogang-group")));
    bool meng = false;
    for (const PersonMention& p : party->people)
        if (p.name == u"Meng Fanying" && p.role.contains(QStringLiteral("Party Secretary"))) meng = true;
    QVERIFY(meng);
    // no junk: nothing from boilerplate, no highlight duplicates, at most one event per category here
    QSet<Category> seen;
    for (const ExtractedEvent& e : events) {
        QVERIFY2(!e.evidence.quote.contains(QStringLiteral("independently verified")), qPrintable(e.evidence.quote));
        QVERIFY2(!e.evidence.quote.contains(QChar(0x00a9)), qPrintable(e.evidence.quote));
        QVERIFY2(!seen.contains(e.category), qPrintable(describe(events)));
        seen.insert(e.category);
        QCOMPARE(text.mid(e.evidence.start, e.evidence.end - e.evidence.start), e.evidence.quote);
    }
    QVERIFY(events.size() <= 5);
}

void TstEventExtractor::speed()
{
    QString text;
    const QJsonArray arr = caseFile().value(u"cases").toArray();
    for (int i = 0; text.size() < 4096; ++i) {
        const QJsonObject c = arr[i % arr.size()].toObject();
        if (c.value(u"lang").toString() == u"en") text += c.value(u"text").toString() + u'\n';
    }
    text.truncate(4096);
    const auto g = testGazetteer();
    EventExtractor::extract(text, QDate(2025, 12, 1), *g); // warm-up (cue tables, regexes)
    QElapsedTimer t;
    t.start();
    constexpr int kRuns = 50;
    qsizetype n = 0;
    for (int i = 0; i < kRuns; ++i) n += EventExtractor::extract(text, QDate(2025, 12, 1), *g).size();
    qInfo("EventExtractor::extract on 4 KB English: %.3f ms per report (%lld events)", t.nsecsElapsed() / 1e6 / kRuns,
          static_cast<long long>(n / kRuns));
    QVERIFY(n > 0);
}

QTEST_GUILESS_MAIN(TstEventExtractor)
#include "tst_eventextractor.moc"
