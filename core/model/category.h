#pragma once
// Event categories from the CLI vocabulary; keys are stable strings stored in the database.
// Plain value helpers, usable from any thread.
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace lodestone {

enum class Category : int {
    PartyDirective = 0,
    PolicyRegulation,
    ExportControl,
    ProductionQuota,
    Partnership,
    StandardsMilestone,
    InvestmentProject,
    MarketPrice,
    CorporateRestructuring,
    Personnel,
    Other,
};

inline constexpr int kCategoryCount = 11;

QString categoryKey(Category c);
std::optional<Category> categoryFromKey(const QString& key);
QStringList allCategoryKeys();

} // namespace lodestone
