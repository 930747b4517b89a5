#pragma once
// The "Undated" list beside the timeline: events with no known day (their report has no publication date and the
// sentence no date of its own), which a time axis cannot place. Shows those matching the shared filter except its
// date range, loaded on a QueryService pool thread whenever the filter or the data change; a click selects the
// event everywhere, a double-click opens its report, and Edit… in the event details dates it. GUI thread.
#include "model/event.h"
#include "query/eventfilter.h"
#include "service/generation.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace lodestone {

class DataHub;

class UndatedList final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kLimit = 500;

    explicit UndatedList(DataHub& hub, QWidget* parent = nullptr);

    int count() const { return m_total; }
    QListWidget* list() const { return m_list; }

signals:
    void countChanged(int count);
    void eventActivated(qint64 eventId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void load(const EventFilter& resolved);
    void show(const QList<Event>& events);
    void retranslate();

    DataHub& m_hub;
    QLabel* m_header;
    QListWidget* m_list;
    Generation m_gen;
    int m_total = 0;
};

} // namespace lodestone
