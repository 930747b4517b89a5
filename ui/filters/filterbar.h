#pragma once
// The filter bar over the timeline, tables and charts: search, date range, categories, organisation
// (type-ahead over English and Chinese names and aliases), verification status, "verified only".
// Edits produce one EventFilter for DataHub. GUI thread.
#include "model/organisation.h"
#include "query/eventfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace lodestone {

class OrgCompleter;

class FilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);

    EventFilter filter() const;
    void setOrganisations(const QList<Organisation>& orgs);
    // The organisation type-ahead (matches English and Chinese names and aliases).
    OrgCompleter* organisationCompleter() const { return m_orgCompleter; }
    QSize minimumSizeHint() const override;

public slots:
    // Shows `filter` without emitting filterEdited.
    void setFilter(const lodestone::EventFilter& filter);
    void reset();
    // Shows "Nothing matches" beside Reset while the filter matches no report and no event.
    void setNothingMatches(bool nothing);

signals:
    void filterEdited(const lodestone::EventFilter& filter);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void arrange(bool twoRows);
    int oneRowWidth() const;
    void emitSoon();
    void updateCategoryButton();
    void relabelOrganisation();            // after an organisation-name mode change
    void showOrganisation(qint64 orgId);   // puts orgId's label in the field (quietly) if it is known

    QLineEdit* m_search;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QToolButton* m_categories;
    QLineEdit* m_org;
    OrgCompleter* m_orgCompleter;
    qint64 m_pickedOrg = 0; // organisation whose label is in m_org (0: free text)
    QComboBox* m_status;
    QCheckBox* m_verifiedOnly;
    QToolButton* m_reset;
    QLabel* m_nothing;
    QLabel* m_dash = nullptr;
    QGridLayout* m_grid = nullptr;
    bool m_twoRows = false;
    QTimer* m_debounce;
    bool m_quiet = false;
};

} // namespace lodestone
