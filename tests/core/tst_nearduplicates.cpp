// Near-duplicate reports and one event per happening: the same article saved again with other bytes (another
// encoding, mojibake, a shorter cut, other page furniture) is reported as a duplicate of the stored report, a
// different article is not, and two outlets reporting one happening give one event backed by both reports.
#include "extract/gazetteer.h"
#include "ingest/importpipeline.h"
#include "ingest/syntheticcorpus.h"
#include "ingest/textsignature.h"
#include "service/importer.h"
#include "service/writer.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <SQLiteCpp/SQLiteCpp.h>

using namespace lodestone;

namespace {

QString fixture(const QString& name)
{
    QFile f(QStringLiteral(LODESTONE_TEST_DATA_DIR "/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(bytes);
    return path;
}

// UTF-8 bytes read as Windows-1252, saved again as UTF-8: "’" becomes "â€™".
QByteArray mojibake(const QString& text)
{
    QString damaged;
    for (const char c : text.toUtf8()) {
        const auto b = static_cast<unsigned char>(c);
        static const char16_t cp1252[32] = {0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160,
                                            0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
                                            0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178};
        damaged += b >= 0x80 && b < 0xa0 ? QChar(cp1252[b - 0x80]) : QChar(b);
    }
    return damaged.toUtf8();
}

} // namespace

class TstNearDuplicates final : public QObject {
    Q_OBJECT
private slots:
    void signatures();
    void syntheticReportsAreDistinct();
    void importReportsDuplicates();
    void twoOutletsOneEvent();
    void templatedReportsOfAnotherMonthAreNew();
};

void TstNearDuplicates::signatures()
{
    const QString page = fixture(QStringLiteral("en/12-list-price-page.txt"));
    const QString other = fixture(QStringLiteral("en/14-plant-opening-byline.txt"));
    QVERIFY(!page.isEmpty() && !other.isEmpty());
    const TextSignature a = TextSignatures::of(page);
    QVERIFY(a.shingles >= TextSignatures::kMinShingles);
    QCOMPARE(TextSignatures::jaccard(a, TextSignatures::of(page)), 1.0);
    QVERIFY(TextSignature::fromBlob(a.toBlob()).minhash == a.minhash);

    // other bytes for the same words: curly quotes damaged, a cut ending, page furniture added
    const QString damaged = QString::fromUtf8(mojibake(page));
    QVERIFY(damaged != page);
    QVERIFY(TextSignatures::nearDuplicate(a, TextSignatures::of(damaged)));
    const QString cut = page.left(page.size() * 2 / 3);
    QVERIFY2(TextSignatures::containment(a, TextSignatures::of(cut)) > 0.9,
             qPrintable(QString::number(TextSignatures::containment(a, TextSignatures::of(cut)))));
    QVERIFY(TextSignatures::nearDuplicate(a, TextSignatures::of(cut)));
    QVERIFY(TextSignatures::nearDuplicate(a, TextSignatures::of(QStringLiteral("Skip to content\nMenu\n") + page + QStringLiteral("\nShare this"))));

    // another article, and a text too short to judge
    QVERIFY(!TextSignatures::nearDuplicate(a, TextSignatures::of(other)));
    const TextSignature tiny = TextSignatures::of(QStringLiteral("Prices rose."));
    QVERIFY(!TextSignatures::nearDuplicate(tiny, tiny));
}

// The benchmark corpus shares filler sentences between reports; they are still different reports.
void TstNearDuplicates::syntheticReportsAreDistinct()
{
    QList<TextSignature> sigs;
    for (int i = 0; i < 40; ++i) sigs << TextSignatures::of(SyntheticCorpus::report(i, 7).text);
    for (int i = 0; i < sigs.size(); ++i)
        for (int j = i + 1; j < sigs.size(); ++j)
            QVERIFY2(!TextSignatures::nearDuplicate(sigs[i], sigs[j]),
                     qPrintable(QStringLiteral("%1 and %2: containment %3").arg(i).arg(j).arg(TextSignatures::containment(sigs[i], sigs[j]))));
}

void TstNearDuplicates::importReportsDuplicates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString page = fixture(QStringLiteral("en/12-list-price-page.txt"));
    const QString zh = fixture(QStringLiteral("zh/16-agreement-cut.txt"));
    QStringList files;
    files << write(dir, QStringLiteral("a-original.txt"), page.toUtf8());
    files << write(dir, QStringLiteral("b-mojibake.txt"), mojibake(page));
    files << write(dir, QStringLiteral("c-cut.txt"), page.left(page.size() * 3 / 4).toUtf8());
    files << write(dir, QStringLiteral("d-other.txt"), fixture(QStringLiteral("en/13-permit-rule-statement.txt")).toUtf8());
    files << write(dir, QStringLiteral("e-zh-utf8.txt"), zh.toUtf8());
    auto encoder = QStringEncoder("GB18030");
    QVERIFY(encoder.isValid());
    files << write(dir, QStringLiteral("f-zh-gb18030-cut.txt"), encoder.encode(zh.left(zh.size() - 12)));
    for (const QString& f : files) QVERIFY(!f.isEmpty());

    auto gazetteer = Gazetteer::bundled();
    Writer writer(dir.filePath(QStringLiteral("db.sqlite")), gazetteer);
    QVERIFY(!writer.start());
    const ImportSummary s = Importer(writer, gazetteer).run(files);
    QCOMPARE(s.results.size(), files.size());
    auto result = [&](int i) { return s.results.at(i); };
    QCOMPARE(result(0).status, ImportStatus::Imported);
    const qint64 original = result(0).reportIds.value(0);
    for (int i : {1, 2}) {
        QCOMPARE(result(i).status, ImportStatus::Duplicate);
        QCOMPARE(result(i).duplicateOf, original);
        QVERIFY(result(i).similarity >= 0.8); // the mojibake copy, once repaired, may be the very same text (1.0)
    }
    QCOMPARE(result(3).status, ImportStatus::Imported);
    QCOMPARE(result(4).status, ImportStatus::Imported);
    QCOMPARE(result(5).status, ImportStatus::Duplicate);
    QCOMPARE(result(5).duplicateOf, result(4).reportIds.value(0));
    SQLite::Database db(dir.filePath(QStringLiteral("db.sqlite")).toStdString(), SQLite::OPEN_READONLY);
    QCOMPARE(db.execAndGet("SELECT COUNT(*) FROM report").getInt(), 3);
}

// The same happening told by two outlets in their own words: one event, two reports, two pieces of evidence.
void TstNearDuplicates::twoOutletsOneEvent()
{
    QTemporaryDir dir;
    const QString a = write(dir, QStringLiteral("outlet-a.txt"), QByteArrayLiteral(
        "Ministries issue rare earth tracing measures\nPublished: May 12, 2026\n\n"
        "On May 6, 2026, the Ministry of Industry and Information Technology issued interim measures on the tracing of "
        "rare earth products. Smelters must record every sale in a national system.\n"));
    const QString b = write(dir, QStringLiteral("outlet-b.txt"), QByteArrayLiteral(
        "China tightens tracking of rare earth products\nPublished: May 8, 2026\n\n"
        "China's industry ministry published interim measures on tracing rare earth products on May 6, 2026, "
        "according to a notice on the MIIT website. Traders say the rules will add paperwork.\n"));
    auto gazetteer = Gazetteer::bundled();
    Writer writer(dir.filePath(QStringLiteral("db.sqlite")), gazetteer);
    QVERIFY(!writer.start());
    const ImportSummary s = Importer(writer, gazetteer).run({a, b});
    QCOMPARE(s.imported, 2);
    SQLite::Database db(dir.filePath(QStringLiteral("db.sqlite")).toStdString(), SQLite::OPEN_READONLY);
    SQLite::Statement q(db, "SELECT e.id, COUNT(DISTINCT ev.report_id) FROM event e JOIN evidence ev ON ev.event_id = e.id "
                            "WHERE e.category = 'policy_regulation' AND e.start_day = ? GROUP BY e.id");
    q.bind(1, static_cast<int64_t>(QDate(2026, 5, 6).toJulianDay()));
    int events = 0, reports = 0;
    while (q.executeStep()) {
        ++events;
        reports = q.getColumn(1).getInt();
    }
    QCOMPARE(events, 1);
    QCOMPARE(reports, 2);
}

QTEST_GUILESS_MAIN(TstNearDuplicates)
// A monthly list-price note written from one template shares almost every shingle with last month's, but not its
// figures: it is a new report, while a cut of the same note (its figures a subset) is still a duplicate.
void TstNearDuplicates::templatedReportsOfAnotherMonthAreNew()
{
    auto note = [](const QString& month, int price, int prev) {
        QString t;
        for (int i = 0; i < 6; ++i)
            t += QStringLiteral("Kestrel Metals kept its %1 list price for neodymium oxide at %2 yuan per tonne, against %3 "
                                "yuan a month earlier, the company said in its monthly notice to customers and traders. ")
                     .arg(month).arg(price).arg(prev);
        return t;
    };
    const QString april = note(QStringLiteral("April"), 561000, 555000);
    const QString may = note(QStringLiteral("May"), 574000, 561000);
    QVERIFY(!TextSignatures::sameFigures(april, may));
    QVERIFY(TextSignatures::sameFigures(april, april.left(april.size() / 2)));
}

#include "tst_nearduplicates.moc"
