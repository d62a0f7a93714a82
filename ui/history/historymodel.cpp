#include "ui/history/historymodel.h"

#include "ui/statuscolors.h"

#include <QFont>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace holdline::ui {

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent), m_releaseTimer(new QTimer(this))
{
    m_releaseTimer->setInterval(0);
    connect(m_releaseTimer, &QTimer::timeout, this, &HistoryModel::releaseSome);
}

void HistoryModel::releaseLater(QList<history::HistoryEntry> entries)
{
    m_released.append(std::move(entries));
    if (!m_released.isEmpty())
        m_releaseTimer->start();
}

void HistoryModel::releaseSome()
{
    constexpr qsizetype Slice = 50;
    m_released.resize(std::max<qsizetype>(0, m_released.size() - Slice));
    if (m_released.isEmpty()) {
        m_released.squeeze();
        m_releaseTimer->stop();
    }
}

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

QList<history::HistoryEntry> HistoryModel::rowsOf(const QList<history::HistoryEntry> &entries)
{
    // An entry settles an older one: newest first, it is read before it.
    for (const history::HistoryEntry &e : entries)
        if (e.resolvesEntryId > 0)
            m_settled.insert(e.resolvesEntryId);
    QList<history::HistoryEntry> rows;
    rows.reserve(entries.size());
    for (const history::HistoryEntry &e : entries) {
        if (m_oldestRead == 0 || e.id < m_oldestRead)
            m_oldestRead = e.id;
        // An entry that settles a pending one counts that one too, whether
        // or not the page holds it (HistoryFilter::omitSettledPending).
        if (!m_settled.contains(e.id))
            m_read += e.resolvesEntryId > 0 ? 2 : 1;
        if (!m_settled.contains(e.id) && !m_listed.contains(e.id)) {
            m_listed.insert(e.id);
            rows.append(e);
        }
    }
    return rows;
}

void HistoryModel::setEntries(const QList<history::HistoryEntry> &entries, bool more)
{
    beginResetModel();
    releaseLater(std::exchange(m_entries, {}));
    m_listed.clear();
    m_settled.clear();
    m_read = 0;
    m_oldestRead = 0;
    m_entries = rowsOf(entries);
    m_more = more;
    m_fetching = false;
    endResetModel();
}

void HistoryModel::appendOlder(const QList<history::HistoryEntry> &entries, bool more)
{
    m_fetching = false;
    m_more = more;
    const QList<history::HistoryEntry> rows = rowsOf(entries);
    if (rows.isEmpty()) {
        // A page of pending entries settled by newer ones adds no row, and a
        // view at its end would never ask again: read on.
        fetchMore({});
        return;
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + rows.size() - 1));
    m_entries.append(rows);
    endInsertRows();
}

void HistoryModel::olderEntriesFailed()
{
    m_fetching = false;
    m_more = false;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_fetching;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT olderEntriesWanted(m_oldestRead);
}

void HistoryModel::addNewer(const QList<history::HistoryEntry> &entries)
{
    for (const history::HistoryEntry &e : entries)
        insertNewer(e);
}

void HistoryModel::insertNewer(const history::HistoryEntry &entry)
{
    if (m_listed.contains(entry.id) || m_settled.contains(entry.id))
        return;
    // Older than the pages read: its page brings it.
    if (m_more && m_oldestRead > 0 && entry.id < m_oldestRead)
        return;
    ++m_read;
    if (m_oldestRead == 0)
        m_oldestRead = entry.id;
    // The pending row this entry settles gives way to it; a pending entry
    // not read yet is counted now, and left out when its page comes.
    if (entry.resolvesEntryId > 0) {
        m_settled.insert(entry.resolvesEntryId);
        const int row = rowOf(entry.resolvesEntryId);
        if (row < 0 || m_entries.at(row).id != entry.resolvesEntryId) {
            ++m_read;
        } else {
            beginRemoveRows({}, row, row);
            m_listed.remove(entry.resolvesEntryId);
            m_entries.removeAt(row);
            endRemoveRows();
        }
    }
    // Rows are newest first by id: the first row older than this entry.
    const auto at = std::lower_bound(m_entries.cbegin(), m_entries.cend(), entry.id,
                                     [](const history::HistoryEntry &e, qint64 id) { return e.id > id; });
    const int row = int(at - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    m_listed.insert(entry.id);
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
