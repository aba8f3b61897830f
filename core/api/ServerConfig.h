#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

namespace sp {

inline const QUrl kDefaultServerUrl{QStringLiteral("https://api.getsellerpulse.com")};

// Where the API lives and whom to trust for it.
struct ServerConfig
{
    QUrl baseUrl = kDefaultServerUrl;
    // Trusted in addition to the system's CAs (e.g. the sandbox's self-signed certificate), for the
    // origin of baseUrl only and never for the cloud server (TlsPolicy enforces both).
    QList<QSslCertificate> extraCaCertificates;
    int transferTimeoutMs = 30000;

    // Reads PEM certificates from `path`. False with a readable (translated) error when the file is
    // missing, unreadable or holds no valid certificate.
    static bool loadCaFile(const QString& path, QList<QSslCertificate>* out, QString* error);
    // The SellerPulse cloud's host, however it is spelled (case, a trailing dot).
    static bool isCloudHost(const QString& host);
    // False for the cloud server: its certificate is checked against the system's CAs only, so a CA
    // file (which could vouch for any host) never applies to it.
    static bool acceptsCaFile(const QUrl& url);
    // The same scheme, host and port (default ports filled in).
    static bool sameOrigin(const QUrl& a, const QUrl& b);
};

} // namespace sp
