#pragma once
// Drives a batch import: collects files, prepares them on pool threads (a bounded window, so memory
// stays flat for 10,000 files), stores them through the Writer in groups (one transaction per group, each file
// atomic: see ImportPipeline::storeGroup; the next group fills behind it so the writer never waits), reports
// progress and honours cancel. Each file is prepared within a FileBudget and fails alone past it; a slow file
// holds back nothing that is ready (see kSlowFileMs). A long list (CSV/JSON) is prepared and stored a part of
// ListStream::kPartItems items at a time (each part atomic), its result adding up its parts. A full disk stops the
// batch: that file is the one failure, the rest are listed in ImportSummary::notAttempted.
// run() blocks: call it from the CLI's main thread or from a worker thread, never from the GUI thread.
#include "ingest/filebudget.h"
#include "ingest/importresult.h"
#include "service/canceltoken.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace lodestone {

class Gazetteer;
class Writer;

struct ImportProgress final {
    int done = 0;
    int total = 0;
    QString current;
};

class Importer final {
public:
    using ProgressFn = std::function<void(const ImportProgress&)>;
    using ResultFn = std::function<void(const ImportFileResult&)>;

    // Files are stored in groups of at most kMaxGroupFiles files (or kMaxGroupChars characters of text), and at
    // most kStoreDepth groups are with the Writer at once: a kill can leave up to kStoreDepth * kMaxGroupFiles
    // files committed whose result was not yet reported (a re-import finds them as duplicates).
    static constexpr int kMaxGroupFiles = 64;
    static constexpr qsizetype kMaxGroupChars = 4 * 1024 * 1024;
    static constexpr int kStoreDepth = 2;
    // A group is handed over once it holds kMinGroupFiles files, or has waited kMaxGroupWaitMs with the writer idle.
    static constexpr int kMinGroupFiles = 16;
    static constexpr qint64 kMaxGroupWaitMs = 250;
    // A group also holds at most this many reports (the parts of a long list are ListStream::kPartItems each).
    static constexpr qsizetype kMaxGroupReports = 4000;
    // Results come in the order of the files, except that a file still being prepared after kSlowFileMs lets the
    // files prepared behind it be stored and reported first.
    static constexpr qint64 kSlowFileMs = 2000;

    Importer(Writer& writer, std::shared_ptr<const Gazetteer> gazetteer);
    // What each file may cost (time, text, pages, items) before it fails alone; FileBudget{} by default.
    void setBudget(const FileBudget& budget) { m_budget = budget; }

    ImportSummary run(const QStringList& paths, const CancelToken& cancel = {}, const ProgressFn& progress = {},
                      const ResultFn& onResult = {});

private:
    Writer& m_writer;
    std::shared_ptr<const Gazetteer> m_gazetteer;
    FileBudget m_budget;
};

} // namespace lodestone
