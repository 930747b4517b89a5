#pragma once
// Shown in place of the timeline while the open database holds no reports: what Lodestone does and the
// ways to fill it — import files or a folder, load the demo corpus, or drop files on the window. GUI thread.
#include <QWidget>

class QLabel;
class QPushButton;

namespace lodestone {

class TimelineEmptyState final : public QWidget {
    Q_OBJECT
public:
    explicit TimelineEmptyState(QWidget* parent = nullptr);

    QPushButton* importFilesButton() const { return m_files; }
    QPushButton* importFolderButton() const { return m_folder; }
    QPushButton* demoButton() const { return m_demo; }

signals:
    void importFilesRequested();
    void importFolderRequested();
    void demoRequested();

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_about;
    QLabel* m_drop;
    QLabel* m_demoNote;
    QPushButton* m_files;
    QPushButton* m_folder;
    QPushButton* m_demo;
};

} // namespace lodestone
