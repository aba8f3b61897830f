#pragma once

#include <QByteArray>
#include <QString>

namespace sp {

// The claims of a sandbox access token.
struct AccessClaims
{
    QString subject;    // account id
    QString sessionId;  // refresh-token family id
    qint64 version = 0; // the account's token version when issued
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QString tokenId;
};

// HS256 JWTs, strictly: the header must be exactly {"alg":"HS256","typ":"JWT"} and every claim present
// with the right type (RFC 8725: no algorithm choice left to the token).
class JwtSigner
{
public:
    enum class Check { Valid, Malformed, Expired };

    static const QString& issuer();

    explicit JwtSigner(QByteArray key);

    QByteArray sign(const AccessClaims& claims) const;
    // Checks the signature first, then the claims; `now` is seconds since the epoch.
    Check verify(const QByteArray& token, qint64 now, AccessClaims* claims) const;

private:
    QByteArray m_key;
};

} // namespace sp
