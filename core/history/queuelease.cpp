#include "history/queuelease.h"

#include "history/advisorylock.h"

#include <QCryptographicHash>

namespace holdline::history::QueueLease {

qint64 keyOf(const QString &tenant, const QString &queueId)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(tenant.toUtf8() + '\n' + queueId.toUtf8()), QCryptographicHash::Sha256);
    qint64 low = 0;
    for (int i = 0; i < 6; ++i)
        low = (low << 8) | quint8(digest.at(i));
    return QueueLockBase + low;
}

bool claim(QSqlDatabase &db, const QString &tenant, const QString &queueId, QString *error)
{
    return AdvisoryLock::tryHold(db, keyOf(tenant, queueId), error);
}

} // namespace holdline::history::QueueLease
