#include "categorylabels.h"

#include <QCoreApplication>

namespace lodestone {

QString categoryLabel(Category c)
{
    switch (c) {
    case Category::PartyDirective: return QCoreApplication::translate("Category", "Party directive");
    case Category::PolicyRegulation: return QCoreApplication::translate("Category", "Policy & regulation");
    case Category::ExportControl: return QCoreApplication::translate("Category", "Export control");
    case Category::ProductionQuota: return QCoreApplication::translate("Category", "Production quota");
    case Category::Partnership: return QCoreApplication::translate("Category", "Partnership");
    case Category::StandardsMilestone: return QCoreApplication::translate("Category", "Standards milestone");
    case Category::InvestmentProject: return QCoreApplication::translate("Category", "Investment project");
    case Category::MarketPrice: return QCoreApplication::translate("Category", "Market & price");
    case Category::CorporateRestructuring:
        return QCoreApplication::translate("Category", "Corporate restructuring");
    case Category::Personnel: return QCoreApplication::translate("Category", "Personnel");
    case Category::Other: return QCoreApplication::translate("Category", "Other");
    }
    return QCoreApplication::translate("Category", "Other");
}

QStringList allCategoryLabels()
{
    QStringList out;
    for (int i = 0; i < kCategoryCount; ++i)
        out << categoryLabel(static_cast<Category>(i));
    return out;
}

} // namespace lodestone
