#include "history/pendinglease.h"

#include "history/advisorylock.h"

namespace holdline::history::PendingLease {

QString hold(QSqlDatabase &db, qint64 entryId)
{
    QString error;
    return claim(db, entryId, &error) ? QString() : error;
}

bool claim(QSqlDatabase &db, qint64 entryId, QString *error)
{
    return AdvisoryLock::tryHold(db, PendingLockBase + entryId, error);
}

void release(QSqlDatabase &db, qint64 entryId)
{
    AdvisoryLock::release(db, PendingLockBase + entryId);
}

} // namespace holdline::history::PendingLease
