#include "sandbox/webhookrecorder.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

namespace {
constexpr qsizetype MaxRecorded = 1000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

HttpResponse WebhookRecorder::receive(const HttpRequest &request, qint64 realMs, qint64 simulatedMs, int failStatus)
{
    const QByteArray key = request.header("idempotency-key");
    const QByteArray signature = request.header("x-holdline-signature");
    const bool accepted = failStatus <= 0;

    QJsonObject entry{
        {u"receivedAt"_s, iso(realMs)},
        {u"simulatedTime"_s, iso(simulatedMs)},
        {u"status"_s, accepted ? 200 : failStatus},
        {u"idempotencyKey"_s, key.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(key))},
        {u"signature"_s, signature.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(signature))},
        {u"duplicate"_s, !key.isEmpty() && m_acceptedKeys.contains(key)},
        {u"contentType"_s, QString::fromUtf8(request.header("content-type"))},
    };
    if (!m_secret.isEmpty()) {
        const QByteArray expected = "sha256="
            + QMessageAuthenticationCode::hash(request.body, m_secret, QCryptographicHash::Sha256).toHex();
        entry.insert(u"signatureValid"_s, signature == expected);
    } else {
        entry.insert(u"signatureValid"_s, QJsonValue());
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()))
        entry.insert(u"body"_s, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
    else
        entry.insert(u"bodyText"_s, QString::fromUtf8(request.body.left(65536)));

    if (m_received.size() >= MaxRecorded)
        m_received.removeFirst();
    m_received.append(entry);

    if (!accepted)
        return HttpResponse::error(failStatus, u"webhook.failure"_s, u"The receiver failed on purpose (fault injection)."_s);
    if (!key.isEmpty())
        m_acceptedKeys.insert(key);
    return HttpResponse::json(200, QJsonObject{{u"received"_s, true}});
}

void WebhookRecorder::clear()
{
    m_received = QJsonArray();
    m_acceptedKeys.clear();
}

} // namespace holdline::sandbox
