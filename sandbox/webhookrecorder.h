#pragma once

#include "sandbox/httpmessage.h"

#include <QJsonArray>
#include <QSet>

namespace holdline::sandbox {

// POST /sandbox/webhook: an external orchestration endpoint (CONTRACT.md §5)
// that records what it is sent, so deploy → sync can be seen end to end.
class WebhookRecorder
{
public:
    explicit WebhookRecorder(QByteArray signingSecret = {}) : m_secret(std::move(signingSecret)) {}

    // Records the delivery; failStatus > 0 answers that status (a fault)
    // instead of 200. Times are ms since the epoch, real and simulated.
    HttpResponse receive(const HttpRequest &request, qint64 realMs, qint64 simulatedMs, int failStatus);

    QJsonArray list() const { return m_received; }
    void clear();

private:
    QByteArray m_secret;
    QJsonArray m_received;
    QSet<QByteArray> m_acceptedKeys;
};

} // namespace holdline::sandbox
