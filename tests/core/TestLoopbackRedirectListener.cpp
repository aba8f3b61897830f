// The loopback end of Amazon's consent (RFC 8252 7.3), played by raw TCP clients the way a browser
// and other local processes would talk to it: exactly one answer for the awaited authorization,
// 404 for everything else (which changes nothing), refused afterwards, 127.0.0.1 only, requests
// capped in size, connections in time and number.
#include "amazon/LoopbackRedirectListener.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace sp::test {

class TestLoopbackRedirectListener : public QObject
{
    Q_OBJECT

private slots:
    void answersOnceForTheAwaitedAuthorization();
    void deniedRedirectIsPassedOn();
    void otherRequestsGet404AndChangeNothing_data();
    void otherRequestsGet404AndChangeNothing();
    void nothingIsAwaitedBeforeTheAuthorizationIsKnown();
    void bindsIpv4LoopbackOnly();
    void oversizeRequestIsRefused();
    void silentConnectionIsDropped();
    void connectionsAreCapped();
    void closeStopsListening();

private:
    struct Answer
    {
        int status = 0; // 0: no HTTP answer (refused or dropped)
        QByteArray head, body;
    };
    static Answer send(quint16 port, const QByteArray& request, const QHostAddress& to = QHostAddress::LocalHost);
    static QByteArray get(quint16 port, const QByteArray& target, const QByteArray& extraHeaders = QByteArray());
    static QByteArray target(const QString& id, const QString& handle = kHandle);

    static const QString kHandle;
};

const QString TestLoopbackRedirectListener::kHandle = QStringLiteral("dBjftJeZ4CVP-mJ92K9ZIE3wL8-UqNDnMzmZzdTxdKc");

TestLoopbackRedirectListener::Answer TestLoopbackRedirectListener::send(quint16 port, const QByteArray& request,
                                                                        const QHostAddress& to)
{
    Answer answer;
    // The listener lives on this thread: wait with the event loop running, never blocking it.
    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(to, port);
    if (!QTest::qWaitFor(
            [&] {
                return socket.state() == QAbstractSocket::ConnectedState
                       || socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000)
        || socket.state() != QAbstractSocket::ConnectedState)
        return answer;
    socket.write(request);
    // Until the listener closes the connection (it always does after answering).
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 10000))
        return answer;
    received += socket.readAll();
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0)
        return answer;
    answer.head = received.left(end);
    answer.body = received.mid(end + 4);
    const QList<QByteArray> statusLine = answer.head.split('\r').constFirst().split(' ');
    answer.status = statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
    return answer;
}

QByteArray TestLoopbackRedirectListener::get(quint16 port, const QByteArray& target, const QByteArray& extraHeaders)
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
           + "\r\nUser-Agent: Mozilla/5.0\r\nAccept: text/html\r\n" + extraHeaders + "\r\n";
}

QByteArray TestLoopbackRedirectListener::target(const QString& id, const QString& handle)
{
    return "/sellerpulse/amazon-consent?authorization_id=" + QUrl::toPercentEncoding(id)
           + "&handle=" + QUrl::toPercentEncoding(handle);
}

void TestLoopbackRedirectListener::answersOnceForTheAwaitedAuthorization()
{
    LoopbackRedirectListener listener;
    QString error;
    QVERIFY2(listener.listen(&error), qPrintable(error));
    QVERIFY(listener.port() > 0);
    listener.expect(QStringLiteral("auth_1"));
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);

    const Answer answer = send(listener.port(), get(listener.port(), target(QStringLiteral("auth_1"))));
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.body.contains("Return to SellerPulse"), answer.body.constData());
    // Self-contained and unremembered: no script, style or link; the handle never echoed.
    for (const char* header : {"Cache-Control: no-store", "Referrer-Policy: no-referrer",
                               "Content-Security-Policy: default-src 'none'", "Content-Type: text/html"})
        QVERIFY2(answer.head.contains(header), header);
    for (const char* forbidden : {"<script", "<link", "<img", "<style", "http", "src="})
        QVERIFY2(!answer.body.contains(forbidden), forbidden);
    QVERIFY(!answer.body.contains(kHandle.toLatin1()));
    QCOMPARE(redirected.count(), 1);
    QCOMPARE(redirected.constFirst().at(0).toString(), kHandle);
    QCOMPARE(redirected.constFirst().at(1).toString(), QString());

    // The same request again (a reload, or another process replaying it): nobody listens any more.
    QVERIFY(!listener.isListening());
    QTcpSocket again;
    again.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(!again.waitForConnected(5000));
    QCOMPARE(again.error(), QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(redirected.count(), 1);
}

void TestLoopbackRedirectListener::deniedRedirectIsPassedOn()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(nullptr));
    listener.expect(QStringLiteral("auth_2"));
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    const Answer answer = send(listener.port(), get(listener.port(), "/sellerpulse/amazon-consent?authorization_id="
                                                                     "auth_2&error=access_denied"));
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.body.contains("Return to SellerPulse"));
    QCOMPARE(redirected.count(), 1);
    QCOMPARE(redirected.constFirst().at(0).toString(), QString());
    QCOMPARE(redirected.constFirst().at(1).toString(), QStringLiteral("access_denied"));
    QVERIFY(!listener.isListening());
}

void TestLoopbackRedirectListener::otherRequestsGet404AndChangeNothing_data()
{
    QTest::addColumn<QByteArray>("request"); // %PORT% stands for the listener's port
    const QByteArray host = "Host: 127.0.0.1:%PORT%\r\n";
    auto request = [&host](const QByteArray& line, const QByteArray& headers = QByteArray()) -> QByteArray {
        return line + "\r\n" + host + headers + "\r\n";
    };
    const QByteArray good = target(QStringLiteral("auth_3"));
    QTest::newRow("another authorization's handle")
        << request("GET " + target(QStringLiteral("auth_other")) + " HTTP/1.1");
    QTest::newRow("id as a prefix") << request("GET " + target(QStringLiteral("auth_")) + " HTTP/1.1");
    QTest::newRow("id duplicated") << request("GET " + good + "&authorization_id=auth_other HTTP/1.1");
    QTest::newRow("handle duplicated") << request("GET " + good + "&handle=" + kHandle.toLatin1() + " HTTP/1.1");
    QTest::newRow("handle too short") << request("GET " + target(QStringLiteral("auth_3"), kHandle.chopped(1))
                                                 + " HTTP/1.1");
    QTest::newRow("handle not base64url")
        << request("GET " + target(QStringLiteral("auth_3"), kHandle.chopped(1) + QLatin1Char('+')) + " HTTP/1.1");
    QTest::newRow("handle and error") << request("GET " + good + "&error=access_denied HTTP/1.1");
    QTest::newRow("other error") << request(
        "GET /sellerpulse/amazon-consent?authorization_id=auth_3&error=other HTTP/1.1");
    QTest::newRow("no handle") << request("GET /sellerpulse/amazon-consent?authorization_id=auth_3 HTTP/1.1");
    QTest::newRow("other path") << request("GET " + QByteArray(good).replace("amazon-consent", "amazon-consent2")
                                           + " HTTP/1.1");
    QTest::newRow("favicon") << request("GET /favicon.ico HTTP/1.1");
    QTest::newRow("POST") << request("POST " + target(QStringLiteral("auth_3")) + " HTTP/1.1", "Content-Length: 0\r\n");
    QTest::newRow("HEAD") << request("HEAD " + target(QStringLiteral("auth_3")) + " HTTP/1.1");
    QTest::newRow("absolute form") << request("GET http://127.0.0.1:%PORT%" + target(QStringLiteral("auth_3"))
                                              + " HTTP/1.1");
    QTest::newRow("rebinding Host") << ("GET " + target(QStringLiteral("auth_3"))
                                        + " HTTP/1.1\r\nHost: evil.example:%PORT%\r\n\r\n");
    QTest::newRow("localhost Host") << ("GET " + target(QStringLiteral("auth_3"))
                                        + " HTTP/1.1\r\nHost: localhost:%PORT%\r\n\r\n");
    QTest::newRow("no Host") << ("GET " + target(QStringLiteral("auth_3")) + " HTTP/1.1\r\n\r\n");
    QTest::newRow("two Hosts") << request("GET " + target(QStringLiteral("auth_3")) + " HTTP/1.1",
                                          "Host: 127.0.0.1:%PORT%\r\n");
    QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n");
}

void TestLoopbackRedirectListener::otherRequestsGet404AndChangeNothing()
{
    QFETCH(QByteArray, request);
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(nullptr));
    listener.expect(QStringLiteral("auth_3"));
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    request.replace("%PORT%", QByteArray::number(listener.port()));
    const Answer answer = send(listener.port(), request);
    QCOMPARE(answer.status, 404);
    QVERIFY(!answer.body.contains("Return to SellerPulse"));
    QCOMPARE(redirected.count(), 0);
    QVERIFY(listener.isListening());
    // Ignored: the awaited redirect still gets through afterwards.
    QCOMPARE(send(listener.port(), get(listener.port(), target(QStringLiteral("auth_3")))).status, 200);
    QCOMPARE(redirected.count(), 1);
}

void TestLoopbackRedirectListener::nothingIsAwaitedBeforeTheAuthorizationIsKnown()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(nullptr));
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    QCOMPARE(send(listener.port(),
                  get(listener.port(), "/sellerpulse/amazon-consent?authorization_id=&handle=" + kHandle.toLatin1()))
                 .status,
             404);
    QCOMPARE(redirected.count(), 0);
    QVERIFY(listener.isListening());
}

void TestLoopbackRedirectListener::bindsIpv4LoopbackOnly()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(nullptr));
    listener.expect(QStringLiteral("auth_4"));
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    // Every other address of this machine (another computer on the network would use one of
    // these), and IPv6 loopback: nobody answers there on this port.
    QList<QHostAddress> others{QHostAddress(QHostAddress::LocalHostIPv6)};
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback())
            others.append(address);
    }
    for (const QHostAddress& address : others) {
        QTcpSocket socket;
        socket.connectToHost(address, listener.port());
        QVERIFY2(!socket.waitForConnected(3000), qPrintable(address.toString()));
    }
    QCOMPARE(redirected.count(), 0);
    QCOMPARE(send(listener.port(), get(listener.port(), target(QStringLiteral("auth_4")))).status, 200);
    QCOMPARE(redirected.count(), 1);
}

void TestLoopbackRedirectListener::oversizeRequestIsRefused()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(nullptr));
    listener.expect(QStringLiteral("auth_5"));
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    // The awaited request itself, padded beyond the cap with a header: refused as a whole.
    const QByteArray padding = "X-Padding: " + QByteArray(LoopbackRedirectListener::kMaxRequestBytes, 'a') + "\r\n";
    const Answer answer = send(listener.port(), get(listener.port(), target(QStringLiteral("auth_5")), padding));
    QCOMPARE(answer.status, 431);
    QCOMPARE(redirected.count(), 0);
    QVERIFY(listener.isListening());
    QCOMPARE(send(listener.port(), get(listener.port(), target(QStringLiteral("auth_5")))).status, 200);
    QCOMPARE(redirected.count(), 1);
}

void TestLoopbackRedirectListener::silentConnectionIsDropped()
{
    LoopbackRedirectListener listener;
    listener.setConnectionTimeoutMs(300);
    QVERIFY(listener.listen(nullptr));
    listener.expect(QStringLiteral("auth_6"));
    QTcpSocket silent;
    QSignalSpy dropped(&silent, &QTcpSocket::disconnected);
    silent.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(silent.waitForConnected(5000));
    silent.write("GET /sellerpulse/amazon-consent"); // and never the rest
    QVERIFY(dropped.wait(10000));
    QVERIFY(listener.isListening());
}

void TestLoopbackRedirectListener::connectionsAreCapped()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(nullptr));
    listener.expect(QStringLiteral("auth_7"));
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < LoopbackRedirectListener::kMaxConnections; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress::LocalHost, listener.port());
        QVERIFY(idle.back()->waitForConnected(5000));
    }
    QTcpSocket extra;
    QSignalSpy dropped(&extra, &QTcpSocket::disconnected);
    extra.connectToHost(QHostAddress::LocalHost, listener.port());
    QVERIFY(extra.waitForConnected(5000)); // the system accepts it; the listener drops it at once
    QVERIFY(dropped.wait(10000));
    // Once one of the idle ones is gone, the awaited redirect gets through.
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    idle.front()->disconnectFromHost();
    idle.erase(idle.begin());
    // (The listener may see the new connection before the closed one: then it is dropped; again.)
    QVERIFY(QTest::qWaitFor(
        [&] { return send(listener.port(), get(listener.port(), target(QStringLiteral("auth_7")))).status == 200; },
        15000));
    QCOMPARE(redirected.count(), 1);
}

void TestLoopbackRedirectListener::closeStopsListening()
{
    LoopbackRedirectListener listener;
    QVERIFY(listener.listen(nullptr));
    listener.expect(QStringLiteral("auth_8"));
    const quint16 port = listener.port();
    QSignalSpy redirected(&listener, &LoopbackRedirectListener::redirected);
    listener.close();
    QVERIFY(!listener.isListening());
    QCOMPARE(send(port, get(port, target(QStringLiteral("auth_8")))).status, 0);
    QCOMPARE(redirected.count(), 0);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestLoopbackRedirectListener)
#include "TestLoopbackRedirectListener.moc"
