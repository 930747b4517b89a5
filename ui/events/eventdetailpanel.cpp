#include "eventdetailpanel.h"

#include "common/dateformat.h"

#include "common/deliver.h"
#include "common/categorylabels.h"
#include "common/contenttree.h"
#include "common/displaytext.h"
#include "common/orgnames.h"
#include "eventeditdialog.h"
#include "reports/analystname.h"
#include "service/correctioncommands.h"
#include "service/queryservice.h"
#include "service/writer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lodestone {

struct EventDetailPanel::Data final {
    std::optional<Event> event;
    QHash<qint64, QString> reportTitles;
    QList<CorrectionEntry> corrections;
};

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A list as tall as its rows; `stretch` takes the spare width and wraps (names, titles, quotes are never cut).
QTreeWidget* tree(const QStringList& headers, int stretch, QWidget* parent)
{
    return new ContentTree(headers, stretch, parent);
}

QLabel* sectionLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

// A correction_log value (JSON) as an analyst reads it: dates with their precision, category labels,
// plain strings; "—" for none.
QString correctionValueText(const QString& field, const QString& json)
{
    const QJsonValue v = QJsonDocument::fromJson(QByteArrayLiteral("[") + json.toUtf8() + QByteArrayLiteral("]")).array().at(0);
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isString()) {
        if (field == QLatin1String("category"))
            if (const auto c = categoryFromKey(v.toString()))
                return categoryLabel(*c);
        return v.toString();
    }
    if (v.isBool())
        return v.toBool() ? EventDetailPanel::tr("yes") : EventDetailPanel::tr("no");
    if (v.isObject() && v.toObject().contains(QStringLiteral("org"))) // an organisation link: id and role
        return EventDetailPanel::tr("%1 (%2)").arg(v.toObject().value(QStringLiteral("org")).toInteger())
            .arg(roleLabel(v.toObject().value(QStringLiteral("role")).toString()));
    if (v.isObject() && field == QLatin1String("date")) {
        const QJsonObject o = v.toObject();
        DateSpan span;
        span.start = QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
        span.end = QDate::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate);
        span.precision = precisionFromKey(o.value(QStringLiteral("precision")).toString()).value_or(Precision::Day);
        if (span.isValid()) {
            if (span.precision == Precision::Day && span.end != span.start)
                return EventDetailPanel::tr("%1 – %2").arg(formatSpan(DateSpan::day(span.start)), formatSpan(DateSpan::day(span.end)));
            return formatSpan(span);
        }
    }
    return json;
}

} // namespace

EventDetailPanel::EventDetailPanel(Writer& writer, QueryService& queries, QWidget* parent)
    : QWidget(parent), m_writer(writer), m_queries(queries), m_title(plainLabel(this)), m_facts(plainLabel(this)),
      m_summary(plainLabel(this)), m_orgs(tree({tr("Organisation"), tr("Role")}, 0, this)), m_people(plainLabel(this)),
      m_reports(tree({tr("Report"), tr("Status"), tr("Title")}, 2, this)),
      m_evidence(tree({tr("Report"), tr("Evidence"), tr("Why")}, 1, this)),
      m_corrections(tree({tr("When"), tr("Analyst"), tr("Field"), tr("Change"), tr("Note")}, 3, this)),
      m_reject(new QPushButton(tr("Reject Event"), this)), m_edit(new QPushButton(tr("&Edit…"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_reject->setToolTip(tr("Mark the event as false: it disappears from the timeline, tables and charts"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_edit);
    // One column that the dock scrolls as a whole: every text wraps to the dock's width, every list is as tall
    // as its rows, so nothing is cut at the default size.
    m_orgsLabel = sectionLabel(this);
    m_reportsLabel = sectionLabel(this);
    m_evidenceLabel = sectionLabel(this);
    m_correctionsLabel = sectionLabel(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_summary);
    layout->addWidget(m_people);
    layout->addLayout(buttons);
    layout->addWidget(m_orgsLabel);
    layout->addWidget(m_orgs);
    layout->addWidget(m_reportsLabel);
    layout->addWidget(m_reports);
    layout->addWidget(m_evidenceLabel);
    // Why (trigger, rule, confidence) wraps in a third of the width beside the quote.
    static_cast<ContentTree*>(m_evidence)->setShareColumn(2, 0.34);
    layout->addWidget(m_evidence);
    layout->addWidget(m_correctionsLabel);
    layout->addWidget(m_corrections);
    layout->addStretch(1);
    retranslate();

    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (m_event.id <= 0)
            return;
        bool ok = false;
        const QString note = QInputDialog::getText(this, m_event.rejected ? tr("Restore Event") : tr("Reject Event"),
                                                   tr("Reason (recorded with the correction):"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            setRejected(!m_event.rejected, note);
    });
    connect(m_edit, &QPushButton::clicked, this, &EventDetailPanel::edit);
    const auto activateReport = [this](QTreeWidgetItem* item) {
        if (item)
            emit reportClicked(item->data(0, kIdRole).toLongLong());
    };
    connect(m_reports, &QTreeWidget::itemActivated, this, activateReport);
    connect(m_evidence, &QTreeWidget::itemActivated, this, activateReport);
    connect(m_orgs, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            emit organisationClicked(item->data(0, kIdRole).toLongLong());
    });
    connect(&m_writer, &Writer::changed, this, [this](const QString&) { reload(); });
    connect(OrgNames::notifier(), &OrgNames::modeChanged, this, [this] { // relabel the organisations shown
        for (int i = 0; i < m_orgs->topLevelItemCount() && i < m_event.organisations.size(); ++i)
            m_orgs->topLevelItem(i)->setText(0, OrgNames::display(m_event.organisations[i].name, m_event.organisations[i].nameZh));
    });
    clearView(tr("Select an event to see its details."));
}

void EventDetailPanel::retranslate()
{
    m_orgsLabel->setText(tr("Organisations"));
    m_reportsLabel->setText(tr("Backing reports"));
    m_evidenceLabel->setText(tr("Evidence"));
    m_correctionsLabel->setText(tr("Corrections"));
    m_orgs->setHeaderLabels({tr("Organisation"), tr("Role")});
    m_reports->setHeaderLabels({tr("Report"), tr("Status"), tr("Title")});
    m_evidence->setHeaderLabels({tr("Report"), tr("Evidence"), tr("Why")});
    m_corrections->setHeaderLabels({tr("When"), tr("Analyst"), tr("Field"), tr("Change"), tr("Note")});
    m_reject->setToolTip(tr("Mark the event as false: it disappears from the timeline, tables and charts"));
    m_reject->setText(m_event.rejected ? tr("Restore Event") : tr("Reject Event"));
    m_edit->setText(tr("&Edit…"));
}

void EventDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_orgsLabel) {
        retranslate();
        reload(); // the facts, roles and statuses are worded in the language
    }
    QWidget::changeEvent(event);
}

void EventDetailPanel::setEvent(qint64 eventId)
{
    if (eventId == m_requested)
        return;
    m_requested = eventId;
    reload();
}

void EventDetailPanel::reload()
{
    const qint64 id = m_requested;
    const quint64 gen = m_gen.next();
    if (id <= 0) {
        clearView(tr("Select an event to see its details."));
        return;
    }
    deliver(this, m_queries.run([id](ReadContext& ctx) {
        Data d;
        d.event = ctx.stores.events.get(id);
        if (!d.event)
            return d;
        ReportQuery q;
        for (const auto& r : d.event->reports)
            q.ids << r.reportId;
        if (!q.ids.isEmpty())
            for (const Report& r : ctx.stores.reports.list(q))
                d.reportTitles.insert(r.id, r.doc.title);
        d.corrections = CorrectionStore(ctx.db.sql()).history(QStringLiteral("event"), id);
        return d;
    }),
        [this, gen, id](const Data& d) {
        if (!m_gen.isCurrent(gen))
            return;
        if (!d.event) {
            clearView(tr("Event %1 is not in the database.").arg(id));
            return;
        }
        showData(d);
        emit loaded(id);
    },
        [this, gen](const std::exception& e) {
        if (m_gen.isCurrent(gen))
            clearView(tr("Could not load the event: %1").arg(QString::fromUtf8(e.what())));
    });
}

void EventDetailPanel::clearView(const QString& message)
{
    m_event = Event{};
    m_title->setText(message);
    for (QLabel* l : {m_facts, m_summary, m_people})
        l->clear();
    for (QTreeWidget* t : {m_orgs, m_reports, m_evidence, m_corrections})
        t->clear();
    m_reject->setEnabled(false);
    m_edit->setEnabled(false);
}

void EventDetailPanel::showData(const Data& d)
{
    const Event& ev = *d.event;
    m_event = ev;
    m_title->setText(ev.title);
    const QString when = ev.undated()
                             ? tr("undated (%1): Edit… to date it").arg(dateRuleLabel(ev.date.rule))
                             : tr("%1 (%2 precision, rule %3)").arg(formatSpan(ev.date), precisionLabel(ev.date.precision),
                                                                    dateRuleLabel(ev.date.rule));
    QStringList facts{categoryLabel(ev.category), when,
                      ev.lowConfidence() ? tr("LOW confidence %1: check the evidence").arg(QLocale().toString(ev.confidence, 'f', 2))
                                         : tr("confidence %1").arg(QLocale().toString(ev.confidence, 'f', 2)),
                      ev.verified() ? tr("verified by at least one report") : tr("not verified")};
    if (ev.timing == EventTiming::Planned)
        facts << tr("PLANNED: dated after the report that states it");
    else if (ev.timing == EventTiming::Effective)
        facts << tr("EFFECTIVE FROM this date: after the report that states it");
    if (ev.rejected)
        facts << tr("REJECTED by an analyst");
    if (!ev.amounts.isEmpty())
        facts << tr("figures: %1").arg(ev.amounts.join(QStringLiteral("; ")));
    // One fact a line: nothing long shares a line with anything else.
    m_facts->setText(facts.join(QLatin1Char('\n')));
    m_facts->setStyleSheet(ev.lowConfidence() ? QStringLiteral("color: #a05000;") : QString());
    m_summary->setText(ev.summary);
    QStringList people;
    for (const PersonMention& p : ev.people)
        people << (p.role.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.role));
    m_people->setText(people.isEmpty() ? QString() : tr("People: %1").arg(people.join(QStringLiteral("; "))));
    m_people->setVisible(!people.isEmpty());

    m_orgs->clear();
    for (const EventOrgLink& o : ev.organisations) {
        auto* item = new QTreeWidgetItem(m_orgs, {OrgNames::display(o.name, o.nameZh), roleLabel(o.role)});
        item->setData(0, kIdRole, o.orgId);
        item->setToolTip(0, OrgNames::display(o.name, o.nameZh, OrgNameMode::Both));
    }
    m_reports->clear();
    for (const EventReportLink& r : ev.reports) {
        auto* item = new QTreeWidgetItem(m_reports, {QString::number(r.reportId), statusLabel(r.status), d.reportTitles.value(r.reportId)});
        item->setData(0, kIdRole, r.reportId);
    }
    m_evidence->clear();
    for (const Evidence& e : ev.evidence) {
        // why: the words that triggered the event, the rule that read them, how sure it was
        QString why;
        if (!e.trigger.isEmpty())
            why = tr("trigger \u201c%1\u201d · %2").arg(e.trigger, evidenceRuleLabel(e.rule));
        else
            why = tr("added or edited by an analyst");
        if (e.confidence > 0)
            why += tr(" · confidence %1").arg(QLocale().toString(e.confidence, 'f', 2));
        auto* item = new QTreeWidgetItem(m_evidence, {QString::number(e.reportId), e.quote, why});
        item->setData(0, kIdRole, e.reportId);
        item->setToolTip(0, d.reportTitles.value(e.reportId));
        item->setToolTip(2, e.trigger.isEmpty() ? why : tr("trigger \u201c%1\u201d · %2").arg(e.trigger, e.rule)); // the rule in full
    }
    m_corrections->clear();
    for (auto it = d.corrections.crbegin(); it != d.corrections.crend(); ++it)
        new QTreeWidgetItem(m_corrections, {DateFormat::dateTime(it->at), it->analyst, it->field,
                                            tr("%1 → %2").arg(correctionValueText(it->field, it->oldValue),
                                                              correctionValueText(it->field, it->newValue)),
                                            it->note});
    m_corrections->setVisible(!d.corrections.isEmpty());
    m_correctionsLabel->setVisible(!d.corrections.isEmpty());
    m_reject->setText(ev.rejected ? tr("Restore Event") : tr("Reject Event"));
    m_reject->setEnabled(true);
    m_edit->setEnabled(true);
}

void EventDetailPanel::setRejected(bool rejected, const QString& note)
{
    if (m_event.id <= 0)
        return;
    const CorrectionMeta meta{AnalystName::current(this), note, {}};
    CorrectionCommands::setEventRejected(m_writer, m_event.id, rejected, meta).then(this, [this](const Error& error) {
        if (error)
            emit correctionFailed(error.detail);
    });
}

void EventDetailPanel::edit()
{
    if (m_event.id <= 0)
        return;
    const Event event = m_event;
    m_queries.run([](ReadContext& ctx) { return ctx.stores.orgs.list(); }).then(this, [this, event](const QList<Organisation>& orgs) {
        if (event.id != m_event.id)
            return;
        EventEditDialog dialog(event, orgs, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const EventCorrection c = dialog.correction();
        if (c.isEmpty())
            return;
        const CorrectionMeta meta{AnalystName::current(this), dialog.note(), {}};
        CorrectionCommands::correctEvent(m_writer, c, meta).then(this, [this](const Error& error) {
            if (error)
                emit correctionFailed(error.detail);
        });
    });
}

} // namespace lodestone
