#pragma once
// View › Organisation Names: three exclusive choices (English, Chinese, both) that set OrgNames' mode at once
// and remember it; follows mode changes made elsewhere and retranslates itself. GUI thread.
#include "common/orgnames.h"

#include <QMenu>

class QActionGroup;

namespace lodestone {

class OrgNamesMenu final : public QMenu {
    Q_OBJECT
public:
    explicit OrgNamesMenu(QWidget* parent = nullptr);

    QAction* actionFor(OrgNameMode mode) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void check(OrgNameMode mode);

    QActionGroup* m_group;
};

} // namespace lodestone
