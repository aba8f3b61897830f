#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

namespace sp {

// The one place that builds the client's TLS configuration: TLS 1.2 or later, peer verification,
// the system's CAs plus the configured extra ones.
struct TlsPolicy
{
    static QSslConfiguration configuration(const QList<QSslCertificate>& extraCaCertificates);
    // The errors as one readable line (for ApiError::technical).
    static QString describe(const QList<QSslError>& errors);
};

} // namespace sp
