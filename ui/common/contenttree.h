#pragma once
// A QTreeWidget for panels that scroll as a whole: it is as tall as its rows (no scroll bar of its own), one
// column takes the spare width and wraps its text, the others fit their contents; it measures itself again
// after every change of rows or width. GUI thread.
#include <QTreeWidget>

namespace lodestone {

class ContentTree : public QTreeWidget {
    Q_OBJECT
public:
    ContentTree(const QStringList& headers, int stretchColumn, QWidget* parent = nullptr);
    ~ContentTree() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Recomputes the height for the current rows and width (call after filling; done on resize).
    void fit();
    // A second wrapping column of a fixed share of the width (0..1), e.g. an explanation beside the text.
    void setShareColumn(int column, double share);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int contentHeight() const;
    void applyShare();
    int m_stretch;
    int m_shareColumn = -1;
    double m_share = 0;
    bool m_fitQueued = false;
};

} // namespace lodestone
