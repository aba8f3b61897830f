#include "HttpServerAdapter.h"

#include "JsonBodyValidator.h"

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
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace sp {

namespace {

// Accepts connections like QTcpServer does, but lets the adapter see each socket before it becomes pending.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(std::function<void(QTcpSocket*)> onAccepted, QObject* parent)
        : QTcpServer(parent)
        , m_onAccepted(std::move(onAccepted))
    {}

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        m_onAccepted(socket);
        addPendingConnection(socket);
    }

private:
    std::function<void(QTcpSocket*)> m_onAccepted;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("OK");
    }
}

// The status line and headers of a reply written by hand, with the Content-Length it promises.
QByteArray responseHead(const HttpReply& reply, qsizetype contentLength)
{
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(reply.status) + ' '
                      + reasonPhrase(reply.status) + QByteArrayLiteral("\r\n");
    if (!reply.contentType.isEmpty())
        head += QByteArrayLiteral("Content-Type: ") + reply.contentType + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(contentLength) + QByteArrayLiteral("\r\n");
    for (const auto& header : reply.headers)
        head += header.first + QByteArrayLiteral(": ") + header.second + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("\r\n");
    return head;
}

} // namespace

HttpServerAdapter::HttpServerAdapter(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

namespace {

// Forward secrecy and authenticated encryption only: ECDHE with AES-GCM or ChaCha20-Poly1305 on
// TLS 1.2 (no CBC, RSA key exchange or PSK), and the TLS 1.3 suites, which all are.
QList<QSslCipher> aeadForwardSecretCiphers()
{
    QList<QSslCipher> allowed;
    for (const QSslCipher& cipher : QSslConfiguration::supportedCiphers()) {
        const QString name = cipher.name();
        const bool tls13 =
            name.startsWith(QLatin1String("TLS_"))
            && (name.contains(QLatin1String("_GCM_")) || name.contains(QLatin1String("CHACHA20_POLY1305")));
        const bool ecdheAead =
            (name.startsWith(QLatin1String("ECDHE-ECDSA-")) || name.startsWith(QLatin1String("ECDHE-RSA-")))
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
    m_tls = true;
}

quint16 HttpServerAdapter::listenOnLoopback(quint16 port)
{
    quint16 bound = 0;
    if (m_tls) {
        bound = listen(QHostAddress::LocalHost, port);
    } else {
        // Plain HTTP: a server of our own, so each connection meets its guard before Qt HttpServer does.
        auto* server = new GuardedTcpServer([this](QTcpSocket* socket) { guardConnection(socket); }, this);
        if (server->listen(QHostAddress::LocalHost, port)) {
            bind(server);
            bound = server->serverPort();
        } else {
            delete server;
        }
    }
    // Qt 6.4's QSslServer counts a connection as pending from accept() until its handshake ends, and
    // a client killed mid-handshake can keep its place until the handshake times out. With QTcpServer's
    // default of 30 pending connections, a test that SIGKILLs clients in a loop made the sandbox stop
    // accepting for a while ("the server did not answer in time"). Room for many, and a bounded wait.
    for (QTcpServer* server : servers()) {
        server->setMaxPendingConnections(1024);
        if (auto* tls = qobject_cast<QSslServer*>(server)) {
            tls->setHandshakeTimeout(5000);
            // Emitted before the socket is handed to Qt HttpServer: the guard's readyRead slot runs first.
            connect(tls, &QSslServer::startedEncryptionHandshake, this,
                    [this](QSslSocket* socket) { guardConnection(socket); });
        }
    }
    return bound;
}

void HttpServerAdapter::guardConnection(QTcpSocket* socket)
{
    // Qt HttpServer 6.4 reads every readyRead's bytes into one request and calls handleRequest() only once the
    // whole body is in memory (twice: its parser's copy and the socket's transaction buffer). The guard sees the
    // same bytes first (peek leaves them for Qt HttpServer) and stops a request as soon as it is known to be too
    // large: by its Content-Length at the end of the head, or when a chunked body passes the limit.
    auto guard = std::make_shared<RequestSizeGuard>(JsonBodyValidator::kMaxHeadBytes, JsonBodyValidator::kMaxBodyBytes);
    connect(socket, &QIODevice::readyRead, socket, [this, socket, guard] {
        if (guard->verdict() != RequestSizeGuard::Verdict::Fine)
            return;
        if (guard->feed(socket->peek(socket->bytesAvailable())) != RequestSizeGuard::Verdict::Fine)
            refuse(socket, *guard);
    });
}

void HttpServerAdapter::refuse(QTcpSocket* socket, const RequestSizeGuard& guard)
{
    // Qt HttpServer's slot comes after ours in this same emission; disconnected now, it never runs again.
    disconnect(socket, &QIODevice::readyRead, this, nullptr);
    if (guard.verdict() == RequestSizeGuard::Verdict::Malformed) {
        socket->abort(); // no length we can trust: nothing to answer
        return;
    }
    HttpRequest exchange;
    exchange.method = guard.head().method.toUpper();
    const QUrl url = QUrl::fromEncoded(QByteArray(QByteArrayLiteral("http://127.0.0.1") + guard.head().target));
    exchange.path = url.path();
    exchange.query = QUrlQuery(url);
    exchange.headers = guard.head().headers;
    exchange.peerAddress = socket->peerAddress();
    exchange.refused = guard.verdict() == RequestSizeGuard::Verdict::HeadTooLarge ? HttpRequest::Refused::HeadTooLarge
                                                                                  : HttpRequest::Refused::BodyTooLarge;
    HttpReply reply = m_handler(exchange);
    reply.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    socket->write(responseHead(reply, reply.body.size()) + reply.body);

    // Nothing more of the body is read: what is buffered is dropped (with what Qt HttpServer kept of a head that
    // came in pieces), and a read buffer of one byte stops the socket reading, so TCP holds the client back.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->setReadBufferSize(1);
    socket->skip(socket->bytesAvailable());
    // The client gets a moment to read the answer before the close: closing with unread bytes resets the
    // connection, and a reset can destroy an answer the client has not read yet.
    constexpr int kGraceMs = 2000;
    QTimer::singleShot(kGraceMs, socket, [socket] { socket->disconnectFromHost(); });
}

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest exchange;
    const char* methodName =
        QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(request.method()));
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
    socket->write(responseHead(reply, reply.body.size()) + reply.body.left(reply.body.size() / 2));
    socket->disconnectFromHost(); // after the pending bytes are written
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only reached if the base class changes its mind.
    handleRequest(request, socket);
}

} // namespace sp
