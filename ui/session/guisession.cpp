#include "guisession.h"

#include "importing/importcontroller.h"
#include "mainwindow.h"
#include "recentdatabases.h"
#include "service/instancelock.h"
#include "service/queryservice.h"
#include "service/writer.h"
#include "util/log.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace lodestone {

namespace {

QString absolute(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

GuiSession::GuiSession(AppContext base, QObject* parent) : QObject(parent), m_base(std::move(base)) {}

QString GuiSession::reasonText(const Error& error)
{
    switch (error.code) {
    case ErrorCode::NotADatabase: return tr("The file is not a Lodestone (SQLite) database.");
    case ErrorCode::Corrupt: return tr("The database is damaged (its integrity check failed).");
    case ErrorCode::NewerSchema: return tr("The database was written by a newer version of Lodestone.");
    case ErrorCode::NotWritable: return tr("The database cannot be written (read-only file or folder).");
    case ErrorCode::Locked: return tr("The database is locked by another program.");
    case ErrorCode::DiskFull: return tr("The disk is full.");
    default: return tr("The database could not be opened.");
    }
}

GuiSession::~GuiSession()
{
    delete m_window.data();
    m_queries.reset();
    m_writer.reset();
}

MainWindow* GuiSession::window() const
{
    return m_window.data();
}

QString GuiSession::askAfterFailure(const QString& path, const Error& error)
{
    if (m_prompts.openFailed)
        return m_prompts.openFailed(path, error);
    QMessageBox box(QMessageBox::Critical, tr("Cannot Open Database"), tr("Lodestone cannot open %1.").arg(path), QMessageBox::NoButton,
                    m_window);
    QString reason = reasonText(error);
    if (error.code == ErrorCode::Locked) {
        // Another Lodestone (window or command line) is writing this file: name it, never wait or break in.
        if (const qint64 pid = InstanceLock::holderPid(path); pid > 0)
            reason = tr("Another Lodestone process (process id %1) is using this database. "
                        "Close it first, or open another database.")
                         .arg(pid);
    }
    box.setInformativeText(reason + QStringLiteral("\n\n") + tr("The file has not been changed."));
    box.setDetailedText(error.detail);
    QPushButton* other = box.addButton(tr("Open Another…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != other)
        return {};
    return QFileDialog::getSaveFileName(m_window, tr("Open or Create Database"), path, tr("SQLite database (*.sqlite *.db)"), nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

void GuiSession::refuse(const QString& reason)
{
    if (m_prompts.refused)
        m_prompts.refused(reason);
    else
        QMessageBox::information(m_window, tr("Open Database"), reason);
}

bool GuiSession::open(const QString& requested)
{
    if (m_window && m_window->importer()->isRunning()) {
        refuse(tr("An import is running. Wait for it to finish, or cancel it, before opening another database."));
        return false;
    }
    QString path = absolute(requested);
    std::unique_ptr<Writer> writer;
    for (;;) {
        if (m_window && path == m_path) {
            m_window->raise();
            return true;
        }
        writer = std::make_unique<Writer>(path, m_base.gazetteer);
        const Error error = writer->start();
        if (!error)
            break;
        log::get("ui.session")->error("cannot open database {}: {}", path.toStdString(), error.detail.toStdString());
        writer.reset();
        const QString next = askAfterFailure(path, error);
        if (next.isEmpty())
            return false;
        path = absolute(next);
    }
    auto queries = std::make_unique<QueryService>(path);

    // Retire the current window after the new one is up: its layout is what the new one restores.
    QPointer<MainWindow> old = m_window;
    if (old)
        old->saveLayout();
    std::unique_ptr<Writer> oldWriter = std::move(m_writer);
    std::unique_ptr<QueryService> oldQueries = std::move(m_queries);
    m_writer = std::move(writer);
    m_queries = std::move(queries);
    m_path = path;

    AppContext context = m_base;
    context.writer = m_writer.get();
    context.queries = m_queries.get();
    context.databasePath = path;
    auto* window = new MainWindow(context);
    m_window = window;
    // Queued: the request comes from a menu of the window that open() replaces.
    connect(window, &MainWindow::databaseRequested, this, &GuiSession::open, Qt::QueuedConnection);
    window->show();
    if (old) {
        // The old window goes first (its panels hold references to the old services), then its readers
        // (waiting for queries in flight), then its Writer (finishing queued writes, closing the file cleanly
        // and releasing the instance lock).
        old->hide();
        delete old.data();
        oldQueries.reset();
        oldWriter.reset();
        log::get("ui.session")->info("switched to database {}", path.toStdString());
    }
    RecentDatabases::add(path);
    emit databaseOpened(path);
    return true;
}

} // namespace lodestone
