#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sp {

// The claims of an access token, read WITHOUT verifying the signature: a refresh hint only.
// The client treats the token as opaque (RFC 9068 §6); the server decides what it is worth.
struct JwtClaims
{
    QString subject, sessionId;
    qint64 expiresAt = 0, issuedAt = 0; // seconds since the epoch; 0 = absent

    // nullopt for anything that is not three base64url parts with a JSON object payload holding an
    // integer `exp`.
    static std::optional<JwtClaims> read(const QByteArray& jwt);
};

} // namespace sp
