#include "filterbar.h"

#include "common/categorylabels.h"
#include "common/displaytext.h"
#include "common/orgnames.h"
#include "orgcompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QResizeEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTimer>
#include <QStyle>
#include <QToolButton>

namespace lodestone {

namespace {
const QDate kAnyDate(1900, 1, 1);
}

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_categories(new QToolButton(this)), m_org(new QLineEdit(this)), m_orgCompleter(new OrgCompleter(this)),
      m_status(new QComboBox(this)), m_verifiedOnly(new QCheckBox(this)), m_reset(new QToolButton(this)),
      m_nothing(new QLabel(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(6, 4, 6, 4);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(4);
    m_dash = new QLabel(QStringLiteral("–"), this);

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
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents); // grows with the language's longest item
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_categories->setObjectName(QStringLiteral("categoryFilter"));

    m_nothing->setObjectName(QStringLiteral("nothingMatches"));
    m_nothing->setStyleSheet(QStringLiteral("color: #a11d2e; font-weight: 600;"));
    m_nothing->hide();
    arrange(false);

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

void FilterBar::arrange(bool twoRows)
{
    // One row on a wide window; on a narrow one (a 1366-pixel screen with the side docks open) two rows, so the
    // bar does not push the docks into a sliver.
    m_twoRows = twoRows;
    const QList<QWidget*> order{m_search, m_from, m_dash, m_to, m_categories, m_org, m_status, m_verifiedOnly, m_nothing, m_reset};
    for (QWidget* w : order)
        m_grid->removeWidget(w);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    if (!twoRows) {
        for (int i = 0; i < order.size(); ++i)
            m_grid->addWidget(order[i], 0, i);
        m_grid->setColumnStretch(0, 2); // search
        m_grid->setColumnStretch(5, 1); // organisation
    } else {
        // Row 1: what to look for and when; row 2: which kinds, who, how sure.
        m_grid->addWidget(m_search, 0, 0, 1, 2);
        m_grid->addWidget(m_from, 0, 2);
        m_grid->addWidget(m_dash, 0, 3);
        m_grid->addWidget(m_to, 0, 4);
        m_grid->addWidget(m_reset, 0, 5);
        m_grid->addWidget(m_categories, 1, 0);
        m_grid->addWidget(m_org, 1, 1, 1, 2);
        m_grid->addWidget(m_status, 1, 3, 1, 2);
        m_grid->addWidget(m_verifiedOnly, 1, 5);
        m_grid->addWidget(m_nothing, 1, 6);
        m_grid->setColumnStretch(1, 1);
    }
}

int FilterBar::oneRowWidth() const
{
    int w = 0;
    for (QWidget* x : {static_cast<QWidget*>(m_search), static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_dash),
                       static_cast<QWidget*>(m_to), static_cast<QWidget*>(m_categories), static_cast<QWidget*>(m_org),
                       static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_verifiedOnly), static_cast<QWidget*>(m_reset)})
        w += std::max(x->minimumSizeHint().width(), x->minimumWidth()) + m_grid->horizontalSpacing();
    if (m_nothing->isVisibleTo(this))
        w += m_nothing->sizeHint().width() + m_grid->horizontalSpacing();
    return w + m_grid->contentsMargins().left() + m_grid->contentsMargins().right();
}

QSize FilterBar::minimumSizeHint() const
{
    // Never wider than two rows need: a narrow window gets the two-row bar instead of squeezed docks.
    const QSize one = QWidget::minimumSizeHint();
    return {std::min(one.width(), oneRowWidth() / 2 + 60), one.height()};
}

void FilterBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    const bool twoRows = width() < oneRowWidth();
    if (twoRows != m_twoRows)
        arrange(twoRows);
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

void FilterBar::setNothingMatches(bool nothing)
{
    m_nothing->setVisible(nothing);
    if (width() > 0 && (width() < oneRowWidth()) != m_twoRows)
        arrange(!m_twoRows);
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
    // An instant-popup button draws its arrow in the corner without making room for it: room on both sides,
    // as the text stays centred.
    m_categories->setMinimumWidth(0);
    const int arrow = m_categories->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, m_categories);
    m_categories->setMinimumWidth(m_categories->sizeHint().width() + 2 * arrow);
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
    m_nothing->setText(tr("Nothing matches"));
    m_nothing->setToolTip(tr("No report and no event matches the filter: Reset clears it"));
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
