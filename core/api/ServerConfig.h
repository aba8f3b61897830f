#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <memory>

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

    // The same trust given as a CA file's PEM text (--ca-file, the sandbox's certificate), parsed only when
    // a connection first needs it (TlsPolicy, on the TLS worker): parsing loads the TLS backend, about
    // 4 ms that the app's start does not spend on its UI thread. Copies of this config share the parse.
    void setExtraCaPem(const QByteArray& pem);
    bool hasExtraCas() const { return !extraCaCertificates.isEmpty() || m_extraCaPem; }
    // extraCaCertificates and the PEM text's certificates (empty, with a warning logged, when the text
    // holds no valid one: the server is then checked against the system's CAs only).
    QList<QSslCertificate> extraCas() const;
    // Tells one set of extra CAs from another without parsing the PEM text (the connection cache's key).
    QByteArray extraCaDigest() const;

    // Reads PEM certificates from `path`. False with a readable (translated) error when the file is
    // missing, unreadable or holds no valid certificate.
    static bool loadCaFile(const QString& path, QList<QSslCertificate>* out, QString* error);
    // The same checks short of parsing the certificates: the file is there, readable, small, and has a
    // PEM certificate block; its text in `pem` (may be null). For the command line and the server's
    // choice (setExtraCaPem), which the first screen does not wait for.
    static bool checkCaFile(const QString& path, QString* error, QByteArray* pem = nullptr);
    // The SellerPulse cloud's host, however it is spelled (case, a trailing dot).
    static bool isCloudHost(const QString& host);
    // False for the cloud server: its certificate is checked against the system's CAs only, so a CA
    // file (which could vouch for any host) never applies to it.
    static bool acceptsCaFile(const QUrl& url);
    // The same scheme, host and port (default ports filled in).
    static bool sameOrigin(const QUrl& a, const QUrl& b);

    // Set with setExtraCaPem; public only so that the struct stays an aggregate (ServerConfig{url, {}, ms}).
    struct LazyCas;
    std::shared_ptr<const LazyCas> m_extraCaPem = nullptr;
};

} // namespace sp
