#pragma once

#include "HttpExchange.h"
#include "RequestSizeGuard.h"

#include <QAbstractHttpServer>

#include <functional>

class QSslCertificate;
class QSslKey;

namespace sp {

// The ONE place that touches the Qt HttpServer API, which is a technology preview in 6.4 and changed
// in 6.5 (responder-based handleRequest) and 6.8 (bind() instead of listen()/sslSetup()).
// Every request, including unknown paths, goes to one handler, so the sandbox answers all of them itself.
class HttpServerAdapter : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<HttpReply(HttpRequest&)>;

    explicit HttpServerAdapter(Handler handler, QObject* parent = nullptr);

    void useTls(const QSslCertificate& certificate, const QSslKey& key); // TLS 1.2 or later, ECDHE + AEAD only
    // Listens on 127.0.0.1 only; returns the port, 0 on failure.
    quint16 listenOnLoopback(quint16 port);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    static void dropMidBody(const HttpReply& reply, QTcpSocket* socket);
    // Puts a RequestSizeGuard in front of Qt HttpServer on a new connection, before Qt HttpServer reads from it.
    void guardConnection(QTcpSocket* socket);
    // Answers a request the guard stopped (413/431 through the handler) and closes the connection unread.
    void refuse(QTcpSocket* socket, const RequestSizeGuard& guard);

    Handler m_handler;
    bool m_tls = false;
};

} // namespace sp
