// Malformed requests get the contract's 400 (or a closed connection when
// they are not HTTP at all) and never crash or hang the tenant. Raw bytes
// over QTcpSocket, so nothing normalizes the request on the way.
#include "sandboxtestclient.h"

#include <QTcpSocket>

using namespace sandboxtest;

namespace {
struct RawAnswer
{
    bool closed = false;
    QList<int> statuses;
    QByteArray bytes;
};

// Sends bytes, collects every complete response until `expected` arrived or
// the server closed the connection.
RawAnswer rawExchange(quint16 port, const QByteArray &bytes, int expected = 1, int patienceMs = 10000)
{
    RawAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return answer;
    socket.write(bytes);
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    auto complete = [&] {
        answer.statuses.clear();
        qsizetype at = 0;
        while (true) {
            const qsizetype headerEnd = answer.bytes.indexOf("\r\n\r\n", at);
            if (headerEnd < 0)
                break;
            const QByteArray head = answer.bytes.mid(at, headerEnd - at);
            const qsizetype cl = head.toLower().indexOf("content-length: ");
            const qsizetype length = cl < 0 ? 0 : head.mid(cl + 16, head.indexOf('\r', cl) - cl - 16).toLongLong();
            if (answer.bytes.size() < headerEnd + 4 + length)
                break;
            answer.statuses.append(head.mid(9, 3).toInt());
            at = headerEnd + 4 + length;
        }
        return answer.statuses.size() >= expected;
    };
    for (int i = 0; i < patienceMs / 100 && !complete(); ++i) {
        if (socket.state() != QAbstractSocket::ConnectedState) {
            answer.closed = true;
            break;
        }
        if (!socket.bytesAvailable())
            socket.waitForReadyRead(100);
        answer.bytes += socket.readAll();
    }
    answer.bytes += socket.readAll();
    complete();
    return answer;
}
} // namespace

class TestSandboxRobustness : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxTenant> m_tenant;
    std::unique_ptr<Client> m_client;
    quint16 m_port = 0;
    QByteArray m_auth;

private slots:
    void initTestCase()
    {
        SandboxOptions o = quickOptions();
        o.historyDays = 0;
        m_tenant = startTenant(o);
        QVERIFY(m_tenant);
        m_port = quint16(m_tenant->baseUrl().port());
        m_client = std::make_unique<Client>(m_tenant->baseUrl());
        QVERIFY(m_client->login(*m_tenant));
        m_auth = "Authorization: Bearer " + m_client->token + "\r\n";
    }

    void cleanup()
    {
        // Whatever came before, the tenant still answers.
        QCOMPARE(m_client->get(QueuesPath).status, 200);
    }

    void rawRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");  // 0: not HTTP; closed, or no answer (the idle timeout closes it later)
        const QByteArray h = "Host: x\r\n";
        QTest::newRow("huge path") << QByteArray("GET /" + QByteArray(200000, 'a') + " HTTP/1.1\r\n" + h + "\r\n") << 404;
        QTest::newRow("huge queue id") << QByteArray("GET /api/v2/routing/queues/" + QByteArray(5000, 'q') + " HTTP/1.1\r\n" + h + "@\r\n") << 400;
        QTest::newRow("bad percent") << QByteArray("GET /api/v2/routing/queues/%zz HTTP/1.1\r\n" + h + "@\r\n") << 400;
        QTest::newRow("dot segments") << QByteArray("GET /api/v2/routing/queues/../../../sandbox/faults HTTP/1.1\r\n" + h + "@\r\n") << 404;
        QTest::newRow("dot id") << QByteArray("GET /api/v2/routing/queues/.. HTTP/1.1\r\n" + h + "@\r\n") << 404;
        QTest::newRow("double slash") << QByteArray("GET //api/v2/routing/queues HTTP/1.1\r\n" + h + "@\r\n") << 404;
        QTest::newRow("trailing slash") << QByteArray("GET /api/v2/routing/queues/ HTTP/1.1\r\n" + h + "@\r\n") << 400;
        QTest::newRow("bad query") << QByteArray("GET /api/v2/routing/queues?pageSize=%%%&&==&pageNumber HTTP/1.1\r\n" + h + "@\r\n") << 400;
        QTest::newRow("repeated params") << QByteArray("GET /api/v2/routing/queues?pageSize=5&pageSize=abc HTTP/1.1\r\n" + h + "@\r\n") << 200;
        QTest::newRow("unicode path") << QByteArray("GET /api/v2/routing/queues/\xc3\xa9\xe2\x82\xac HTTP/1.1\r\n" + h + "@\r\n") << 400;
        QTest::newRow("PATCH") << QByteArray("PATCH /api/v2/routing/queues HTTP/1.1\r\n" + h + "\r\n") << 405;
        QTest::newRow("HEAD") << QByteArray("HEAD /api/v2/oauth/token HTTP/1.1\r\n" + h + "\r\n") << 405;
        QTest::newRow("put list") << QByteArray("PUT /api/v2/routing/queues HTTP/1.1\r\n" + h + "Content-Length: 2\r\n\r\n{}") << 405;
        QTest::newRow("not HTTP") << QByteArray("HELLO THERE\r\n\r\n") << 0;
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) << 0;
        QTest::newRow("unknown method") << QByteArray("BREW /api/v2/routing/queues HTTP/1.1\r\n" + h + "\r\n") << 405;
        QTest::newRow("form body to PUT") << QByteArray("PUT /api/v2/routing/queues/QID HTTP/1.1\r\n" + h + "@Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 6\r\n\r\nname=x") << 400;
        QTest::newRow("deep JSON") << QByteArray("PUT /api/v2/routing/queues/QID HTTP/1.1\r\n" + h + "@Content-Length: 200000\r\n\r\n" + QByteArray(200000, '[')) << 400;
        QTest::newRow("big JSON") << QByteArray("POST /api/v2/analytics/queues/summary/query HTTP/1.1\r\n" + h + "@Content-Length: 2000015\r\n\r\n{\"interval\":\"" + QByteArray(2000000, 'P') + "\"}") << 400;
        QTest::newRow("NUL in JSON") << QByteArray("POST /api/v2/analytics/queues/summary/query HTTP/1.1\r\n" + h + "@Content-Length: 5\r\n\r\n" + QByteArray("{\0\0}\n", 5)) << 400;
        QTest::newRow("chunked") << QByteArray("POST /api/v2/oauth/token HTTP/1.1\r\n" + h + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n2\r\n1}\r\n0\r\n\r\n") << 400;
        QTest::newRow("token junk") << QByteArray("POST /api/v2/oauth/token HTTP/1.1\r\n" + h + "Content-Length: 9\r\n\r\n\xff\xfe&&==&=&") << 400;
    }

    void rawRequests()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        // "@" marks where the bearer header goes; QID a real queue id.
        request.replace("@", m_auth);
        const QString id = m_client->get(QueuesPath).json().value(u"entities"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        request.replace("QID", id.toLatin1());
        const RawAnswer answer = rawExchange(m_port, request, 1, status == 0 ? 500 : 10000);
        if (status == 0) {
            QVERIFY2(answer.statuses.isEmpty() || answer.statuses.value(0) == 400, answer.bytes.left(200).constData());
        } else {
            QCOMPARE(answer.statuses.value(0), status);
            const QByteArray body = answer.bytes.mid(answer.bytes.indexOf("\r\n\r\n") + 4);
            if (!request.startsWith("HEAD"))
                QVERIFY2(QJsonDocument::fromJson(body).isObject(), body.left(200).constData());
        }
    }

    void pipelined()
    {
        const QByteArray one = "GET /sandbox/clock HTTP/1.1\r\nHost: x\r\n\r\n";
        const RawAnswer answer = rawExchange(m_port, one + one + one, 3);
        QCOMPARE(answer.statuses, (QList<int>{200, 200, 200}));
    }

    void connectionClose()
    {
        const RawAnswer answer = rawExchange(m_port, "GET /sandbox/clock HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 2);
        QCOMPARE(answer.statuses, QList<int>{200});
        QVERIFY(answer.closed);
    }

    void halfRequestThenGone()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("PUT /api/v2/routing/queues/x HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"na");
        QVERIFY(socket.waitForBytesWritten(5000));
        socket.abort();
    }

    void goneWhileDelayed()
    {
        // The client leaves while its answer waits out the latency: the
        // tenant must not write to a dead socket.
        holdline::sandbox::SandboxFaults f;
        f.latencyMs = 50;
        m_tenant->setFaults(f);
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET /api/v2/routing/queues HTTP/1.1\r\nHost: x\r\n" + m_auth + "\r\n");
            QVERIFY(socket.waitForBytesWritten(5000));
            socket.abort();
        }
        const RawAnswer answer = rawExchange(m_port, "GET /api/v2/routing/queues HTTP/1.1\r\nHost: x\r\n" + m_auth + "\r\n");
        QCOMPARE(answer.statuses.value(0), 200);
        m_tenant->setFaults({});
    }

    void manyConnections()
    {
        QList<QTcpSocket *> sockets;
        for (int i = 0; i < 50; ++i) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(QHostAddress::LocalHost, m_port);
            sockets.append(s);
        }
        for (QTcpSocket *s : std::as_const(sockets)) {
            QVERIFY(s->waitForConnected(5000));
            s->write("GET /sandbox/clock HTTP/1.1\r\nHost: x\r\n\r\n");
        }
        for (QTcpSocket *s : std::as_const(sockets)) {
            QTRY_VERIFY_WITH_TIMEOUT(s->bytesAvailable() > 0 || s->waitForReadyRead(10), 10000);
            QVERIFY(s->readAll().startsWith("HTTP/1.1 200"));
            delete s;
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxRobustness)
#include "tst_sandbox_robustness.moc"
