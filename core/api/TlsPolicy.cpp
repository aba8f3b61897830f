#include "api/TlsPolicy.h"

#include <QStringList>

namespace sp {

QSslConfiguration TlsPolicy::configuration(const QList<QSslCertificate>& extraCaCertificates)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCaCertificates.isEmpty()) {
        // The system's CAs stay trusted; the extra ones are added for this client only.
        QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
        cas += extraCaCertificates;
        config.setCaCertificates(cas);
    }
    return config;
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
