#include "guiapp.h"

#include "translations.h"

#include "common/datahub.h"
#include "common/deliver.h"
#include "extract/gazetteer.h"
#include "importing/importcontroller.h"
#include "ingest/democorpus.h"
#include "mainwindow.h"
#include "service/instancelock.h"
#include "service/queryservice.h"
#include "service/writer.h"
#include "util/paths.h"

#include <QApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <spdlog/spdlog.h>

namespace lodestone::app {

namespace {

QString reasonText(const Error& error)
{
    switch (error.code) {
    case ErrorCode::NotADatabase: return QApplication::translate("GuiApp", "The file is not a Lodestone (SQLite) database.");
    case ErrorCode::Corrupt: return QApplication::translate("GuiApp", "The database is damaged (its integrity check failed).");
    case ErrorCode::NewerSchema:
        return QApplication::translate("GuiApp", "The database was written by a newer version of Lodestone.");
    case ErrorCode::NotWritable: return QApplication::translate("GuiApp", "The database cannot be written (read-only file or folder).");
    case ErrorCode::Locked: return QApplication::translate("GuiApp", "The database is locked by another program.");
    case ErrorCode::DiskFull: return QApplication::translate("GuiApp", "The disk is full.");
    default: return QApplication::translate("GuiApp", "The database could not be opened.");
    }
}

// Starts a writer on `path`; on failure asks for another file. Returns nullptr when the user gives up.
std::unique_ptr<Writer> openWriter(QString& path, const std::shared_ptr<const Gazetteer>& gazetteer)
{
    for (;;) {
        auto writer = std::make_unique<Writer>(path, gazetteer);
        const Error error = writer->start();
        if (!error)
            return writer;
        spdlog::error("cannot open database {}: {}", path.toStdString(), error.detail.toStdString());
        QMessageBox box(QMessageBox::Critical, QApplication::translate("GuiApp", "Cannot Open Database"),
                        QApplication::translate("GuiApp", "Lodestone cannot open %1.").arg(path));
        QString reason = reasonText(error);
        if (error.code == ErrorCode::Locked) {
            // Another Lodestone (window or command line) is writing this file: name it, never wait or break in.
            if (const qint64 pid = InstanceLock::holderPid(path); pid > 0)
                reason = QApplication::translate("GuiApp", "Another Lodestone process (process id %1) is using this database. "
                                                           "Close it first, or open another database.")
                             .arg(pid);
        }
        box.setInformativeText(reason + QStringLiteral("\n\n") +
                               QApplication::translate("GuiApp", "The file has not been changed."));
        box.setDetailedText(error.detail);
        QPushButton* other = box.addButton(QApplication::translate("GuiApp", "Open Another…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != other)
            return nullptr;
        const QString next = QFileDialog::getSaveFileName(nullptr, QApplication::translate("GuiApp", "Open or Create Database"),
                                                          path, QApplication::translate("GuiApp", "SQLite database (*.sqlite *.db)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (next.isEmpty())
            return nullptr;
        path = next;
    }
}

} // namespace

int runGui(QApplication& app, const QString& databaseArg, const QString& language)
{
    QSettings settings;
    const QString lang = language.isEmpty() ? settings.value(QStringLiteral("ui/language")).toString() : language;
    const QString applied = installTranslations(app, lang);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lodestone.svg")));

    QString path = databaseArg.isEmpty() ? defaultDatabasePath() : databaseArg;
    auto gazetteer = Gazetteer::bundled();
    std::unique_ptr<Writer> writer = openWriter(path, gazetteer);
    if (!writer)
        return 2;
    QueryService queries(path);

    AppContext context;
    context.writer = writer.get();
    context.queries = &queries;
    context.gazetteer = gazetteer;
    context.databasePath = path;
    context.language = applied;
    context.setLanguage = [&app](const QString& code) { return installTranslations(app, code); };
    auto* window = new MainWindow(context);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();

    // First start with an empty database: offer the demo corpus (the count is read on a reader thread).
    if (!settings.value(QStringLiteral("firstRunDone")).toBool() && !qEnvironmentVariableIsSet("LODESTONE_NO_DEMO_PROMPT")) {
        settings.setValue(QStringLiteral("firstRunDone"), true);
        deliver(window, queries.run([](ReadContext& ctx) { return ctx.stores.reports.count(); }), [window](qint64 reports) {
            if (reports > 0)
                return;
            const auto answer = QMessageBox::question(
                window, QApplication::translate("GuiApp", "Welcome to Lodestone"),
                QApplication::translate("GuiApp", "Load the demo corpus? It holds short reports on real, public "
                                                  "rare-earth supply-chain events, written for Lodestone."));
            if (answer == QMessageBox::Yes)
                window->importer()->start(demoCorpusFiles());
        });
    }
    const int rc = app.exec();
    return rc;
}

} // namespace lodestone::app
