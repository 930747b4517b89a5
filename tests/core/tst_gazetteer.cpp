// Tests for the bilingual organisation gazetteer: bundled data integrity, alias resolution, shape-based
// detection of unknown organisations, negative cases, the seed article and a rough throughput figure.
#include "extract/gazetteer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QtTest>

#include <ctime>

using namespace lodestone;

namespace {

// "key=surface" per expected mention, in text order.
QStringList describe(const QList<OrgMention>& mentions, const QString& text)
{
    QStringList out;
    for (const OrgMention& m : mentions) {
        out << m.key + u'=' + text.mid(m.start, m.end - m.start);
    }
    return out;
}

QString readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestGazetteer final : public QObject {
    Q_OBJECT

private slots:
    void bundledIntegrity();
    void everyAliasResolvesToItsOrganisation();
    void rejectsBadJson_data();
    void rejectsBadJson();
    void mentions_data();
    void mentions();
    void mentionFields();
    void fixtureFile();
    void seedArticle();
    void throughput();
};

void TestGazetteer::bundledIntegrity()
{
    const auto g = Gazetteer::bundled();
    QVERIFY(g);
    QCOMPARE(Gazetteer::bundled().get(), g.get()); // loaded once
    QVERIFY2(g->organisations().size() >= 70, qPrintable(QString::number(g->organisations().size())));
    const QSet<QString> kinds{"soe", "company", "ministry", "regulator", "party_body", "association",
                              "exchange", "agency", "government", "media", "other"};
    QSet<QString> keys;
    for (const Organisation& o : g->organisations()) {
        QVERIFY2(!keys.contains(o.key), qPrintable("duplicate key " + o.key));
        keys.insert(o.key);
        QVERIFY2(!o.nameEn.isEmpty(), qPrintable(o.key));
        QVERIFY2(!o.nameZh.isEmpty(), qPrintable(o.key));
        QVERIFY2(kinds.contains(o.kind), qPrintable(o.key + ": " + o.kind));
        QCOMPARE(g->byKey(o.key), &o);
    }
    for (const Organisation& o : g->organisations()) {
        if (!o.parentKey.isEmpty()) QVERIFY2(keys.contains(o.parentKey), qPrintable(o.key + " -> " + o.parentKey));
    }
    QCOMPARE(g->byKey("northern-rare-earth")->parentKey, QString("baogang-group"));
    QCOMPARE(g->byKey("china-mobile-inner-mongolia")->parentKey, QString("china-mobile"));
    QCOMPARE(g->byKey("baogang-group")->nameEn, QString("Baogang Group"));
    QVERIFY(g->byKey("no-such-org") == nullptr);
}

// Each name and alias, alone, must be found whole and resolve to its own organisation: this also proves
// that no alias maps to two organisations.
void TestGazetteer::everyAliasResolvesToItsOrganisation()
{
    const auto g = Gazetteer::bundled();
    int checked = 0;
    for (const Organisation& o : g->organisations()) {
        QStringList surfaces{o.nameEn, o.nameZh};
        for (const OrgAlias& a : o.aliases) surfaces << a.text;
        for (const QString& s : surfaces) {
            const QList<OrgMention> ms = g->findMentions(s);
            const QString got = describe(ms, s).join(" | ");
            QVERIFY2(ms.size() == 1, qPrintable(o.key + ": \"" + s + "\" -> " + got));
            QVERIFY2(ms[0].key == o.key, qPrintable(o.key + ": \"" + s + "\" -> " + got));
            QVERIFY2(ms[0].start == 0 && ms[0].end == s.size(), qPrintable(o.key + ": \"" + s + "\" -> " + got));
            QVERIFY(!ms[0].autoDetected);
            ++checked;
        }
    }
    QVERIFY(checked > 300);
}

void TestGazetteer::rejectsBadJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("not json") << QByteArray("{\"version\": 1, ") << "JSON";
    QTest::newRow("array root") << QByteArray("[]") << "object";
    QTest::newRow("no list") << QByteArray("{\"version\": 1}") << "organisations";
    QTest::newRow("version 2") << QByteArray(R"({"version": 2, "organisations": []})") << "version";
    QTest::newRow("no key") << QByteArray(R"({"organisations": [{"name_en": "A", "kind": "soe"}]})") << "key";
    QTest::newRow("bad key") << QByteArray(R"({"organisations": [{"key": "A B", "name_en": "A", "kind": "soe"}]})")
                             << "key";
    QTest::newRow("no names") << QByteArray(R"({"organisations": [{"key": "a", "kind": "soe"}]})") << "name_en";
    QTest::newRow("no kind") << QByteArray(R"({"organisations": [{"key": "a", "name_en": "Alpha Co"}]})") << "kind";
    QTest::newRow("bad kind") << QByteArray(R"({"organisations": [{"key": "a", "name_en": "A", "kind": "x"}]})")
                              << "kind";
    QTest::newRow("name not string")
        << QByteArray(R"({"organisations": [{"key": "a", "name_en": 5, "kind": "soe"}]})") << "name_en";
    QTest::newRow("duplicate key")
        << QByteArray(R"({"organisations": [{"key": "a", "name_en": "Alpha", "kind": "soe"},
                                            {"key": "a", "name_en": "Beta", "kind": "soe"}]})")
        << "duplicate";
    QTest::newRow("unknown parent")
        << QByteArray(R"({"organisations": [{"key": "a", "name_en": "Alpha", "kind": "soe", "parent": "zz"}]})")
        << "parent";
    QTest::newRow("parent cycle")
        << QByteArray(R"({"organisations": [{"key": "a", "name_en": "Alpha", "kind": "soe", "parent": "b"},
                                            {"key": "b", "name_en": "Beta", "kind": "soe", "parent": "a"}]})")
        << "cycle";
    QTest::newRow("aliases not list")
        << QByteArray(R"({"organisations": [{"key": "a", "name_en": "Alpha", "kind": "soe", "aliases": "x"}]})")
        << "aliases";
    QTest::newRow("alias on two orgs")
        << QByteArray(R"({"organisations": [
              {"key": "a", "name_en": "Alpha Metals", "kind": "soe", "aliases": [{"text": "AM", "lang": "en"}]},
              {"key": "b", "name_en": "Beta Mining", "kind": "soe", "aliases": [{"text": "the AM", "lang": "en"}]}]})")
        << "already belongs";
    QTest::newRow("alias variant on two orgs")
        << QByteArray(R"({"organisations": [
              {"key": "a", "name_en": "Gamma Co., Ltd.", "kind": "company"},
              {"key": "b", "name_en": "Delta", "kind": "company", "aliases": ["Gamma Company Limited"]}]})")
        << "already belongs";
}

void TestGazetteer::rejectsBadJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    const auto g = Gazetteer::fromJson(json, &error);
    QVERIFY(!g);
    QVERIFY2(error.contains(errorPart, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(!Gazetteer::fromJson(json)); // no error pointer: still safe
}

void TestGazetteer::mentions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    using L = QStringList;
    // English, known organisations
    QTest::newRow("two orgs") << "Baogang Group signed a supply deal with Lynas Rare Earths on Monday."
                              << L{"baogang-group=Baogang Group", "lynas=Lynas Rare Earths"};
    QTest::newRow("possessive straight") << "Analysts expect Baogang's output to rise."
                                         << L{"baogang-group=Baogang"};
    QTest::newRow("possessive curly") << "Baogang’s board met twice." << L{"baogang-group=Baogang"};
    QTest::newRow("formal name") << "Shares of China Northern Rare Earth (Group) High-Tech Co., Ltd. fell 3%."
                                 << L{"northern-rare-earth=China Northern Rare Earth (Group) High-Tech Co., Ltd."};
    QTest::newRow("formal name variant") << "China Northern Rare Earth Group High-Tech Co.Ltd cut prices."
                                         << L{"northern-rare-earth=China Northern Rare Earth Group High-Tech Co.Ltd"};
    QTest::newRow("no parentheses") << "Baotou Iron and Steel Group Co Ltd owns the mine."
                                    << L{"baogang-group=Baotou Iron and Steel Group Co Ltd"};
    QTest::newRow("extra spaces") << "Officials at Baogang   Group  agreed." << L{"baogang-group=Baogang   Group"};
    QTest::newRow("name and acronym")
        << "The Ministry of Industry and Information Technology (MIIT) set the quota."
        << L{"miit=Ministry of Industry and Information Technology", "miit=MIIT"};
    QTest::newRow("longest wins") << "China Mobile Inner Mongolia is a unit of China Mobile."
                                  << L{"china-mobile-inner-mongolia=China Mobile Inner Mongolia",
                                       "china-mobile=China Mobile"};
    QTest::newRow("bracketed region") << "China Mobile (Inner Mongolia) will build the network."
                                      << L{"china-mobile-inner-mongolia=China Mobile (Inner Mongolia)"};
    QTest::newRow("acronyms") << "SMM said CATL and BYD bought more magnets."
                              << L{"smm=SMM", "catl=CATL", "byd=BYD"};
    QTest::newRow("acronym inside word") << "The CATLX index and SMMS figures were flat." << L{};
    QTest::newRow("lower-case common words") << "an apple a day, and energy fuels the debate" << L{};
    QTest::newRow("legal suffix grows") << "Tianqi Lithium Co., Ltd. raised output."
                                        << L{"tianqi-lithium=Tianqi Lithium Co., Ltd."};
    QTest::newRow("the prefix and dots") << "The U.S. Department of Defense and the Pentagon agree."
                                         << L{"us-dod=U.S. Department of Defense", "us-dod=Pentagon"};
    QTest::newRow("no sentence bridge") << "They visited Baogang. Group leaders spoke." << L{"baogang-group=Baogang"};
    QTest::newRow("ministry of commerce") << "China's commerce ministry and MOFCOM are one body."
                                          << L{"mofcom=China's commerce ministry", "mofcom=MOFCOM"};
    // English, shape detection
    QTest::newRow("shape co ltd and group")
        << "Hunan Jintai Advanced Materials Co., Ltd. signed with Inner Mongolia Xingye Group."
        << L{"auto:hunan jintai advanced materials co ltd=Hunan Jintai Advanced Materials Co., Ltd.",
             "auto:inner mongolia xingye group=Inner Mongolia Xingye Group"};
    QTest::newRow("shape after title") << "Chairman of Qinghai Lithium Resources Corp. Zhang Wei spoke."
                                       << L{"auto:qinghai lithium resources corp=Qinghai Lithium Resources Corp."};
    QTest::newRow("shape pair") << "Jintai Mining and Xingye Group agreed terms."
                                << L{"auto:jintai mining=Jintai Mining", "auto:xingye group=Xingye Group"};
    QTest::newRow("shape ministry of")
        << "Officials from the Ministry of Mines of Malawi attended."
        << L{"auto:ministry of mines of malawi=Ministry of Mines of Malawi"};
    QTest::newRow("shape next to known") << "Xingye Group Chairman met Baogang executives."
                                         << L{"auto:xingye group=Xingye Group", "baogang-group=Baogang"};
    // English, negatives
    QTest::newRow("heading and places") << "Highlights\nChina and the United States traded barbs over Inner Mongolia."
                                        << L{};
    QTest::newRow("titles and people") << "Party Secretary Meng Fanying and General Secretary Xi Jinping met the Chairman."
                                       << L{};
    QTest::newRow("sentence-initial group") << "The Group said its Party Committee Standing Committee met." << L{};
    QTest::newRow("plan and job titles")
        << "Targets in the 15th Five-Year Plan cover Rare Earth Materials Production Worker training." << L{};
    QTest::newRow("body of an org") << "Baogang's Party Committee Standing Committee met."
                                    << L{"baogang-group=Baogang"};
    QTest::newRow("title-case headline") << "China Tightens Grip On Rare Earth Mining" << L{};
    QTest::newRow("people") << "Meng Fanying met Ma Xianfeng in Baotou." << L{};
    // Chinese, known organisations
    QTest::newRow("zh two orgs") << "包钢集团与中国移动内蒙古公司签署战略合作协议。"
                                 << L{"baogang-group=包钢集团", "china-mobile-inner-mongolia=中国移动内蒙古公司"};
    QTest::newRow("zh subsidiary") << "北方稀土是包钢的控股子公司。"
                                   << L{"northern-rare-earth=北方稀土", "baogang-group=包钢"};
    QTest::newRow("zh ministries") << "工信部和商务部联合发布通知，海关总署负责执行。"
                                   << L{"miit=工信部", "mofcom=商务部", "gac=海关总署"};
    QTest::newRow("zh longest") << "国务院国资委批准了重组方案。" << L{"sasac=国务院国资委"};
    QTest::newRow("zh legal suffix") << "12月23日中国稀土集团有限公司在赣州成立。"
                                     << L{"china-rare-earth-group=中国稀土集团有限公司"};
    QTest::newRow("zh formal name") << "中国北方稀土（集团）高科技股份有限公司发布公告。"
                                    << L{"northern-rare-earth=中国北方稀土（集团）高科技股份有限公司"};
    QTest::newRow("zh party") << "中共中央、国务院印发意见。" << L{"cpc-central-committee=中共中央", "state-council=国务院"};
    // Chinese, shape detection
    QTest::newRow("zh shape") << "日前，内蒙古兴业集团与湖南金泰新材料股份有限公司签约。"
                              << L{"auto:内蒙古兴业集团=内蒙古兴业集团",
                                   "auto:湖南金泰新材料股份有限公司=湖南金泰新材料股份有限公司"};
    QTest::newRow("zh shape bureau") << "他会见了青海省地质勘查局的代表。"
                                     << L{"auto:青海省地质勘查局=青海省地质勘查局"};
    QTest::newRow("zh shape after date") << "3月5日宁夏东方钽业公司公布业绩。"
                                         << L{"auto:宁夏东方钽业公司=宁夏东方钽业公司"};
    // Chinese, negatives
    QTest::newRow("zh generic nouns") << "该公司表示，子公司和总部都在内蒙古。" << L{};
    QTest::newRow("zh cadres") << "稀土协会的干部表示支持，全部项目已开工。" << L{};
    // mixed
    QTest::newRow("mixed languages") << "MP Materials（MP材料公司）与五角大楼签约。"
                                     << L{"mp-materials=MP Materials", "mp-materials=MP材料公司", "us-dod=五角大楼"};
}

void TestGazetteer::mentions()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto g = Gazetteer::bundled();
    const QList<OrgMention> ms = g->findMentions(text);
    QCOMPARE(describe(ms, text), expected);
    // Spans are sorted and do not overlap; names are the surface forms; auto keys are flagged.
    int lastEnd = 0;
    for (const OrgMention& m : ms) {
        QVERIFY(m.start >= lastEnd && m.end > m.start && m.end <= text.size());
        QCOMPARE(m.name, text.mid(m.start, m.end - m.start));
        QCOMPARE(m.autoDetected, m.key.startsWith("auto:"));
        QCOMPARE(m.autoDetected, g->byKey(m.key) == nullptr);
        lastEnd = m.end;
    }
}

void TestGazetteer::mentionFields()
{
    const auto g = Gazetteer::bundled();
    const QString text = QStringLiteral("Ties between Inner Mongolia Xingye Group and Baogang deepened.");
    const QList<OrgMention> ms = g->findMentions(text);
    QCOMPARE(ms.size(), 2);
    QCOMPARE(ms[0].start, int(text.indexOf("Inner")));
    QCOMPARE(ms[0].end, int(text.indexOf(" and")));
    QCOMPARE(ms[0].name, QString("Inner Mongolia Xingye Group"));
    QVERIFY(ms[0].autoDetected);
    QCOMPARE(ms[1].start, int(text.indexOf("Baogang")));
    QCOMPARE(ms[1].end, ms[1].start + 7);
    QVERIFY(!ms[1].autoDetected);
    QVERIFY(g->findMentions(QString()).isEmpty());

    // A gazetteer from JSON works the same way.
    QString error;
    const auto small = Gazetteer::fromJson(R"({"version": 1, "organisations": [
        {"key": "alpha", "name_en": "Alpha Metals", "name_zh": "阿尔法金属", "kind": "company", "country": "XX",
         "aliases": [{"text": "AMX", "lang": "en"}, "Alpha"]}]})", &error);
    QVERIFY2(small, qPrintable(error));
    QCOMPARE(small->organisations().size(), 1);
    QCOMPARE(small->organisations()[0].aliases.size(), 2);
    QCOMPARE(small->organisations()[0].aliases[0].language, QString("en"));
    QCOMPARE(small->organisations()[0].aliases[0].provenance, QString("gazetteer"));
    QCOMPARE(describe(small->findMentions("AMX and 阿尔法金属 and Alpha’s unit"), "AMX and 阿尔法金属 and Alpha’s unit"),
             QStringList({"alpha=AMX", "alpha=阿尔法金属", "alpha=Alpha"}));
}

// A longer paragraph kept as a data file: every expected line must appear in order.
void TestGazetteer::fixtureFile()
{
    const QString dir = QStringLiteral(LODESTONE_TEST_DATA_DIR "/orgs/");
    const QString text = readFile(dir + "mixed_report.txt");
    const QString expectedText = readFile(dir + "mixed_report.expected");
    QVERIFY(!text.isEmpty() && !expectedText.isEmpty());
    const QStringList expected = expectedText.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(describe(Gazetteer::bundled()->findMentions(text), text), expected);
}

void TestGazetteer::seedArticle()
{
    const QString path = QStringLiteral(LODESTONE_SHARED_DIR "/seed/000_de064577c930fc1f.txt");
    if (!QFile::exists(path)) QSKIP("seed article not available under LODESTONE_SHARED_DIR");
    const QString raw = readFile(path);
    QVERIFY(!raw.isEmpty());
    QString repaired = raw;
    repaired.replace(QStringLiteral("โ"), QStringLiteral("’"));
    const auto g = Gazetteer::bundled();
    for (const QString& text : {raw, repaired}) {
        const QList<OrgMention> ms = g->findMentions(text);
        QSet<QString> keys, names;
        int baogangPossessive = 0;
        for (const OrgMention& m : ms) {
            keys.insert(m.key);
            names.insert(m.name);
            if (m.key == "baogang-group" && m.name == "Baogang"
                && (text.mid(m.end, 2) == "’s" || text.mid(m.end, 2) == "โs"))
                ++baogangPossessive;
        }
        qInfo().noquote() << "seed mentions:" << describe(ms, text).join(" | ");
        QVERIFY(keys.contains("baogang-group"));
        QVERIFY(keys.contains("china-mobile-inner-mongolia") || keys.contains("china-mobile"));
        QVERIFY(keys.contains("china-mobile-inner-mongolia"));
        QVERIFY(keys.contains("northern-rare-earth"));
        QVERIFY(baogangPossessive >= 3);
        for (const char* bad : {"Highlights", "China", "Inner Mongolia", "Party Secretary",
                                "Party Committee Standing Committee", "Five-Year Plan", "Beijing"})
            QVERIFY2(!names.contains(QString::fromUtf8(bad)), bad);
        for (const OrgMention& m : ms) QVERIFY2(!m.autoDetected, qPrintable(m.name));
    }
}

void TestGazetteer::throughput()
{
    const QString dir = QStringLiteral(LODESTONE_TEST_DATA_DIR "/orgs/");
    QString text = readFile(dir + "mixed_report.txt");
    QVERIFY(!text.isEmpty());
    while (text.size() < 4096) text += u' ' + text;
    text.truncate(4096);
    const auto g = Gazetteer::bundled();
    const int rounds = 300;
    int found = 0;
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    for (int i = 0; i < rounds; ++i) found += int(g->findMentions(text).size());
    const double msPer = double(timer.nsecsElapsed()) / 1e6 / rounds;
    const double cpuMsPer = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC / rounds;
    qInfo("findMentions on %lld chars: %.3f ms wall, %.3f ms CPU per call (%d mentions per call)",
          qlonglong(text.size()), msPer, cpuMsPer, found / rounds);
    QVERIFY(found > 0);
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
