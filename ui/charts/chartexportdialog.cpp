#include "chartexportdialog.h"

#include "exportfolder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace lodestone {

ChartExportDialog::ChartExportDialog(Mode mode, const QString& defaultTitle, QWidget* parent)
    : QDialog(parent), m_mode(mode)
{
    setWindowTitle(mode == Mode::Chart ? tr("Export chart") : tr("Export briefing pack"));
    auto* form = new QFormLayout;
    m_format = new QComboBox(this);
    if (mode == Mode::Chart) {
        m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
        m_format->addItem(tr("SVG vector image"), int(ExportFormat::Svg));
    }
    m_format->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    form->addRow(tr("Format:"), m_format);
    if (mode == Mode::Chart) {
        m_width = new QSpinBox(this);
        m_width->setRange(64, 16000);
        m_width->setValue(1600);
        m_width->setSuffix(tr(" px"));
        m_height = new QSpinBox(this);
        m_height->setRange(64, 16000);
        m_height->setValue(900);
        m_height->setSuffix(tr(" px"));
        auto* size = new QHBoxLayout;
        size->addWidget(m_width);
        size->addWidget(new QLabel(QStringLiteral("×"), this));
        size->addWidget(m_height);
        form->addRow(tr("Size:"), size);
        m_scale = new QComboBox(this);
        m_scale->addItem(tr("1× (screen)"), 1.0);
        m_scale->addItem(tr("2× (slides, default)"), 2.0);
        m_scale->addItem(tr("3× (print)"), 3.0);
        m_scale->setCurrentIndex(1);
        form->addRow(tr("Text scale:"), m_scale);
    }
    m_title = new QLineEdit(defaultTitle, this);
    form->addRow(tr("Title:"), m_title);
    m_classification = new QLineEdit(this);
    m_classification->setPlaceholderText(tr("optional, e.g. OFFICIAL – handle within team"));
    form->addRow(tr("Classification:"), m_classification);
    m_path = new QLineEdit(this);
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("File:"), pathRow);
    const QString base = mode == Mode::Chart ? QStringLiteral("chart") : QStringLiteral("briefing");
    m_path->setText(exportPath(base, exportFormatKey(format())));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(this, &QDialog::accepted, this, [this] { rememberExportFolder(path()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ChartExportDialog::formatChanged);
}

ExportFormat ChartExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

QString ChartExportDialog::path() const
{
    return m_path->text().trimmed();
}

ExportOptions ChartExportDialog::options() const
{
    ExportOptions o;
    if (m_width)
        o.size = QSize(m_width->value(), m_height->value());
    if (m_scale)
        o.scale = m_scale->currentData().toDouble();
    o.title = m_title->text().trimmed();
    o.classification = m_classification->text().trimmed();
    return o;
}

void ChartExportDialog::setClassification(const QString& text)
{
    m_classification->setText(text);
}

void ChartExportDialog::browse()
{
    const QString key = exportFormatKey(format());
    const QString file = QFileDialog::getSaveFileName(this, windowTitle(), path(),
                                                      tr("%1 files (*.%2)").arg(key.toUpper(), key));
    if (!file.isEmpty())
        m_path->setText(file);
}

void ChartExportDialog::formatChanged()
{
    const QFileInfo info(path());
    m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + exportFormatKey(format())));
    const bool raster = format() == ExportFormat::Png;
    if (m_scale)
        m_scale->setEnabled(raster || format() == ExportFormat::Svg);
}

} // namespace lodestone
