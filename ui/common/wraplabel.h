#pragma once
// A plain-text label that wraps to its width (at spaces, else anywhere, so a long URL or an unbroken Chinese
// line never widens its panel) and shows at most maxLines lines, the last one ending in "…" when the text is
// longer; the whole text is in the tooltip then. GUI thread.
#include <QLabel>

namespace lodestone {

class WrapLabel final : public QLabel {
    Q_OBJECT
public:
    explicit WrapLabel(int maxLines = 0, QWidget* parent = nullptr); // 0 = no limit

    void setFullText(const QString& text);
    QString fullText() const { return m_text; }
    bool isElided() const { return m_elided; }

    bool hasHeightForWidth() const override { return m_maxLines != 1; } // one line: the same height at any width
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QStringList lines(int width, bool* elided = nullptr) const;
    void relayout();
    QString m_text;
    int m_maxLines;
    bool m_elided = false;
};

} // namespace lodestone
