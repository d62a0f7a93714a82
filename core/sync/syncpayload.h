#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace holdline::sync {

// The body of CONTRACT.md §5, compact JSON: source, queue_id, strategy, sync_timestamp.
QByteArray buildSyncPayload(const QString &queueId, const QJsonObject &strategy, const QDateTime &timestampUtc);

// "sha256=<hex HMAC-SHA256 of the body>", the X-Holdline-Signature value.
QByteArray signatureHeader(const QByteArray &body, const QByteArray &signingSecret);

} // namespace holdline::sync
