#pragma once
// Writes exported events to a file atomically (QSaveFile: the old file stays until the new one is
// complete). Formats: csv, json, timelinejs; stix is not implemented yet (ErrorCode::Unsupported).
// Usable from any thread.
#include "model/error.h"
#include "model/event.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace lodestone {

enum class InterchangeFormat : int { Csv = 0, Json, TimelineJs, Stix };

class EventExporter final {
public:
    static QString formatKey(InterchangeFormat f); // "csv", "json", "timelinejs", "stix"
    static std::optional<InterchangeFormat> formatFromKey(const QString& key);
    static bool isAvailable(InterchangeFormat f);

    struct Options {
        QString headline;        // TimelineJS title slide
        QString intro;
        QStringList groupLabels; // TimelineJS groups per category
    };
    static Error write(const QList<Event>& events, InterchangeFormat format, const QString& path,
                       const Options& options = {});
    // Atomic write of bytes (used by the exporters in ui too).
    static Error writeFile(const QString& path, const QByteArray& bytes);
};

} // namespace lodestone
