#include "api/NetworkRequestBuilder.h"

#include <QJsonDocument>

namespace sp {

QUrl NetworkRequestBuilder::join(const QUrl& base, const QString& path)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

QNetworkRequest NetworkRequestBuilder::build(const ApiRequest& request, const ServerConfig& server,
                                             const QSslConfiguration& tls, const QString& requestId,
                                             QByteArray* payload)
{
    QUrl url = join(server.baseUrl, request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    networkRequest.setSslConfiguration(tls);
    networkRequest.setTransferTimeout(server.transferTimeoutMs);
    // The API never redirects; following one could carry the Authorization header elsewhere.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setRawHeader("Accept", request.bodySink ? "*/*" : "application/json");
    networkRequest.setRawHeader("X-Request-Id", requestId.toLatin1());
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("SellerPulse-Desktop/" SP_VERSION));
    if (!request.bearerToken.isEmpty())
        networkRequest.setRawHeader("Authorization", QByteArrayLiteral("Bearer ") + request.bearerToken);

    payload->clear();
    if (request.body) {
        *payload = QJsonDocument(*request.body).toJson(QJsonDocument::Compact);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    } else if (!request.jsonBody.isEmpty()) {
        *payload = request.jsonBody;
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    return networkRequest;
}

} // namespace sp
