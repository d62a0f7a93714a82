#include "historymodel.h"

#include "statuscolors.h"

namespace holdline::ui {

using namespace Qt::StringLiterals;

QString actionLabel(const QString &action)
{
    if (action == "deploy"_L1) return HistoryModel::tr("Deploy");
    if (action == "rollback"_L1) return HistoryModel::tr("Rollback");
    if (action == "guard"_L1) return HistoryModel::tr("Guard");
    if (action == "sync"_L1) return HistoryModel::tr("Sync");
    if (action == "reconcile"_L1) return HistoryModel::tr("Reconcile");
    return action;
}

QString statusLabel(const QString &status)
{
    if (status == "pending"_L1) return HistoryModel::tr("pending");
    if (status == "completed"_L1) return HistoryModel::tr("completed");
    if (status == "failed"_L1) return HistoryModel::tr("failed");
    if (status == "conflict"_L1) return HistoryModel::tr("conflict");
    if (status == "unchanged"_L1) return HistoryModel::tr("unchanged");
    if (status == "alert"_L1) return HistoryModel::tr("alert");
    return status;
}

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
        if (e.status == "completed"_L1)
            return statusDot(complianceColor(Compliance::Compliant));
        if (e.status == "failed"_L1 || e.status == "conflict"_L1)
            return statusDot(complianceColor(Compliance::Violations));
        if (e.status == "pending"_L1 || e.status == "alert"_L1)
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
    case Action: return actionLabel(e.action);
    case Queue: return e.queueId;
    case Status: return statusLabel(e.status);
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
    return (entry.action == "deploy"_L1 || entry.action == "rollback"_L1) && entry.status == "completed"_L1
        && !entry.queueAfter.isEmpty();
}

} // namespace holdline::ui
