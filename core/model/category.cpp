#include "category.h"

namespace lodestone {

namespace {
constexpr std::array<const char*, kCategoryCount> kKeys = {
    "party_directive", "policy_regulation", "export_control",          "production_quota",
    "partnership",     "standards_milestone", "investment_project",    "market_price",
    "corporate_restructuring", "personnel", "other",
};
}

QString categoryKey(Category c)
{
    const int i = static_cast<int>(c);
    return (i >= 0 && i < kCategoryCount) ? QString::fromLatin1(kKeys[static_cast<size_t>(i)]) : QStringLiteral("other");
}

std::optional<Category> categoryFromKey(const QString& key)
{
    for (int i = 0; i < kCategoryCount; ++i) {
        if (key == QLatin1String(kKeys[static_cast<size_t>(i)]))
            return static_cast<Category>(i);
    }
    return std::nullopt;
}

QStringList allCategoryKeys()
{
    QStringList out;
    for (const char* k : kKeys)
        out << QString::fromLatin1(k);
    return out;
}

} // namespace lodestone
