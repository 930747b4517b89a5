// libFuzzer target: CharsetDecoder::decode followed by MojibakeRepairer::repair.
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
    const lodestone::DecodedText decoded = lodestone::CharsetDecoder::decode(bytes);
    const lodestone::RepairResult repaired = lodestone::MojibakeRepairer::repair(decoded.text);
    // Repairing twice must be stable enough not to crash, and cheap on already repaired text.
    (void)lodestone::MojibakeRepairer::repair(repaired.text);
    (void)lodestone::MojibakeRepairer::repair(QString::fromLatin1(bytes));
    return 0;
}
