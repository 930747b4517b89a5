#pragma once
// Asks how to export a chart (format, pixel size, scale, title, classification, file) or the briefing
// pack (title, classification, file). GUI thread.
#include "charts/exportoptions.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace lodestone {

class ChartExportDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Chart, Briefing };
    ChartExportDialog(Mode mode, const QString& defaultTitle, QWidget* parent = nullptr);

    ExportFormat format() const;
    QString path() const;
    // Size, scale, title and classification as chosen (captions are added by the caller).
    ExportOptions options() const;
    void setClassification(const QString& text);

private:
    void browse();
    void formatChanged();

    Mode m_mode;
    QComboBox* m_format = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_scale = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_classification = nullptr;
    QLineEdit* m_path = nullptr;
};

} // namespace lodestone
