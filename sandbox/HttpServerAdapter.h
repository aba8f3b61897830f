#pragma once

#include "HttpExchange.h"

#include <QAbstractHttpServer>

#include <functional>

class QSslCertificate;
class QSslKey;

namespace sp {

// The ONE place that touches the Qt HttpServer API, which is a technology preview in 6.4 and changed
// in 6.5 (responder-based handleRequest) and 6.8 (bind() instead of listen()/sslSetup()).
// Every request, including unknown paths, goes to one handler, so the sandbox answers all of them itself.
class HttpServerAdapter : public QAbstractHttpServer {
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

    Handler m_handler;
};

} // namespace sp
