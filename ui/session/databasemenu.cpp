#include "databasemenu.h"

#include "recentdatabases.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

namespace lodestone {

DatabaseMenu::DatabaseMenu(AppContext::DatabaseChooser chooser, QString currentPath, QWidget* parent)
    : QObject(parent), m_parent(parent), m_chooser(std::move(chooser)), m_current(std::move(currentPath)),
      m_new(new QAction(this)), m_open(new QAction(this)), m_recent(new QMenu(parent)), m_clearRecent(new QAction(this))
{
    m_new->setObjectName(QStringLiteral("action.newDatabase"));
    m_open->setObjectName(QStringLiteral("action.openDatabase"));
    m_recent->setObjectName(QStringLiteral("menu.openRecent"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_new, &QAction::triggered, this, &DatabaseMenu::newDatabase);
    connect(m_open, &QAction::triggered, this, &DatabaseMenu::openDatabase);
    connect(m_recent, &QMenu::aboutToShow, this, &DatabaseMenu::rebuildRecent);
    connect(m_clearRecent, &QAction::triggered, this, [this] {
        RecentDatabases::clear();
        rebuildRecent();
    });
    retranslate();
    rebuildRecent();
}

void DatabaseMenu::addTo(QMenu* menu)
{
    menu->addAction(m_new);
    menu->addAction(m_open);
    menu->addMenu(m_recent);
}

void DatabaseMenu::retranslate()
{
    m_new->setText(tr("&New Database…"));
    m_open->setText(tr("&Open Database…"));
    m_recent->setTitle(tr("Open &Recent"));
    m_clearRecent->setText(tr("&Clear Recent Databases"));
    rebuildRecent();
}

void DatabaseMenu::rebuildRecent()
{
    // clear() deletes the entries (the menu owns them); the Clear action belongs to this object and stays.
    m_recent->clear();
    const QString current = QFileInfo(m_current).absoluteFilePath();
    int shown = 0;
    for (const QString& path : RecentDatabases::list()) {
        if (path == current)
            continue;
        ++shown;
        const QFileInfo info(path);
        // "&1 reports.sqlite — /home/analyst/work"
        QAction* a = m_recent->addAction(QStringLiteral("&%1 %2 — %3")
                                             .arg(shown)
                                             .arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
        a->setData(path);
        a->setToolTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (shown == 0) {
        QAction* none = m_recent->addAction(tr("No Other Recent Databases"));
        none->setEnabled(false);
    }
    m_recent->addSeparator();
    m_recent->addAction(m_clearRecent);
    m_clearRecent->setEnabled(shown > 0);
}

QString DatabaseMenu::startFolder() const
{
    return QFileInfo(m_current).absolutePath();
}

QString DatabaseMenu::ask(DatabasePrompt prompt, const QString& start)
{
    if (m_chooser)
        return m_chooser(prompt, start);
    const QString filter = tr("Lodestone databases (*.sqlite *.db);;All files (*)");
    if (prompt == DatabasePrompt::New)
        return QFileDialog::getSaveFileName(m_parent, tr("New Database"), start, filter, nullptr,
                                            QFileDialog::DontConfirmOverwrite);
    return QFileDialog::getOpenFileName(m_parent, tr("Open Database"), start, filter);
}

void DatabaseMenu::newDatabase()
{
    QString path = ask(DatabasePrompt::New, startFolder() + QStringLiteral("/") + tr("new-database") + QStringLiteral(".sqlite"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never replace a file from here: an existing database is opened with Open Database….
        QMessageBox::warning(m_parent, tr("New Database"),
                             tr("%1 already exists. Choose another name, or open it with File › Open Database….")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit openRequested(path);
}

void DatabaseMenu::openDatabase()
{
    const QString path = ask(DatabasePrompt::Open, startFolder());
    if (!path.isEmpty())
        emit openRequested(path);
}

} // namespace lodestone
