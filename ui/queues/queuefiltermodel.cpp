#include "ui/queues/queuefiltermodel.h"

#include "ui/queues/queuerow.h"
#include "ui/queues/queuetablemodel.h"

namespace holdline::ui {

QueueFilterModel::QueueFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(QueueTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Sorting on every dataChanged with thousands of rows costs more than it gives.
    setDynamicSortFilter(false);
}

void QueueFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    refilter();
}

void QueueFilterModel::setOnlyNonCompliant(bool only)
{
    if (only == m_onlyNonCompliant)
        return;
    m_onlyNonCompliant = only;
    refilter();
}

void QueueFilterModel::refilter()
{
    invalidateFilter();
    // Without dynamic sorting, rows the filter lets back in come unsorted:
    // the header's order must stay true.
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

bool QueueFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex name = sourceModel()->index(sourceRow, QueueTableModel::Name, sourceParent);
    if (m_onlyNonCompliant) {
        const auto c = Compliance(name.data(QueueTableModel::ComplianceRole).toInt());
        if (c != Compliance::Violations && c != Compliance::Warnings)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    return name.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
        || name.data(QueueTableModel::QueueIdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace holdline::ui
