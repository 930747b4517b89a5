#include "verificationpanel.h"

#include "common/deliver.h"
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
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lodestone {

namespace {
struct Loaded final {
    std::optional<Verification> value;
    QList<VerificationLogEntry> history;
};
} // namespace

VerificationPanel::VerificationPanel(Writer& writer, QueryService& queries, QWidget* parent)
    : QWidget(parent), m_writer(writer), m_queries(queries), m_undo(new QUndoStack(this)), m_target(new QLabel(this)),
      m_status(new QComboBox(this)), m_reliability(new QComboBox(this)), m_credibility(new QComboBox(this)),
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
    m_status->setToolTip(tr("Verification status of the report"));
    m_reliability->setToolTip(tr("How reliable the source is, from A (completely reliable) to F (cannot be judged)"));
    m_credibility->setToolTip(tr("How credible the information is, from 1 (confirmed by other sources) to 6 (cannot be judged)"));
    m_note->setPlaceholderText(tr("Why: sources checked, doubts…"));
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    m_analyst->setTextFormat(Qt::PlainText);
    m_lastChange->setTextFormat(Qt::PlainText);

    auto* analystRow = new QHBoxLayout;
    analystRow->addWidget(m_analyst, 1);
    analystRow->addWidget(m_changeAnalyst);
    auto* form = new QFormLayout;
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Reliability:"), m_reliability);
    form->addRow(tr("&Credibility:"), m_credibility);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Analyst:"), analystRow);
    form->addRow(tr("Last change:"), m_lastChange);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("History:"), this));
    layout->addWidget(m_history, 1);

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    const struct {
        VerificationStatus status;
        QString text;
        QKeySequence key;
    } marks[] = {
        {VerificationStatus::Verified, tr("Mark &Verified"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
        {VerificationStatus::Disputed, tr("Mark &Disputed"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {VerificationStatus::Rejected, tr("Mark &Rejected"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {VerificationStatus::Unverified, tr("Mark &Unverified"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
    };
    for (const auto& m : marks) {
        auto* action = new QAction(m.text, this);
        action->setShortcut(m.key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setObjectName(QStringLiteral("mark.") + statusKey(m.status));
        const VerificationStatus s = m.status;
        connect(action, &QAction::triggered, this, [this, s] { mark(s); });
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
    m_analyst->setText(AnalystName::remembered().isEmpty() ? tr("(asked on first change)") : AnalystName::remembered());
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
    if (!any)
        m_target->setText(tr("No report selected."));
    else if (ids.size() == 1)
        m_target->setText(tr("Report %1").arg(ids.first()));
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
        return Loaded{ctx.stores.verifications.get(id), ctx.stores.verifications.history(id)};
    }),
        [this, gen, id](const Loaded& data) {
        if (!m_gen.isCurrent(gen))
            return;
        showValue(data.value.value_or(Verification{}));
        m_history->setEntries(data.history);
        emit loaded(id);
    });
}

void VerificationPanel::showValue(const Verification& v)
{
    m_shown = v;
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(v.status))));
    m_reliability->setCurrentIndex(std::max(0, m_reliability->findData(v.reliability)));
    m_credibility->setCurrentIndex(std::max(0, m_credibility->findData(v.credibility)));
    m_note->setText(v.note);
    m_lastChange->setText(v.at.isValid() ? tr("%1 by %2").arg(QLocale().toString(v.at.toLocalTime(), QLocale::ShortFormat),
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
