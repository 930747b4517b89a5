#include "chartspanel.h"

#include "charts/briefingexporter.h"
#include "charts/chartbuilder.h"
#include "charts/chartcaptions.h"
#include "charts/chartexportdialog.h"
#include "charts/chartexporter.h"
#include "common/categorylabels.h"
#include "common/datahub.h"
#include "common/deliver.h"
#include "common/displaytext.h"
#include "common/orgnames.h"
#include "common/wraplabel.h"
#include "service/queryservice.h"
#include "service/writer.h"
#include "store/timelinestore.h"
#include "util/log.h"

#include <QAbstractBarSeries>
#include <QAbstractScrollArea>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QResizeEvent>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace lodestone {

namespace {

struct LoadResult {
    std::shared_ptr<const ChartBase> base;
    ChartData data;
};

ChartStyle cardStyle()
{
    ChartStyle style;
    style.fontPx = 11;
    style.maxXLabels = 8;
    return style;
}

QString countText(quint64 n)
{
    // QT_TRANSLATE_NOOP lets lupdate see both patterns; translate() picks one at run time.
    return QCoreApplication::translate("lodestone::ChartsPanel", n == 1 ? QT_TRANSLATE_NOOP("lodestone::ChartsPanel", "%1 event")
                                                                        : QT_TRANSLATE_NOOP("lodestone::ChartsPanel", "%1 events"))
        .arg(QLocale().toString(n));
}

constexpr int kChartMinWidth = 320;
constexpr int kChartMinHeight = 160;
constexpr int kChartMinHeightInRow = 110;

} // namespace

ChartsPanel::ChartsPanel(DataHub& hub, QWidget* parent) : QWidget(parent), m_hub(hub)
{
    auto* top = new QHBoxLayout;
    m_bucketLabel = new QLabel(this);
    top->addWidget(m_bucketLabel);
    m_bucketBox = new QComboBox(this);
    m_bucketBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (ChartBucket b : {ChartBucket::Auto, ChartBucket::Week, ChartBucket::Month, ChartBucket::Quarter, ChartBucket::Year})
        m_bucketBox->addItem(QString(), int(b));
    top->addWidget(m_bucketBox);
    top->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartsStatus"));
    top->addWidget(m_status);
    m_briefing = new QToolButton(this);
    top->addWidget(m_briefing);

    m_grid = new QGridLayout;
    m_grid->setSpacing(8);
    for (int k = 0; k < kChartKindCount; ++k)
        m_cards[k] = makeCard(static_cast<ChartKind>(k));
    m_oneRow = true; // so that arrange() lays out the two-by-two grid first
    arrange(QSize(0, 100000));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_grid, 1);

    connect(m_bucketBox, &QComboBox::currentIndexChanged, this,
            [this] { setBucket(static_cast<ChartBucket>(m_bucketBox->currentData().toInt())); });
    retranslate(false);
    connect(m_briefing, &QToolButton::clicked, this, [this] { exportBriefing(); });
    connect(&m_hub, &DataHub::filterChanged, this, &ChartsPanel::reload);
    connect(OrgNames::notifier(), &OrgNames::modeChanged, this, [this] {
        if (m_base) // organisation labels only: rebuild from the data already loaded
            for (QChart* c : m_charts)
                ChartBuilder::update(c, m_data);
    });
    if (Writer* w = m_hub.writer())
        connect(w, &Writer::changed, this, &ChartsPanel::invalidate, Qt::QueuedConnection);
    reload();
}

ChartsPanel::~ChartsPanel() = default;

QWidget* ChartsPanel::makeCard(ChartKind kind)
{
    const int k = static_cast<int>(kind);
    auto* card = new QWidget(this);
    auto* title = new WrapLabel(1, card); // one line, elided with the whole title in its tooltip when narrow
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto* copy = new QToolButton(card);
    auto* save = new QToolButton(card);
    m_titles[k] = title;
    m_copyButtons[k] = copy;
    m_saveButtons[k] = save;
    auto* head = new QHBoxLayout;
    head->addWidget(title, 1);
    head->addWidget(copy);
    head->addWidget(save);

    m_charts[k] = ChartBuilder::create(kind, cardStyle());
    m_views[k] = new QChartView(m_charts[k], card); // takes ownership of the chart; never OpenGL
    m_views[k]->setRenderHint(QPainter::Antialiasing);
    m_views[k]->setMinimumSize(kChartMinWidth, kChartMinHeight);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_views[k], 1);
    connect(copy, &QToolButton::clicked, this, [this, kind] { copyChart(kind); });
    connect(save, &QToolButton::clicked, this, [this, kind] { exportChart(kind); });
    connectSets(kind);
    return card;
}

void ChartsPanel::connectSets(ChartKind kind)
{
    QChart* chart = m_charts[static_cast<int>(kind)];
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
    if (!series)
        return;
    const auto sets = series->barSets();
    for (int s = 0; s < sets.size(); ++s) {
        connect(sets[s], &QBarSet::clicked, this, [this, kind, s](int index) {
            emit filterRequested(filterForClick(kind, s, index));
        });
        connect(sets[s], &QBarSet::hovered, this, [this, kind, s](bool on, int index) {
            if (on)
                QToolTip::showText(QCursor::pos(), tooltipFor(kind, s, index), m_views[static_cast<int>(kind)]);
            else
                QToolTip::hideText();
        });
    }
}

QChart* ChartsPanel::chart(ChartKind kind) const
{
    return m_charts[static_cast<int>(kind)];
}

QChartView* ChartsPanel::view(ChartKind kind) const
{
    return m_views[static_cast<int>(kind)];
}

void ChartsPanel::setBucket(ChartBucket bucket)
{
    if (bucket == m_bucket)
        return;
    m_bucket = bucket;
    m_bucketBox->setCurrentIndex(m_bucketBox->findData(int(bucket)));
    reload();
}

void ChartsPanel::invalidate()
{
    m_base.reset();
    reload();
}

void ChartsPanel::reload()
{
    const quint64 gen = m_gen.next();
    const EventFilter filter = m_hub.filter();
    const ChartBucket bucket = m_bucket;
    std::shared_ptr<const ChartBase> base = m_base;
    m_status->setText(tr("Updating…"));
    deliver(this, m_hub.queries().run([filter, bucket, base](ReadContext& ctx) {
        LoadResult r;
        r.base = base ? base : ChartSource::loadBase(ctx.stores);
        r.data = ChartSource::load(ctx.stores, *r.base, filter, bucket);
        return r;
    }),
        [this, gen, filter](const LoadResult& r) {
        if (!m_gen.isCurrent(gen))
            return;
        m_dataFilter = filter;
        apply(r.base, r.data);
    },
        [this, gen](const std::exception& e) {
        if (m_gen.isCurrent(gen))
            m_status->setText(tr("Charts could not be loaded: %1").arg(QString::fromUtf8(e.what())));
        log::get("ui.charts")->error("chart load failed: {}", e.what());
    });
}

void ChartsPanel::apply(std::shared_ptr<const ChartBase> base, ChartData data)
{
    m_base = std::move(base);
    m_data = std::move(data);
    for (QChart* c : m_charts)
        ChartBuilder::update(c, m_data);
    showStatus();
    emit dataLoaded();
}

void ChartsPanel::showStatus()
{
    QString status = countText(m_data.eventCount);
    if (m_data.unverifiedEvents() > 0)
        status += QStringLiteral(" · ") + tr("%1 unverified").arg(QLocale().toString(m_data.unverifiedEvents()));
    m_status->setText(status);
}

void ChartsPanel::retranslate(bool charts)
{
    m_bucketLabel->setText(tr("Bars per:"));
    for (int i = 0; i < m_bucketBox->count(); ++i)
        m_bucketBox->setItemText(i, ChartBuilder::bucketName(static_cast<ChartBucket>(m_bucketBox->itemData(i).toInt())));
    m_briefing->setText(tr("Briefing PDF…"));
    m_briefing->setToolTip(tr("Export the briefing pack: charts, event table and numbered sources"));
    for (int k = 0; k < kChartKindCount; ++k) {
        m_titles[size_t(k)]->setFullText(ChartBuilder::title(static_cast<ChartKind>(k)));
        m_copyButtons[size_t(k)]->setText(tr("Copy"));
        m_copyButtons[size_t(k)]->setToolTip(tr("Copy the chart as an image with title and sources"));
        m_saveButtons[size_t(k)]->setText(tr("Export…"));
        m_saveButtons[size_t(k)]->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    }
    if (!charts)
        return;
    // Series names, axis titles and category labels are set when a chart is made: make them again.
    for (int k = 0; k < kChartKindCount; ++k) {
        const auto kind = static_cast<ChartKind>(k);
        QChart* old = m_charts[size_t(k)];
        m_charts[size_t(k)] = ChartBuilder::create(kind, cardStyle());
        m_views[size_t(k)]->setChart(m_charts[size_t(k)]); // the view releases the old chart
        delete old;
        connectSets(kind);
        if (m_base)
            ChartBuilder::update(m_charts[size_t(k)], m_data);
    }
    if (m_base)
        showStatus();
}

void ChartsPanel::arrange(QSize room)
{
    // Two rows of cards need about twice a card's least height plus the bar above them.
    const int header = m_bucketBox ? m_bucketBox->sizeHint().height() + 16 : 40;
    const int card = kChartMinHeight + 40;
    const bool oneRow = room.height() < header + 2 * card + 8 && room.width() >= kChartKindCount * (kChartMinWidth - 60);
    if (oneRow == m_oneRow)
        return;
    m_oneRow = oneRow;
    for (QWidget* c : m_cards)
        m_grid->removeWidget(c);
    for (int k = 0; k < kChartKindCount; ++k) {
        // side by side in a short dock: lower too, so that the axes stay inside it
        m_views[k]->setMinimumSize(oneRow ? kChartMinWidth - 60 : kChartMinWidth, oneRow ? kChartMinHeightInRow : kChartMinHeight);
        if (oneRow)
            m_grid->addWidget(m_cards[k], 0, k);
        else
            m_grid->addWidget(m_cards[k], k / 2, k % 2);
    }
    // The over-time chart carries a legend: the widest share.
    for (int col = 0; col < kChartKindCount; ++col)
        m_grid->setColumnStretch(col, 0);
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 2);
    if (oneRow) {
        m_grid->setColumnStretch(2, 2);
        m_grid->setColumnStretch(3, 2);
    }
}

bool ChartsPanel::event(QEvent* event)
{
    if (event->type() == QEvent::ParentChange) {
        // Docked, the panel sits in a scroll area whose viewport is the room it has; alone, its own size is.
        if (m_room)
            m_room->removeEventFilter(this);
        const auto* area = parentWidget() ? qobject_cast<QAbstractScrollArea*>(parentWidget()->parentWidget()) : nullptr;
        m_room = area && area->viewport() == parentWidget() ? parentWidget() : nullptr;
        if (m_room)
            m_room->installEventFilter(this);
    }
    return QWidget::event(event);
}

bool ChartsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_room && event->type() == QEvent::Resize)
        arrange(static_cast<QResizeEvent*>(event)->size());
    return QWidget::eventFilter(watched, event);
}

void ChartsPanel::resizeEvent(QResizeEvent* event)
{
    if (!m_room)
        arrange(event->size());
    QWidget::resizeEvent(event);
}

void ChartsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_briefing)
        retranslate(true);
    QWidget::changeEvent(event);
}

EventFilter ChartsPanel::filterForClick(ChartKind kind, int set, int index) const
{
    EventFilter f = m_dataFilter;
    const QChart* c = chart(kind);
    switch (kind) {
    case ChartKind::EventsOverTime: {
        const QList<qint64> starts = ChartBuilder::bucketStarts(c);
        if (index >= 0 && index < starts.size()) {
            const qint32 start = static_cast<qint32>(starts[index]);
            f.from = QDate::fromJulianDay(start);
            f.to = QDate::fromJulianDay(ChartAggregator::nextBucketStart(start, m_data.overTime.bucket) - 1);
        }
        if (set >= 0 && set < kCategoryCount)
            f.categories = {static_cast<Category>(set)};
        break;
    }
    case ChartKind::EventsByCategory:
        if (set >= 0 && set < kCategoryCount)
            f.categories = {static_cast<Category>(set)};
        break;
    case ChartKind::TopOrganisations: {
        const QList<qint64> rows = ChartBuilder::rowKeys(c);
        if (index >= 0 && index < rows.size()) {
            f.orgIds = {rows[index]};
            f.orgNames.clear();
        }
        break;
    }
    case ChartKind::VerificationStatus:
        f.statuses.clear();
        f.verifiedOnly = set == int(VerificationStatus::Verified);
        if (!f.verifiedOnly && set >= 0 && set < 4)
            f.statuses = {static_cast<VerificationStatus>(set)};
        break;
    }
    return f;
}

QString ChartsPanel::tooltipFor(ChartKind kind, int set, int index) const
{
    const QLocale locale;
    switch (kind) {
    case ChartKind::EventsOverTime: {
        const auto& ts = m_data.overTime;
        if (index < 0 || size_t(index) >= ts.counts.size() || set < 0 || set >= kCategoryCount)
            return {};
        quint32 total = 0;
        for (quint32 v : ts.counts[size_t(index)])
            total += v;
        return tr("%1 · %2: %3 of %4")
            .arg(ChartBuilder::bucketLabel(ts.bucketStarts[size_t(index)], ts.bucket), categoryLabel(static_cast<Category>(set)),
                 countText(ts.counts[size_t(index)][size_t(set)]), locale.toString(total));
    }
    case ChartKind::EventsByCategory:
        if (set < 0 || set >= kCategoryCount)
            return {};
        return tr("%1: %2 (%3%)")
            .arg(categoryLabel(static_cast<Category>(set)), countText(m_data.byCategory[size_t(set)]))
            .arg(m_data.eventCount ? 100.0 * m_data.byCategory[size_t(set)] / double(m_data.eventCount) : 0.0, 0, 'f', 1);
    case ChartKind::TopOrganisations: {
        const int n = int(m_data.topOrgs.size());
        if (index < 0 || index >= n)
            return {};
        const OrgCount& o = m_data.topOrgs[size_t(n - 1 - index)];
        return tr("%1: %2").arg(OrgNames::display(o.name, o.nameZh), countText(o.events));
    }
    case ChartKind::VerificationStatus: {
        if (set < 0 || set >= 4)
            return {};
        const StatusCounts& c = index == 0 ? m_data.reportStatus : m_data.eventStatus;
        const quint64 total = c[0] + c[1] + c[2] + c[3];
        return tr("%1 · %2: %3 of %4 (%5%)")
            .arg(index == 0 ? tr("Reports") : tr("Events"), statusLabel(static_cast<VerificationStatus>(set)),
                 locale.toString(c[size_t(set)]), locale.toString(total))
            .arg(total ? 100.0 * c[size_t(set)] / double(total) : 0.0, 0, 'f', 1);
    }
    }
    return {};
}

void ChartsPanel::copyChart(ChartKind kind)
{
    ExportOptions o;
    ChartCaptions::fill(o, kind, m_data, m_dataFilter);
    o.classification = m_classification;
    std::unique_ptr<QChart> c(ChartBuilder::build(kind, m_data));
    ChartExporter::copyToClipboard(c.get(), o);
}

void ChartsPanel::exportChart(ChartKind kind)
{
    ChartExportDialog dialog(ChartExportDialog::Mode::Chart, ChartBuilder::title(kind), this);
    dialog.setClassification(m_classification);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    ExportOptions o = dialog.options();
    const QString title = o.title;
    ChartCaptions::fill(o, kind, m_data, m_dataFilter, title);
    std::unique_ptr<QChart> c(ChartBuilder::build(kind, m_data));
    if (const Error e = ChartExporter::exportChart(c.get(), dialog.format(), dialog.path(), o))
        QMessageBox::warning(this, tr("Export chart"), tr("The chart could not be written to %1.\n\n%2").arg(dialog.path(), e.detail));
}

void ChartsPanel::exportBriefing(TimelineIndex::LaneMode lanes)
{
    ChartExportDialog dialog(ChartExportDialog::Mode::Briefing, tr("Rare-earth supply chain briefing"), this);
    dialog.setClassification(m_classification);
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    const ExportOptions chosen = dialog.options();
    const QString path = dialog.path();
    const EventFilter filter = m_hub.filter();
    BriefingOptions o;
    o.title = chosen.title;
    o.classification = chosen.classification;
    o.laneMode = lanes;
    m_status->setText(tr("Preparing the briefing…"));
    const auto failed = [this](const std::exception& e) {
        m_status->setText(tr("Briefing not written"));
        QMessageBox::warning(this, tr("Export briefing"), QString::fromUtf8(e.what()));
    };
    deliver(this, m_hub.queries().run([filter](ReadContext& ctx) { return ChartSource::loadBriefing(ctx.stores, filter); }),
        [this, path, filter, o, failed](const BriefingSource& loaded) {
        // The timeline page labels its markers: read the titles the event list did not bring.
        auto src = std::make_shared<BriefingSource>(loaded);
        std::vector<qint64> missing;
        for (qint64 id : BriefingExporter::timelineMarkerEvents(*src, filter, o))
            if (!src->titles.contains(id))
                missing.push_back(id);
        deliver(this, m_hub.queries().run([missing](ReadContext& ctx) { return TimelineStore(ctx.db.sql()).titles(missing); }),
            [this, path, filter, o, src](const QHash<qint64, QString>& titles) {
            src->titles.insert(titles);
            const Error e = BriefingExporter::write(path, *src, filter, o);
            m_status->setText(e ? tr("Briefing not written") : tr("Briefing written to %1").arg(path));
            if (e)
                QMessageBox::warning(this, tr("Export briefing"), tr("The briefing could not be written to %1.\n\n%2").arg(path, e.detail));
        },
            failed);
    },
        failed);
}

} // namespace lodestone
