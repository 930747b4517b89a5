#pragma once
// Translated, user-facing category names (context "Category"). GUI thread (uses the installed translators).
#include "model/category.h"

#include <QString>
#include <QStringList>

namespace lodestone {

QString categoryLabel(Category c);
QStringList allCategoryLabels(); // in Category order

} // namespace lodestone
