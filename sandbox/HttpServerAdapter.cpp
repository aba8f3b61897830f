#include "HttpServerAdapter.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QMetaEnum>
#include <QSslConfiguration>
#include <QSslKey>

namespace sp {

HttpServerAdapter::HttpServerAdapter(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{
}

void HttpServerAdapter::useTls(const QSslCertificate& certificate, const QSslKey& key)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    sslSetup(configuration);
}

quint16 HttpServerAdapter::listenOnLoopback(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

bool HttpServerAdapter::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest exchange;
    const char* methodName = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
        static_cast<int>(request.method()));
    exchange.method = methodName ? QByteArray(methodName).toUpper() : QByteArrayLiteral("UNKNOWN");
    exchange.path = request.url().path();
    exchange.headers = request.headers();
    exchange.body = request.body();
    exchange.peerAddress = request.remoteAddress();

    const HttpReply reply = m_handler(exchange);

    QHttpServerResponse response(reply.contentType, reply.body,
                                 static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (reply.contentType.isEmpty())
        response.clearHeader(QByteArrayLiteral("Content-Type"));
    for (const auto& header : reply.headers)
        response.setHeader(header.first, header.second);
    response.write(makeResponder(request, socket));
    return true;
}

void HttpServerAdapter::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this is only reached if the base class changes its mind.
    handleRequest(request, socket);
}

} // namespace sp
