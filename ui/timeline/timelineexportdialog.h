#pragma once
// Asks how to export the timeline: the dates (the current view, the filter's dates or any range), the lanes
// (by category, by organisation or one lane, and which of them), format (PNG, SVG, PDF), paper size and DPI,
// title, classification and file (starting in the last export folder). GUI thread.
#include "charts/exportoptions.h"
#include "model/organisation.h"
#include "timelineexport.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace lodestone {

class TimelineExportDialog final : public QDialog {
    Q_OBJECT
public:
    struct Defaults final {
        QDate viewFrom;      // the dates on screen
        QDate viewTo;
        QDate filterFrom;    // the filter's dates, or the events' first and last
        QDate filterTo;
        TimelineIndex::LaneMode mode = TimelineIndex::LaneMode::Category;
        QList<Organisation> organisations; // with event counts, for organisation lanes
    };
    TimelineExportDialog(const Defaults& defaults, QWidget* parent = nullptr);

    TimelineExportRequest request() const;
    ExportFormat format() const;
    QString path() const;

private:
    void fillLanes();
    void formatChanged();
    void browse();
    void setRange(const QDate& from, const QDate& to);

    Defaults m_defaults;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_mode;
    QListWidget* m_lanes;
    QComboBox* m_format;
    QComboBox* m_paper;
    QComboBox* m_dpi;
    QLineEdit* m_title;
    QLineEdit* m_classification;
    QLineEdit* m_path;
};

} // namespace lodestone
