// Interchange import throughput: seed-sized synthetic reports as one STIX bundle of `report` objects and as one
// JSON report list (each file holds every report, so the speed comes from preparing the documents of one file on
// every core), the same files imported again (every report a duplicate, refused by its hash before extraction), a
// folder of known text files imported again, and a Lodestone bundle of the imported database into a fresh one
// (stored as it is, nothing extracted). Compare with BM_ImportFloorFts of the same run.
#include "extract/gazetteer.h"
#include "ingest/syntheticcorpus.h"
#include "interchange/exportsource.h"
#include "service/importer.h"
#include "service/writer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <benchmark/benchmark.h>
#include <functional>

namespace {

using namespace lodestone;

QString cacheDir()
{
    const QString d = QDir::tempPath() + QStringLiteral("/lodestone-bench-interchange");
    QDir().mkpath(d);
    return d;
}

bool writeOnce(const QString& path, const std::function<QByteArray()>& make)
{
    if (QFile::exists(path))
        return true;
    QFile f(path + QStringLiteral(".part"));
    const QByteArray bytes = make();
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return QFile::rename(path + QStringLiteral(".part"), path);
}

// `count` synthetic reports as STIX `report` objects (no Lodestone extension: read as another tool's reports).
QString stixBundle(int count)
{
    const QString path = cacheDir() + QStringLiteral("/reports-%1.stix.json").arg(count);
    writeOnce(path, [count] {
        QJsonArray objects;
        const QList<ParsedDocument> docs = SyntheticCorpus::reports(count, 7);
        for (int i = 0; i < docs.size(); ++i) {
            const QString id = QStringLiteral("report--%1").arg(QUuid::createUuidV5(QUuid(QStringLiteral("{2f1c0a3e-0d3b-4f3e-9b55-6a3c0e8d2b11}")),
                                                                                   QString::number(i)).toString(QUuid::WithoutBraces));
            QJsonObject o{{QStringLiteral("type"), QStringLiteral("report")}, {QStringLiteral("spec_version"), QStringLiteral("2.1")},
                          {QStringLiteral("id"), id}, {QStringLiteral("created"), QStringLiteral("2025-01-02T00:00:00.000Z")},
                          {QStringLiteral("modified"), QStringLiteral("2025-01-02T00:00:00.000Z")},
                          {QStringLiteral("name"), docs[i].title}, {QStringLiteral("description"), docs[i].text},
                          {QStringLiteral("published"), QStringLiteral("2025-01-02T00:00:00.000Z")},
                          {QStringLiteral("object_refs"), QJsonArray{id}}};
            objects.append(o);
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("bundle")},
                                         {QStringLiteral("id"), QStringLiteral("bundle--0c9f8e7d-6b5a-4c3d-9e2f-1a0b9c8d7e6f")},
                                         {QStringLiteral("objects"), objects}}).toJson(QJsonDocument::Compact);
    });
    return path;
}

QString jsonList(int count)
{
    const QString path = cacheDir() + QStringLiteral("/reports-%1.list.json").arg(count);
    writeOnce(path, [count] {
        QJsonArray rows;
        for (const ParsedDocument& d : SyntheticCorpus::reports(count, 7))
            rows.append(QJsonObject{{QStringLiteral("title"), d.title}, {QStringLiteral("text"), d.text},
                                    {QStringLiteral("publisher"), d.publisher}, {QStringLiteral("published"), QStringLiteral("2025-01-02")}});
        return QJsonDocument(rows).toJson(QJsonDocument::Compact);
    });
    return path;
}

QString textFolder(int count)
{
    const QString d = cacheDir() + QStringLiteral("/texts-%1").arg(count);
    if (!QFile::exists(d + QStringLiteral("/done"))) {
        QDir().mkpath(d);
        for (int i = 0; i < count; ++i) {
            const ParsedDocument doc = SyntheticCorpus::report(i, 7);
            QFile f(d + QStringLiteral("/r%1.txt").arg(i, 5, 10, QLatin1Char('0')));
            if (f.open(QIODevice::WriteOnly))
                f.write((doc.title + QStringLiteral("\n") + doc.text).toUtf8());
        }
        QFile done(d + QStringLiteral("/done"));
        done.open(QIODevice::WriteOnly);
    }
    return d;
}

// Imports `path` into a fresh database per iteration; counts reports.
void importFresh(benchmark::State& state, const QString& path, int count)
{
    auto gazetteer = Gazetteer::bundled();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir tmp;
        Writer writer(tmp.filePath(QStringLiteral("bench.sqlite")), gazetteer);
        if (writer.start()) {
            state.SkipWithError("writer did not start");
            break; // no timing calls after an error
        }
        state.ResumeTiming();
        const ImportSummary s = Importer(writer, gazetteer).run({path});
        if (s.imported != 1 || s.results.first().reportIds.size() != count) {
            static std::string why;
            why = QStringLiteral("%1 of %2 reports imported (%3)")
                      .arg(s.results.isEmpty() ? 0 : s.results.first().reportIds.size())
                      .arg(count)
                      .arg(s.results.isEmpty() ? QString() : s.results.first().error.detail)
                      .toStdString();
            state.SkipWithError(why.c_str());
            break;
        }
    }
    state.SetItemsProcessed(state.iterations() * count);
}

// Imports `path` once (untimed), then again: every report is a duplicate.
void importAgain(benchmark::State& state, const QString& path, int count)
{
    auto gazetteer = Gazetteer::bundled();
    QTemporaryDir tmp;
    Writer writer(tmp.filePath(QStringLiteral("bench.sqlite")), gazetteer);
    if (writer.start()) {
        state.SkipWithError("writer did not start");
        return;
    }
    Importer(writer, gazetteer).run({path});
    for (auto _ : state) {
        const ImportSummary s = Importer(writer, gazetteer).run({path});
        int duplicates = 0;
        for (const ImportFileResult& r : s.results)
            duplicates += r.duplicates;
        if (duplicates != count)
            state.SkipWithError("not every report was a duplicate");
    }
    state.SetItemsProcessed(state.iterations() * count);
}

void BM_ImportStix(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    importFresh(state, stixBundle(n), n);
}
BENCHMARK(BM_ImportStix)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_ImportList(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    importFresh(state, jsonList(n), n);
}
BENCHMARK(BM_ImportList)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

void BM_ReimportStixDuplicates(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    importAgain(state, stixBundle(n), n);
}
BENCHMARK(BM_ReimportStixDuplicates)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

void BM_ReimportListDuplicates(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    importAgain(state, jsonList(n), n);
}
BENCHMARK(BM_ReimportListDuplicates)->Arg(10000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

void BM_ReimportFolderDuplicates(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    importAgain(state, textFolder(n), n);
}
BENCHMARK(BM_ReimportFolderDuplicates)->Arg(2000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

// A Lodestone bundle (the export of a database holding the 10,000 reports and their events) into a fresh one.
void BM_ImportLodestoneBundle(benchmark::State& state)
{
    const int n = static_cast<int>(state.range(0));
    auto gazetteer = Gazetteer::bundled();
    QTemporaryDir tmp;
    const QString bundle = tmp.filePath(QStringLiteral("lodestone.json"));
    {
        Writer writer(tmp.filePath(QStringLiteral("source.sqlite")), gazetteer);
        if (writer.start()) {
            state.SkipWithError("writer did not start");
            return;
        }
        Importer(writer, gazetteer).run({jsonList(n)});
        const ExportPayload payload = writer.submit([](WriteContext& ctx) {
            return ExportSource::gather(ctx.stores, EventFilter{}, InterchangeFormat::Stix);
        }).result();
        EventExporter::Options options;
        ExportSource::apply(payload, options);
        options.author = QStringLiteral("bench");
        if (EventExporter::write({}, InterchangeFormat::Stix, bundle, options)) {
            state.SkipWithError("export failed");
            return;
        }
        state.counters["events"] = static_cast<double>(payload.interchange->events.size());
    }
    importFresh(state, bundle, n);
}
// 1,000 reports: a Lodestone bundle carries the full texts, events, evidence and relationships (about 24.6 KB per
// synthetic report), so 10,000 reports make a 246 MB bundle, which the import refuses (50 MB per file).
BENCHMARK(BM_ImportLodestoneBundle)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace
