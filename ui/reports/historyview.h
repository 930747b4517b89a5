#pragma once
// Read-only list of a report's verification history, newest first: when, who, action, old → new, note.
// GUI thread; filled with plain values by the verification panel.
#include "model/verification.h"

#include <QTreeWidget>

namespace lodestone {

class HistoryView final : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { When, Analyst, Action, Change, Note, ColumnCount };
    explicit HistoryView(QWidget* parent = nullptr);

    void setEntries(const QList<VerificationLogEntry>& entries);
    static QString describe(const Verification& v); // "Verified · B2"
};

} // namespace lodestone
