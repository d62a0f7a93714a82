#pragma once

#include "history/historyentry.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

namespace holdline::ui {

// The audit trail, newest first: one row per change. A write-ahead "pending"
// entry and the entry that settles it are one row, in the settled state; a
// pending row stays only while nothing has settled it.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Actor, Action, Queue, Status, Summary, ColumnCount };
    Q_ENUM(Column)
    enum Role { EntryIdRole = Qt::UserRole + 1 };

    explicit HistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Queue names for the Queue column (ids when it has none).
    void setQueueNames(std::function<QString(const QString &queueId)> nameOf);

    void setEntries(const QList<history::HistoryEntry> &entries); // newest first
    void prepend(const history::HistoryEntry &entry);
    const history::HistoryEntry &entryAt(int row) const { return m_entries.at(row); }
    // The row of an entry, or of the entry that settled it.
    int rowOf(qint64 entryId) const;
    // Entries read, pending ones that were settled included.
    int entriesRead() const { return m_read; }
    static QString shortTime(const QDateTime &local, const QDateTime &now);
    // Entries that changed a queue and hold a strategy to go back to.
    static bool canRollBack(const history::HistoryEntry &entry);

private:
    QList<history::HistoryEntry> m_entries;
    std::function<QString(const QString &)> m_nameOf;
    int m_read = 0;
};

} // namespace holdline::ui
