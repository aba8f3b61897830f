#include "api/ServerConfig.h"

#include "api/ApiLog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <mutex>

namespace sp {

namespace {

constexpr qint64 kMaxCaFileBytes = 1024 * 1024; // a CA file is small: anything larger cannot be one

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

// The file's bytes, or false with the reason.
bool readCaFile(const QString& path, QByteArray* bytes, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return fail(error, QCoreApplication::translate("sp::ServerConfig", "The CA file %1 does not exist.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QCoreApplication::translate("sp::ServerConfig", "The CA file %1 cannot be read: %2")
                               .arg(path, file.errorString()));
    // Refuse anything that cannot be a CA file instead of reading it whole.
    if (file.size() > kMaxCaFileBytes)
        return fail(error, QCoreApplication::translate("sp::ServerConfig",
                                                       "The CA file %1 is too large to be a certificate file.")
                               .arg(path));
    *bytes = file.readAll();
    return true;
}

QString noCertificate(const QString& path)
{
    return QCoreApplication::translate("sp::ServerConfig", "The CA file %1 contains no PEM certificate.").arg(path);
}

// The PEM text's certificates that parse (loads the TLS backend on first use).
QList<QSslCertificate> validCertificates(const QByteArray& pem)
{
    QList<QSslCertificate> valid;
    for (const QSslCertificate& certificate : QSslCertificate::fromData(pem, QSsl::Pem)) {
        if (!certificate.isNull())
            valid.append(certificate);
    }
    return valid;
}

} // namespace

bool ServerConfig::loadCaFile(const QString& path, QList<QSslCertificate>* out, QString* error)
{
    QByteArray bytes;
    if (!readCaFile(path, &bytes, error))
        return false;
    const QList<QSslCertificate> valid = validCertificates(bytes);
    if (valid.isEmpty())
        return fail(error, noCertificate(path));
    if (out)
        *out = valid;
    return true;
}

bool ServerConfig::checkCaFile(const QString& path, QString* error, QByteArray* pem)
{
    QByteArray bytes;
    if (!readCaFile(path, &bytes, error))
        return false;
    if (!bytes.contains("-----BEGIN CERTIFICATE-----"))
        return fail(error, noCertificate(path));
    if (pem)
        *pem = bytes;
    return true;
}

// The PEM text and, once asked for, its certificates: parsed once by whichever thread asks first.
struct ServerConfig::LazyCas
{
    QByteArray pem;
    mutable std::once_flag parsed;
    mutable QList<QSslCertificate> certificates;

    const QList<QSslCertificate>& get() const
    {
        std::call_once(parsed, [this] {
            certificates = validCertificates(pem);
            if (certificates.isEmpty())
                qCWarning(lcApi) << "the CA file holds no valid certificate; only the system's CAs are trusted";
        });
        return certificates;
    }
};

void ServerConfig::setExtraCaPem(const QByteArray& pem)
{
    if (pem.isEmpty()) {
        m_extraCaPem.reset();
        return;
    }
    auto cas = std::make_shared<LazyCas>();
    cas->pem = pem;
    m_extraCaPem = std::move(cas);
}

QList<QSslCertificate> ServerConfig::extraCas() const
{
    if (!m_extraCaPem)
        return extraCaCertificates;
    return extraCaCertificates + m_extraCaPem->get();
}

QByteArray ServerConfig::extraCaDigest() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QSslCertificate& certificate : extraCaCertificates)
        hash.addData(certificate.digest(QCryptographicHash::Sha256));
    if (m_extraCaPem)
        hash.addData(QCryptographicHash::hash(m_extraCaPem->pem, QCryptographicHash::Sha256));
    return hash.result();
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
