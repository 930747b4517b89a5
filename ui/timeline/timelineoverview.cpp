#include "timelineoverview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace lodestone {

TimelineOverview::TimelineOverview(QWidget* parent) : QWidget(parent)
{
    setMinimumHeight(32);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TimelineOverview::setDensity(TimelineIndex::Density density)
{
    m_density = std::move(density);
    m_shape = QImage();
    update();
}

void TimelineOverview::setWindow(double day0, double day1)
{
    if (day0 == m_day0 && day1 == m_day1)
        return;
    m_day0 = day0;
    m_day1 = day1;
    update();
}

QRectF TimelineOverview::plotRect() const
{
    return QRectF(rect()).adjusted(0, 4, 0, -4);
}

double TimelineOverview::dayForX(double x) const
{
    const auto& e = m_density.extent;
    const QRectF r = plotRect();
    if (e.isEmpty() || r.width() <= 0)
        return 0;
    return e.first + (x - r.left()) / r.width() * (double(e.last) - e.first + 1);
}

double TimelineOverview::xForDay(double day) const
{
    const auto& e = m_density.extent;
    const QRectF r = plotRect();
    if (e.isEmpty())
        return r.left();
    return r.left() + (day - e.first) / (double(e.last) - e.first + 1) * r.width();
}

void TimelineOverview::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0xf6, 0xf7, 0xf9));
    p.setPen(QColor(0xdd, 0xe1, 0xe6));
    p.drawLine(0, 0, width(), 0);
    const QRectF r = plotRect();
    const auto& counts = m_density.counts;
    const qreal dpr = devicePixelRatioF();
    if (m_shape.isNull() && !counts.empty() && m_density.maxCount > 0) {
        m_shape = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_shape.setDevicePixelRatio(dpr);
        m_shape.fill(Qt::transparent);
        QPainter sp(&m_shape);
        // Area of sqrt-scaled density, one column per sample.
        QPainterPath path;
        path.moveTo(r.left(), r.bottom());
        const double colW = r.width() / double(counts.size());
        const double norm = std::sqrt(double(m_density.maxCount));
        for (size_t i = 0; i < counts.size(); ++i) {
            const double h = std::sqrt(double(counts[i])) / norm * (r.height() - 2);
            path.lineTo(r.left() + (double(i) + 0.5) * colW, r.bottom() - h);
        }
        path.lineTo(r.right(), r.bottom());
        path.closeSubpath();
        sp.setRenderHint(QPainter::Antialiasing);
        sp.setPen(QPen(QColor(0x7b, 0x8a, 0x9c), 1));
        sp.setBrush(QColor(0xb8, 0xc2, 0xce, 150));
        sp.drawPath(path);
    }
    if (!m_shape.isNull())
        p.drawImage(QPointF(0, 0), m_shape);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_day1 > m_day0 && !m_density.extent.isEmpty()) {
        const double x0 = xForDay(m_day0);
        const double x1 = std::max(x0 + 3, xForDay(m_day1));
        const QColor dim(0xf6, 0xf7, 0xf9, 150);
        p.fillRect(QRectF(r.left(), 0, std::max(0.0, x0 - r.left()), height()), dim);
        p.fillRect(QRectF(x1, 0, std::max(0.0, r.right() - x1), height()), dim);
        p.setBrush(QColor(26, 115, 232, 28));
        p.setPen(QPen(QColor(26, 115, 232), 1.5));
        p.drawRoundedRect(QRectF(x0, 2, x1 - x0, height() - 4), 3, 3);
    }
}

void TimelineOverview::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const double day = dayForX(event->position().x());
    const double centre = (m_day0 + m_day1) / 2;
    const bool inside = day >= m_day0 && day <= m_day1;
    m_grabOffset = inside ? centre - day : 0;
    emit centreRequested(day + m_grabOffset);
}

void TimelineOverview::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        emit centreRequested(dayForX(event->position().x()) + m_grabOffset);
}

void TimelineOverview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_shape = QImage();
    update();
}

} // namespace lodestone
