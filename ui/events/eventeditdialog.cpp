#include "eventeditdialog.h"

#include "common/dateformat.h"

#include "common/categorylabels.h"
#include "common/displaytext.h"
#include "common/orgnames.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace lodestone {

namespace {
const QStringList kRoles = {QStringLiteral("actor"), QStringLiteral("partner"), QStringLiteral("subject"),
                            QStringLiteral("host"), QStringLiteral("regulator"), QStringLiteral("mentioned")};
constexpr int kOrgIdRole = Qt::UserRole + 1;
constexpr int kRangeItem = -1; // m_precision's entry for an explicit earliest..latest span
} // namespace

EventEditDialog::EventEditDialog(const Event& event, const QList<Organisation>& organisations, QWidget* parent)
    : QDialog(parent), m_event(event), m_title(new QLineEdit(event.title, this)), m_category(new QComboBox(this)),
      m_date(new QDateEdit(this)), m_dateTo(new QDateEdit(this)), m_dateToLabel(new QLabel(tr("to"), this)),
      m_precision(new QComboBox(this)), m_orgs(new QTreeWidget(this)), m_addOrg(new QComboBox(this)),
      m_addRole(new QComboBox(this)), m_rejected(new QCheckBox(tr("This event is false (reject it)"), this)),
      m_undated(new QCheckBox(tr("No known date (undated)"), this)), m_timing(new QComboBox(this)), m_note(new QLineEdit(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Edit Event"));
    for (int c = 0; c < kCategoryCount; ++c)
        m_category->addItem(categoryLabel(static_cast<Category>(c)), c);
    m_category->setCurrentIndex(m_category->findData(static_cast<int>(event.category)));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(event.date.start.isValid() ? event.date.start : QDate::currentDate());
    m_dateTo->setCalendarPopup(true);
    m_dateTo->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateTo->setDate(event.date.end.isValid() ? event.date.end : m_date->date());
    for (Precision p : {Precision::Day, Precision::Month, Precision::Quarter, Precision::Year})
        m_precision->addItem(precisionLabel(p), static_cast<int>(p));
    m_precision->addItem(tr("Range"), kRangeItem);
    // A stored span that is not what its precision gives for its first day was set as an explicit range.
    const bool storedRange = event.date.isValid() && event.date.precision == Precision::Day && event.date.end != event.date.start;
    m_precision->setCurrentIndex(m_precision->findData(storedRange      ? kRangeItem
                                                       : event.undated() ? static_cast<int>(Precision::Day)
                                                                         : static_cast<int>(event.date.precision)));
    m_precision->setToolTip(tr("The date covers the whole month, quarter or year that contains the chosen day, "
                               "or the days from the first date to the second (Range)"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    // An undated event: the date fields wait until the analyst unticks "undated" (no day is invented for it).
    m_undated->setChecked(event.undated());
    m_undated->setVisible(event.undated());
    m_undated->setToolTip(tr("The report gives no day for this event; untick to give it the date below"));
    connect(m_undated, &QCheckBox::toggled, this, &EventEditDialog::updateDateWidgets);
    m_timing->addItem(tr("As reported (happened)"), static_cast<int>(EventTiming::Reported));
    m_timing->addItem(tr("Planned"), static_cast<int>(EventTiming::Planned));
    m_timing->addItem(tr("Effective from"), static_cast<int>(EventTiming::Effective));
    m_timing->setCurrentIndex(m_timing->findData(static_cast<int>(event.timing)));
    m_timing->setToolTip(tr("Planned or effective-from: the date lies after the report that states it"));
    connect(m_precision, &QComboBox::currentIndexChanged, this, &EventEditDialog::updateDateWidgets);
    for (QDateEdit* edit : {m_date, m_dateTo})
        connect(edit, &QDateEdit::dateChanged, m_error, &QLabel::hide);
    updateDateWidgets();

    m_orgs->setColumnCount(2);
    m_orgs->setHeaderLabels({tr("Organisation"), tr("Role")});
    m_orgs->setRootIsDecorated(false);
    m_orgs->header()->setStretchLastSection(false);
    m_orgs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (const EventOrgLink& l : event.organisations)
        addRow(l.orgId, OrgNames::display(l.name, l.nameZh), l.role);
    m_addOrg->setEditable(true);
    m_addOrg->setInsertPolicy(QComboBox::NoInsert);
    m_addOrg->completer()->setFilterMode(Qt::MatchContains);
    m_addOrg->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const Organisation& o : organisations) {
        // Both names, whatever the display mode, so either can be typed to find it.
        m_addOrg->addItem(OrgNames::display(o.nameEn, o.nameZh, OrgNameMode::Both), o.id);
        m_addOrg->setItemData(m_addOrg->count() - 1, OrgNames::display(o), Qt::UserRole + 1); // the row label
    }
    m_addOrg->setCurrentIndex(-1);
    for (const QString& role : kRoles)
        m_addRole->addItem(roleLabel(role), role);
    m_addRole->setCurrentIndex(m_addRole->findData(QStringLiteral("mentioned")));
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* add = new QPushButton(tr("A&dd"), this);
    connect(remove, &QPushButton::clicked, this, [this] {
        for (QTreeWidgetItem* item : m_orgs->selectedItems())
            delete item;
    });
    connect(add, &QPushButton::clicked, this, [this] {
        const int i = m_addOrg->currentIndex();
        if (i >= 0 && m_addOrg->currentText() == m_addOrg->itemText(i))
            addOrganisation(m_addOrg->itemData(i).toLongLong(), m_addRole->currentData().toString());
    });
    m_rejected->setChecked(event.rejected);
    m_note->setPlaceholderText(tr("Why (recorded with the correction)"));

    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_dateToLabel);
    dateRow->addWidget(m_dateTo, 1);
    dateRow->addWidget(m_precision);
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(m_addOrg, 1);
    addLine->addWidget(m_addRole);
    addLine->addWidget(add);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Category:"), m_category);
    auto* dateLabel = new QLabel(tr("&Date:"), this); // a row holding a layout needs its own buddy label
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);
    form->addRow(QString(), m_undated);
    form->addRow(tr("T&iming:"), m_timing);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_orgs, 1);
    auto* removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(remove);
    layout->addLayout(removeRow);
    layout->addLayout(addLine);
    layout->addWidget(m_rejected);
    auto* noteForm = new QFormLayout;
    noteForm->addRow(tr("&Note:"), m_note);
    layout->addLayout(noteForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 480);
}

void EventEditDialog::addRow(qint64 orgId, const QString& name, const QString& role)
{
    for (int i = 0; i < m_orgs->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_orgs->topLevelItem(i);
        if (item->data(0, kOrgIdRole).toLongLong() == orgId) {
            item->setText(1, roleLabel(role));
            item->setData(1, kOrgIdRole, role);
            return;
        }
    }
    auto* item = new QTreeWidgetItem(m_orgs, {name, roleLabel(role)});
    item->setData(0, kOrgIdRole, orgId);
    item->setData(1, kOrgIdRole, role); // the role key; column 1 shows its translation
}

bool EventEditDialog::rangeMode() const
{
    return m_precision->currentData().toInt() == kRangeItem;
}

void EventEditDialog::updateDateWidgets()
{
    const bool range = rangeMode();
    m_dateTo->setVisible(range);
    m_dateToLabel->setVisible(range);
    const bool dating = !(m_event.undated() && m_undated->isChecked());
    for (QWidget* w : {static_cast<QWidget*>(m_date), static_cast<QWidget*>(m_dateTo), static_cast<QWidget*>(m_precision)})
        w->setEnabled(dating);
    m_error->hide();
}

QString EventEditDialog::validationError() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("The title cannot be empty.");
    if (rangeMode() && m_dateTo->date() < m_date->date() && !(m_event.undated() && m_undated->isChecked()))
        return tr("The date range ends (%1) before it starts (%2). Choose a last day on or after the first.")
            .arg(DateFormat::day(m_dateTo->date()), DateFormat::day(m_date->date()));
    return {};
}

QString EventEditDialog::shownError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EventEditDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

DateSpan EventEditDialog::editedDate() const
{
    const QDate d = m_date->date();
    if (rangeMode()) {
        DateSpan span;
        span.start = d;
        span.end = m_dateTo->date();
        span.precision = Precision::Day;
        span.rule = QStringLiteral("analyst");
        return span;
    }
    switch (static_cast<Precision>(m_precision->currentData().toInt())) {
    case Precision::Day: return DateSpan::day(d, QStringLiteral("analyst"));
    case Precision::Month: return DateSpan::month(d.year(), d.month(), QStringLiteral("analyst"));
    case Precision::Quarter: return DateSpan::quarter(d.year(), (d.month() - 1) / 3 + 1, QStringLiteral("analyst"));
    case Precision::Year: return DateSpan::year(d.year(), QStringLiteral("analyst"));
    }
    return DateSpan::day(d, QStringLiteral("analyst"));
}

EventCorrection EventEditDialog::correction() const
{
    EventCorrection c;
    c.eventId = m_event.id;
    if (m_title->text().trimmed() != m_event.title && !m_title->text().trimmed().isEmpty())
        c.title = m_title->text().trimmed();
    const auto category = static_cast<Category>(m_category->currentData().toInt());
    if (category != m_event.category)
        c.category = category;
    const DateSpan date = editedDate();
    const bool staysUndated = m_event.undated() && m_undated->isChecked();
    if (!staysUndated && date.isValid() && !(m_event.date.isValid() && date == m_event.date)) // an invalid range is refused by accept()
        c.date = date;
    const auto timing = static_cast<EventTiming>(m_timing->currentData().toInt());
    if (timing != m_event.timing)
        c.timing = timing;
    QHash<qint64, QString> now;
    for (int i = 0; i < m_orgs->topLevelItemCount(); ++i)
        now.insert(m_orgs->topLevelItem(i)->data(0, kOrgIdRole).toLongLong(), m_orgs->topLevelItem(i)->data(1, kOrgIdRole).toString());
    for (const EventOrgLink& l : m_event.organisations)
        if (!now.contains(l.orgId))
            c.removeOrganisations << l.orgId;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        const auto old = std::find_if(m_event.organisations.cbegin(), m_event.organisations.cend(),
                                      [&](const EventOrgLink& l) { return l.orgId == it.key(); });
        if (old == m_event.organisations.cend() || old->role != it.value())
            c.addOrganisations << std::pair{it.key(), it.value()};
    }
    if (m_rejected->isChecked() != m_event.rejected)
        c.rejected = m_rejected->isChecked();
    return c;
}

QString EventEditDialog::note() const
{
    return m_note->text().trimmed();
}

void EventEditDialog::setTitle(const QString& title) { m_title->setText(title); }
void EventEditDialog::setCategory(Category category) { m_category->setCurrentIndex(m_category->findData(static_cast<int>(category))); }
void EventEditDialog::setRejected(bool rejected) { m_rejected->setChecked(rejected); }
void EventEditDialog::setUndated(bool undated) { m_undated->setChecked(undated); }
void EventEditDialog::setTiming(EventTiming timing) { m_timing->setCurrentIndex(m_timing->findData(static_cast<int>(timing))); }

void EventEditDialog::setDate(QDate anchor, Precision precision)
{
    m_date->setDate(anchor);
    m_precision->setCurrentIndex(m_precision->findData(static_cast<int>(precision)));
}

void EventEditDialog::setDateRange(QDate earliest, QDate latest)
{
    m_date->setDate(earliest);
    m_dateTo->setDate(latest);
    m_precision->setCurrentIndex(m_precision->findData(kRangeItem));
}

void EventEditDialog::removeOrganisation(qint64 orgId)
{
    for (int i = m_orgs->topLevelItemCount() - 1; i >= 0; --i)
        if (m_orgs->topLevelItem(i)->data(0, kOrgIdRole).toLongLong() == orgId)
            delete m_orgs->takeTopLevelItem(i);
}

void EventEditDialog::addOrganisation(qint64 orgId, const QString& role)
{
    const int i = m_addOrg->findData(orgId);
    const QString name = i >= 0 ? m_addOrg->itemData(i, Qt::UserRole + 1).toString() : QString::number(orgId);
    addRow(orgId, name, role.isEmpty() ? QStringLiteral("mentioned") : role);
}

} // namespace lodestone
