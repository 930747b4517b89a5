#include "analystname.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QSettings>

namespace lodestone {

namespace {
const QString kKey = QStringLiteral("analyst/name");
}

QString AnalystName::remembered()
{
    return QSettings().value(kKey).toString().trimmed();
}

void AnalystName::remember(const QString& name)
{
    QSettings().setValue(kKey, name.trimmed());
}

QString AnalystName::osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("analyst") : user;
}

QString AnalystName::ask(QWidget* parent)
{
    const QString current = remembered().isEmpty() ? osUser() : remembered();
    bool ok = false;
    const QString name = QInputDialog::getText(parent, QCoreApplication::translate("lodestone::AnalystName", "Analyst Name"),
                                               QCoreApplication::translate("lodestone::AnalystName",
                                                                           "Your name, recorded with every verification and correction:"),
                                               QLineEdit::Normal, current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return current;
    remember(name);
    return name;
}

QString AnalystName::current(QWidget* parent)
{
    const QString name = remembered();
    if (!name.isEmpty())
        return name;
    if (!parent)
        return osUser();
    return ask(parent);
}

} // namespace lodestone
