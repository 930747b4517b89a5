#include "datestylemenu.h"

#include <QActionGroup>
#include <QDate>
#include <QEvent>

namespace lodestone {

DateStyleMenu::DateStyleMenu(QWidget* parent) : QMenu(parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("dateStyleMenu"));
    for (DateStyle style : {DateStyle::Readable, DateStyle::Iso}) {
        QAction* a = addAction(QString());
        a->setCheckable(true);
        a->setData(static_cast<int>(style));
        a->setObjectName(QStringLiteral("dates.") + DateFormat::key(style));
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [style] { DateFormat::setStyle(style); });
    }
    connect(DateFormat::notifier(), &DateFormat::styleChanged, this, &DateStyleMenu::check);
    check(DateFormat::style());
    retranslate();
}

QAction* DateStyleMenu::actionFor(DateStyle style) const
{
    return m_group->actions().value(static_cast<int>(style));
}

void DateStyleMenu::check(DateStyle style)
{
    if (QAction* a = actionFor(style))
        a->setChecked(true);
}

void DateStyleMenu::retranslate()
{
    setTitle(tr("&Dates"));
    // The examples are today's date in each style, so the choice shows what it does.
    const QDate today = QDate::currentDate();
    const QString readable = DateFormat::day(today, DateStyle::Readable);
    const QString iso = DateFormat::day(today, DateStyle::Iso);
    //: %1 is today's date written this way, e.g. "4 Apr 2025"
    actionFor(DateStyle::Readable)->setText(tr("&Day Month Year (%1)").arg(readable));
    //: %1 is today's date written this way, e.g. "2025-04-04"
    actionFor(DateStyle::Iso)->setText(tr("&ISO 8601 (%1)").arg(iso));
}

void DateStyleMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace lodestone
