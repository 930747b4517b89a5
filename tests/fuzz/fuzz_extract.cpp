// libFuzzer target: the event extractor (sentences, cues, dates, organisations) on arbitrary text with
// the bundled gazetteer, in English, Chinese and per-sentence language modes.
#include "extract/eventextractor.h"
#include "extract/gazetteer.h"

#include <spdlog/spdlog.h>

#include <QDate>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool quiet = [] {
        spdlog::set_level(spdlog::level::off);
        return true;
    }();
    (void)quiet;
    if (size > 64 * 1024)
        return 0;
    static const auto gazetteer = lodestone::Gazetteer::bundled();
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)lodestone::EventExtractor::extract(text, QDate(2025, 11, 30), *gazetteer);
    (void)lodestone::EventExtractor::extract(text, QDate(), *gazetteer, QStringLiteral("zh"));
    return 0;
}
