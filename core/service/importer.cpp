#include "importer.h"

#include "extract/gazetteer.h"
#include "ingest/documentreader.h"
#include "ingest/importpipeline.h"
#include "service/writer.h"
#include "store/knownhashes.h"
#include "util/log.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <deque>
#include <optional>
#include <utility>

namespace lodestone {

Importer::Importer(Writer& writer, std::shared_ptr<const Gazetteer> gazetteer)
    : m_writer(writer), m_gazetteer(std::move(gazetteer))
{
}

ImportSummary Importer::run(const QStringList& paths, const CancelToken& cancel, const ProgressFn& progress,
                            const ResultFn& onResult)
{
    ImportSummary summary;
    auto record = [&](const ImportFileResult& r) {
        switch (r.status) {
        case ImportStatus::Imported: ++summary.imported; break;
        case ImportStatus::Duplicate: ++summary.duplicates; break;
        case ImportStatus::Failed: ++summary.failed; break;
        }
        summary.results << r;
        if (onResult)
            onResult(r);
    };

    QStringList files;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (!info.exists()) {
            ImportFileResult r;
            r.file = p;
            r.error = {ErrorCode::Io, QStringLiteral("%1: no such file or folder").arg(p)};
            record(r);
            continue;
        }
        files << (info.isDir() ? DocumentReader::collectFiles({p}) : QStringList{p});
    }

    // The documents of one file that holds many (a STIX bundle, a report list) are extracted on a second pool, so
    // that such a file is prepared on every core like a folder of files (the first pool's thread waits for them).
    // Declared first: destroyed after the pool whose tasks use it.
    QThreadPool documentPool;
    QThreadPool pool;
    // As many preparing threads as cores: with groups of at least kMinGroupFiles files per commit, storing takes
    // less than half of a core (perf, BM_Import), so preparing is the longer half of an import.
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    documentPool.setMaxThreadCount(pool.maxThreadCount());
    // The hashes stored before this batch: a report already imported is refused before it is extracted.
    auto known = std::make_shared<const KnownHashes>();
    if (!files.isEmpty()) {
        try {
            known = std::make_shared<const KnownHashes>(
                m_writer.submit([](WriteContext& ctx) { return KnownHashes::load(ctx.db.sql()); }).result());
        } catch (const std::exception& e) {
            log::ingest()->warn("import: the stored hashes could not be read ({}); every report is extracted", e.what());
        }
    }
    const PrepareOptions prepareOptions{known.get(), &documentPool};
    // Files being prepared on the pool (read, decode, extract), oldest first, at most `window` of them.
    const int window = 2 * pool.maxThreadCount() + 2;
    std::deque<std::pair<qsizetype, QFuture<PreparedFile>>> preparing;
    // Groups of files handed to the Writer and not yet collected, oldest first. One group is stored while the
    // next one fills up behind it; a group is submitted once it is worth a commit (see below) and the writer has
    // room for it.
    struct Stored final {
        QList<qsizetype> indexes;
        QFuture<QList<ImportFileResult>> results;
    };
    std::deque<Stored> storing;
    // Set on the writer thread by the first store that finds the disk full; later groups are then refused
    // without touching the database, so everything after that file is "not attempted".
    const auto stop = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<const Gazetteer> gaz = m_gazetteer;
    qsizetype next = 0;
    auto launch = [&] {
        while (!*stop && next < files.size() && static_cast<int>(preparing.size()) < window) {
            const QString file = files[next];
            preparing.emplace_back(next++, QtConcurrent::run(&pool, [file, gaz, known, prepareOptions] {
                return ImportPipeline::prepare(file, *gaz, prepareOptions);
            }));
        }
    };

    QElapsedTimer throttle;
    throttle.start();
    int done = 0;
    QStringList notAttempted;
    auto collectOne = [&] {
        Stored group = std::move(storing.front());
        storing.pop_front();
        QList<ImportFileResult> results = group.results.result();
        for (qsizetype i = 0; i < group.indexes.size(); ++i) {
            const qsizetype index = group.indexes[i];
            if (i >= results.size()) {
                notAttempted << files[index];
                continue;
            }
            ImportFileResult& r = results[i];
            if (r.status == ImportStatus::Failed)
                log::ingest()->warn("import failed: {}", r.error.detail.toStdString());
            if (r.status == ImportStatus::Failed && r.error.code == ErrorCode::DiskFull && !summary.stoppedBy) {
                const qsizetype remaining = files.size() - index - 1;
                r.error.detail += QStringLiteral("; batch stopped: %1 remaining files not attempted").arg(remaining);
                summary.stoppedBy = r.error;
                log::ingest()->error("import stopped at {}: the disk is full; {} files not attempted",
                                     files[index].toStdString(), remaining);
            }
            record(r);
            ++done;
        }
    };
    QList<PreparedFile> group;
    QList<qsizetype> groupIndexes;
    qsizetype groupChars = 0;
    QElapsedTimer groupAge;
    auto submitGroup = [&] {
        storing.push_back({groupIndexes, m_writer.submit([files = std::move(group), stop](WriteContext& ctx) {
            QList<ImportFileResult> r;
            if (stop->load())
                return r;
            r = ImportPipeline::storeGroup(ctx, files);
            if (!r.isEmpty() && r.back().status == ImportStatus::Failed && r.back().error.code == ErrorCode::DiskFull)
                stop->store(true);
            return r;
        })});
        group = {};
        groupIndexes.clear();
        groupChars = 0;
    };

    launch();
    while (!preparing.empty() && !*stop) {
        if (cancel.isCancelled()) {
            summary.cancelled = true;
            break;
        }
        auto [index, f] = std::move(preparing.front());
        preparing.pop_front();
        launch();
        PreparedFile prepared = f.result();
        if (progress && (throttle.elapsed() >= 100 || done == 0)) {
            progress({done, static_cast<int>(files.size()), prepared.file});
            throttle.restart();
        }
        if (group.isEmpty())
            groupAge.start();
        for (const PreparedReport& r : prepared.reports)
            groupChars += r.doc.text.size();
        group << std::move(prepared);
        groupIndexes << index;
        while (!storing.empty() && storing.front().results.isFinished())
            collectOne();
        const bool writerIdleSoon = storing.size() < static_cast<std::size_t>(kStoreDepth);
        const bool nextReady = !preparing.empty() && preparing.front().second.isFinished();
        const bool full = group.size() >= kMaxGroupFiles || groupChars >= kMaxGroupChars;
        // A commit costs about as much as storing several files (the FTS segment, index pages, WAL frames), so
        // a group waits for kMinGroupFiles files unless the writer has nothing to do and the group has waited
        // kMaxGroupWaitMs (slow inputs such as large PDFs still show their results as they come).
        const bool worthACommit = group.size() >= kMinGroupFiles || (storing.empty() && groupAge.elapsed() >= kMaxGroupWaitMs);
        if (full || preparing.empty() || (writerIdleSoon && worthACommit && !nextReady)) {
            while (storing.size() >= static_cast<std::size_t>(kStoreDepth))
                collectOne();
            submitGroup();
        }
    }
    if (!group.isEmpty()) { // cancelled with a partly filled group: what was prepared is still stored
        while (storing.size() >= static_cast<std::size_t>(kStoreDepth))
            collectOne();
        submitGroup();
    }
    while (!storing.empty())
        collectOne();
    for (auto& [index, f] : preparing) {
        f.cancel();
        f.waitForFinished();
        if (summary.stoppedBy)
            notAttempted << files[index];
    }
    if (summary.stoppedBy) {
        for (qsizetype i = next; i < files.size(); ++i)
            notAttempted << files[i];
        summary.notAttempted = std::move(notAttempted);
    }
    if (progress)
        progress({done, static_cast<int>(files.size()), QString()});
    if (summary.imported > 0)
        m_writer.notifyChanged(QStringLiteral("import"));
    log::ingest()->info("import batch: {} imported, {} duplicates, {} failed, {} not attempted{}", summary.imported,
                        summary.duplicates, summary.failed, summary.notAttempted.size(),
                        summary.cancelled ? " (cancelled)" : "");
    return summary;
}

} // namespace lodestone
