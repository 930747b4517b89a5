#include "categorypalette.h"

#include <array>

namespace lodestone {

namespace {
// Tol "bright"/"vibrant"/"muted" picks, ordered so neighbouring lanes contrast.
constexpr std::array<QRgb, kCategoryCount> kColours = {
    0xffcc3311, // party directive: red
    0xff0077bb, // policy / regulation: blue
    0xffee7733, // export control: orange
    0xff009988, // production quota: teal
    0xff33bbee, // partnership: cyan
    0xffaa4499, // standards milestone: purple
    0xff228833, // investment project: green
    0xffccbb44, // market price: yellow
    0xff882255, // corporate restructuring: wine
    0xff332288, // personnel: indigo
    0xff8a8f98, // other: grey
};
} // namespace

QColor CategoryPalette::color(Category c)
{
    return color(static_cast<int>(c));
}

QColor CategoryPalette::color(int category)
{
    if (category < 0 || category >= kCategoryCount)
        category = static_cast<int>(Category::Other);
    return QColor::fromRgba(kColours[static_cast<size_t>(category)]);
}

QColor CategoryPalette::tint(Category c, qreal amount)
{
    const QColor base = color(c);
    const auto mix = [amount](int v) { return static_cast<int>(v + (255 - v) * amount); };
    return QColor(mix(base.red()), mix(base.green()), mix(base.blue()));
}

} // namespace lodestone
