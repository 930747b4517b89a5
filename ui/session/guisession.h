#pragma once
// Keeps one database open in the GUI: its Writer (the only read-write connection), its QueryService and the
// MainWindow showing it. Opening another database (File › New, Open, Open Recent) starts the new Writer
// first; only when that worked does it replace the window and shut the old window, readers and Writer down,
// in that order. GUI thread.
#include "appcontext.h"
#include "model/error.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace lodestone {

class MainWindow;

class GuiSession final : public QObject {
    Q_OBJECT
public:
    // How the session talks to the user when it cannot do what was asked; unset members show message boxes.
    struct Prompts {
        // The database at `path` could not be opened: another path to try, or empty to give up.
        std::function<QString(const QString& path, const Error& error)> openFailed;
        // Opening another database is not possible right now (why).
        std::function<void(const QString& reason)> refused;
    };

    // base: gazetteer, language, setLanguage, chooseDatabase, logFilePath (writer, queries, path are filled in).
    explicit GuiSession(AppContext base, QObject* parent = nullptr);
    ~GuiSession() override;

    void setPrompts(Prompts prompts) { m_prompts = std::move(prompts); }

    // Opens (creating when missing) the database at path and shows it in a new main window, replacing the
    // current one. Returns false when nothing changed: the user gave up after an error, or an import runs.
    bool open(const QString& path);
    MainWindow* window() const;
    QString databasePath() const { return m_path; }

signals:
    void databaseOpened(const QString& path);

private:
    static QString reasonText(const Error& error);
    QString askAfterFailure(const QString& path, const Error& error);
    void refuse(const QString& reason);

    AppContext m_base;
    Prompts m_prompts;
    QString m_path;
    // Destroyed in reverse order: window first (it holds references to both), then readers, then the Writer.
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<QueryService> m_queries;
    QPointer<MainWindow> m_window;
};

} // namespace lodestone
