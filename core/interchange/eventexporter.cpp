#include "eventexporter.h"

#include "interchange/eventcsv.h"
#include "interchange/eventjson.h"
#include "interchange/stixbundle.h"
#include "interchange/timelinejs.h"
#include "util/log.h"
#include "util/outputfile.h"


namespace lodestone {

namespace {
constexpr const char* kKeys[] = {"csv", "json", "timelinejs", "stix"};
}

QString EventExporter::formatKey(InterchangeFormat f)
{
    const int i = static_cast<int>(f);
    return i >= 0 && i < 4 ? QString::fromLatin1(kKeys[i]) : QString();
}

std::optional<InterchangeFormat> EventExporter::formatFromKey(const QString& key)
{
    for (int i = 0; i < 4; ++i)
        if (key.compare(QLatin1String(kKeys[i]), Qt::CaseInsensitive) == 0)
            return static_cast<InterchangeFormat>(i);
    return std::nullopt;
}

bool EventExporter::isAvailable(InterchangeFormat f)
{
    const int i = static_cast<int>(f);
    return i >= 0 && i < 4;
}

Error EventExporter::writeFile(const QString& path, const QByteArray& bytes)
{
    return OutputFile::write(path, bytes); // never over the open database; a temporary file renamed into place
}

QByteArray EventExporter::encode(const QList<Event>& events, InterchangeFormat format, const Options& options)
{
    switch (format) {
    case InterchangeFormat::Csv: return EventCsv::encode(events, options.reports);
    case InterchangeFormat::Json: return EventJson::encode(events, options.reports);
    case InterchangeFormat::TimelineJs:
        return TimelineJs::encode(events, options.headline, options.intro, options.groupLabels, options.reports);
    case InterchangeFormat::Stix: {
        StixBundle::Input input;
        if (options.interchange)
            input.data = *options.interchange;
        input.author = options.author;
        input.authorClass = options.authorClass;
        return StixBundle::encode(input);
    }
    }
    return {};
}

Error EventExporter::write(const QList<Event>& events, InterchangeFormat format, const QString& path,
                           const Options& options)
{
    const QByteArray bytes = encode(events, format, options);
    const Error e = writeFile(path, bytes);
    if (!e)
        log::get("core.interchange")->info("exported {} events as {} ({} bytes)",
                                           format == InterchangeFormat::Stix && options.interchange ? options.interchange->events.size() : events.size(),
                                           formatKey(format).toStdString(), bytes.size());
    return e;
}

} // namespace lodestone
