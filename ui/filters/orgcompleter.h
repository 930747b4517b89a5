#pragma once
// Type-ahead over organisations for the filter bar: one row per organisation, shown in the current
// organisation-name mode and found by its English name, Chinese name or any alias (substring, any case).
// GUI thread.
#include "model/organisation.h"

#include <QCompleter>
#include <QStringList>

class QStandardItemModel;

namespace lodestone {

class OrgCompleter final : public QCompleter {
    Q_OBJECT
public:
    explicit OrgCompleter(QObject* parent = nullptr);

    void setOrganisations(const QList<Organisation>& orgs);
    // Re-labels the rows in the current name mode (OrgNames::mode()).
    void refreshLabels();

    // Labels of the organisations `text` finds, in list order (what the popup offers).
    QStringList matches(const QString& text);
    // The organisation whose label is exactly `label` (0 if none), and the label of `orgId` (empty if unknown).
    qint64 orgIdForLabel(const QString& label) const;
    QString labelOf(qint64 orgId) const;

    // The text put into the line edit: the row's label, not its search keys.
    QString pathFromIndex(const QModelIndex& index) const override;

private:
    QStandardItemModel* m_model;
};

} // namespace lodestone
