#pragma once

#include "api/ApiClient.h"

#include <QNetworkRequest>
#include <QSslConfiguration>

namespace sp {

// Turns an ApiRequest into what goes on the wire: the URL under the server's base path, the TLS
// configuration of that origin, no redirects and no HTTP cache, the request id, the user agent and the
// bearer token, and the JSON body. ApiClient sends it; keeping it apart keeps ApiClient about the
// reply's life cycle.
struct NetworkRequestBuilder
{
    // `base` keeps its origin: `tls` (extra CAs included) is for that origin only.
    static QUrl join(const QUrl& base, const QString& path);
    static QNetworkRequest build(const ApiRequest& request, const ServerConfig& server, const QSslConfiguration& tls,
                                 const QString& requestId, QByteArray* payload);
};

} // namespace sp
