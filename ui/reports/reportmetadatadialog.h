#pragma once
// Dialog in which an analyst corrects a report's publication date (day, month or year), URL and publisher. It only
// builds a ReportCorrection (what changed) and a note; the caller writes it through CorrectionCommands, which
// re-resolves the report's events against a new date and records the change in the correction history.
// GUI thread.
#include "model/report.h"
#include "store/correctionstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace lodestone {

class ReportMetadataDialog final : public QDialog {
    Q_OBJECT
public:
    ReportMetadataDialog(const Report& report, const QString& analyst, QWidget* parent = nullptr);

    ReportCorrection correction() const; // only the fields that differ from the report
    QString note() const;

    // For tests and scripted use.
    void setPublished(QDate day, Precision precision);
    void setUrl(const QString& url);
    void setPublisher(const QString& publisher);

private:
    void updateDateWidgets();

    Report m_report;
    QString m_analyst;
    QCheckBox* m_setDate;
    QDateEdit* m_date;
    QComboBox* m_precision;
    QLineEdit* m_url;
    QLineEdit* m_publisher;
    QLineEdit* m_note;
    QLabel* m_current;
};

} // namespace lodestone
