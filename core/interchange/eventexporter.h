#pragma once
// Writes exported events to a file atomically (QSaveFile: the old file stays until the new one is
// complete). Formats: csv, json, timelinejs and stix (a STIX 2.1 bundle of everything Options::interchange holds,
// see StixBundle; ExportSource::gather fills it). Usable from any thread.
#include "interchange/interchangedata.h"
#include "model/error.h"
#include "model/event.h"
#include "model/report.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>

namespace lodestone {

enum class InterchangeFormat : int { Csv = 0, Json, TimelineJs, Stix };

// What an export writes besides the events: titles and metadata per format. Plain value, any thread.
struct EventExportOptions final {
    QString headline;        // TimelineJS title slide
    QString intro;
    QStringList groupLabels; // TimelineJS groups per category
    QHash<qint64, Report> reports; // csv, json, timelinejs: the backing reports' metadata, by id
    std::shared_ptr<const InterchangeData> interchange; // stix: what the bundle holds (the events argument is unused)
    QString author;          // stix: the team or analyst exporting (created_by_ref)
    QString authorClass = QStringLiteral("individual"); // stix: its identity_class
};

class EventExporter final {
public:
    static QString formatKey(InterchangeFormat f); // "csv", "json", "timelinejs", "stix"
    static std::optional<InterchangeFormat> formatFromKey(const QString& key);
    static bool isAvailable(InterchangeFormat f);

    using Options = EventExportOptions;
    static Error write(const QList<Event>& events, InterchangeFormat format, const QString& path,
                       const Options& options = {});
    static QByteArray encode(const QList<Event>& events, InterchangeFormat format, const Options& options = {});
    // Atomic write of bytes through OutputFile: refused over an open database or its companion files (used by the
    // exporters in ui too).
    static Error writeFile(const QString& path, const QByteArray& bytes);
};

} // namespace lodestone
