#pragma once
// Everything about one event: summary, organisations with roles, date with precision and rule, people,
// the backing reports with their verification status, evidence quotes and the analysts' corrections;
// "Reject event"/"Restore event" and "Edit…" write corrections through the Writer. GUI thread; data is
// read on QueryService's pool.
#include "model/event.h"
#include "model/report.h"
#include "service/generation.h"
#include "store/correctionstore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lodestone {

class QueryService;
class Writer;

class EventDetailPanel final : public QWidget {
    Q_OBJECT
public:
    EventDetailPanel(Writer& writer, QueryService& queries, QWidget* parent = nullptr);

    qint64 currentEvent() const { return m_event.id; }
    const Event& event() const { return m_event; }

public slots:
    void setEvent(qint64 eventId); // DataHub::eventSelected
    void reload();
    // Writes the rejection (or its reversal) with this note; the button asks for the note first.
    void setRejected(bool rejected, const QString& note);
    void edit(); // opens EventEditDialog

signals:
    void reportClicked(qint64 reportId);        // a backing report or an evidence quote was activated
    void organisationClicked(qint64 orgId);
    void loaded(qint64 eventId);
    void correctionFailed(const QString& detail);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Data;
    void showData(const Data& data);
    void clearView(const QString& message);
    void retranslate();

    Writer& m_writer;
    QueryService& m_queries;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_summary;
    QTreeWidget* m_orgs;
    QLabel* m_people;
    QTreeWidget* m_reports;
    QTreeWidget* m_evidence;
    QTreeWidget* m_corrections;
    QLabel* m_orgsLabel = nullptr;
    QLabel* m_reportsLabel = nullptr;
    QLabel* m_evidenceLabel = nullptr;
    QLabel* m_correctionsLabel = nullptr;
    QPushButton* m_reject;
    QPushButton* m_edit;
    Event m_event;
    qint64 m_requested = 0;
    Generation m_gen;
};

} // namespace lodestone
