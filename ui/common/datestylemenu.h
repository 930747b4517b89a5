#pragma once
// View › Dates: two exclusive choices (readable "4 Apr 2025", ISO 8601 "2025-04-04") that set DateFormat's
// style at once and remember it; follows changes made elsewhere and retranslates itself. GUI thread.
#include "common/dateformat.h"

#include <QMenu>

class QActionGroup;

namespace lodestone {

class DateStyleMenu final : public QMenu {
    Q_OBJECT
public:
    explicit DateStyleMenu(QWidget* parent = nullptr);

    QAction* actionFor(DateStyle style) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void check(DateStyle style);

    QActionGroup* m_group;
};

} // namespace lodestone
