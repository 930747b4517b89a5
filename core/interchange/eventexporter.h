#pragma once
// Writes exported events to a file atomically (QSaveFile: the old file stays until the new one is
// complete). Formats: csv, json, timelinejs and stix (a STIX 2.1 bundle, see StixBundle; it also needs the
// organisations and reports in Options, e.g. from StixSource::gather). Usable from any thread.
#include "model/error.h"
#include "model/event.h"
#include "model/organisation.h"
#include "model/report.h"

#include <QByteArray>
#include <QDateTime>
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
        QList<Organisation> organisations; // STIX: details of the linked organisations
        QList<Report> reports;             // STIX: the backing reports (without them: events and identities only)
        QDateTime exportedAt;              // STIX: fallback time; default now
    };
    static Error write(const QList<Event>& events, InterchangeFormat format, const QString& path,
                       const Options& options = {});
    // Atomic write of bytes through OutputFile: refused over an open database or its companion files (used by the
    // exporters in ui too).
    static Error writeFile(const QString& path, const QByteArray& bytes);
};

} // namespace lodestone
