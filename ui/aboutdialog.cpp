#include "aboutdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>
#include <spdlog/version.h>
#include <sqlite3.h>

namespace lodestone {

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Lodestone"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(QStringLiteral("<h2>Lodestone %1</h2><p>%2</p><table>"
                                 "<tr><td>%3&nbsp;</td><td>%4</td></tr>"
                                 "<tr><td>%5&nbsp;</td><td>%6</td></tr>"
                                 "<tr><td>%7&nbsp;</td><td>%8</td></tr>"
                                 "<tr><td>%9&nbsp;</td><td>%10</td></tr></table>")
                      .arg(QCoreApplication::applicationVersion(),
                           tr("Intelligence dashboard for China's rare-earth and critical-minerals supply chain."),
                           tr("Qt"), QString::fromLatin1(qVersion()), tr("SQLite"),
                           QString::fromLatin1(sqlite3_libversion()), tr("spdlog"),
                           QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH),
                           tr("Database"), databasePath.toHtmlEscaped()));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

} // namespace lodestone
