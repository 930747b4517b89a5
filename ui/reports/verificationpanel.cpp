#include "verificationpanel.h"

#include "common/dateformat.h"

#include "common/deliver.h"
#include "common/displaytext.h"
#include "common/wraplabel.h"
#include "admiralty.h"
#include "analystname.h"
#include "historyview.h"
#include "service/queryservice.h"
#include "service/verificationpatch.h"
#include "service/writer.h"
#include "tagcommand.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lodestone {

namespace {
struct Loaded final {
    std::optional<Verification> value;
    QList<VerificationLogEntry> history;
    std::optional<Report> report; // title, publisher and date (no text)
};
} // namespace

VerificationPanel::VerificationPanel(Writer& writer, QueryService& queries, QWidget* parent)
    : QWidget(parent), m_writer(writer), m_queries(queries), m_undo(new QUndoStack(this)), m_title(new WrapLabel(3, this)),
      m_target(new QLabel(this)), m_status(new QComboBox(this)), m_reliability(new QComboBox(this)), m_credibility(new QComboBox(this)),
      m_note(new QLineEdit(this)), m_analyst(new QLabel(this)), m_changeAnalyst(new QPushButton(tr("Change…"), this)),
      m_lastChange(new QLabel(this)), m_apply(new QPushButton(tr("&Apply"), this)), m_history(new HistoryView(this))
{
    for (VerificationStatus s : Admiralty::statuses())
        m_status->addItem(Admiralty::statusLabel(s), static_cast<int>(s));
    m_reliability->addItem(Admiralty::reliabilityLabel({}), QString());
    for (const QString& code : Admiralty::reliabilityCodes())
        m_reliability->addItem(Admiralty::reliabilityLabel(code), code);
    m_credibility->addItem(Admiralty::credibilityLabel(0), 0);
    for (int code : Admiralty::credibilityCodes())
        m_credibility->addItem(Admiralty::credibilityLabel(code), code);
    m_status->setObjectName(QStringLiteral("status"));
    m_reliability->setObjectName(QStringLiteral("reliability"));
    m_credibility->setObjectName(QStringLiteral("credibility"));
    m_note->setObjectName(QStringLiteral("note"));
    m_apply->setObjectName(QStringLiteral("apply"));

    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    m_target->setObjectName(QStringLiteral("target"));
    m_title->setObjectName(QStringLiteral("reportTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    for (QComboBox* box : {m_status, m_reliability, m_credibility})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_analyst->setTextFormat(Qt::PlainText);
    m_analyst->setWordWrap(true); // "(asked on first change)" wraps beside its button in a narrow dock
    m_lastChange->setTextFormat(Qt::PlainText);

    m_form = new QFormLayout;
    QFormLayout* form = m_form;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // Labels get their words in retranslate(); each is its field's buddy (the & shortcuts).
    for (QWidget* field : std::initializer_list<QWidget*>{m_status, m_reliability, m_credibility, m_note}) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        form->addRow(label, field);
    }
    form->addRow(new QLabel(this), m_analyst);
    form->addRow(new QLabel(this), m_lastChange);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_changeAnalyst);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_target);
    layout->addLayout(form);
    layout->addLayout(buttons);
    m_historyLabel = new QLabel(this);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history, 1);

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    // QUndoStack words its actions with the prefix they were made with: word them here, in the current language.
    connect(m_undo, &QUndoStack::undoTextChanged, this, &VerificationPanel::updateUndoTexts);
    connect(m_undo, &QUndoStack::redoTextChanged, this, &VerificationPanel::updateUndoTexts);
    const struct {
        VerificationStatus status;
        QKeySequence key;
    } marks[] = {
        {VerificationStatus::Verified, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
        {VerificationStatus::Disputed, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {VerificationStatus::Rejected, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {VerificationStatus::Unverified, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
    };
    for (const auto& m : marks) {
        auto* action = new QAction(this);
        action->setShortcut(m.key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setObjectName(QStringLiteral("mark.") + statusKey(m.status));
        const VerificationStatus s = m.status;
        connect(action, &QAction::triggered, this, [this, s] { markAfterConfirming(s); });
        action->setData(static_cast<int>(s));
        m_markActions << action;
    }
    addActions(m_markActions); // usable even before the main window puts them in a menu

    connect(m_apply, &QPushButton::clicked, this, &VerificationPanel::apply);
    connect(m_changeAnalyst, &QPushButton::clicked, this, [this] {
        AnalystName::ask(this);
        m_analyst->setText(AnalystName::remembered());
    });
    connect(&m_writer, &Writer::changed, this, [this](const QString& what) {
        if (what == QLatin1String("verification") || what == QLatin1String("import"))
            reload();
    });
    retranslate();
    // Marking many reports with a shortcut asks first, naming the count.
    m_confirm = [this](int count, VerificationStatus status) {
        return QMessageBox::question(this, tr("Mark Reports"),
                                     tr("Mark %n report(s) as %1?", nullptr, count).arg(statusLabel(status).toLower()),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) == QMessageBox::Yes;
    };
    updateTarget();
}

QList<qint64> VerificationPanel::selection() const
{
    if (!m_selection.isEmpty())
        return m_selection;
    if (m_current > 0)
        return {m_current};
    return {};
}

void VerificationPanel::setReport(qint64 reportId)
{
    if (reportId == m_current)
        return;
    m_current = reportId;
    if (!m_selection.contains(reportId))
        m_selection.clear();
    updateTarget();
    reload();
}

void VerificationPanel::setSelection(const QList<qint64>& reportIds)
{
    m_selection = reportIds;
    if (m_current <= 0 && !reportIds.isEmpty()) {
        setReport(reportIds.first());
        return;
    }
    updateTarget();
}

void VerificationPanel::updateTarget()
{
    const QList<qint64> ids = selection();
    const bool any = !ids.isEmpty();
    m_apply->setEnabled(any);
    for (QAction* a : m_markActions)
        a->setEnabled(any);
    m_title->setVisible(any && ids.size() == 1 && !m_title->fullText().isEmpty());
    if (!any)
        m_target->setText(tr("No report selected."));
    else if (ids.size() == 1)
        m_target->setText(m_targetLine.isEmpty() ? tr("Report %1").arg(ids.first()) : m_targetLine);
    else
        m_target->setText(tr("%n report(s) selected: changes apply to all of them.", nullptr, static_cast<int>(ids.size())));
}

void VerificationPanel::reload()
{
    const qint64 id = m_current;
    const quint64 gen = m_gen.next();
    if (id <= 0) {
        showValue({});
        m_history->setEntries({});
        return;
    }
    deliver(this, m_queries.run([id](ReadContext& ctx) {
        ReportQuery q;
        q.ids = {id};
        const QList<Report> rows = ctx.stores.reports.list(q);
        return Loaded{ctx.stores.verifications.get(id), ctx.stores.verifications.history(id),
                      rows.isEmpty() ? std::nullopt : std::optional<Report>(rows.first())};
    }),
        [this, gen, id](const Loaded& data) {
        if (!m_gen.isCurrent(gen))
            return;
        showReport(id, data.report);
        showValue(data.value.value_or(Verification{}));
        m_history->setEntries(data.history);
        emit loaded(id);
    });
}

void VerificationPanel::retranslate()
{
    auto label = [this](QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_status, tr("&Status:"));
    label(m_reliability, tr("&Reliability:"));
    label(m_credibility, tr("&Credibility:"));
    label(m_note, tr("&Note:"));
    label(m_lastChange, tr("Last change:"));
    if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(m_analyst)))
        l->setText(tr("Analyst:"));
    m_status->setToolTip(tr("Verification status of the report"));
    m_reliability->setToolTip(tr("How reliable the source is, from A (completely reliable) to F (cannot be judged)"));
    m_credibility->setToolTip(tr("How credible the information is, from 1 (confirmed by other sources) to 6 (cannot be judged)"));
    m_note->setPlaceholderText(tr("Why: sources checked, doubts…"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, Admiralty::statusLabel(static_cast<VerificationStatus>(m_status->itemData(i).toInt())));
    for (int i = 0; i < m_reliability->count(); ++i)
        m_reliability->setItemText(i, Admiralty::reliabilityLabel(m_reliability->itemData(i).toString()));
    for (int i = 0; i < m_credibility->count(); ++i)
        m_credibility->setItemText(i, Admiralty::credibilityLabel(m_credibility->itemData(i).toInt()));
    for (QAction* a : m_markActions) {
        switch (static_cast<VerificationStatus>(a->data().toInt())) {
        case VerificationStatus::Verified: a->setText(tr("Mark &Verified")); break;
        case VerificationStatus::Disputed: a->setText(tr("Mark &Disputed")); break;
        case VerificationStatus::Rejected: a->setText(tr("Mark &Rejected")); break;
        case VerificationStatus::Unverified: a->setText(tr("Mark &Unverified")); break;
        }
    }
    updateUndoTexts();
    m_changeAnalyst->setText(tr("Change Analyst…"));
    m_apply->setText(tr("&Apply"));
    m_historyLabel->setText(tr("History:"));
    m_analyst->setText(AnalystName::remembered().isEmpty() ? tr("(asked on first change)") : AnalystName::remembered());
    updateTarget(); // "No report selected." and the selection count
}

// The undo stack is a child: QObject deletes it after this class is gone, and its clear() then signals
// undoTextChanged into a half-destroyed panel (found by UBSan). Cut those connections first.
VerificationPanel::~VerificationPanel()
{
    m_undo->disconnect(this);
}

void VerificationPanel::updateUndoTexts()
{
    const QString undo = m_undo->undoText();
    const QString redo = m_undo->redoText();
    //: Edit menu: undo the last change, %1 says what it was
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    //: Edit menu: redo the change undone, %1 says what it was
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
}

void VerificationPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_historyLabel) {
        retranslate();
        m_history->retranslate();
        reload(); // the last change, the title line and the history are worded in the language
    }
    QWidget::changeEvent(event);
}

void VerificationPanel::showReport(qint64 id, const std::optional<Report>& report)
{
    // The report's own title, and where it comes from, instead of a bare number.
    if (!report) {
        m_title->setFullText(QString());
        m_targetLine.clear();
    } else {
        const ParsedDocument& d = report->doc;
        m_title->setFullText(d.title.isEmpty() ? tr("(untitled report %1)").arg(id) : d.title);
        QStringList parts{tr("Report %1").arg(id)};
        if (!d.publisher.isEmpty())
            parts << d.publisher;
        if (d.published && d.published->isValid())
            parts << formatSpan(*d.published);
        m_targetLine = parts.join(QStringLiteral(" · "));
    }
    updateTarget();
}

void VerificationPanel::markAfterConfirming(VerificationStatus status)
{
    const QList<qint64> ids = selection();
    if (ids.size() > 1 && m_confirm && !m_confirm(static_cast<int>(ids.size()), status))
        return;
    mark(status);
}

void VerificationPanel::showValue(const Verification& v)
{
    m_shown = v;
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(v.status))));
    m_reliability->setCurrentIndex(std::max(0, m_reliability->findData(v.reliability)));
    m_credibility->setCurrentIndex(std::max(0, m_credibility->findData(v.credibility)));
    m_note->setText(v.note);
    m_lastChange->setText(v.at.isValid() ? tr("%1 by %2").arg(DateFormat::dateTime(v.at),
                                                              v.analyst.isEmpty() ? tr("unknown") : v.analyst)
                                         : tr("never"));
}

void VerificationPanel::push(const QList<qint64>& ids, const VerificationPatch& patchIn)
{
    if (ids.isEmpty())
        return;
    VerificationPatch patch = patchIn;
    patch.analyst = AnalystName::current(this);
    m_analyst->setText(patch.analyst);
    emit tagRequested(ids);
    m_undo->push(new TagCommand(m_writer, ids, patch));
}

void VerificationPanel::apply()
{
    VerificationPatch patch;
    patch.status = static_cast<VerificationStatus>(m_status->currentData().toInt());
    patch.reliability = m_reliability->currentData().toString();
    patch.credibility = m_credibility->currentData().toInt();
    patch.note = m_note->text().trimmed();
    push(selection(), patch);
}

void VerificationPanel::mark(VerificationStatus status)
{
    VerificationPatch patch;
    patch.status = status;
    push(selection(), patch);
}

} // namespace lodestone
