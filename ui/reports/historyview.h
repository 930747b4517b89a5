#pragma once
// Read-only list of a report's verification history, newest first: when, then who did what (action, old → new,
// note) wrapped in one column, so it reads in a narrow dock; the parts are kept in hidden columns too.
// GUI thread; filled with plain values by the verification panel.
#include "common/contenttree.h"
#include "model/verification.h"

namespace lodestone {

class HistoryView final : public ContentTree {
    Q_OBJECT
public:
    enum Column { When, Analyst, Action, Change, Note, ColumnCount };
    explicit HistoryView(QWidget* parent = nullptr);

    void setEntries(const QList<VerificationLogEntry>& entries);
    void retranslate();
    static QString describe(const Verification& v); // "Verified · B2"
};

} // namespace lodestone
