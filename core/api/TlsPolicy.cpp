#include "api/TlsPolicy.h"

#include <QNetworkAccessManager>
#include <QStringList>
#include <QVariantHash>

#include <algorithm>

namespace sp {

namespace {

// Dynamic property of a QNetworkAccessManager: origin -> digest of the extra CAs its connections trust.
constexpr char kTrustProperty[] = "sp_tlsTrustByOrigin";

QString originKey(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return scheme + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':')
           + QString::number(url.port(scheme == QLatin1String("https") ? 443 : 80));
}

} // namespace

QSslConfiguration TlsPolicy::configuration(const ServerConfig& server, const QUrl& url)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setCiphers(allowedCiphers());
    if (server.hasExtraCas() && extraCasApplyTo(server, url)) {
        // The system's CAs stay trusted; the extra ones are added for this origin only.
        QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
        cas += server.extraCas();
        config.setCaCertificates(cas);
    }
    return config;
}

bool TlsPolicy::extraCasApplyTo(const ServerConfig& server, const QUrl& url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0
           && ServerConfig::acceptsCaFile(server.baseUrl) && ServerConfig::acceptsCaFile(url)
           && ServerConfig::sameOrigin(server.baseUrl, url);
}

bool TlsPolicy::acceptsChain(const ServerConfig& server, const QUrl& url, const QList<QSslCertificate>& chain,
                             QString* whyNot)
{
    if (!server.hasExtraCas() || extraCasApplyTo(server, url))
        return true;
    for (const QSslCertificate& extra : server.extraCas()) {
        if (!chain.contains(extra))
            continue;
        // A CA the system trusts anyway vouches for any host; only the CA file's own ones are scoped.
        if (QSslConfiguration::systemCaCertificates().contains(extra))
            continue;
        if (whyNot)
            *whyNot =
                QStringLiteral("the certificate chains to a CA of the CA file, which is trusted for %1 only, not %2")
                    .arg(server.baseUrl.host(), url.host());
        return false;
    }
    return true;
}

bool TlsPolicy::isAllowedCipher(const QSslCipher& cipher)
{
    const QString name = cipher.name();
    if (name.startsWith(QLatin1String("TLS_"))) // TLS 1.3: every suite is AEAD with (EC)DHE
        return name.contains(QLatin1String("_GCM_")) || name.contains(QLatin1String("CHACHA20_POLY1305"));
    const bool ecdhe = name.startsWith(QLatin1String("ECDHE-ECDSA-")) || name.startsWith(QLatin1String("ECDHE-RSA-"));
    const bool aead = name.contains(QLatin1String("-GCM-")) || name.endsWith(QLatin1String("-CHACHA20-POLY1305"));
    return ecdhe && aead;
}

QList<QSslCipher> TlsPolicy::allowedCiphers()
{
    QList<QSslCipher> ciphers = QSslConfiguration::supportedCiphers();
    ciphers.erase(std::remove_if(ciphers.begin(), ciphers.end(),
                                 [](const QSslCipher& cipher) { return !isAllowedCipher(cipher); }),
                  ciphers.end());
    return ciphers;
}

void TlsPolicy::adoptConnections(QNetworkAccessManager* nam, const ServerConfig& server)
{
    if (!nam)
        return;
    const QString origin = originKey(server.baseUrl);
    // From the CA file's text, not its parsed certificates: a client made during the start parses nothing.
    const QByteArray digest = extraCasApplyTo(server, server.baseUrl) ? server.extraCaDigest() : QByteArray();
    QVariantHash trust = nam->property(kTrustProperty).toHash();
    const auto known = trust.constFind(origin);
    if (known != trust.constEnd() && known->toByteArray() != digest)
        nam->clearConnectionCache();
    trust.insert(origin, digest);
    nam->setProperty(kTrustProperty, trust);
}

QString TlsPolicy::describe(const QList<QSslError>& errors)
{
    QStringList parts;
    for (const QSslError& error : errors) {
        const QString text = error.errorString();
        if (!parts.contains(text))
            parts.append(text);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace sp
