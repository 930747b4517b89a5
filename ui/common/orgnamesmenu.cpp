#include "orgnamesmenu.h"

#include <QActionGroup>
#include <QEvent>

namespace lodestone {

OrgNamesMenu::OrgNamesMenu(QWidget* parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("orgNamesMenu"));
    for (OrgNameMode mode : {OrgNameMode::English, OrgNameMode::Chinese, OrgNameMode::Both}) {
        QAction* a = addAction(QString());
        a->setCheckable(true);
        a->setData(static_cast<int>(mode));
        a->setObjectName(QStringLiteral("orgNames.") + OrgNames::key(mode));
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [mode] { OrgNames::setMode(mode); });
    }
    connect(OrgNames::notifier(), &OrgNames::modeChanged, this, &OrgNamesMenu::check);
    check(OrgNames::mode());
    retranslate();
}

QAction* OrgNamesMenu::actionFor(OrgNameMode mode) const
{
    return m_group->actions().value(static_cast<int>(mode));
}

void OrgNamesMenu::check(OrgNameMode mode)
{
    if (QAction* a = actionFor(mode))
        a->setChecked(true);
}

void OrgNamesMenu::retranslate()
{
    setTitle(tr("&Organisation Names"));
    actionFor(OrgNameMode::English)->setText(tr("&English"));
    actionFor(OrgNameMode::Chinese)->setText(tr("&Chinese (中文)"));
    //: Both names, English first, e.g. "Baogang Group 包钢集团"
    actionFor(OrgNameMode::Both)->setText(tr("&Both (English 中文)"));
}

void OrgNamesMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace lodestone
