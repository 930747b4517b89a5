#include "importer.h"

#include "extract/gazetteer.h"
#include "ingest/documentreader.h"
#include "ingest/importpipeline.h"
#include "service/writer.h"
#include "util/log.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <deque>

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

    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    const int window = 2 * pool.maxThreadCount() + 2;
    std::deque<QFuture<PreparedFile>> pending;
    const std::shared_ptr<const Gazetteer> gaz = m_gazetteer;
    qsizetype next = 0;
    auto launch = [&] {
        while (next < files.size() && static_cast<int>(pending.size()) < window) {
            const QString file = files[next++];
            pending.push_back(QtConcurrent::run(&pool, [file, gaz] { return ImportPipeline::prepare(file, *gaz); }));
        }
    };

    QElapsedTimer throttle;
    throttle.start();
    int done = 0;
    launch();
    while (!pending.empty()) {
        if (cancel.isCancelled()) {
            summary.cancelled = true;
            break;
        }
        QFuture<PreparedFile> f = std::move(pending.front());
        pending.pop_front();
        launch();
        PreparedFile prepared = f.result();
        if (progress && (throttle.elapsed() >= 100 || done == 0)) {
            progress({done, static_cast<int>(files.size()), prepared.file});
            throttle.restart();
        }
        ImportFileResult r = m_writer.submit([prepared = std::move(prepared)](WriteContext& ctx) {
            return ImportPipeline::store(ctx, prepared);
        }).result();
        if (r.status == ImportStatus::Failed)
            log::ingest()->warn("import failed: {}", r.error.detail.toStdString());
        record(r);
        ++done;
    }
    for (auto& f : pending)
        f.waitForFinished();
    if (progress)
        progress({done, static_cast<int>(files.size()), QString()});
    if (summary.imported > 0)
        m_writer.notifyChanged(QStringLiteral("import"));
    log::ingest()->info("import batch: {} imported, {} duplicates, {} failed{}", summary.imported, summary.duplicates,
                        summary.failed, summary.cancelled ? " (cancelled)" : "");
    return summary;
}

} // namespace lodestone
