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
    // Trusted in addition to the system's CAs (e.g. the sandbox's self-signed certificate).
    QList<QSslCertificate> extraCaCertificates;
    int transferTimeoutMs = 30000;

    // Reads PEM certificates from `path`. False with a readable (translated) error when the file is
    // missing, unreadable or holds no valid certificate.
    static bool loadCaFile(const QString& path, QList<QSslCertificate>* out, QString* error);
};

} // namespace sp
