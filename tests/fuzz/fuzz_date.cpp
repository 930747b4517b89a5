// libFuzzer target: the date resolver (find + parse) on arbitrary text, against a fixed and a
// fuzzer-chosen reference date.
#include "extract/dateresolver.h"

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
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)lodestone::DateResolver::find(text, QDate(2025, 11, 30));
    (void)lodestone::DateResolver::parse(text, QDate(2025, 11, 30));
    if (size >= 2) {
        // A reference date anywhere in 1900..2100 taken from the first two bytes.
        const QDate reference = QDate(1900, 1, 1).addDays((data[0] << 8 | data[1]) % 73000);
        (void)lodestone::DateResolver::find(text.mid(1), reference);
    }
    (void)lodestone::DateResolver::parse(text, QDate());
    return 0;
}
