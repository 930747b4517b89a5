#pragma once
// Dialog in which an analyst corrects an event: title, category, date with precision or as an explicit
// earliest..latest range, organisation links (add with a role, remove), rejection, and a note. It only builds
// an EventCorrection (what changed); the caller writes it through CorrectionCommands. Input it cannot accept
// (a range ending before it starts, an empty title) keeps the dialog open with a message. GUI thread.
#include "model/event.h"
#include "model/organisation.h"
#include "store/correctionstore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace lodestone {

class EventEditDialog final : public QDialog {
    Q_OBJECT
public:
    EventEditDialog(const Event& event, const QList<Organisation>& organisations, QWidget* parent = nullptr);

    EventCorrection correction() const; // only the fields that differ from the event
    QString note() const;

    // For tests and scripted use.
    void setTitle(const QString& title);
    void setCategory(Category category);
    void setDate(QDate anchor, Precision precision);
    void setDateRange(QDate earliest, QDate latest); // an explicit span (day precision, both ends inclusive)
    void setRejected(bool rejected);
    void setUndated(bool undated); // only for an undated event: untick to date it
    void setTiming(EventTiming timing);
    void removeOrganisation(qint64 orgId);
    void addOrganisation(qint64 orgId, const QString& role);

    // Why the input cannot be accepted (translated), or empty when it can.
    QString validationError() const;
    QString shownError() const; // the message the dialog currently shows (empty when none)

public slots:
    void accept() override; // refuses invalid input with a message instead of closing

private:
    bool rangeMode() const;
    void updateDateWidgets();
    DateSpan editedDate() const;
    void addRow(qint64 orgId, const QString& name, const QString& role);

    Event m_event;
    QLineEdit* m_title;
    QComboBox* m_category;
    QDateEdit* m_date;
    QDateEdit* m_dateTo;
    QLabel* m_dateToLabel;
    QComboBox* m_precision;
    QTreeWidget* m_orgs;
    QComboBox* m_addOrg;
    QComboBox* m_addRole;
    QCheckBox* m_rejected;
    QCheckBox* m_undated;   // an undated event stays undated until the analyst unticks this and picks a date
    QComboBox* m_timing;    // as reported / planned / effective from
    QLineEdit* m_note;
    QLabel* m_error;
};

} // namespace lodestone
