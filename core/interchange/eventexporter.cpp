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

Error EventExporter::write(const QList<Event>& events, InterchangeFormat format, const QString& path,
                           const Options& options)
{
    QByteArray bytes;
    switch (format) {
    case InterchangeFormat::Csv: bytes = EventCsv::encode(events); break;
    case InterchangeFormat::Json: bytes = EventJson::encode(events); break;
    case InterchangeFormat::TimelineJs:
        bytes = TimelineJs::encode(events, options.headline, options.intro, options.groupLabels);
        break;
    case InterchangeFormat::Stix:
        bytes = StixBundle::encode({events, options.organisations, options.reports,
                                    options.exportedAt.isValid() ? options.exportedAt : QDateTime::currentDateTimeUtc()});
        break;
    }
    const Error e = writeFile(path, bytes);
    if (!e)
        log::get("core.interchange")->info("exported {} events as {} ({} bytes)", events.size(),
                                           formatKey(format).toStdString(), bytes.size());
    return e;
}

} // namespace lodestone
