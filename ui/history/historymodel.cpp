#include "ui/history/historymodel.h"

#include "ui/statuscolors.h"

#include <QFont>
#include <QSet>

namespace holdline::ui {

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

// "21:04" today, "3 Dec 21:04" this year, "3 Dec 2025" before: the full time is on hover.
QString HistoryModel::shortTime(const QDateTime &local, const QDateTime &now)
{
    const QLocale locale;
    if (local.date() == now.date())
        return locale.toString(local.time(), u"HH:mm"_s);
    if (local.date().year() == now.date().year())
        return locale.toString(local, u"d MMM HH:mm"_s);
    return locale.toString(local.date(), u"d MMM yyyy"_s);
}

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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Time)
        return tr("On the tenant's clock, as the charts and the before/after view show it (a sandbox's clock is "
                  "simulated). In italics: entries the tenant never dated, at this computer's time.");
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
    // Entries the tenant never dated show this computer's time, set apart.
    if (role == Qt::FontRole && index.column() == Time && !e.tenantTime()) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
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
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time: {
            const auto full = [](const QDateTime &t) {
                return tr("%1 (%2 UTC)").arg(QLocale().toString(t.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s),
                                             QLocale().toString(t.toUTC(), u"HH:mm:ss"_s));
            };
            const std::optional<QDateTime> tenant = e.tenantTime();
            const QString recorded = tr("Recorded %1 by this computer's clock.").arg(full(e.time));
            return QString(tenant ? tr("%1 on the tenant's clock.").arg(full(*tenant)) + u'\n' + recorded
                                  : recorded + u'\n' + tr("The tenant's time of this entry is not known."));
        }
        case Actor: return e.actor();
        case Queue: return e.queueId;
        case Summary: return e.message;
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Time: return shortTime(e.tenantTime().value_or(e.time).toLocalTime(), QDateTime::currentDateTime());
    case Actor: return e.osUser.isEmpty() ? e.actor() : e.osUser;
    case Action: return history::actionLabel(e.action);
    case Queue: {
        const QString name = m_nameOf ? m_nameOf(e.queueId) : QString();
        return name.isEmpty() ? e.queueId : name;
    }
    case Status: return history::statusLabel(e.status);
    case Summary: return e.message;
    default: return {};
    }
}

void HistoryModel::setQueueNames(std::function<QString(const QString &)> nameOf)
{
    m_nameOf = std::move(nameOf);
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, Queue), index(rowCount() - 1, Queue));
}

void HistoryModel::setEntries(const QList<history::HistoryEntry> &entries)
{
    QSet<qint64> settled;
    for (const history::HistoryEntry &e : entries)
        if (e.resolvesEntryId > 0)
            settled.insert(e.resolvesEntryId);
    beginResetModel();
    m_entries.clear();
    for (const history::HistoryEntry &e : entries)
        if (!settled.contains(e.id))
            m_entries.append(e);
    m_read = int(entries.size());
    endResetModel();
}

void HistoryModel::prepend(const history::HistoryEntry &entry)
{
    for (const history::HistoryEntry &e : std::as_const(m_entries))
        if (e.id == entry.id)
            return;
    ++m_read;
    // The pending row this entry settles gives way to it.
    for (int row = 0; entry.resolvesEntryId > 0 && row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == entry.resolvesEntryId) {
            beginRemoveRows({}, row, row);
            m_entries.removeAt(row);
            endRemoveRows();
            break;
        }
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int HistoryModel::rowOf(qint64 entryId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).id == entryId || m_entries.at(i).resolvesEntryId == entryId)
            return i;
    return -1;
}

bool HistoryModel::canRollBack(const history::HistoryEntry &entry)
{
    return entry.isAppliedChange() && !entry.queueAfter.isEmpty();
}

} // namespace holdline::ui
