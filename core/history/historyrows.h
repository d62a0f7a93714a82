#pragma once

#include "history/historyentry.h"
#include "storage/schemamigrator.h"

class QSqlQuery;

namespace holdline::history {

// The history_entries table: its migrations and the mapping between a row and
// a HistoryEntry. Portable SQL only (PostgreSQL may follow SQLite): ids are
// assigned by the store, JSON is TEXT, times are ISO-8601 UTC TEXT.
const QList<storage::Migration> &historyMigrations();

// "id, entry_time, ..." in the order readRow() and bindRow() use, each
// prefixed with "alias." when an alias is given.
QString historyColumns(const QString &alias = {});

// One row as read. A row the store could not have written (bad JSON, a
// missing time, a non-numeric id) is reported, never trusted or crashed on.
struct HistoryRow
{
    HistoryEntry entry;
    bool idValid = true;
    QString problem;   // empty when the row reads back faithfully
};

// Reads the current row of a query that selected historyColumns().
HistoryRow readRow(const QSqlQuery &query);
// Binds every column of the entry, in historyColumns() order.
void bindRow(QSqlQuery &query, const HistoryEntry &entry);

} // namespace holdline::history
