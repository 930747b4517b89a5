#include "reporttablemodel.h"

#include "common/dateformat.h"
#include "common/displaytext.h"
#include "common/roles.h"

#include <QLocale>

#include <algorithm>

namespace lodestone {

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    connect(DateFormat::notifier(), &DateFormat::styleChanged, this, &ReportTableModel::refresh);
}

void ReportTableModel::refresh()
{
    const int columns = columnCount();
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (!m_reports.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
}

int ReportTableModel::statusRank(VerificationStatus status)
{
    switch (status) {
    case VerificationStatus::Verified: return 0;
    case VerificationStatus::Unverified: return 1;
    case VerificationStatus::Disputed: return 2;
    case VerificationStatus::Rejected: return 3;
    }
    return 4;
}

int ReportTableModel::reliabilityRank(const QString& reliability)
{
    const QString r = reliability.trimmed().toUpper();
    if (r.size() == 1 && r[0] >= QLatin1Char('A') && r[0] <= QLatin1Char('F'))
        return r[0].unicode() - 'A' + 1;
    return 7;
}

int ReportTableModel::credibilityRank(int credibility)
{
    return credibility >= 1 && credibility <= 6 ? credibility : 7;
}

void ReportTableModel::setReports(QList<Report> reports)
{
    beginResetModel();
    m_reports = std::move(reports);
    m_hasSnippets = std::any_of(m_reports.cbegin(), m_reports.cend(), [](const Report& r) { return !r.doc.text.isEmpty(); });
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
    if (parent.isValid())
        return 0;
    return m_hasSnippets ? ColumnCount : Match;
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
        case Status: return statusRank(r->verification.status);
        case Reliability: return reliabilityRank(r->verification.reliability);
        case Credibility: return credibilityRank(r->verification.credibility);
        case Events: return r->eventCount;
        case Match: return index.row(); // the search's rank order
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
        case Match: return r->doc.text;
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Title:
        case Match: {
            const QString where = r->doc.url.isEmpty() ? r->doc.sourcePath : r->doc.url;
            if (r->doc.text.isEmpty())
                return where;
            return QStringLiteral("<p style='white-space:normal'>%1</p><p><i>%2</i></p>")
                .arg(r->doc.text.toHtmlEscaped(), where.toHtmlEscaped());
        }
        case Status:
        case Reliability:
        case Credibility: {
            const Verification& v = r->verification;
            if (v.analyst.isEmpty())
                return {};
            QString tip = tr("%1 by %2 on %3")
                              .arg(statusLabel(v.status), v.analyst,
                                   DateFormat::dateTime(v.at));
            if (!v.note.isEmpty())
                tip += QStringLiteral("\n") + v.note;
            return tip;
        }
        default: break;
        }
    }
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
    case Match: return tr("Match");
    case ColumnCount: break;
    }
    return {};
}

} // namespace lodestone
