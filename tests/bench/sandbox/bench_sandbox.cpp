// Requests per second served by an in-process sandbox tenant over loopback.
// A client thread drives several keep-alive connections with raw HTTP/1.1
// (so the figure is the server's, not a client library's), plus one run
// through QNetworkAccessManager as a Qt client sees it. Prints figures only.
#include "sandbox/sandboxtenant.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using holdline::sandbox::SandboxOptions;
using holdline::sandbox::SandboxTenant;

namespace {

// Keeps `connections` sockets busy with one request each, back to back,
// for durationMs; counts complete responses.
class Load : public QObject
{
    Q_OBJECT
public:
    Load(quint16 port, QByteArray request, int connections, int durationMs)
        : m_port(port), m_request(std::move(request)), m_connections(connections), m_durationMs(durationMs)
    {
    }

    void start()
    {
        m_timer.start();
        for (int i = 0; i < m_connections; ++i) {
            auto *socket = new QTcpSocket(this);
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::connected, this, [this, socket] { socket->write(m_request); });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
                ++m_errors;
                finishOne(socket);
            });
            socket->connectToHost(QHostAddress::LocalHost, m_port);
        }
    }

Q_SIGNALS:
    void done(qint64 completed, qint64 errors, qint64 elapsedMs, QList<int> statuses);

private:
    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (true) {
            const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const qsizetype cl = buffer.indexOf("Content-Length: ");
            const qsizetype length = buffer.mid(cl + 16, buffer.indexOf('\r', cl) - cl - 16).toLongLong();
            if (buffer.size() < headerEnd + 4 + length)
                return;
            const int status = buffer.mid(9, 3).toInt();
            if (!m_statuses.contains(status))
                m_statuses.append(status);
            buffer.remove(0, headerEnd + 4 + length);
            ++m_completed;
            if (m_timer.elapsed() >= m_durationMs) {
                finishOne(socket);
                return;
            }
            socket->write(m_request);
        }
    }

    void finishOne(QTcpSocket *socket)
    {
        if (!m_buffers.remove(socket))
            return;
        socket->disconnect(this);
        socket->abort();
        if (m_buffers.isEmpty())
            Q_EMIT done(m_completed, m_errors, m_timer.elapsed(), m_statuses);
    }

    quint16 m_port;
    QByteArray m_request;
    int m_connections;
    int m_durationMs;
    QElapsedTimer m_timer;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    qint64 m_completed = 0;
    qint64 m_errors = 0;
    QList<int> m_statuses;
};

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QByteArray &token,
                       const QByteArray &body = {})
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token + "\r\n";
    if (!body.isEmpty())
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

// One request on a fresh blocking socket (the tenant runs on its own thread).
QJsonObject call(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.waitForConnected(5000);
    socket.write(request);
    QByteArray buffer;
    while (socket.waitForReadyRead(5000)) {
        buffer += socket.readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        const qsizetype cl = buffer.indexOf("Content-Length: ");
        if (headerEnd < 0 || cl < 0)
            continue;
        const qsizetype length = buffer.mid(cl + 16, buffer.indexOf('\r', cl) - cl - 16).toLongLong();
        if (buffer.size() >= headerEnd + 4 + length)
            return QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
    }
    return {};
}

void runLoad(const char *name, quint16 port, const QByteArray &request, int connections, int durationMs = 3000)
{
    QThread clientThread;
    auto *load = new Load(port, request, connections, durationMs);
    load->moveToThread(&clientThread);
    QEventLoop loop;
    qint64 completed = 0, errors = 0, elapsed = 1;
    QList<int> statuses;
    QObject::connect(load, &Load::done, &loop, [&](qint64 c, qint64 e, qint64 ms, const QList<int> &s) {
        completed = c;
        errors = e;
        elapsed = std::max<qint64>(1, ms);
        statuses = s;
        loop.quit();
    });
    QObject::connect(&clientThread, &QThread::finished, load, &QObject::deleteLater);
    clientThread.start();
    QMetaObject::invokeMethod(load, &Load::start, Qt::QueuedConnection);
    loop.exec();
    clientThread.quit();
    clientThread.wait();
    QStringList codes;
    for (int s : std::as_const(statuses))
        codes.append(QString::number(s));
    std::printf("%-52s %3d conn  %8.0f req/s  (%lld requests, %lld errors, status %s)\n", name, connections,
                completed * 1000.0 / elapsed, static_cast<long long>(completed), static_cast<long long>(errors),
                qPrintable(codes.join(u'/')));
    std::fflush(stdout);
}

void runQnam(quint16 port, const QByteArray &token, const QString &path, int parallel, int durationMs = 3000)
{
    QNetworkAccessManager nam;
    QElapsedTimer timer;
    timer.start();
    qint64 completed = 0, errors = 0;
    int inFlight = 0;
    QEventLoop loop;
    std::function<void()> sendOne = [&] {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
        request.setRawHeader("Authorization", "Bearer " + token);
        QNetworkReply *reply = nam.get(request);
        ++inFlight;
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->readAll();
            reply->error() == QNetworkReply::NoError ? ++completed : ++errors;
            reply->deleteLater();
            --inFlight;
            if (timer.elapsed() < durationMs)
                sendOne();
            else if (inFlight == 0)
                loop.quit();
        });
    };
    for (int i = 0; i < parallel; ++i)
        sendOne();
    loop.exec();
    std::printf("%-52s %3d par   %8.0f req/s  (%lld requests, %lld errors)\n",
                "GET queue via QNetworkAccessManager", parallel, completed * 1000.0 / std::max<qint64>(1, timer.elapsed()),
                static_cast<long long>(completed), static_cast<long long>(errors));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SandboxOptions options;       // 40 queues, 7 days of history, as the executable
    options.rateLimitPerMinute = 0; // measure the server, not the limiter
    SandboxTenant tenant(options);
    QElapsedTimer startup;
    startup.start();
    QEventLoop waitStart;
    bool ok = false;
    QObject::connect(&tenant, &SandboxTenant::started, &waitStart, [&] { ok = true; waitStart.quit(); });
    QObject::connect(&tenant, &SandboxTenant::failed, &waitStart, [&](const QString &reason) {
        std::fprintf(stderr, "tenant failed: %s\n", qPrintable(reason));
        waitStart.quit();
    });
    tenant.start();
    waitStart.exec();
    if (!ok)
        return 1;
    std::printf("tenant start-up (40 queues, 7 days simulated, port bound): %lld ms\n",
                static_cast<long long>(startup.elapsed()));

    const quint16 port = quint16(tenant.baseUrl().port());
    const QByteArray tokenBody = QJsonDocument(QJsonObject{{u"grant_type"_s, u"client_credentials"_s},
                                                           {u"client_id"_s, tenant.clientId()},
                                                           {u"client_secret"_s, tenant.clientSecret()}})
                                     .toJson(QJsonDocument::Compact);
    const QByteArray token = call(port, httpRequest("POST", "/api/v2/oauth/token", {}, tokenBody))
                                 .value(u"access_token"_s).toString().toLatin1();
    const QJsonObject firstPage = call(port, httpRequest("GET", "/api/v2/routing/queues", token));
    QJsonObject queue = firstPage.value(u"entities"_s).toArray().at(0).toObject();
    const QByteArray id = queue.value(u"id"_s).toString().toLatin1();
    queue.remove(u"version"_s);
    const QByteArray queueBody = QJsonDocument(queue).toJson(QJsonDocument::Compact);

    const QByteArray getQueue = httpRequest("GET", "/api/v2/routing/queues/" + id, token);
    runLoad("GET /routing/queues/{id}, keep-alive", port, getQueue, 1);
    runLoad("GET /routing/queues/{id}, keep-alive", port, getQueue, 8);
    runLoad("GET /routing/queues?pageSize=25", port, httpRequest("GET", "/api/v2/routing/queues?pageSize=25", token), 8);
    runLoad("PUT /routing/queues/{id} (full replace)", port, httpRequest("PUT", "/api/v2/routing/queues/" + id, token, queueBody), 4);
    runLoad("POST analytics PT1H, 40 queues, summary", port,
            httpRequest("POST", "/api/v2/analytics/queues/summary/query", token,
                        R"({"interval":"PT1H","groupBy":["queue.id"],"select":["queue.id","queue.answerRate","queue.abandonRate","queue.averageWaitTime"]})"),
            8);
    runLoad("POST analytics PT1H/PT5M, one queue (12 records)", port,
            httpRequest("POST", "/api/v2/analytics/queues/summary/query", token,
                        R"({"interval":"PT1H","granularity":"PT5M","groupBy":["queue.id"],"where":"queue.id eq ')" + id + R"('"})"),
            8);
    runLoad("POST analytics P1D/PT5M, 40 queues, size 1000", port,
            httpRequest("POST", "/api/v2/analytics/queues/summary/query", token,
                        R"({"interval":"P1D","granularity":"PT5M","groupBy":["queue.id"],"size":1000})"),
            4);
    runLoad("POST /api/v2/oauth/token", port, httpRequest("POST", "/api/v2/oauth/token", {}, tokenBody), 4);
    runQnam(port, token, u"/api/v2/routing/queues/"_s + QString::fromLatin1(id), 6);
    return 0;
}

#include "bench_sandbox.moc"
