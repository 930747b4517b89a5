#pragma once
// Help › User Guide: a short page on getting started, the keyboard shortcuts, what the timeline's markers
// mean and where Lodestone keeps its data (this database, settings, log). GUI thread.
#include <QDialog>

class QTextBrowser;

namespace lodestone {

class UserGuideDialog final : public QDialog {
    Q_OBJECT
public:
    UserGuideDialog(const QString& databasePath, const QString& logFilePath, QWidget* parent = nullptr);

    // The guide as HTML (what the dialog shows).
    QString html() const;

private:
    QString m_databasePath;
    QString m_logFilePath;
    QTextBrowser* m_text;
};

} // namespace lodestone
