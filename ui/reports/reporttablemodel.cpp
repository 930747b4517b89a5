#include "reporttablemodel.h"

#include "common/displaytext.h"
#include "common/roles.h"

#include <QLocale>

namespace lodestone {

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setReports(QList<Report> reports)
{
    beginResetModel();
    m_reports = std::move(reports);
    m_rowById.clear();
    for (int i = 0; i < m_reports.size(); ++i)
        m_rowById.insert(m_reports[i].id, i);
    endResetModel();
}

const Report* ReportTableModel::reportAt(int row) const
{
    return row >= 0 && row < m_reports.size() ? &m_reports[row] : nullptr;
}

int ReportTableModel::rowOf(qint64 reportId) const
{
    return m_rowById.value(reportId, -1);
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reports.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    const Report* r = index.isValid() ? reportAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    const auto column = static_cast<Column>(index.column());
    if (role == RawValueRole) {
        switch (column) {
        case Id: return r->id;
        case Published: return r->doc.published ? r->doc.published->start.toJulianDay() : qint64(0);
        case Status: return static_cast<int>(r->verification.status);
        case Credibility: return r->verification.credibility;
        case Events: return r->eventCount;
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Id: return r->id;
        case Title: return r->doc.title;
        case Publisher: return r->doc.publisher;
        case Published: return r->doc.published ? formatSpan(*r->doc.published) : QString();
        case Language: return r->doc.language;
        case Status: return statusLabel(r->verification.status);
        case Reliability: return r->verification.reliability;
        case Credibility: return r->verification.credibility > 0 ? QVariant(r->verification.credibility) : QVariant(QString());
        case Events: return r->eventCount;
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole && column == Title)
        return r->doc.url.isEmpty() ? r->doc.sourcePath : r->doc.url;
    if (role == Qt::TextAlignmentRole && (column == Id || column == Events || column == Credibility))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Id: return tr("ID");
    case Title: return tr("Title");
    case Publisher: return tr("Publisher");
    case Published: return tr("Published");
    case Language: return tr("Language");
    case Status: return tr("Status");
    case Reliability: return tr("Reliability");
    case Credibility: return tr("Credibility");
    case Events: return tr("Events");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lodestone
