#include "importer.h"

#include "extract/gazetteer.h"
#include "ingest/documentreader.h"
#include "ingest/importpipeline.h"
#include "service/writer.h"
#include "store/knownhashes.h"
#include "util/log.h"

#include <QElapsedTimer>
#include <QPromise>
#include <QSemaphore>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
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
        if (!info.isDir()) {
            files << p;
            continue;
        }
        QList<DocumentReader::RefusedFile> refused;
        files << DocumentReader::collectFiles({p}, &refused);
        for (const DocumentReader::RefusedFile& f : refused) { // said per file, not dropped
            ImportFileResult r;
            r.file = f.path;
            r.error = f.error;
            record(r);
        }
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
    // The hashes stored before this batch: a report already imported is refused before it is extracted, a file
    // imported whole before is not read again.
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
    // Files being prepared on the pool (read, decode, extract), oldest first, at most `window` of them; and the
    // parts of the long list being imported (at most one list at a time: its parts come before the next files).
    const int window = 2 * pool.maxThreadCount() + 2;
    struct Task final {
        qsizetype index = 0;
        QFuture<PreparedFile> future;
    };
    std::deque<Task> preparing;
    std::deque<Task> parts;
    // Released by every task that finishes, so the loop below waits for "any task" without polling.
    const auto finished = std::make_shared<QSemaphore>();
    const std::shared_ptr<const Gazetteer> gaz = m_gazetteer;
    const FileBudget budget = m_budget;
    auto start = [&](std::function<PreparedFile()> work) {
        auto promise = std::make_shared<QPromise<PreparedFile>>();
        QFuture<PreparedFile> future = promise->future();
        promise->start();
        pool.start([promise, work = std::move(work), finished] {
            try {
                promise->addResult(work());
            } catch (const std::exception& e) { // never lose the batch to one file
                PreparedFile failed;
                failed.error = {ErrorCode::Internal, QStringLiteral("preparing failed: %1").arg(QString::fromUtf8(e.what()))};
                promise->addResult(std::move(failed));
            }
            promise->finish();
            finished->release();
        });
        return future;
    };
    // Groups of files handed to the Writer and not yet collected, oldest first. One group is stored while the
    // next one fills up behind it; a group is submitted once it is worth a commit (see below) and the writer has
    // room for it.
    struct Entry final {
        qsizetype index = 0;
        bool part = false; // one part of a long list
        bool last = true;  // the file's last part (or the file)
    };
    struct Stored final {
        QList<Entry> entries;
        QFuture<QList<ImportFileResult>> results;
    };
    std::deque<Stored> storing;
    // Set on the writer thread by the first store that finds the disk full; later groups are then refused
    // without touching the database, so everything after that file is "not attempted".
    const auto stop = std::make_shared<std::atomic_bool>(false);
    qsizetype next = 0;
    auto launch = [&] {
        while (!*stop && next < files.size() && static_cast<int>(preparing.size()) < window) {
            const QString file = files[next];
            preparing.push_back({next++, start([file, gaz, budget, known, prepareOptions] {
                                       return ImportPipeline::prepare(file, *gaz, budget, prepareOptions);
                                   })});
        }
    };
    // The long list being imported: its stream, the next part to launch and the parts' results so far.
    std::optional<PreparedFile> list;
    qsizetype listIndex = -1;
    qsizetype listNextItem = 0;
    std::optional<ImportFileResult> listResult;
    auto launchParts = [&] {
        while (list && list->rest && listNextItem < list->rest->size() && static_cast<int>(parts.size()) < pool.maxThreadCount()) {
            PreparedFile from;
            from.file = list->file;
            from.rest = list->rest;
            from.nextItem = listNextItem;
            from.part = static_cast<int>(listNextItem / ListStream::kPartItems) - 1;
            listNextItem += ListStream::kPartItems;
            parts.push_back({listIndex, start([from = std::move(from), gaz, budget, known, prepareOptions] {
                                       return ImportPipeline::preparePart(from, *gaz, budget, prepareOptions);
                                   })});
        }
    };

    QElapsedTimer throttle;
    throttle.start();
    int done = 0;
    QStringList notAttempted;
    auto finishResult = [&](ImportFileResult& r, qsizetype index) {
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
    };
    // A part's result joins the list's: reports, duplicates and counts add up; the first failure is the file's.
    auto mergePart = [&](const ImportFileResult& r, bool last, qsizetype index) {
        if (!listResult) {
            listResult = ImportFileResult{};
            listResult->file = r.file;
            listResult->status = ImportStatus::Duplicate;
        }
        ImportFileResult& a = *listResult;
        a.reportIds += r.reportIds;
        a.duplicates += r.duplicates;
        if (!a.duplicateOf)
            a.duplicateOf = r.duplicateOf;
        a.events += r.events;
        a.organisations = std::max(a.organisations, r.organisations);
        if (r.status == ImportStatus::Failed && !a.error)
            a.error = r.error;
        if (!last)
            return;
        if (a.error) {
            a.status = ImportStatus::Failed;
            if (!a.reportIds.isEmpty())
                a.error.detail += QStringLiteral("; %1 reports of the file were stored before").arg(a.reportIds.size());
        } else if (!a.reportIds.isEmpty()) {
            a.status = ImportStatus::Imported;
        } else if (a.duplicates == 0) {
            a.status = ImportStatus::Failed;
            a.error = {ErrorCode::EmptyInput, QStringLiteral("%1: no text found in the file").arg(a.file)};
        }
        ImportFileResult whole = std::move(a);
        listResult.reset();
        finishResult(whole, index);
    };
    auto collectOne = [&] {
        Stored group = std::move(storing.front());
        storing.pop_front();
        QList<ImportFileResult> results = group.results.result();
        for (qsizetype i = 0; i < group.entries.size(); ++i) {
            const Entry& e = group.entries[i];
            if (i >= results.size()) {
                if (e.last)
                    notAttempted << files[e.index];
                continue;
            }
            if (e.part)
                mergePart(results[i], e.last, e.index);
            else
                finishResult(results[i], e.index);
        }
    };
    QList<PreparedFile> group;
    QList<Entry> groupEntries;
    qsizetype groupChars = 0;
    qsizetype groupReports = 0;
    QElapsedTimer groupAge;
    auto submitGroup = [&] {
        while (storing.size() >= static_cast<std::size_t>(kStoreDepth))
            collectOne();
        storing.push_back({groupEntries, m_writer.submit([files = std::move(group), stop](WriteContext& ctx) {
            QList<ImportFileResult> r;
            if (stop->load())
                return r;
            r = ImportPipeline::storeGroup(ctx, files);
            if (!r.isEmpty() && r.back().status == ImportStatus::Failed && r.back().error.code == ErrorCode::DiskFull)
                stop->store(true);
            return r;
        })});
        group = {};
        groupEntries.clear();
        groupChars = 0;
        groupReports = 0;
    };
    // While waiting for a file: results of stored groups are reported, and the files already prepared are handed
    // to the writer once they have waited kMaxGroupWaitMs, so a slow file holds back nothing that is ready.
    auto housekeeping = [&] {
        while (!storing.empty() && storing.front().results.isFinished())
            collectOne();
        if (!group.isEmpty() && storing.empty() && groupAge.elapsed() >= kMaxGroupWaitMs)
            submitGroup();
    };
    // The next prepared file or part: a list's parts first, else the oldest file; a file still not ready after
    // kSlowFileMs lets the files prepared behind it go first. Empty when cancelled or nothing is left.
    QElapsedTimer frontWait;
    qsizetype frontIndex = -1;
    auto takeNext = [&]() -> std::optional<Task> {
        std::deque<Task>& queue = parts.empty() ? preparing : parts;
        if (queue.empty())
            return std::nullopt;
        if (queue.front().index != frontIndex) {
            frontIndex = queue.front().index;
            frontWait.start();
        }
        for (;;) {
            if (cancel.isCancelled())
                return std::nullopt;
            if (queue.front().future.isFinished()) {
                Task t = std::move(queue.front());
                queue.pop_front();
                return t;
            }
            if (&queue == &preparing && frontWait.elapsed() >= kSlowFileMs) {
                for (auto it = queue.begin() + 1; it != queue.end(); ++it) {
                    if (it->future.isFinished()) {
                        Task t = std::move(*it);
                        queue.erase(it);
                        return t;
                    }
                }
            }
            finished->tryAcquire(1, 50);
            housekeeping();
        }
    };

    launch();
    while (!*stop) {
        std::optional<Task> task = takeNext();
        if (!task) {
            summary.cancelled = cancel.isCancelled();
            break;
        }
        PreparedFile prepared = task->future.result();
        const qsizetype index = task->index;
        const bool isPart = prepared.part > 0 || prepared.rest;
        if (prepared.part == 0 && prepared.rest) { // a long list starts: its parts are prepared next
            list = prepared;
            list->reports.clear();
            listIndex = index;
            listNextItem = prepared.nextItem;
            listResult.reset();
        }
        const bool last = !isPart || (prepared.part > 0 && (!prepared.rest || prepared.error));
        if (isPart && last) {
            list.reset(); // launched parts of a failed list still finish below; their results are not used
            for (Task& t : parts)
                t.future.waitForFinished();
            parts.clear();
        }
        launchParts();
        launch();
        if (progress && (throttle.elapsed() >= 100 || done == 0)) {
            progress({done, static_cast<int>(files.size()), prepared.file});
            throttle.restart();
        }
        if (group.isEmpty())
            groupAge.start();
        for (const PreparedReport& r : prepared.reports)
            groupChars += r.doc.text.size();
        groupReports += prepared.reports.size();
        group << std::move(prepared);
        groupEntries << Entry{index, isPart, last};
        while (!storing.empty() && storing.front().results.isFinished())
            collectOne();
        const bool writerIdleSoon = storing.size() < static_cast<std::size_t>(kStoreDepth);
        const std::deque<Task>& upcoming = parts.empty() ? preparing : parts;
        const bool nextReady = !upcoming.empty() && upcoming.front().future.isFinished();
        const bool full = group.size() >= kMaxGroupFiles || groupChars >= kMaxGroupChars || groupReports >= kMaxGroupReports;
        // A commit costs about as much as storing several files (the FTS segment, index pages, WAL frames), so
        // a group waits for kMinGroupFiles files unless the writer has nothing to do and the group has waited
        // kMaxGroupWaitMs (slow inputs such as large PDFs still show their results as they come).
        const bool worthACommit = group.size() >= kMinGroupFiles || (storing.empty() && groupAge.elapsed() >= kMaxGroupWaitMs);
        if (full || upcoming.empty() || (writerIdleSoon && worthACommit && !nextReady))
            submitGroup();
    }
    if (!group.isEmpty()) // cancelled with a partly filled group: what was prepared is still stored
        submitGroup();
    while (!storing.empty())
        collectOne();
    if (listResult) { // cancelled or stopped inside a long list: what its stored parts did is still reported
        ImportFileResult partial = std::move(*listResult);
        listResult.reset();
        if (!partial.error)
            partial.error = {summary.cancelled ? ErrorCode::Cancelled : ErrorCode::DiskFull,
                             QStringLiteral("%1: stopped after %2 reports of the file").arg(partial.file).arg(partial.reportIds.size())};
        partial.status = ImportStatus::Failed;
        finishResult(partial, listIndex);
    }
    for (std::deque<Task>* queue : {&parts, &preparing}) {
        for (Task& t : *queue) {
            t.future.cancel();
            t.future.waitForFinished();
            if (summary.stoppedBy && queue == &preparing)
                notAttempted << files[t.index];
        }
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
