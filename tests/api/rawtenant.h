#pragma once
// A tenant that misbehaves below HTTP's message level, where HttpTransport
// (which always writes a whole answer) cannot: it never answers, trickles a
// body one byte at a time, or streams a body that never ends. Tokens are
// handed out like any tenant's, so the client gets as far as the real call.

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace holdline::testing {

class RawTenant : public QObject
{
public:
    enum class Behaviour { Silent, Trickle, Endless };

    explicit RawTenant(Behaviour behaviour) : m_behaviour(behaviour)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int calls() const { return m_calls; }        // requests other than the token's
    qint64 bytesSent() const { return m_bytesSent; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.clear(); // bodies of the calls made here are small and not needed
        if (head.contains(" /api/v2/oauth/token ")) {
            const QByteArray body = R"({"access_token":"raw-token","token_type":"Bearer","expires_in":3600,)"
                                    R"("scope":"routing:queue:view routing:queue:update analytics:queue:view"})";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        ++m_calls;
        switch (m_behaviour) {
        case Behaviour::Silent:
            break;
        case Behaviour::Trickle: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n");
            auto *drip = new QTimer(socket);
            connect(drip, &QTimer::timeout, socket, [socket] { socket->write(" "); });
            drip->start(200);
            break;
        }
        case Behaviour::Endless: {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n[");
            // Bounded here too, so a client without a cap fails the test rather than the machine.
            const auto more = [this, socket = QPointer(socket)] {
                if (socket && m_bytesSent >= EndlessLimit) {
                    socket->disconnectFromHost();
                    return;
                }
                if (socket && socket->bytesToWrite() < 1024 * 1024) {
                    const QByteArray chunk(256 * 1024, '0');
                    socket->write(chunk);
                    m_bytesSent += chunk.size();
                }
            };
            connect(socket, &QTcpSocket::bytesWritten, socket, more);
            more();
            break;
        }
        }
    }

    static constexpr qint64 EndlessLimit = 48 * 1024 * 1024;

    Behaviour m_behaviour;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_calls = 0;
    qint64 m_bytesSent = 0;
};

} // namespace holdline::testing
