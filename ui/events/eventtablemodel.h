#pragma once
// Table model over a snapshot of events (date, category, title, organisations, backing reports, verified).
// Lives on the GUI thread; replaced wholesale with setEvents() when DataHub delivers new rows.
#include "model/event.h"

#include <QAbstractTableModel>

namespace lodestone {

class EventTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Precision_, Category_, Title, Organisations, Reports, Verification, ColumnCount };

    explicit EventTableModel(QObject* parent = nullptr);

    void setEvents(QList<Event> events);
    // Headers and every cell again (after a language or date style change).
    void refresh();
    const Event* eventAt(int row) const;
    int rowOf(qint64 eventId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString organisationsText(const Event& e);
    static VerificationStatus effectiveStatus(const Event& e); // verified > disputed > unverified > rejected

private:
    QList<Event> m_events;
    QHash<qint64, int> m_rowById;
};

} // namespace lodestone
