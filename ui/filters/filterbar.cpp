#include "filterbar.h"

#include "common/categorylabels.h"
#include "common/displaytext.h"
#include "common/orgnames.h"
#include "orgcompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace lodestone {

namespace {
const QDate kAnyDate(1900, 1, 1);
}

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_categories(new QToolButton(this)), m_org(new QLineEdit(this)), m_orgCompleter(new OrgCompleter(this)),
      m_status(new QComboBox(this)), m_verifiedOnly(new QCheckBox(this)), m_reset(new QToolButton(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(6);

    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(kAnyDate);
        d->setMaximumDate(QDate(2200, 12, 31));
        d->setDate(kAnyDate);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* menu = new QMenu(m_categories);
    for (int i = 0; i < kCategoryCount; ++i) {
        QAction* a = menu->addAction(QString());
        a->setCheckable(true);
        a->setChecked(true);
        a->setData(i);
        connect(a, &QAction::toggled, this, [this] {
            updateCategoryButton();
            emitSoon();
        });
    }
    m_categories->setMenu(menu);
    m_categories->setPopupMode(QToolButton::InstantPopup);
    m_org->setCompleter(m_orgCompleter);
    m_org->setClearButtonEnabled(true);
    m_org->setMinimumWidth(180);
    for (int i = 0; i < 5; ++i)
        m_status->addItem(QString());

    layout->addWidget(m_search, 2);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addWidget(m_categories);
    layout->addWidget(m_org, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_verifiedOnly);
    layout->addWidget(m_reset);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit filterEdited(filter()); });
    connect(m_search, &QLineEdit::textChanged, this, &FilterBar::emitSoon);
    connect(m_org, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_pickedOrg = m_orgCompleter->orgIdForLabel(text.trimmed());
        emitSoon();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::emitSoon);
    connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::emitSoon);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::emitSoon);
    connect(m_verifiedOnly, &QCheckBox::toggled, this, &FilterBar::emitSoon);
    connect(m_reset, &QToolButton::clicked, this, &FilterBar::reset);
    connect(OrgNames::notifier(), &OrgNames::modeChanged, this, &FilterBar::relabelOrganisation);
    retranslate();
}

void FilterBar::emitSoon()
{
    if (!m_quiet)
        m_debounce->start();
}

EventFilter FilterBar::filter() const
{
    EventFilter f;
    f.search = m_search->text().trimmed();
    if (m_from->date() != kAnyDate)
        f.from = m_from->date();
    if (m_to->date() != kAnyDate)
        f.to = m_to->date();
    bool all = true;
    QSet<Category> cats;
    for (QAction* a : m_categories->menu()->actions()) {
        if (a->isChecked())
            cats.insert(static_cast<Category>(a->data().toInt()));
        else
            all = false;
    }
    if (!all)
        f.categories = cats; // an empty set with "all" false is handled by noCategories below
    f.noCategories = !all && cats.isEmpty();
    const QString org = m_org->text().trimmed();
    if (const qint64 id = m_orgCompleter->orgIdForLabel(org))
        f.orgIds = {id}; // picked from the type-ahead: exactly that organisation
    else if (!org.isEmpty())
        f.orgNames = {org};
    const int status = m_status->currentIndex();
    if (status > 0)
        f.statuses = {static_cast<VerificationStatus>(status - 1)};
    f.verifiedOnly = m_verifiedOnly->isChecked();
    return f;
}

void FilterBar::setFilter(const EventFilter& f)
{
    m_quiet = true;
    m_search->setText(f.search);
    m_from->setDate(f.from.isValid() ? f.from : kAnyDate);
    m_to->setDate(f.to.isValid() ? f.to : kAnyDate);
    for (QAction* a : m_categories->menu()->actions())
        a->setChecked(f.categories.isEmpty() || f.categories.contains(static_cast<Category>(a->data().toInt())));
    if (!f.orgNames.isEmpty())
        m_org->setText(f.orgNames.first());
    else
        m_org->setText(f.orgIds.size() == 1 ? m_orgCompleter->labelOf(f.orgIds.first()) : QString());
    m_status->setCurrentIndex(f.statuses.size() == 1 ? static_cast<int>(*f.statuses.cbegin()) + 1 : 0);
    m_verifiedOnly->setChecked(f.verifiedOnly);
    updateCategoryButton();
    m_quiet = false;
}

void FilterBar::reset()
{
    setFilter(EventFilter{});
    emit filterEdited(filter());
}

void FilterBar::setOrganisations(const QList<Organisation>& orgs)
{
    m_orgCompleter->setOrganisations(orgs);
    showOrganisation(m_pickedOrg);
}

void FilterBar::relabelOrganisation()
{
    // The completer relabels itself first (connected earlier); the picked organisation keeps its id.
    showOrganisation(m_pickedOrg);
}

void FilterBar::showOrganisation(qint64 orgId)
{
    const QString label = orgId ? m_orgCompleter->labelOf(orgId) : QString();
    if (!label.isEmpty() && label != m_org->text()) {
        m_quiet = true;
        m_org->setText(label);
        m_quiet = false;
    }
}

void FilterBar::updateCategoryButton()
{
    int on = 0;
    const auto actions = m_categories->menu()->actions();
    for (QAction* a : actions)
        on += a->isChecked() ? 1 : 0;
    m_categories->setText(on == actions.size() ? tr("All categories") : tr("%n categor(ies)", nullptr, on));
}

void FilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search reports and events…"));
    m_from->setSpecialValueText(tr("From: any"));
    m_to->setSpecialValueText(tr("To: any"));
    m_from->setToolTip(tr("Events ending on or after this day"));
    m_to->setToolTip(tr("Events starting on or before this day"));
    for (QAction* a : m_categories->menu()->actions())
        a->setText(categoryLabel(static_cast<Category>(a->data().toInt())));
    m_org->setPlaceholderText(tr("Organisation…"));
    m_status->setItemText(0, tr("Any status"));
    for (int i = 0; i < 4; ++i)
        m_status->setItemText(i + 1, statusLabel(static_cast<VerificationStatus>(i)));
    m_verifiedOnly->setText(tr("Verified only"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Clear every filter"));
    updateCategoryButton();
}

void FilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lodestone
