#pragma once
// The overview strip under the timeline: event density across the whole extent and the current view
// window; click or drag to move the view. GUI thread.
#include "query/timelineindex.h"

#include <QImage>
#include <QWidget>

namespace lodestone {

class TimelineOverview final : public QWidget {
    Q_OBJECT
public:
    explicit TimelineOverview(QWidget* parent = nullptr);

    void setDensity(TimelineIndex::Density density);
    void setWindow(double day0, double day1); // the main view's visible days
    const TimelineIndex::Density& density() const { return m_density; }
    QSize sizeHint() const override { return {400, 44}; }

signals:
    void centreRequested(double day); // the user clicked or dragged: centre the view on this day

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    double dayForX(double x) const;
    double xForDay(double day) const;
    QRectF plotRect() const;

    TimelineIndex::Density m_density;
    QImage m_shape; // rendered density, rebuilt when density or size change
    double m_day0 = 0;
    double m_day1 = 0;
    double m_grabOffset = 0; // day offset between the press point and the window centre while dragging
};

} // namespace lodestone
