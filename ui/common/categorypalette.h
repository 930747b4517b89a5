#pragma once
// Category -> colour for the timeline, legends and charts (the "TimelinePalette"): eleven distinct hues
// chosen from Paul Tol's colour-blind safe sets. Pure functions, usable from any thread.
#include "model/category.h"

#include <QColor>
#include <QtGlobal>

namespace lodestone {

class CategoryPalette final {
public:
    static QColor color(Category c);
    static QColor color(int category); // out of range -> colour of Category::Other
    // Lighter tint of the colour for fills behind text and hollow markers.
    static QColor tint(Category c, qreal amount = 0.82);
};

using TimelinePalette = CategoryPalette;

} // namespace lodestone
