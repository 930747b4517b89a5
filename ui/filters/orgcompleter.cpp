#include "orgcompleter.h"

#include "common/orgnames.h"
#include "common/roles.h"

#include <QAbstractItemModel>
#include <QStandardItemModel>
#include <algorithm>

namespace lodestone {

namespace {

constexpr int kKeysRole = Qt::UserRole + 10; // every name and alias, one per line: what the typed text is matched against
constexpr int kEnRole = Qt::UserRole + 11;
constexpr int kZhRole = Qt::UserRole + 12;

QString searchKeys(const Organisation& o)
{
    QStringList keys{o.nameEn, o.nameZh};
    for (const OrgAlias& a : o.aliases)
        keys << a.text;
    keys.removeAll(QString());
    keys.removeDuplicates();
    return keys.join(QLatin1Char('\n'));
}

} // namespace

OrgCompleter::OrgCompleter(QObject* parent) : QCompleter(parent), m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setCompletionRole(kKeysRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
    setMaxVisibleItems(12);
    connect(OrgNames::notifier(), &OrgNames::modeChanged, this, &OrgCompleter::refreshLabels);
}

void OrgCompleter::setOrganisations(const QList<Organisation>& orgs)
{
    m_model->clear();
    for (const Organisation& o : orgs) {
        if (o.mergedInto != 0 || (o.nameEn.isEmpty() && o.nameZh.isEmpty()))
            continue;
        auto* item = new QStandardItem;
        item->setData(o.id, IdRole);
        item->setData(o.nameEn, kEnRole);
        item->setData(o.nameZh, kZhRole);
        item->setData(searchKeys(o), kKeysRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
    refreshLabels();
}

void OrgCompleter::refreshLabels()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStandardItem* item = m_model->item(row);
        item->setText(OrgNames::display(item->data(kEnRole).toString(), item->data(kZhRole).toString()));
        QStringList other = item->data(kKeysRole).toString().split(QLatin1Char('\n'));
        other.removeAll(item->text());
        item->setToolTip(other.join(QStringLiteral(" · ")));
    }
    m_model->sort(0);
}

QStringList OrgCompleter::matches(const QString& text)
{
    setCompletionPrefix(text);
    QStringList out;
    QAbstractItemModel* shown = completionModel();
    for (int row = 0; row < shown->rowCount(); ++row)
        out << shown->index(row, 0).data(Qt::DisplayRole).toString();
    return out;
}

qint64 OrgCompleter::orgIdForLabel(const QString& label) const
{
    if (label.isEmpty())
        return 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->text() == label)
            return m_model->item(row)->data(IdRole).toLongLong();
    return 0;
}

QString OrgCompleter::labelOf(qint64 orgId) const
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->item(row)->data(IdRole).toLongLong() == orgId)
            return m_model->item(row)->text();
    return {};
}

QString OrgCompleter::pathFromIndex(const QModelIndex& index) const
{
    return index.data(Qt::DisplayRole).toString();
}

} // namespace lodestone
