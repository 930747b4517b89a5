#pragma once
// Table model over a snapshot of reports (title, publisher, date, status, grades, event count).
// Lives on the GUI thread; replaced wholesale with setReports() when DataHub delivers new rows.
#include "model/report.h"

#include <QAbstractTableModel>

namespace lodestone {

class ReportTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Id, Title, Publisher, Published, Language, Status, Reliability, Credibility, Events, ColumnCount };

    explicit ReportTableModel(QObject* parent = nullptr);

    void setReports(QList<Report> reports);
    const Report* reportAt(int row) const;
    int rowOf(qint64 reportId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Report> m_reports;
    QHash<qint64, int> m_rowById;
};

} // namespace lodestone
