#include "sync/syncpayload.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace holdline::sync {

using namespace Qt::StringLiterals;

QByteArray buildSyncPayload(const QString &queueId, const QJsonObject &strategy, const QDateTime &timestampUtc,
                            const AuditAnchor &anchor)
{
    QJsonObject payload{
        {"source"_L1, "cxone_routing"_L1},
        {"queue_id"_L1, queueId},
        {"strategy"_L1, strategy},
        {"sync_timestamp"_L1, timestampUtc.toUTC().toString(Qt::ISODate)},
    };
    if (anchor.entryId > 0)
        payload.insert("audit_anchor"_L1, QJsonObject{{"entry_id"_L1, anchor.entryId}, {"mac"_L1, anchor.mac}});
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray signatureHeader(const QByteArray &body, const QByteArray &signingSecret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, signingSecret, QCryptographicHash::Sha256).toHex();
}

} // namespace holdline::sync
