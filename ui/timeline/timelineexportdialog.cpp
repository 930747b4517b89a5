#include "timelineexportdialog.h"

#include "charts/exportfolder.h"
#include "common/categorylabels.h"
#include "common/categorypalette.h"
#include "common/dateformat.h"
#include "timelinelanes.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace lodestone {

namespace {

constexpr int kKeyRole = Qt::UserRole + 1;

struct Paper {
    const char* name;
    double width;  // points, landscape
    double height;
};
const Paper kPapers[] = {{QT_TRANSLATE_NOOP("lodestone::TimelineExportDialog", "A4 landscape"), 841.89, 595.28},
                         {QT_TRANSLATE_NOOP("lodestone::TimelineExportDialog", "A3 landscape"), 1190.55, 841.89},
                         {QT_TRANSLATE_NOOP("lodestone::TimelineExportDialog", "Letter landscape"), 792, 612},
                         {QT_TRANSLATE_NOOP("lodestone::TimelineExportDialog", "Slide 16:9"), 960, 540}};

QIcon swatch(int category)
{
    QPixmap pm(12, 12);
    pm.fill(CategoryPalette::color(category));
    return QIcon(pm);
}

} // namespace

TimelineExportDialog::TimelineExportDialog(const Defaults& defaults, QWidget* parent)
    : QDialog(parent), m_defaults(defaults), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_mode(new QComboBox(this)),
      m_lanes(new QListWidget(this)), m_format(new QComboBox(this)), m_paper(new QComboBox(this)), m_dpi(new QComboBox(this)),
      m_title(new QLineEdit(tr("Timeline"), this)), m_classification(new QLineEdit(this)), m_path(new QLineEdit(this))
{
    setWindowTitle(tr("Export Timeline"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setMinimumDate(QDate(1800, 1, 1));
        d->setMaximumDate(QDate(2200, 12, 31));
    }
    auto* view = new QPushButton(tr("As on Screen"), this);
    view->setToolTip(tr("The dates the timeline shows now: %1").arg(DateFormat::dayRange(defaults.viewFrom, defaults.viewTo)));
    auto* all = new QPushButton(tr("Filter / All Events"), this);
    all->setToolTip(tr("The filter's dates, else the first to the last matching event: %1")
                        .arg(DateFormat::dayRange(defaults.filterFrom, defaults.filterTo)));
    auto* range = new QHBoxLayout;
    range->addWidget(m_from, 1);
    range->addWidget(m_to, 1);
    range->addWidget(view);
    range->addWidget(all);

    m_mode->addItem(tr("Lanes by category"), int(TimelineIndex::LaneMode::Category));
    m_mode->addItem(tr("Lanes by organisation"), int(TimelineIndex::LaneMode::Organisation));
    m_mode->addItem(tr("Single lane"), int(TimelineIndex::LaneMode::Single));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(defaults.mode))));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lanes->setObjectName(QStringLiteral("lanes"));
    m_lanes->setMinimumHeight(140);
    auto* allLanes = new QPushButton(tr("All"), this);
    auto* noLanes = new QPushButton(tr("None"), this);
    auto* laneButtons = new QHBoxLayout;
    laneButtons->addWidget(m_mode, 1);
    laneButtons->addWidget(allLanes);
    laneButtons->addWidget(noLanes);

    m_format->addItem(tr("PDF document"), int(ExportFormat::Pdf));
    m_format->addItem(tr("PNG image"), int(ExportFormat::Png));
    m_format->addItem(tr("SVG vector image"), int(ExportFormat::Svg));
    for (const Paper& p : kPapers)
        m_paper->addItem(tr(p.name));
    for (int dpi : {150, 300, 600})
        m_dpi->addItem(tr("%1 dpi").arg(dpi), dpi);
    m_dpi->setCurrentIndex(1);
    m_classification->setPlaceholderText(tr("optional, e.g. OFFICIAL – handle within team"));
    auto* browseButton = new QPushButton(tr("Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    m_path->setText(exportPath(QStringLiteral("timeline"), exportFormatKey(format())));

    auto* form = new QFormLayout;
    form->addRow(tr("Dates:"), range);
    form->addRow(tr("Lanes:"), laneButtons);
    form->addRow(QString(), m_lanes);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(tr("Resolution:"), m_dpi);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Classification:"), m_classification);
    form->addRow(tr("File:"), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(view, &QPushButton::clicked, this, [this] { setRange(m_defaults.viewFrom, m_defaults.viewTo); });
    connect(all, &QPushButton::clicked, this, [this] { setRange(m_defaults.filterFrom, m_defaults.filterTo); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TimelineExportDialog::fillLanes);
    connect(allLanes, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_lanes->count(); ++i)
            m_lanes->item(i)->setCheckState(Qt::Checked);
    });
    connect(noLanes, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_lanes->count(); ++i)
            m_lanes->item(i)->setCheckState(Qt::Unchecked);
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &TimelineExportDialog::formatChanged);
    connect(browseButton, &QPushButton::clicked, this, &TimelineExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, [this] { rememberExportFolder(path()); });
    setRange(defaults.viewFrom, defaults.viewTo);
    fillLanes();
    formatChanged();
}

void TimelineExportDialog::setRange(const QDate& from, const QDate& to)
{
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
}

void TimelineExportDialog::fillLanes()
{
    m_lanes->clear();
    const auto mode = static_cast<TimelineIndex::LaneMode>(m_mode->currentData().toInt());
    if (mode == TimelineIndex::LaneMode::Category) {
        for (int c = 0; c < kCategoryCount; ++c) {
            auto* item = new QListWidgetItem(swatch(c), categoryLabel(static_cast<Category>(c)), m_lanes);
            item->setData(kKeyRole, c);
            item->setCheckState(Qt::Checked);
        }
    } else if (mode == TimelineIndex::LaneMode::Organisation) {
        const TimelineLanes::Organisations lanes = TimelineLanes::organisations(m_defaults.organisations);
        for (size_t i = 0; i < lanes.lanes.size(); ++i) {
            auto* item = new QListWidgetItem(lanes.labels.value(static_cast<qsizetype>(i)), m_lanes);
            item->setData(kKeyRole, lanes.lanes[i].key);
            item->setCheckState(i < 20 ? Qt::Checked : Qt::Unchecked); // the twenty busiest, like a page holds
        }
    }
    m_lanes->setEnabled(mode != TimelineIndex::LaneMode::Single);
}

void TimelineExportDialog::formatChanged()
{
    const QFileInfo info(path());
    m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + exportFormatKey(format())));
    m_dpi->setEnabled(format() == ExportFormat::Png);
}

void TimelineExportDialog::browse()
{
    const QString key = exportFormatKey(format());
    const QString file = QFileDialog::getSaveFileName(this, windowTitle(), path(), tr("%1 files (*.%2)").arg(key.toUpper(), key));
    if (!file.isEmpty())
        m_path->setText(file);
}

ExportFormat TimelineExportDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

QString TimelineExportDialog::path() const
{
    return m_path->text().trimmed();
}

TimelineExportRequest TimelineExportDialog::request() const
{
    TimelineExportRequest r;
    r.from = std::min(m_from->date(), m_to->date());
    r.to = std::max(m_from->date(), m_to->date());
    r.mode = static_cast<TimelineIndex::LaneMode>(m_mode->currentData().toInt());
    if (r.mode != TimelineIndex::LaneMode::Single) {
        bool every = true;
        for (int i = 0; i < m_lanes->count(); ++i) {
            if (m_lanes->item(i)->checkState() == Qt::Checked)
                r.lanes << m_lanes->item(i)->data(kKeyRole).toLongLong();
            else
                every = false;
        }
        if (every && r.mode == TimelineIndex::LaneMode::Category)
            r.lanes.clear(); // all categories: no restriction
        if (r.lanes.isEmpty() && !every)
            r.lanes << -1; // none chosen: an empty chart, not every lane
    }
    const Paper& paper = kPapers[std::clamp(m_paper->currentIndex(), 0, int(std::size(kPapers)) - 1)];
    const int dpi = format() == ExportFormat::Png ? m_dpi->currentData().toInt() : 300;
    r.frame.scale = dpi / 72.0; // the layout is in points
    r.frame.dpi = dpi;
    r.frame.size = QSize(qRound(paper.width * r.frame.scale), qRound(paper.height * r.frame.scale));
    r.frame.title = m_title->text().trimmed();
    r.frame.classification = m_classification->text().trimmed();
    return r;
}

} // namespace lodestone
