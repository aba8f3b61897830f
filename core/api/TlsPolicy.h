#pragma once

#include "api/ServerConfig.h"

#include <QList>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslError>
#include <QUrl>

class QNetworkAccessManager;

namespace sp {

// The one place that builds the client's TLS configuration: TLS 1.2 or later, forward-secret AEAD
// suites only, peer verification, the system's CAs, and the server's extra CAs (--ca-file) only for
// connections to that server's origin, never for the cloud server. An extra CA can sign for any host
// name, so trusting it anywhere else would let whoever holds its key (for the sandbox: a file in the
// profile) impersonate that host.
struct TlsPolicy
{
    // The configuration for a request to `url` made on behalf of `server`.
    static QSslConfiguration configuration(const ServerConfig& server, const QUrl& url);
    // True when the server's extra CAs may vouch for a connection to `url`: https, the server's
    // origin, and the server is not the cloud.
    static bool extraCasApplyTo(const ServerConfig& server, const QUrl& url);
    // Checked once the handshake is done, before anything is sent: false with the reason when the
    // peer's chain goes through one of the server's extra CAs although they do not apply to `url`.
    static bool acceptsChain(const ServerConfig& server, const QUrl& url, const QList<QSslCertificate>& chain,
                             QString* whyNot);
    // ECDHE with AES-GCM or ChaCha20-Poly1305 on TLS 1.2, and the TLS 1.3 suites (all AEAD).
    static bool isAllowedCipher(const QSslCipher& cipher);
    static QList<QSslCipher> allowedCiphers();
    // QNetworkAccessManager keeps one connection object per scheme, host and port, with the TLS
    // configuration of the request that created it, and reuses it for later requests whatever their
    // configuration. So when the trust for an origin changes on `nam` (another client with other
    // extra CAs), its connections are dropped before the first request.
    static void adoptConnections(QNetworkAccessManager* nam, const ServerConfig& server);
    // The errors as one readable line (for ApiError::technical).
    static QString describe(const QList<QSslError>& errors);
};

} // namespace sp
