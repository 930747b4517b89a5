#include "chinesescript.h"

#include "util/log.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace lodestone {

namespace {

// Frequent characters that only Traditional writing uses (their Simplified forms differ).
constexpr char16_t kTraditionalOnly[] = u"這們國會務發關對與實東長門開時說為來經現產業際進動應總當後從個點體數過區電還種機義議"
                                        u"達場場並將無樣統計條據術標準價員領導護營銷鐵屬礦團體歷陽華區";

const icu::Transliterator* prototype()
{
    static std::unique_ptr<icu::Transliterator> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        instance.reset(icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !instance) {
            log::extract()->warn("ICU Traditional-Simplified transliterator unavailable: {}", u_errorName(status));
            instance.reset();
        }
    });
    return instance.get();
}

} // namespace

bool ChineseScript::looksTraditional(QStringView text)
{
    int found = 0;
    for (QChar c : text) {
        if (c.unicode() < 0x4e00) continue;
        for (const char16_t* p = kTraditionalOnly; *p; ++p)
            if (c.unicode() == *p && ++found >= 3) return true;
    }
    return false;
}

QString ChineseScript::toSimplified(const QString& text)
{
    const icu::Transliterator* proto = prototype();
    if (!proto || text.isEmpty()) return text;
    std::unique_ptr<icu::Transliterator> t(proto->clone()); // a transliterator is not shared between threads
    if (!t) return text;
    icu::UnicodeString all(reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
    t->transliterate(all);
    if (all.length() == text.size())
        return QString(reinterpret_cast<const QChar*>(all.getBuffer()), all.length());
    // a phrase mapping changed the length: convert character by character so offsets stay aligned
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).unicode() < 0x3400 || out.at(i).isSurrogate()) continue;
        icu::UnicodeString one(static_cast<UChar>(out.at(i).unicode()));
        t->transliterate(one);
        if (one.length() == 1) out[i] = QChar(one.charAt(0));
    }
    return out;
}

} // namespace lodestone
