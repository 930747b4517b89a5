#pragma once
// Verification form for the selected report(s): status, reliability A–F, credibility 1–6, note, analyst,
// last change, Apply; the report's history below. Every tagging action goes through the Writer as an undoable
// TagCommand (one transaction, even for a bulk selection). GUI thread; reads run on QueryService's pool.
#include "model/report.h"
#include "model/verification.h"
#include "service/generation.h"

#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace lodestone {

class HistoryView;
class WrapLabel;
class QueryService;
class Writer;
struct VerificationPatch;

class VerificationPanel final : public QWidget {
    Q_OBJECT
public:
    VerificationPanel(Writer& writer, QueryService& queries, QWidget* parent = nullptr);
    ~VerificationPanel() override;

    QUndoStack* undoStack() const { return m_undo; }
    QAction* undoAction() const { return m_undoAction; }  // for the Edit menu (Ctrl+Z)
    QAction* redoAction() const { return m_redoAction; }  // for the Edit menu (Ctrl+Shift+Z)
    // "Mark Verified" (Ctrl+Shift+V), "Mark Disputed" (Ctrl+Shift+D), "Mark Rejected" (Ctrl+Shift+R),
    // "Mark Unverified" (Ctrl+Shift+U): act on the selected reports; for a "Report" menu.
    QList<QAction*> reportActions() const { return m_markActions; }
    // Asked before a mark action changes more than one report (count, status); false cancels. Default: a dialog.
    void setConfirmation(std::function<bool(int, VerificationStatus)> confirm) { m_confirm = std::move(confirm); }

    qint64 currentReport() const { return m_current; }
    QList<qint64> selection() const; // selected ids, or the current report alone
    const Verification& shown() const { return m_shown; }
    HistoryView* historyView() const { return m_history; }

public slots:
    void setReport(qint64 reportId);                 // DataHub::reportSelected
    void setSelection(const QList<qint64>& reportIds); // TablePanel::selectionChangedIds
    void apply();                                    // the form's values onto the selection
    void mark(lodestone::VerificationStatus status); // status only, onto the selection
    // What the mark actions do: mark(), after asking (setConfirmation) when more than one report is selected.
    void markAfterConfirming(lodestone::VerificationStatus status);
    void reload();                                   // re-read the current report's values and history

signals:
    void loaded(qint64 reportId);               // form and history show this report's stored values
    void tagRequested(const QList<qint64>& reportIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateUndoTexts();
    void push(const QList<qint64>& ids, const VerificationPatch& patch);
    void showValue(const Verification& v);
    void showReport(qint64 id, const std::optional<Report>& report);
    void updateTarget();

    Writer& m_writer;
    QueryService& m_queries;
    QUndoStack* m_undo;
    QAction* m_undoAction;
    QAction* m_redoAction;
    QList<QAction*> m_markActions;
    WrapLabel* m_title;
    QLabel* m_target;
    QString m_targetLine; // "Report 13 · publisher · date" of the current report
    QComboBox* m_status;
    QComboBox* m_reliability;
    QComboBox* m_credibility;
    QLineEdit* m_note;
    QLabel* m_analyst;
    QPushButton* m_changeAnalyst;
    QLabel* m_lastChange;
    QPushButton* m_apply;
    HistoryView* m_history;
    QFormLayout* m_form = nullptr;
    QLabel* m_historyLabel = nullptr;
    qint64 m_current = 0;
    QList<qint64> m_selection;
    Verification m_shown;
    Generation m_gen;
    std::function<bool(int, VerificationStatus)> m_confirm;
};

} // namespace lodestone
