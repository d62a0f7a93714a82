#include "sandbox/httptransport.h"

#include "sandbox/sandboxlogging.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <deque>

using namespace Qt::StringLiterals;

namespace holdline::sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return {};
    }
}

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] { QElapsedTimer t; t.start(); return t; }();
    return clock.elapsed();
}

// Answers waiting on one connection, oldest first. A child of the socket, so
// it dies with it and a late timer never touches a deleted socket.
class PendingAnswers : public QObject
{
public:
    struct Item
    {
        qint64 dueMs;
        QByteArray bytes;
        bool drop;
        bool close;
    };

    static constexpr QLatin1StringView Name{"holdline-pending-answers"};

    explicit PendingAnswers(QTcpSocket *socket) : QObject(socket), m_socket(socket)
    {
        setObjectName(Name);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &PendingAnswers::flush);
    }

    bool isEmpty() const { return m_items.empty(); }

    void enqueue(Item item)
    {
        // Never overtake an earlier answer on the same connection.
        if (!m_items.empty())
            item.dueMs = std::max(item.dueMs, m_items.back().dueMs);
        m_items.push_back(std::move(item));
        schedule();
    }

private:
    void schedule()
    {
        if (m_items.empty())
            return;
        m_timer.start(static_cast<int>(std::max<qint64>(0, m_items.front().dueMs - monotonicMs())));
    }

    void flush()
    {
        while (!m_items.empty() && m_items.front().dueMs <= monotonicMs()) {
            Item item = std::move(m_items.front());
            m_items.pop_front();
            if (item.drop) {
                m_items.clear();
                m_socket->abort(); // deletes the socket, and this, later
                return;
            }
            m_socket->write(item.bytes);
            if (item.close) {
                m_items.clear();
                m_socket->disconnectFromHost();
                return;
            }
        }
        schedule();
    }

    QTcpSocket *m_socket;
    QTimer m_timer;
    std::deque<Item> m_items;
};

// Hands QtHttpServer sockets that close themselves after IdleTimeoutMs
// without a byte from the client: a half-sent request or a forgotten
// keep-alive connection never holds a socket forever.
class WatchedTcpServer : public QTcpServer
{
public:
    static constexpr int IdleTimeoutMs = 60000;

    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        idle->setInterval(IdleTimeoutMs);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        connect(socket, &QTcpSocket::readyRead, idle, qOverload<>(&QTimer::start));
        connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
        idle->start();
        addPendingConnection(socket);
    }
};

} // namespace

HttpTransport::HttpTransport(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{
}

QString HttpTransport::listenOn(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        return u"refusing to listen on %1: the sandbox tenant listens on loopback only (127.0.0.1 or ::1)"_s
            .arg(address.toString());
    }
    auto *server = new WatchedTcpServer(this);
    if (!server->listen(address, port)) {
        const QString error = u"cannot listen on %1 port %2: %3"_s.arg(address.toString()).arg(port).arg(server->errorString());
        delete server;
        return error;
    }
    m_port = server->serverPort();
    bind(server);
    return {};
}

QByteArray HttpTransport::serialize(const HttpResponse &response, bool closeAfter)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += reasonPhrase(response.status);
    out += "\r\n";
    bool hasContentType = false;
    for (const auto &[name, value] : response.headers) {
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (!hasContentType)
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: ";
    out += QByteArray::number(response.body.size());
    out += closeAfter ? "\r\nConnection: close\r\n\r\n" : "\r\nConnection: keep-alive\r\n\r\n";
    out += response.body;
    return out;
}

bool HttpTransport::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest req;
    req.method = methodName(request.method());
    const QUrl url = request.url();
    req.path = url.path(QUrl::FullyEncoded);
    req.query = request.query();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers)
        req.headers.insert(name.toLower(), value);
    req.body = request.body();
    req.fromLoopback = request.remoteAddress().isLoopback();

    const HttpResponse response = m_handler(req);
    const bool closeAfter = req.header("connection").toLower().contains("close");
    deliver(socket, response, closeAfter);
    return true;
}

void HttpTransport::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // Not reached: handleRequest() answers everything. Stay safe anyway.
    deliver(socket, HttpResponse::error(404, u"not.found"_s, u"No such resource."_s), false);
}

void HttpTransport::deliver(QTcpSocket *socket, const HttpResponse &response, bool closeAfter)
{
    if (!socket)
        return;
    // Found by name: without Q_OBJECT, findChild<PendingAnswers *> would match any child.
    auto *pending = static_cast<PendingAnswers *>(
        socket->findChild<QObject *>(PendingAnswers::Name, Qt::FindDirectChildrenOnly));
    const bool drop = response.delivery == HttpResponse::Delivery::Drop;
    if (response.delayMs <= 0 && !drop && (!pending || pending->isEmpty())) {
        socket->write(serialize(response, closeAfter));
        if (closeAfter)
            socket->disconnectFromHost();
        return;
    }
    if (!pending)
        pending = new PendingAnswers(socket);
    // Even an immediate drop goes through the queue: aborting inside the
    // server's readyRead handling would pull the socket from under it.
    pending->enqueue({monotonicMs() + std::max(0, response.delayMs),
                      drop ? QByteArray() : serialize(response, closeAfter), drop, closeAfter});
}

} // namespace holdline::sandbox
