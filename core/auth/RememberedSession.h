#pragma once

#include "auth/TokenPair.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace sp {

class Profile;

// The non-secret marker in the profile's settings that says a session was kept in the keychain: the
// email, the server's origin and, for a loopback https server, the certificate it presented. It decides
// whether the remembered refresh token may be sent to the server configured now; the token is never here.
class RememberedSession
{
public:
    explicit RememberedSession(Profile* profile);

    bool exists() const;
    QString email() const; // stays after clear(), for the sign-in form
    QString server() const;
    QString accountId() const; // lets the offline cache of the account open without the server
    QByteArray serverCertificateSha256() const;

    // Same scheme, host and port as the remembered server; for a loopback https server also a remembered
    // certificate, since any local process can take a loopback port.
    bool originMatches(const QUrl& current) const;

    void write(const AccountInfo& account, const QString& server, const QByteArray& serverCertificateSha256);
    void clear();

private:
    Profile* m_profile;
};

} // namespace sp
