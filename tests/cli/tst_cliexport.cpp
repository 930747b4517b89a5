// End-to-end tests of `lodestone export` and `lodestone export-chart`: the real executable writes CSV, JSON,
// TimelineJS and PNG/SVG/PDF charts from a temporary database; usage errors exit 2.
#include <QCryptographicHash>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <SQLiteCpp/Database.h>
#include <algorithm>

#include "clirunner.h"

using namespace clitest;

class CliExportTest final : public QObject, private CliDb {
    Q_OBJECT


private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kBinary), qPrintable(kBinary));
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("lodestone.sqlite"));
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }
    void exportStixIsNotAvailableYet()
    {
        const RunResult r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stix"), QStringLiteral("--out"),
                                 m_dir->filePath(QStringLiteral("x.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.errText().contains(QLatin1String("format stix is not available yet")), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("x.json"))));
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export without format") << QStringList{"export", "--out", "x.csv"};
        QTest::newRow("export unknown format") << QStringList{"export", "--format", "xml", "--out", "x.xml"};
        QTest::newRow("export without out") << QStringList{"export", "--format", "csv"};
        QTest::newRow("export bad date") << QStringList{"export", "--format", "csv", "--out", "x.csv", "--from", "2024-13-01"};
        QTest::newRow("chart without name") << QStringList{"export-chart", "--format", "png", "--out", "x.png"};
        QTest::newRow("chart unknown") << QStringList{"export-chart", "--chart", "pie", "--format", "png", "--out", "x.png"};
        QTest::newRow("chart bad format") << QStringList{"export-chart", "--chart", "events-by-category", "--format", "gif", "--out", "x.gif"};
        QTest::newRow("chart bad width") << QStringList{"export-chart", "--chart", "events-by-category", "--out", "x.png", "--width", "abc"};
        QTest::newRow("chart tiny height") << QStringList{"export-chart", "--chart", "events-by-category", "--out", "x.png", "--height", "3"};
        QTest::newRow("chart bad bucket") << QStringList{"export-chart", "--chart", "events-by-month", "--out", "x.png", "--bucket", "decade"};
    }

    void exportUsageErrors()
    {
        QFETCH(QStringList, args);
        const RunResult r = cli(args);
        QVERIFY2(r.code == 2, qPrintable(dump(r)));
        // export-chart starts a (offscreen) QApplication, which may log platform notes first.
        static const QRegularExpression usage(QStringLiteral("(^|\\n)lodestone: export(-chart)?: "));
        QVERIFY2(r.errText().contains(usage), qPrintable(r.errText()));
        QVERIFY(r.out.isEmpty());
    }

    void exportEventsCsvJsonTimelineJs()
    {
        QCOMPARE(importGood().size(), 2);
        RunResult r = cli({QStringLiteral("events"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray events = r.json().array();
        QVERIFY(!events.isEmpty());

        const QString json = m_dir->filePath(QStringLiteral("events.json"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QFile jf(json);
        QVERIFY(jf.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jf.readAll()).array(), events); // the shape of `events --json`

        const QString csv = m_dir->filePath(QStringLiteral("events.csv"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), csv});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QFile cf(csv);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QByteArray bytes = cf.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.startsWith(QStringLiteral("id,date_start,date_end,precision,category,title,organisations,reports,verified,evidence")));
        // One record per event: count record starts "<id>,<yyyy-mm-dd>," after CRLF.
        static const QRegularExpression record(QStringLiteral("\r\n(\\d+),(\\d{4}-\\d{2}-\\d{2})?,"));
        QSet<qint64> ids;
        for (auto it = record.globalMatch(text); it.hasNext();)
            ids.insert(it.next().captured(1).toLongLong());
        QCOMPARE(ids.size(), events.size());
        for (const QJsonValue& v : events)
            QVERIFY(ids.contains(v.toObject().value(QStringLiteral("id")).toInteger()));

        // The filter applies: one category only.
        const QString category = events.first().toObject().value(QStringLiteral("category")).toString();
        qsizetype inCategory = 0;
        for (const QJsonValue& v : events)
            inCategory += v.toObject().value(QStringLiteral("category")).toString() == category;
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), json,
                 QStringLiteral("--category"), category});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        jf.close();
        QVERIFY(jf.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jf.readAll()).array().size(), inCategory);

        const QString tl = m_dir->filePath(QStringLiteral("timeline.json"));
        r = cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("timelinejs"), QStringLiteral("--out"), tl,
                 QStringLiteral("--title"), QStringLiteral("Test headline")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QFile tf(tl);
        QVERIFY(tf.open(QIODevice::ReadOnly));
        const QJsonObject doc = QJsonDocument::fromJson(tf.readAll()).object();
        QCOMPARE(doc.value(QStringLiteral("title")).toObject().value(QStringLiteral("text")).toObject().value(QStringLiteral("headline")).toString(),
                 QStringLiteral("Test headline"));
        QVERIFY(!doc.value(QStringLiteral("events")).toArray().isEmpty());
        QVERIFY(doc.value(QStringLiteral("events")).toArray().first().toObject().contains(QStringLiteral("start_date")));
    }

    void exportChartEveryChartAndFormat()
    {
        QCOMPARE(importGood().size(), 2);
        for (const char* chart : {"events-by-month", "events-by-category", "top-organisations", "verification-status"}) {
            for (const char* format : {"png", "svg", "pdf"}) {
                const QString out = m_dir->filePath(QStringLiteral("%1.%2").arg(QLatin1String(chart), QLatin1String(format)));
                const RunResult r = cli({QStringLiteral("export-chart"), QStringLiteral("--chart"), QLatin1String(chart),
                                         QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"), out,
                                         QStringLiteral("--width"), QStringLiteral("1280"), QStringLiteral("--height"), QStringLiteral("720"),
                                         QStringLiteral("--title"), QStringLiteral("CLI chart 稀土")});
                QVERIFY2(r.code == 0, qPrintable(QStringLiteral("%1 %2: %3").arg(QLatin1String(chart), QLatin1String(format), dump(r))));
                QFile f(out);
                QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(out));
                const QByteArray bytes = f.readAll();
                if (qstrcmp(format, "png") == 0) {
                    QImage img;
                    QVERIFY(img.loadFromData(bytes, "PNG"));
                    QCOMPARE(img.size(), QSize(1280, 720));
                } else if (qstrcmp(format, "svg") == 0) {
                    QVERIFY(bytes.contains("<svg") && bytes.contains("<text"));
                    QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("CLI chart 稀土")));
                } else {
                    QVERIFY(bytes.startsWith("%PDF-"));
                }
            }
        }
        // Filter options apply and the format follows the file name when --format is absent.
        const QString out = m_dir->filePath(QStringLiteral("verified.png"));
        const RunResult r = cli({QStringLiteral("export-chart"), QStringLiteral("--chart"), QStringLiteral("events-by-category"),
                                 QStringLiteral("--out"), out, QStringLiteral("--verified-only"), QStringLiteral("--scale"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(dump(r)));
        QVERIFY2(r.outText().contains(QStringLiteral("0 events")), qPrintable(r.outText()));
        QCOMPARE(QImage(out).size(), QSize(1600, 900));
    }

};

QTEST_GUILESS_MAIN(CliExportTest)
#include "tst_cliexport.moc"
