#pragma once
// Table model over a snapshot of reports (title, publisher, date, status, grades, event count, and the search
// excerpt when the snapshot came from a search). Sorts by RawValueRole: status by trust (verified, unverified,
// disputed, rejected), reliability A..F, credibility 1..6, ungraded last. GUI thread; replaced by setReports().
#include "model/report.h"

#include <QAbstractTableModel>

namespace lodestone {

class ReportTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    // Match (the search excerpt) is present only while the snapshot holds search results.
    enum Column { Id, Title, Publisher, Published, Language, Status, Reliability, Credibility, Events, Match, ColumnCount };

    // Sort keys (RawValueRole): smaller is more trusted; ungraded sorts after every grade.
    static int statusRank(VerificationStatus status);
    static int reliabilityRank(const QString& reliability);
    static int credibilityRank(int credibility);

    explicit ReportTableModel(QObject* parent = nullptr);

    void setReports(QList<Report> reports);
    // Headers and every cell again (after a language or date style change).
    void refresh();
    const Report* reportAt(int row) const;
    int rowOf(qint64 reportId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Report> m_reports;
    QHash<qint64, int> m_rowById;
    bool m_hasSnippets = false; // reports came from a search: doc.text holds the excerpt
};

} // namespace lodestone
