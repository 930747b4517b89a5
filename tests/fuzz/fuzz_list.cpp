// libFuzzer target: JSON and CSV lists through DocumentReader::readBytes.
#include "ingest/documentreader.h"
#include "ingest/charsetdecoder.h"
#include "ingest/mojibakerepairer.h"

#include <spdlog/spdlog.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const bool quiet = [] {
        spdlog::set_level(spdlog::level::off);
        return true;
    }();
    (void)quiet;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)lodestone::DocumentReader::readBytes(bytes, QStringLiteral("input.json"));
    (void)lodestone::DocumentReader::readBytes(bytes, QStringLiteral("input.csv"));
    return 0;
}
