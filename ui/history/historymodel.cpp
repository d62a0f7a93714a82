#include "ui/history/historymodel.h"

#include "ui/statuscolors.h"

namespace holdline::ui {

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Actor: return tr("Actor");
    case Action: return tr("Action");
    case Queue: return tr("Queue");
    case Status: return tr("Status");
    case Summary: return tr("Summary");
    default: return {};
    }
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const history::HistoryEntry &e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == Qt::DecorationRole && index.column() == Status) {
        using history::Status;
        if (e.is(Status::Completed) || e.is(Status::Delivered) || e.is(Status::Healthy))
            return statusDot(complianceColor(Compliance::Compliant));
        if (e.is(Status::Failed) || e.is(Status::Conflict))
            return statusDot(complianceColor(Compliance::Violations));
        if (e.is(Status::Pending) || e.is(Status::Alert) || e.is(Status::RollingBack))
            return statusDot(complianceColor(Compliance::Warnings));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return e.message;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Time: return QLocale().toString(e.time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
    case Actor: return e.actor();
    case Action: return history::actionLabel(e.action);
    case Queue: return e.queueId;
    case Status: return history::statusLabel(e.status);
    case Summary: return e.message;
    default: return {};
    }
}

void HistoryModel::setEntries(const QList<history::HistoryEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void HistoryModel::prepend(const history::HistoryEntry &entry)
{
    if (rowOf(entry.id) >= 0)
        return;
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int HistoryModel::rowOf(qint64 entryId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == entryId)
            return i;
    return -1;
}

bool HistoryModel::canRollBack(const history::HistoryEntry &entry)
{
    return entry.isAppliedChange() && !entry.queueAfter.isEmpty();
}

} // namespace holdline::ui
