#include "HttpServerAdapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QMetaEnum>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace sp {

HttpServerAdapter::HttpServerAdapter(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

namespace {

// Forward secrecy and authenticated encryption only: ECDHE with AES-GCM or ChaCha20-Poly1305 on
// TLS 1.2 (no CBC, RSA key exchange or PSK), and the TLS 1.3 suites, which all are.
QList<QSslCipher> aeadForwardSecretCiphers()
{
    QList<QSslCipher> allowed;
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 = name.startsWith(QLatin1String("TLS_"))
                           && (name.contains(QLatin1String("_GCM_")) || name.contains(QLatin1String("CHACHA20_POLY1305")));
        const bool ecdheAead = (name.startsWith(QLatin1String("ECDHE-ECDSA-")) || name.startsWith(QLatin1String("ECDHE-RSA-")))
                               && (name.contains(QLatin1String("-GCM-")) || name.endsWith(QLatin1String("-CHACHA20-POLY1305")));
        if (tls13 || ecdheAead)
            allowed.append(cipher);
    }
    return allowed;
}

} // namespace

void HttpServerAdapter::useTls(const QSslCertificate& certificate, const QSslKey& key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(aeadForwardSecretCiphers());
    sslSetup(configuration);
}

quint16 HttpServerAdapter::listenOnLoopback(quint16 port)
{
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    // Qt 6.4's QSslServer counts a connection as pending from accept() until its handshake ends, and
    // a client killed mid-handshake can keep its place until the handshake times out. With QTcpServer's
    // default of 30 pending connections, a test that SIGKILLs clients in a loop made the sandbox stop
    // accepting for a while ("the server did not answer in time"). Room for many, and a bounded wait.
    for (QTcpServer* server : servers()) {
        server->setMaxPendingConnections(1024);
        if (auto* tls = qobject_cast<QSslServer*>(server))
            tls->setHandshakeTimeout(5000);
    }
    return bound;
}

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest exchange;
    const char* methodName = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
        static_cast<int>(request.method()));
    exchange.method = methodName ? QByteArray(methodName).toUpper() : QByteArrayLiteral("UNKNOWN");
    exchange.path = request.url().path();
    exchange.query = request.query();
    exchange.headers = request.headers();
    exchange.body = request.body();
    exchange.peerAddress = request.remoteAddress();

    const HttpReply reply = m_handler(exchange);

    if (reply.delivery == HttpReply::Delivery::DropMidBody) {
        dropMidBody(reply, socket);
        return true;
    }
    auto response = std::make_shared<QHttpServerResponse>(reply.contentType, reply.body,
                                                          static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (reply.contentType.isEmpty())
        response->clearHeader(QByteArrayLiteral("Content-Type"));
    for (const auto& header : reply.headers)
        response->setHeader(header.first, header.second);
    if (reply.delayMs <= 0) {
        response->write(makeResponder(request, socket));
        return true;
    }
    // A slow answer must not hold up other connections: the event loop keeps running meanwhile. The socket is
    // the timer's context, so nothing is written if the client has gone.
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(reply.delayMs, socket, [response, responder] { response->write(std::move(*responder)); });
    return true;
}

void HttpServerAdapter::dropMidBody(const HttpReply& reply, QTcpSocket* socket)
{
    // Headers that promise the whole body, then half of it, then the connection closes: what a client sees
    // when a server or proxy dies mid-transfer. Qt's responder cannot do this, so the bytes are written here.
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(reply.status) + QByteArrayLiteral(" OK\r\n");
    if (!reply.contentType.isEmpty())
        head += QByteArrayLiteral("Content-Type: ") + reply.contentType + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(reply.body.size()) + QByteArrayLiteral("\r\n");
    for (const auto& header : reply.headers)
        head += header.first + QByteArrayLiteral(": ") + header.second + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("\r\n");
    socket->write(head + reply.body.left(reply.body.size() / 2));
    socket->disconnectFromHost(); // after the pending bytes are written
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only reached if the base class changes its mind.
    handleRequest(request, socket);
}

} // namespace sp
