#pragma once
// Re-runs reading metadata and extraction on every stored report with the current rules (after the rules
// changed, or to fix a database made by an older version): reports are read from the Writer in groups, prepared
// on pool threads and written back through the Writer, one transaction per group (a failing group is retried
// report by report, so one bad report fails alone). Keeps analyst corrections, rejections and verification
// (see ReprocessPipeline). Reports progress and honours cancel between groups; what was committed stays.
// run() blocks: call it from the CLI's main thread or a worker thread, never from the GUI thread.
#include "service/canceltoken.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace lodestone {

class Gazetteer;
class Writer;

struct ReprocessProgress final {
    int done = 0;
    int total = 0;
};

struct ReprocessSummary final {
    int reports = 0;        // reports reprocessed (committed)
    int failed = 0;
    int datesChanged = 0;   // reports whose publication date changed
    int eventsBefore = 0;   // events backed by the reprocessed reports, before and after
    int eventsAfter = 0;
    int eventsKept = 0;     // analyst-edited or rejected events left as they were
    int organisationsRemoved = 0; // auto-detected organisations nothing names any more
    bool cancelled = false;
    QStringList errors;     // "report N: reason"
    double seconds = 0;
};

class Reprocessor final {
public:
    using ProgressFn = std::function<void(const ReprocessProgress&)>;
    static constexpr int kGroup = 64;

    Reprocessor(Writer& writer, std::shared_ptr<const Gazetteer> gazetteer);
    ReprocessSummary run(const CancelToken& cancel = {}, const ProgressFn& progress = {});

private:
    Writer& m_writer;
    std::shared_ptr<const Gazetteer> m_gazetteer;
};

} // namespace lodestone
