// Tests MojibakeRepairer: hand-written cases, the seed article (read at run time) and the ftfy corpus.
#include "ingest/mojibakerepairer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace lodestone;

namespace {

// Reached score on in-the-wild + synthetic, minus a small margin: a regression fails.
constexpr int kMinimumScore = 88; // 91/100 reached

QString sharedDir() { return QStringLiteral(LODESTONE_SHARED_DIR); }

struct FtfyScore {
    int passed = 0;
    int total = 0;
    QStringList negativeFailures;
};

FtfyScore scoreFile(const QString& path, bool negativeFile)
{
    FtfyScore score;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return score;
    const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).array();
    for (const QJsonValue& v : cases) {
        const QJsonObject o = v.toObject();
        const QString original = o.value(u"original").toString();
        const QString expected = o.contains(u"fixed-encoding") ? o.value(u"fixed-encoding").toString()
                                                                : o.value(u"fixed").toString();
        const QString got = MojibakeRepairer::repair(original).text;
        ++score.total;
        // ftfy's "fixed" may also straighten quotes; a case counts when we match either expectation.
        if (got == expected || got == o.value(u"fixed").toString())
            ++score.passed;
        if (negativeFile && got != expected)
            score.negativeFailures.append(o.value(u"label").toString());
    }
    return score;
}

} // namespace

class TestMojibake final : public QObject {
    Q_OBJECT
private slots:
    void handWritten_data();
    void handWritten();
    void legitimateTextUntouched_data();
    void legitimateTextUntouched();
    void repairsAreReported();
    void seedArticle();
    void ftfyCorpus();
};

void TestMojibake::handWritten_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    // UTF-8 read as windows-1252.
    QTest::newRow("cp1252 apostrophe") << QStringLiteral("The smelterâ€™s output rose") << QStringLiteral("The smelter’s output rose");
    QTest::newRow("cp1252 quotes") << QStringLiteral("a â€œstrategicâ€\u009d reserve") << QStringLiteral("a “strategic” reserve");
    QTest::newRow("cp1252 accent") << QStringLiteral("the cafÃ© near the minÃ©ral depot") << QStringLiteral("the café near the minéral depot");
    QTest::newRow("cp1252 em dash") << QStringLiteral("quotas â€” again") << QStringLiteral("quotas — again");
    QTest::newRow("double layer") << QStringLiteral("exportÃ¢â‚¬â„¢s") << QStringLiteral("export’s");
    QTest::newRow("cp1251 dash") << QStringLiteral("Ore prices вЂ“ weekly") << QStringLiteral("Ore prices – weekly");
    QTest::newRow("stray C1 quotes") << QStringLiteral("\u0093Magnet\u0094 makers") << QStringLiteral("“Magnet” makers");
    // Mixed cp874 lead with windows-1252 continuation bytes.
    QTest::newRow("cp874 mixed") << QStringLiteral("The refineryโ€™s new line opened in Baotou last week") << QStringLiteral("The refinery’s new line opened in Baotou last week");
    // cp874 with lost C1 bytes, restored from context.
    QTest::newRow("cp874 lost apostrophe") << QStringLiteral("The mineโs owner said the plantโs output will double next year.")
                                           << QStringLiteral("The mine’s owner said the plant’s output will double next year.");
    QTest::newRow("cp874 lost quotes") << QStringLiteral("Officials called it a โcritical stepโ for the industry today.")
                                       << QStringLiteral("Officials called it a “critical step” for the industry today.");
    QTest::newRow("cp874 lost dashes") << QStringLiteral("The MagnetCoโthe largest producerโexpanded its capacity again.")
                                       << QStringLiteral("The MagnetCo—the largest producer—expanded its capacity again.");
    QTest::newRow("cp874 copyright tm") << QStringLiteral("ยฉ 2031 Example Metals Weeklyโข โ Independent market notes")
                                        << QStringLiteral("© 2031 Example Metals Weekly™ — Independent market notes");
}

void TestMojibake::handWritten()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const RepairResult r = MojibakeRepairer::repair(input);
    QCOMPARE(r.text, expected);
    QVERIFY(!r.repairs.isEmpty());
}

void TestMojibake::legitimateTextUntouched_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("thai sentence") << QStringLiteral("โรงงานแปรรูปแร่หายากแห่งใหม่เปิดดำเนินการแล้วในเดือนนี้");
    QTest::newRow("thai in english") << QStringLiteral("The Thai name is โรงงานแปรรูปแร่ and it opened in 2024.");
    QTest::newRow("chinese") << QStringLiteral("包钢集团稀土产量创新高。");
    QTest::newRow("french") << QStringLiteral("L’été à Paris, déjà « très chaud » — voilà.");
    QTest::newRow("german") << QStringLiteral("Größere Mengen für Übersee");
    QTest::newRow("russian") << QStringLiteral("Редкоземельные металлы: добыча растёт");
    QTest::newRow("portuguese caps") << QStringLiteral("NÃO SÃO PAULO");
    QTest::newRow("trademark") << QStringLiteral("Neo™ magnets, 5×£20, (c) ©2020");
    QTest::newRow("ascii") << QStringLiteral("Plain ASCII text stays the same.");
}

void TestMojibake::legitimateTextUntouched()
{
    QFETCH(QString, input);
    const RepairResult r = MojibakeRepairer::repair(input);
    QCOMPARE(r.text, input);
    QVERIFY(r.repairs.isEmpty());
}

void TestMojibake::repairsAreReported()
{
    const RepairResult r = MojibakeRepairer::repair(QStringLiteral("Itâ€™s the bankâ€™s view"));
    QCOMPARE(r.repairs, QStringList{QStringLiteral("utf8-as-windows-1252-mojibake: 2 sequences")});
}

void TestMojibake::seedArticle()
{
    QFile f(sharedDir() + QStringLiteral("/seed/000_de064577c930fc1f.txt"));
    if (!f.open(QIODevice::ReadOnly))
        QSKIP("seed article not found under LODESTONE_SHARED_DIR/seed");
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QChar(0x0E42))); // the input really is broken
    const RepairResult r = MojibakeRepairer::repair(text);
    QVERIFY2(!r.text.contains(QChar(0x0E42)), "a 'โ' remains");
    QVERIFY2(!r.text.contains(QChar(0x0E22)), "a 'ย' remains");
    QVERIFY(r.text.contains(QStringLiteral("China’s")));
    QVERIFY(r.text.contains(QStringLiteral("© 2025")));
    QVERIFY(r.text.contains(QStringLiteral("Exchanges™")));
    QVERIFY(r.text.contains(QStringLiteral("Earth—Baogang’s")));
    QVERIFY(r.text.contains(QStringLiteral("™ — ")));
    QVERIFY(r.text.count(QStringLiteral("“")) == r.text.count(QStringLiteral("”")));
    QVERIFY(r.repairs.join(u'|').contains(QStringLiteral("cp874-c1-lost")));
    qInfo() << "seed repairs:" << r.repairs;
}

void TestMojibake::ftfyCorpus()
{
    const QString dir = sharedDir() + QStringLiteral("/testdata/ftfy/test-cases/");
    if (!QFile::exists(dir + QStringLiteral("negative.json")))
        QSKIP("ftfy test cases not found under LODESTONE_SHARED_DIR/testdata/ftfy");
    const FtfyScore negative = scoreFile(dir + QStringLiteral("negative.json"), true);
    QVERIFY2(negative.negativeFailures.isEmpty(), qPrintable(negative.negativeFailures.join(QStringLiteral("; "))));
    int passed = 0;
    int total = 0;
    for (const char* name : {"in-the-wild", "synthetic", "language-names", "known-failures"}) {
        const FtfyScore s = scoreFile(dir + QLatin1String(name) + QStringLiteral(".json"), false);
        qInfo("ftfy %s: %d/%d", name, s.passed, s.total);
        if (qstrcmp(name, "in-the-wild") == 0 || qstrcmp(name, "synthetic") == 0) {
            passed += s.passed;
            total += s.total;
        }
    }
    qInfo("ftfy negative: %d/%d unchanged", negative.total - int(negative.negativeFailures.size()), negative.total);
    qInfo("ftfy in-the-wild+synthetic: %d/%d", passed, total);
    QVERIFY(total == 100);
    QVERIFY2(passed >= kMinimumScore, qPrintable(QStringLiteral("score %1 below %2").arg(passed).arg(kMinimumScore)));
}

QTEST_GUILESS_MAIN(TestMojibake)
#include "tst_mojibake.moc"
