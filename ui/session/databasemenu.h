#pragma once
// The database part of the File menu: New Database…, Open Database… and Open Recent. Asks for a path (a
// file dialog, or AppContext::chooseDatabase in tests) and emits openRequested; the GuiSession does the
// opening. GUI thread.
#include "appcontext.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace lodestone {

class DatabaseMenu final : public QObject {
    Q_OBJECT
public:
    DatabaseMenu(AppContext::DatabaseChooser chooser, QString currentPath, QWidget* parent);

    // Adds New Database…, Open Database… and Open Recent to `menu`.
    void addTo(QMenu* menu);
    void retranslate();

    QAction* newAction() const { return m_new; }
    QAction* openAction() const { return m_open; }
    QMenu* recentMenu() const { return m_recent; }
    // Rebuilds Open Recent from RecentDatabases (done each time before it shows).
    void rebuildRecent();

    void newDatabase();
    void openDatabase();

signals:
    void openRequested(const QString& path);

private:
    QString ask(DatabasePrompt prompt, const QString& start);
    QString startFolder() const;

    QWidget* m_parent;
    AppContext::DatabaseChooser m_chooser;
    QString m_current;
    QAction* m_new;
    QAction* m_open;
    QMenu* m_recent;
    QAction* m_clearRecent;
};

} // namespace lodestone
