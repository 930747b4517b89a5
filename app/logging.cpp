#include "logging.h"

#include "util/log.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtGlobal>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace lodestone::app {

namespace {

void qtMessageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static auto logger = [] {
        auto def = spdlog::default_logger();
        auto l = std::make_shared<spdlog::logger>("qt", def->sinks().begin(), def->sinks().end());
        l->set_level(def->level());
        spdlog::register_logger(l);
        return l;
    }();
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "default";
    switch (type) {
    case QtDebugMsg: logger->debug("[{}] {}", category, text); break;
    case QtInfoMsg: logger->info("[{}] {}", category, text); break;
    case QtWarningMsg: logger->warn("[{}] {}", category, text); break;
    case QtCriticalMsg: logger->error("[{}] {}", category, text); break;
    case QtFatalMsg: logger->critical("[{}] {}", category, text); logger->flush(); std::abort();
    }
}

} // namespace

QString logFilePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/lodestone");
    return dir + QStringLiteral("/logs/lodestone.log");
}

void setupLogging(const QString& requested)
{
    // The console (stderr, never stdout) shows log lines only when asked: --log-level, else $LODESTONE_LOG.
    // Commands report their own results and failures in one line each; the log file keeps the details.
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    stderrSink->set_level(log::consoleLevel(requested.toStdString()));
    std::vector<spdlog::sink_ptr> sinks{stderrSink};
    const QString file = logFilePath();
    if (QDir().mkpath(QFileInfo(file).absolutePath())) {
        try {
            auto fileSink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(), 5 * 1024 * 1024, 3);
            fileSink->set_level(spdlog::level::info);
            sinks.push_back(fileSink);
        } catch (const spdlog::spdlog_ex&) {
            // A read-only home must not stop the program; stderr still works.
        }
    }
    auto logger = std::make_shared<spdlog::logger>("lodestone", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::trace);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e [%n] %l: %v");
    qInstallMessageHandler(qtMessageHandler);
}

} // namespace lodestone::app
