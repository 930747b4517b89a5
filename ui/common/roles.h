#pragma once
// Item-model roles shared by Lodestone's tables. Any thread (constants).
#include <Qt>

namespace lodestone {

enum ItemRole : int {
    RawValueRole = Qt::UserRole + 1, // the value to sort by (numbers, ISO dates)
    IdRole,                          // the row's database id
};

} // namespace lodestone
