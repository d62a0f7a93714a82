#pragma once

#include "history/historyentry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class QTimer;

#include <functional>

namespace holdline::ui {

// The audit trail, newest first: one row per change. A write-ahead "pending"
// entry and the entry that settles it are one row, in the settled state; a
// pending row stays only while nothing has settled it.
//
// A history can hold hundreds of thousands of entries: the model holds the
// pages read so far and asks for the next older one (olderEntriesWanted)
// when a view scrolls to its end (fetchMore), one page at a time.
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

    // The newest page (newest first); more: older entries may follow.
    void setEntries(const QList<history::HistoryEntry> &entries, bool more = false);
    // The next older page, as olderEntriesWanted asked for it.
    void appendOlder(const QList<history::HistoryEntry> &entries, bool more);
    // The older page could not be read: stop asking until the next setEntries.
    void olderEntriesFailed();
    // Entries appended since (here or by another Holdline), in any order:
    // each takes its place by id; one already listed, or older than the pages
    // read while more remain, is left out.
    void addNewer(const QList<history::HistoryEntry> &entries);
    bool hasMore() const { return m_more; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    const history::HistoryEntry &entryAt(int row) const { return m_entries.at(row); }
    // The row of an entry, or of the entry that settled it.
    int rowOf(qint64 entryId) const;
    // Entries read, pending ones that were settled included.
    int entriesRead() const { return m_read; }
    // The id of the oldest entry read (0: none): the next page ends before it.
    qint64 oldestRead() const { return m_oldestRead; }
    static QString shortTime(const QDateTime &local, const QDateTime &now);
    // Entries that changed a queue and hold a strategy to go back to.
    static bool canRollBack(const history::HistoryEntry &entry);

Q_SIGNALS:
    // Read the page of entries older than beforeId, then appendOlder().
    void olderEntriesWanted(qint64 beforeId);

private:
    // The entries of a page that get a row: not those an entry read settled.
    QList<history::HistoryEntry> rowsOf(const QList<history::HistoryEntry> &entries);
    void insertNewer(const history::HistoryEntry &entry);

    void releaseLater(QList<history::HistoryEntry> entries);
    void releaseSome();

    QList<history::HistoryEntry> m_entries; // by id, newest first
    // Rows a reload replaced, freed a slice per turn of the event loop:
    // thousands of entries' JSON freed at once stall the UI thread (50 ms
    // for 5,000 rows, bench_historypanel).
    QList<history::HistoryEntry> m_released;
    QTimer *m_releaseTimer;
    QSet<qint64> m_listed;                  // the ids of m_entries
    QSet<qint64> m_settled;                 // pending entries settled by an entry read
    std::function<QString(const QString &)> m_nameOf;
    int m_read = 0;
    qint64 m_oldestRead = 0;
    bool m_more = false;
    bool m_fetching = false;
};

} // namespace holdline::ui
