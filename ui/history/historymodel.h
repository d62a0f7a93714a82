#pragma once

#include "history/historyentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace holdline::ui {

// The audit trail, newest first: one row per entry.
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

    void setEntries(const QList<history::HistoryEntry> &entries); // newest first
    void prepend(const history::HistoryEntry &entry);
    const history::HistoryEntry &entryAt(int row) const { return m_entries.at(row); }
    int rowOf(qint64 entryId) const;
    // Entries that changed a queue and hold a strategy to go back to.
    static bool canRollBack(const history::HistoryEntry &entry);

private:
    QList<history::HistoryEntry> m_entries;
};

} // namespace holdline::ui
