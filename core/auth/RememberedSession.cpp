#include "auth/RememberedSession.h"

#include "api/UrlPolicy.h"
#include "profile/Profile.h"

namespace sp {

namespace {

const QString kRememberedKey = QStringLiteral("session/remembered");
const QString kEmailKey = QStringLiteral("session/email");
const QString kServerKey = QStringLiteral("session/server");
const QString kAccountIdKey = QStringLiteral("session/accountId");
// SHA-256 (hex) of the certificate the server presented when the remembered pair was issued.
const QString kServerCertificateKey = QStringLiteral("session/serverCertificateSha256");

// Scheme, host and port (the default one when the URL has none), as a browser compares origins.
bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const QString scheme = a.scheme().toLower();
    if (scheme != b.scheme().toLower() || a.host().toLower() != b.host().toLower())
        return false;
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return a.port(defaultPort) == b.port(defaultPort);
}

} // namespace

RememberedSession::RememberedSession(Profile* profile)
    : m_profile(profile)
{}

bool RememberedSession::exists() const { return m_profile->settings().value(kRememberedKey, false).toBool(); }

QString RememberedSession::email() const { return m_profile->settings().value(kEmailKey).toString(); }

QString RememberedSession::server() const { return m_profile->settings().value(kServerKey).toString(); }

QString RememberedSession::accountId() const { return m_profile->settings().value(kAccountIdKey).toString(); }

QByteArray RememberedSession::serverCertificateSha256() const
{
    return QByteArray::fromHex(m_profile->settings().value(kServerCertificateKey).toString().toLatin1());
}

bool RememberedSession::originMatches(const QUrl& current) const
{
    const QUrl remembered(server());
    if (!remembered.isValid() || !sameOrigin(remembered, current))
        return false;
    // A loopback port can be taken by any local process: there the certificate is the identity.
    const bool pinned = current.scheme() == QLatin1String("https") && UrlPolicy::isLoopbackHost(current.host());
    return !pinned || m_profile->settings().value(kServerCertificateKey).toString().size() == 64;
}

void RememberedSession::write(const AccountInfo& account, const QString& server,
                              const QByteArray& serverCertificateSha256)
{
    QSettings& settings = m_profile->settings();
    settings.setValue(kRememberedKey, true);
    settings.setValue(kEmailKey, account.email);
    settings.setValue(kServerKey, server);
    settings.setValue(kAccountIdKey, account.id);
    if (serverCertificateSha256.isEmpty())
        settings.remove(kServerCertificateKey);
    else
        settings.setValue(kServerCertificateKey, QString::fromLatin1(serverCertificateSha256.toHex()));
    m_profile->sync();
}

void RememberedSession::clear()
{
    QSettings& settings = m_profile->settings();
    settings.remove(kRememberedKey);
    settings.remove(kServerKey);
    settings.remove(kAccountIdKey);
    settings.remove(kServerCertificateKey);
    // The email stays as a convenience for the sign-in form; it is not a secret.
    m_profile->sync();
}

} // namespace sp
