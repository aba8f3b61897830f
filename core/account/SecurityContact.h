#pragma once

#include <QString>
#include <QUrl>

namespace sp {

// Where to report a security issue. The defaults are the published security page's ("Report a
// security issue": info@getsellerpulse.com, acknowledged within two business days); the server's
// answer (GET /v1/security-contact) replaces them when it has one.
struct SecurityContact
{
    QString email = QStringLiteral("info@getsellerpulse.com");
    QUrl pageUrl = QUrl(QStringLiteral("https://getsellerpulse.com/security"));
    int responseHours = 48; // two business days, at least
};

} // namespace sp
