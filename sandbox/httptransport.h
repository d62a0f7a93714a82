#pragma once

#include "sandbox/httpmessage.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHostAddress>

#include <functional>

namespace holdline::sandbox {

// The wire: turns QtHttpServer's parsed requests into HttpRequest, asks the
// handler, and writes the answer itself. Writing the raw response (rather than
// through QHttpServerResponder) lets an answer be delayed or the connection be
// dropped without holding a responder whose request dies with the socket;
// answers on one connection still leave in request order.
class HttpTransport : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit HttpTransport(Handler handler, QObject *parent = nullptr);

    // Listens on address:port; address must be loopback. Returns the error, or "".
    QString listenOn(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_port; }

    static QByteArray serialize(const HttpResponse &response, bool closeAfter);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void deliver(QTcpSocket *socket, const HttpResponse &response, bool closeAfter);

    Handler m_handler;
    quint16 m_port = 0;
};

} // namespace holdline::sandbox
