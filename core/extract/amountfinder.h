#pragma once
// Finds amounts stated in a sentence — money ("$400 million", "30亿元"), prices and price ranges
// ("570,000-575,000 yuan/mt", "Yn332,000/t"), masses ("5,000 tonnes a year", "135000吨"), percentages and unit
// counts — so an event keeps the figure it reports. Pure function, usable from any thread.
#include <QList>
#include <QString>
#include <QStringView>

namespace lodestone {

struct AmountMention final {
    int start = 0; // offsets into the scanned view
    int end = 0;
    QString text;  // as written, whitespace simplified
    QString kind;  // "price", "money", "mass", "percent", "count"
};

class AmountFinder final {
public:
    static QList<AmountMention> find(QStringView text);
};

} // namespace lodestone
