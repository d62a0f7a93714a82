#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace holdline::storage {
class DatabaseWorker;
}

namespace holdline::history {

struct CopyResult
{
    int entries = 0;
    QString historyId;
    QString error;   // empty on success
};

// Copies a history into an empty one (a personal SQLite history into the
// team's PostgreSQL one): every row as stored, with its id and its hashes,
// and the history's id, by which its chain key is found in the keychain; so
// the copy verifies as the original did, keyed and anchored. Both databases
// must be migrated (HistoryStore::open()); the target must hold no entry (one
// write transaction checks and copies). The caller verifies the source first.
class HistoryCopier : public QObject
{
    Q_OBJECT
public:
    HistoryCopier(storage::DatabaseWorker *source, storage::DatabaseWorker *target, QObject *parent = nullptr);

    void copy(std::function<void(CopyResult)> done);

private:
    storage::DatabaseWorker *m_source;
    storage::DatabaseWorker *m_target;
};

} // namespace holdline::history
