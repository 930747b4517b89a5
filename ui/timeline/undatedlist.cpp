#include "undatedlist.h"

#include "common/categorylabels.h"
#include "common/datahub.h"
#include "common/deliver.h"
#include "common/orgnames.h"
#include "common/roles.h"
#include "service/queryservice.h"
#include "util/log.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace lodestone {

UndatedList::UndatedList(DataHub& hub, QWidget* parent)
    : QWidget(parent), m_hub(hub), m_header(new QLabel(this)), m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    connect(&m_hub, &DataHub::filterResolved, this, &UndatedList::load);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            m_hub.selectEvent(item->data(IdRole).toLongLong());
    });
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit eventActivated(item->data(IdRole).toLongLong()); });
    connect(&m_hub, &DataHub::eventSelected, this, [this](qint64 id) {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(IdRole).toLongLong() == id) {
                const QSignalBlocker block(m_list);
                m_list->setCurrentRow(i);
                return;
            }
        const QSignalBlocker block(m_list);
        m_list->clearSelection();
    });
    connect(OrgNames::notifier(), &OrgNames::modeChanged, this, [this] { load(m_hub.filter()); });
    retranslate();
}

void UndatedList::load(const EventFilter& resolved)
{
    EventFilter f = resolved;
    f.from = QDate(); // the date range cannot hold an event with no date
    f.to = QDate();
    f.undatedOnly = true;
    const quint64 gen = m_gen.next();
    deliver(this, m_hub.queries().run([f](ReadContext& ctx) mutable {
        if (!f.orgNames.isEmpty())
            f.orgIds << ctx.stores.orgs.resolveNames(f.orgNames);
        const QList<qint64> hits = f.search.trimmed().isEmpty() ? QList<qint64>{} : ctx.stores.reports.searchIds(f.search);
        return ctx.stores.events.list(f, hits, kLimit);
    }),
        [this, gen](const QList<Event>& events) {
        if (m_gen.isCurrent(gen))
            show(events);
    },
        [](const std::exception& e) { log::get("ui.timeline")->warn("loading undated events failed: {}", e.what()); });
}

void UndatedList::show(const QList<Event>& events)
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(IdRole).toLongLong() : 0;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Event& e : events) {
        QStringList orgs;
        for (const EventOrgLink& o : e.organisations)
            orgs << OrgNames::display(o.name, o.nameZh);
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(e.title, categoryLabel(e.category)), m_list);
        item->setData(IdRole, e.id);
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2<br>%3<br><i>%4</i>")
                             .arg(e.title.toHtmlEscaped(), categoryLabel(e.category), orgs.join(QLatin1String(", ")).toHtmlEscaped(),
                                  tr("No known date: select it and use Edit… in the event details to date it.")));
        if (e.id == current)
            m_list->setCurrentItem(item);
    }
    m_total = static_cast<int>(events.size());
    retranslate();
    emit countChanged(m_total);
}

void UndatedList::retranslate()
{
    m_header->setText(m_total >= kLimit ? tr("<b>Undated</b> (first %1): no day known").arg(kLimit)
                                        : tr("<b>Undated</b> (%1): no day known").arg(m_total));
    m_header->setToolTip(tr("Events whose report has no publication date and whose sentence gives no date. "
                            "They match the filter except its date range."));
}

void UndatedList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lodestone
