#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace holdline::sync {

// The history entry that recorded the deploy: its id and MAC. Sent along so
// the endpoint holds a copy of the audit chain's head outside Holdline.
struct AuditAnchor
{
    qint64 entryId = 0;  // 0: none
    QString mac;
};

// The body of CONTRACT.md §5, compact JSON: source, queue_id, strategy,
// sync_timestamp, and audit_anchor {"entry_id", "mac"} when one is given.
QByteArray buildSyncPayload(const QString &queueId, const QJsonObject &strategy, const QDateTime &timestampUtc,
                            const AuditAnchor &anchor = {});

// "sha256=<hex HMAC-SHA256 of the body>", the X-Holdline-Signature value.
QByteArray signatureHeader(const QByteArray &body, const QByteArray &signingSecret);

} // namespace holdline::sync
