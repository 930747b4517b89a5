// File › Export Events… without the dialog: the current filter's events written as CSV, JSON, STIX 2.1 and
// TimelineJS from a reader thread, the same events the CLI exports; a path that cannot be written fails with
// a message naming it and leaves nothing behind. Demo corpus in a temporary database, offscreen.
#include "common/datahub.h"
#include "events/eventexportcontroller.h"
#include "extract/gazetteer.h"
#include "ingest/democorpus.h"
#include "service/importer.h"
#include "service/queryservice.h"
#include "service/writer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace lodestone;

class TstEventExport final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void writesEveryFormat_data();
    void writesEveryFormat();
    void followsTheFilter();
    void unwritablePathFails();
    void neverOverTheOpenDatabase();

private:
    // Runs one export and returns (ok, message).
    std::pair<bool, QString> exportTo(const QString& path, InterchangeFormat format);
    static QByteArray readAll(const QString& path);

    QTemporaryDir m_dir;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<QueryService> m_queries;
    std::unique_ptr<DataHub> m_hub;
    std::unique_ptr<EventExportController> m_export;
    int m_allEvents = 0;
    int m_datedEvents = 0; // TimelineJS draws only events with a day
};

void TstEventExport::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LodestoneTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_eventexport"));
    QSettings().clear();
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    auto gazetteer = Gazetteer::bundled();
    m_writer = std::make_unique<Writer>(path, gazetteer);
    QVERIFY(!m_writer->start());
    QVERIFY(Importer(*m_writer, gazetteer).run(demoCorpusFiles()).imported >= 15);
    m_queries = std::make_unique<QueryService>(path);
    m_hub = std::make_unique<DataHub>(*m_queries, m_writer.get());
    m_export = std::make_unique<EventExportController>(*m_hub, nullptr);
    const auto [ok, message] = exportTo(m_dir.filePath(QStringLiteral("all.json")), InterchangeFormat::Json);
    QVERIFY2(ok, qPrintable(message));
    const QJsonArray all = QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("all.json")))).array();
    m_allEvents = int(all.size());
    m_datedEvents = int(std::count_if(all.begin(), all.end(), [](const QJsonValue& v) { return !v.toObject().value(QStringLiteral("undated")).toBool(); }));
    QVERIFY(m_allEvents >= 15);
}

void TstEventExport::cleanupTestCase()
{
    m_export.reset();
    m_hub.reset();
    m_queries.reset();
    m_writer.reset();
}

std::pair<bool, QString> TstEventExport::exportTo(const QString& path, InterchangeFormat format)
{
    QSignalSpy done(m_export.get(), &EventExportController::finished);
    m_export->exportTo(path, format);
    if (!done.wait(30000))
        return {false, QStringLiteral("timed out")};
    return {done.first().at(0).toBool(), done.first().at(1).toString()};
}

QByteArray TstEventExport::readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TstEventExport::writesEveryFormat_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::newRow("csv") << int(InterchangeFormat::Csv) << QStringLiteral("events.csv");
    QTest::newRow("json") << int(InterchangeFormat::Json) << QStringLiteral("events.json");
    QTest::newRow("stix") << int(InterchangeFormat::Stix) << QStringLiteral("bundle.json");
    QTest::newRow("timelinejs") << int(InterchangeFormat::TimelineJs) << QStringLiteral("timeline.json");
}

void TstEventExport::writesEveryFormat()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    const auto [ok, message] = exportTo(path, InterchangeFormat(format));
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.contains(QString::number(m_allEvents)), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("events written to")) || message.contains(QStringLiteral("event written to")));
    const QByteArray bytes = readAll(path);
    switch (InterchangeFormat(format)) {
    case InterchangeFormat::Csv: {
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(int(lines.size()), m_allEvents + 1); // header + one line per event (demo titles have no newlines)
        break;
    }
    case InterchangeFormat::Json:
        QCOMPARE(int(QJsonDocument::fromJson(bytes).array().size()), m_allEvents);
        break;
    case InterchangeFormat::Stix: {
        const QJsonObject bundle = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("bundle"));
        int events = 0, reports = 0, identities = 0;
        for (const QJsonValue& v : bundle.value(QStringLiteral("objects")).toArray()) {
            const QString type = v.toObject().value(QStringLiteral("type")).toString();
            events += type.startsWith(QStringLiteral("x-lodestone-event"));
            reports += type == QStringLiteral("report");
            identities += type == QStringLiteral("identity");
        }
        QCOMPARE(events, m_allEvents);
        QVERIFY(reports >= 15);
        QVERIFY(identities > 5);
        break;
    }
    case InterchangeFormat::TimelineJs:
        QCOMPARE(int(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("events")).toArray().size()), m_datedEvents);
        break;
    }
}

void TstEventExport::followsTheFilter()
{
    EventFilter f;
    f.categories = {Category::Partnership};
    m_hub->setFilter(f);
    const QString path = m_dir.filePath(QStringLiteral("partnerships.json"));
    const auto [ok, message] = exportTo(path, InterchangeFormat::Json);
    QVERIFY2(ok, qPrintable(message));
    const QJsonArray events = QJsonDocument::fromJson(readAll(path)).array();
    QVERIFY(!events.isEmpty());
    QVERIFY(events.size() < m_allEvents);
    for (const QJsonValue& e : events)
        QCOMPARE(e.toObject().value(QStringLiteral("category")).toString(), QStringLiteral("partnership"));
    m_hub->setFilter(EventFilter{});
}

void TstEventExport::unwritablePathFails()
{
    const QString path = m_dir.filePath(QStringLiteral("no such folder/events.csv"));
    const auto [ok, message] = exportTo(path, InterchangeFormat::Csv);
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("no such folder")), qPrintable(message));
    QVERIFY(!QFile::exists(path));
}

// File › Export Events… pointed at the database the window has open (or its WAL) is refused, the file untouched.
void TstEventExport::neverOverTheOpenDatabase()
{
    const QString db = m_writer->path();
    for (const QString& path : {db, db + QStringLiteral("-wal"), m_dir.filePath(QStringLiteral("sub/../demo.sqlite"))}) {
        const qint64 size = QFileInfo(db).size();
        const auto [ok, message] = exportTo(path, InterchangeFormat::Csv);
        QVERIFY2(!ok, qPrintable(path));
        QVERIFY2(message.contains(QStringLiteral("refusing to write over")), qPrintable(message));
        QCOMPARE(QFileInfo(db).size(), size);
    }
}

QTEST_MAIN(TstEventExport)
#include "tst_eventexport.moc"
