#include "eventtablemodel.h"

#include "common/categorylabels.h"
#include "common/dateformat.h"
#include "common/displaytext.h"
#include "common/orgnames.h"
#include "common/roles.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <limits>

namespace lodestone {

EventTableModel::EventTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    connect(OrgNames::notifier(), &OrgNames::modeChanged, this, [this] {
        if (!m_events.isEmpty())
            emit dataChanged(index(0, Organisations), index(rowCount() - 1, Organisations), {Qt::DisplayRole});
    });
    connect(DateFormat::notifier(), &DateFormat::styleChanged, this, &EventTableModel::refresh);
}

void EventTableModel::refresh()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_events.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void EventTableModel::setEvents(QList<Event> events)
{
    beginResetModel();
    m_events = std::move(events);
    m_rowById.clear();
    for (int i = 0; i < m_events.size(); ++i)
        m_rowById.insert(m_events[i].id, i);
    endResetModel();
}

const Event* EventTableModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int EventTableModel::rowOf(qint64 eventId) const
{
    return m_rowById.value(eventId, -1);
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::organisationsText(const Event& e)
{
    QStringList names;
    for (const auto& o : e.organisations)
        names << OrgNames::display(o.name, o.nameZh);
    return names.join(QLatin1String(", "));
}

VerificationStatus EventTableModel::effectiveStatus(const Event& e)
{
    bool disputed = false;
    bool allRejected = !e.reports.isEmpty();
    for (const auto& r : e.reports) {
        if (r.status == VerificationStatus::Verified)
            return VerificationStatus::Verified;
        disputed |= r.status == VerificationStatus::Disputed;
        allRejected &= r.status == VerificationStatus::Rejected;
    }
    if (disputed)
        return VerificationStatus::Disputed;
    return allRejected ? VerificationStatus::Rejected : VerificationStatus::Unverified;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    const Event* e = index.isValid() ? eventAt(index.row()) : nullptr;
    if (!e)
        return {};
    if (role == IdRole)
        return e->id;
    const auto column = static_cast<Column>(index.column());
    if (role == RawValueRole) {
        switch (column) {
        case Date: return e->undated() ? std::numeric_limits<qint64>::max() : e->date.start.toJulianDay(); // undated last
        case Precision_: return e->undated() ? -1 : static_cast<int>(e->date.precision);
        case Category_: return static_cast<int>(e->category);
        case Reports: return static_cast<int>(e->reports.size());
        case Verification: return static_cast<int>(effectiveStatus(*e));
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Date: // "undated"; a planned or effective-from date says so
            return e->timing == EventTiming::Reported ? formatSpan(e->date)
                                                      : tr("%1 (%2)").arg(formatSpan(e->date), timingLabel(e->timing));
        case Precision_: return e->undated() ? QString() : precisionLabel(e->date.precision);
        case Category_: return categoryLabel(e->category);
        case Title: return e->title;
        case Organisations: return organisationsText(*e);
        case Reports: return static_cast<int>(e->reports.size());
        case Verification: return statusLabel(effectiveStatus(*e));
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole && column == Title)
        return e->lowConfidence() ? tr("Low confidence (%1): check the evidence.\n%2").arg(QLocale().toString(e->confidence, 'f', 2), e->summary)
                                  : e->summary;
    if (role == Qt::FontRole && (effectiveStatus(*e) == VerificationStatus::Rejected || e->lowConfidence())) {
        QFont f;
        f.setStrikeOut(effectiveStatus(*e) == VerificationStatus::Rejected);
        f.setItalic(e->lowConfidence()); // uncertain: a weak trigger, a borrowed date or organisation
        return f;
    }
    if (role == Qt::ForegroundRole && e->lowConfidence() && effectiveStatus(*e) != VerificationStatus::Verified)
        return QColor(110, 110, 110);
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Date: return tr("Date");
    case Precision_: return tr("Precision");
    case Category_: return tr("Category");
    case Title: return tr("Title");
    case Organisations: return tr("Organisations");
    case Reports: return tr("Reports");
    case Verification: return tr("Verification");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lodestone
