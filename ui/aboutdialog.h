#pragma once
// Help › About: what Lodestone is and the versions of Qt, SQLite and spdlog it runs with. GUI thread.
#include <QDialog>

namespace lodestone {

class AboutDialog final : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const QString& databasePath, QWidget* parent = nullptr);
};

} // namespace lodestone
