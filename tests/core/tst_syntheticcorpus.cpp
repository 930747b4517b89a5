// Tests for SyntheticCorpus: determinism, sizes, labels, event cues and generation speed (printed, not asserted).
#include "ingest/syntheticcorpus.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace lodestone;

namespace {

QByteArray fingerprint(const ParsedDocument& d)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(d.title.toUtf8());
    h.addData(d.text.toUtf8());
    h.addData(d.url.toUtf8());
    if (d.published) h.addData(d.published->start.toString(Qt::ISODate).toUtf8());
    return h.result();
}

QByteArray eventFingerprint(qint64 count, quint32 seed)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    SyntheticCorpus::forEachEvent(count, seed, [&h](const ExtractedEvent& e, int reportIndex) {
        h.addData(QByteArray::number(int(e.category)));
        h.addData(e.date.start.toString(Qt::ISODate).toUtf8());
        h.addData(e.date.end.toString(Qt::ISODate).toUtf8());
        h.addData(e.title.toUtf8());
        h.addData(e.evidence.quote.toUtf8());
        for (const auto& o : e.organisations)
            h.addData(o.key.toUtf8());
        h.addData(QByteArray::number(reportIndex));
    });
    return h.result();
}

// Event cues the generator writes, one per category; counting them tells how many event sentences a report holds.
const QRegularExpression& cueExpression()
{
    static const QRegularExpression re(QStringLiteral(
        "Party committee of|issued interim measures|announced export controls on|set the mining quota|"
        "signed a strategic cooperation agreement|issued the national standard|million dollar investment|"
        "(raised|cut) its list price|completed the merger|appointed [A-Z]|published figures showing"));
    return re;
}

} // namespace

class TstSyntheticCorpus final : public QObject {
    Q_OBJECT

private slots:
    void deterministicForSeed()
    {
        const auto a = SyntheticCorpus::reports(20, 42);
        const auto b = SyntheticCorpus::reports(20, 42);
        const auto c = SyntheticCorpus::reports(20, 43);
        QCOMPARE(a.size(), 20);
        int differing = 0;
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(fingerprint(a[i]), fingerprint(b[i]));
            if (fingerprint(a[i]) != fingerprint(c[i])) ++differing;
        }
        QCOMPARE(differing, 20);
        // Report i depends only on (i, seed), not on how many were asked for.
        QCOMPARE(fingerprint(SyntheticCorpus::report(7, 42)), fingerprint(a[7]));
        // Reports within one corpus differ from each other.
        QSet<QByteArray> distinct;
        for (const auto& d : a)
            distinct.insert(fingerprint(d));
        QCOMPARE(distinct.size(), a.size());
    }

    void sizesAndLabels()
    {
        const auto docs = SyntheticCorpus::reports(200, 7);
        qint64 total = 0;
        for (const auto& d : docs) {
            const qsizetype bytes = d.text.toUtf8().size();
            total += bytes;
            QVERIFY2(bytes >= 3500 && bytes <= 5000, qPrintable(QString::number(bytes)));
            QVERIFY(d.title.startsWith(QLatin1String("[Synthetic] ")));
            QVERIFY(d.title.size() > 20);
            QCOMPARE(d.publisher, QStringLiteral("Lodestone synthetic corpus"));
            QCOMPARE(d.language, QStringLiteral("en"));
            QVERIFY(d.url.startsWith(QLatin1String("synthetic://")));
            QVERIFY(d.published.has_value() && d.published->isValid());
            QVERIFY(d.published->start.year() >= 2005 && d.published->start.year() <= 2025);
            QVERIFY(d.text.contains(QLatin1String("fictional")));
        }
        qInfo("average synthetic report: %lld bytes", static_cast<long long>(total / docs.size()));
    }

    void eventSentencesCarryCuesAndDates()
    {
        static const QRegularExpression dateRe(QStringLiteral(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)"
            "( \\d{1,2},)? (20\\d\\d)|\\b\\d{1,2} [A-Z][a-z]+ 20\\d\\d|quarter of 20\\d\\d|\\b[Ii]n 20\\d\\d"));
        const auto docs = SyntheticCorpus::reports(100, 11);
        for (const auto& d : docs) {
            int cues = 0;
            int datedCues = 0;
            const QStringList sentences = d.text.split(QRegularExpression(QStringLiteral("(?<=\\.)\\s+")));
            for (const QString& s : sentences) {
                if (!cueExpression().match(s).hasMatch()) continue;
                ++cues;
                if (dateRe.match(s).hasMatch()) ++datedCues;
            }
            QVERIFY2(cues >= 5 && cues <= 10, qPrintable(QString::number(cues)));
            QCOMPARE(datedCues, cues);
        }
    }

    void reportSpeed()
    {
        QElapsedTimer t;
        t.start();
        const auto docs = SyntheticCorpus::reports(10000, 3);
        const qint64 ms = t.elapsed();
        qint64 bytes = 0;
        for (const auto& d : docs)
            bytes += d.text.size();
        QCOMPARE(docs.size(), 10000);
        qInfo("10000 synthetic reports (%lld chars) in %lld ms", static_cast<long long>(bytes),
              static_cast<long long>(ms));
    }

    void eventsDeterministicAndWellFormed()
    {
        QCOMPARE(eventFingerprint(5000, 99), eventFingerprint(5000, 99));
        QVERIFY(eventFingerprint(5000, 99) != eventFingerprint(5000, 100));

        const QStringList keyList = SyntheticCorpus::organisationKeys();
        const QSet<QString> keys(keyList.begin(), keyList.end());
        QVERIFY(keyList.size() >= 55);
        QCOMPARE(keys.size(), keyList.size());
        for (const QString& k : keyList)
            QVERIFY(!SyntheticCorpus::organisationName(k).isEmpty());

        qint64 n = 0;
        int lastReport = 0;
        int inReport = 0;
        int minGroup = 1000;
        int maxGroup = 0;
        QSet<int> categories;
        QSet<int> precisions;
        QSet<QString> usedKeys;
        bool ok = true;
        QString problem;
        SyntheticCorpus::forEachEvent(20000, 5, [&](const ExtractedEvent& e, int reportIndex) {
            ++n;
            if (reportIndex != lastReport) {
                if (reportIndex != lastReport + 1 && ok) {
                    ok = false;
                    problem = QStringLiteral("report index jumped");
                }
                minGroup = qMin(minGroup, inReport);
                maxGroup = qMax(maxGroup, inReport);
                inReport = 0;
                lastReport = reportIndex;
            }
            ++inReport;
            categories.insert(int(e.category));
            precisions.insert(int(e.date.precision));
            if (ok && (!e.date.isValid() || e.date.start < QDate(2005, 1, 1) || e.date.end > QDate(2025, 12, 31))) {
                ok = false;
                problem = QStringLiteral("date out of range: ") + e.date.start.toString(Qt::ISODate);
            }
            if (ok && (e.organisations.isEmpty() || e.organisations.size() > 3)) {
                ok = false;
                problem = QStringLiteral("organisation count %1").arg(e.organisations.size());
            }
            for (const auto& o : e.organisations) {
                usedKeys.insert(o.key);
                if (ok && !keys.contains(o.key)) {
                    ok = false;
                    problem = QStringLiteral("unknown key ") + o.key;
                }
            }
            if (ok && (e.title.isEmpty() || e.summary.isEmpty() || e.evidence.quote.isEmpty() ||
                       e.evidence.end != e.evidence.quote.size() || e.confidence <= 0.0 || e.confidence > 1.0)) {
                ok = false;
                problem = QStringLiteral("incomplete event: ") + e.title;
            }
            if (ok && !cueExpression().match(e.evidence.quote).hasMatch()) {
                ok = false;
                problem = QStringLiteral("quote without cue: ") + e.evidence.quote;
            }
        });
        QVERIFY2(ok, qPrintable(problem));
        QCOMPARE(n, qint64(20000));
        QVERIFY(minGroup >= 5);
        QVERIFY(maxGroup <= 10);
        QCOMPARE(categories.size(), kCategoryCount);
        QCOMPARE(precisions.size(), 4);
        QVERIFY(usedKeys.size() >= 40);
    }

    void eventSpeed()
    {
        QElapsedTimer t;
        t.start();
        qint64 chars = 0;
        SyntheticCorpus::forEachEvent(200000, 1, [&chars](const ExtractedEvent& e, int) { chars += e.title.size(); });
        qInfo("200000 synthetic events in %lld ms", static_cast<long long>(t.elapsed()));
        QVERIFY(chars > 0);
    }

    // The demo corpus ships as resources next to the generator's output; check its shape here too.
    void bundledDemoCorpusIsWellFormed()
    {
        const QDir dir(QStringLiteral(":/core/demo"));
        const QStringList files = dir.entryList({QStringLiteral("[0-9][0-9]-*.md")}, QDir::Files, QDir::Name);
        QVERIFY2(files.size() >= 18, qPrintable(QString::number(files.size())));
        static const QRegularExpression front(QStringLiteral(
            "\\A---\\ntitle: (.+)\\npublisher: (.+)\\nurl: (https?://\\S+)\\npublished: (\\d{4}(-\\d\\d){0,2})\\n"
            "language: (en|zh)\\n---\\n# (.+)\\n"));
        int chinese = 0;
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto m = front.match(text);
            QVERIFY2(m.hasMatch(), qPrintable(name));
            QCOMPARE(m.captured(7), m.captured(1));
            QVERIFY2(text.trimmed().endsWith(m.captured(3)), qPrintable(name)); // last line cites the source URL
            QVERIFY(!m.captured(2).contains(QLatin1String("Synthetic"), Qt::CaseInsensitive));
            if (m.captured(6) == QLatin1String("zh")) ++chinese;
        }
        QVERIFY(chinese >= 3);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("README.md"))));
    }

    void keysExistInBundledGazetteer()
    {
        QFile f(QStringLiteral(":/core/gazetteer/organisations.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray orgs = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("organisations")).toArray();
        if (orgs.isEmpty()) QSKIP("bundled gazetteer is empty");
        QSet<QString> gazetteerKeys;
        for (const auto& v : orgs)
            gazetteerKeys.insert(v.toObject().value(QLatin1String("key")).toString());
        for (const QString& k : SyntheticCorpus::organisationKeys())
            QVERIFY2(gazetteerKeys.contains(k), qPrintable(k));
    }

    void zeroAndNegativeCounts()
    {
        QVERIFY(SyntheticCorpus::reports(0, 1).isEmpty());
        QVERIFY(SyntheticCorpus::reports(-3, 1).isEmpty());
        int calls = 0;
        SyntheticCorpus::forEachEvent(0, 1, [&calls](const ExtractedEvent&, int) { ++calls; });
        SyntheticCorpus::forEachEvent(-1, 1, [&calls](const ExtractedEvent&, int) { ++calls; });
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TstSyntheticCorpus)
#include "tst_syntheticcorpus.moc"
