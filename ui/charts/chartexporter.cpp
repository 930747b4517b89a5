#include "chartexporter.h"

#include "charts/exportframe.h"
#include "interchange/eventexporter.h"
#include "util/log.h"

#include <QBuffer>
#include <QChart>
#include <QClipboard>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QWidget>
#include <algorithm>
#include <memory>

namespace lodestone {

namespace {

constexpr int kPdfResolution = 288; // device units per inch; the painter maps 1 logical px to 1 pt

void paintPage(QPainter& p, const QRectF& page, const ExportOptions& o, const ChartExporter::ContentPainter& content)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    ExportFrame::paint(p, page, o);
    const QRectF rect = ExportFrame::contentRect(page, o);
    p.save();
    p.setClipRect(rect.adjusted(-2, -2, 2, 2));
    content(p, rect);
    p.restore();
}

Error writePng(const ChartExporter::ContentPainter& content, const QString& path, const ExportOptions& o)
{
    const QImage image = ChartExporter::renderImage(content, o);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return {ErrorCode::Internal, QStringLiteral("PNG encoding failed")};
    return EventExporter::writeFile(path, bytes);
}

Error writeSvg(const ChartExporter::ContentPainter& content, const QString& path, const ExportOptions& o)
{
    const QSizeF logical = o.logicalSize();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator gen;
    gen.setOutputDevice(&buffer);
    gen.setSize(o.size);
    gen.setViewBox(QRectF(QPointF(0, 0), logical));
    gen.setResolution(96);
    gen.setTitle(o.title);
    gen.setDescription(o.subtitle);
    QPainter p;
    if (!p.begin(&gen))
        return {ErrorCode::Internal, QStringLiteral("SVG generator could not start")};
    paintPage(p, QRectF(QPointF(0, 0), logical), o, content);
    p.end();
    return EventExporter::writeFile(path, bytes);
}

Error writePdf(const ChartExporter::ContentPainter& content, const QString& path, const ExportOptions& o)
{
    const QSizeF logical = o.logicalSize();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("Lodestone"));
        pdf.setTitle(o.title);
        pdf.setResolution(kPdfResolution);
        pdf.setPageSize(QPageSize(logical, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p;
        if (!p.begin(&pdf))
            return {ErrorCode::Internal, QStringLiteral("PDF writer could not start")};
        p.scale(kPdfResolution / 72.0, kPdfResolution / 72.0);
        paintPage(p, QRectF(QPointF(0, 0), logical), o, content);
        p.end();
    }
    return EventExporter::writeFile(path, bytes);
}

} // namespace

void ChartExporter::paintChart(QPainter& painter, QChart* chart, const QRectF& target)
{
    if (!chart || target.width() < 1 || target.height() < 1)
        return;
    // A chart that was never shown lays out tiny: give it a size, render its scene, restore. Small targets
    // are laid out at a larger design size and scaled down, so labels keep room relative to the fonts.
    constexpr qreal kDesignWidth = 760;
    constexpr qreal kDesignHeight = 420;
    const qreal k = std::max({1.0, kDesignWidth / target.width(), kDesignHeight / target.height()});
    const QSizeF layoutSize = target.size() * k;
    std::unique_ptr<QGraphicsScene> ownScene;
    QGraphicsScene* scene = chart->scene();
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
        scene = ownScene.get();
    }
    const QSizeF oldSize = chart->size();
    const QPointF oldPos = chart->pos();
    chart->setPos(0, 0);
    chart->resize(layoutSize);
    if (QGraphicsLayout* layout = chart->layout())
        layout->activate();
    scene->render(&painter, target, QRectF(QPointF(0, 0), layoutSize), Qt::IgnoreAspectRatio);
    if (ownScene) {
        ownScene->removeItem(chart);
    } else {
        chart->setPos(oldPos);
        chart->resize(oldSize);
    }
}

void ChartExporter::paintWidget(QPainter& painter, QWidget* widget, const QRectF& target)
{
    if (!widget)
        return;
    const QSize old = widget->size();
    const bool relayout = !widget->isVisible();
    if (relayout)
        widget->resize(target.size().toSize());
    const QSizeF size = widget->size();
    const qreal s = std::min(target.width() / size.width(), target.height() / size.height());
    painter.save();
    painter.translate(target.left() + (target.width() - size.width() * s) / 2,
                      target.top() + (target.height() - size.height() * s) / 2);
    painter.scale(s, s);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.restore();
    if (relayout)
        widget->resize(old);
}

QImage ChartExporter::renderImage(const ContentPainter& content, const ExportOptions& o)
{
    QImage image(o.size, QImage::Format_ARGB32_Premultiplied);
    const qreal scale = o.scale > 0 ? o.scale : 1.0;
    image.setDevicePixelRatio(scale);
    const int dpi = o.dpi > 0 ? o.dpi : qRound(96 * scale);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter p(&image);
    paintPage(p, QRectF(QPointF(0, 0), o.logicalSize()), o, content);
    p.end();
    return image;
}

QImage ChartExporter::renderImage(QChart* chart, const ExportOptions& o)
{
    return renderImage([chart](QPainter& p, const QRectF& r) { paintChart(p, chart, r); }, o);
}

Error ChartExporter::exportPainted(const ContentPainter& content, ExportFormat format, const QString& path,
                                   const ExportOptions& o)
{
    if (o.size.width() < 16 || o.size.height() < 16 || o.size.width() > 20000 || o.size.height() > 20000)
        return {ErrorCode::InvalidArgument, QStringLiteral("export size %1x%2 out of range").arg(o.size.width()).arg(o.size.height())};
    Error e;
    switch (format) {
    case ExportFormat::Png: e = writePng(content, path, o); break;
    case ExportFormat::Svg: e = writeSvg(content, path, o); break;
    case ExportFormat::Pdf: e = writePdf(content, path, o); break;
    }
    if (e)
        log::get("ui.charts")->warn("export {} failed: {}", exportFormatKey(format).toStdString(), e.detail.toStdString());
    return e;
}

Error ChartExporter::exportChart(QChart* chart, ExportFormat format, const QString& path, const ExportOptions& o)
{
    return exportPainted([chart](QPainter& p, const QRectF& r) { paintChart(p, chart, r); }, format, path, o);
}

Error ChartExporter::exportWidget(QWidget* widget, ExportFormat format, const QString& path, const ExportOptions& o)
{
    return exportPainted([widget](QPainter& p, const QRectF& r) { paintWidget(p, widget, r); }, format, path, o);
}

void ChartExporter::copyToClipboard(QChart* chart, const ExportOptions& o)
{
    if (QClipboard* cb = QGuiApplication::clipboard())
        cb->setImage(renderImage(chart, o));
}

} // namespace lodestone
