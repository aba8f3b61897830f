#include "api/ServerConfig.h"

#include <QCoreApplication>
#include <QFile>

namespace sp {

bool ServerConfig::loadCaFile(const QString& path, QList<QSslCertificate>* out, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    if (!file.exists())
        return fail(QCoreApplication::translate("sp::ServerConfig", "The CA file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("sp::ServerConfig", "The CA file %1 cannot be read: %2")
                        .arg(path, file.errorString()));
    // A CA file is small; refuse anything that cannot be one instead of reading it whole.
    constexpr qint64 kMaxCaFileBytes = 1024 * 1024;
    if (file.size() > kMaxCaFileBytes)
        return fail(
            QCoreApplication::translate("sp::ServerConfig", "The CA file %1 is too large to be a certificate file.")
                .arg(path));
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    QList<QSslCertificate> valid;
    for (const QSslCertificate& certificate : certificates) {
        if (!certificate.isNull())
            valid.append(certificate);
    }
    if (valid.isEmpty())
        return fail(
            QCoreApplication::translate("sp::ServerConfig", "The CA file %1 contains no PEM certificate.").arg(path));
    if (out)
        *out = valid;
    return true;
}

bool ServerConfig::isCloudHost(const QString& host)
{
    QString bare = host;
    while (bare.endsWith(QLatin1Char('.')))
        bare.chop(1);
    return bare.compare(kDefaultServerUrl.host(), Qt::CaseInsensitive) == 0;
}

bool ServerConfig::acceptsCaFile(const QUrl& url) { return !isCloudHost(url.host()); }

bool ServerConfig::sameOrigin(const QUrl& a, const QUrl& b)
{
    const QString scheme = a.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme == b.scheme().toLower() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(defaultPort) == b.port(defaultPort);
}

} // namespace sp
