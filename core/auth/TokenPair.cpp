#include "auth/TokenPair.h"

#include "api/ApiClient.h"
#include "api/JsonReader.h"
#include "auth/JwtClaims.h"

namespace sp {

bool TokenPair::decode(const QJsonObject& json, TokenPair* out, ApiError* error, int maxRefreshTokenBytes)
{
    JsonReader reader(json);
    const QString access = reader.requiredString(QStringLiteral("access_token"));
    const QString type = reader.requiredString(QStringLiteral("token_type"));
    const qint64 expiresIn = reader.requiredInt(QStringLiteral("expires_in"));
    const QString refresh = reader.requiredString(QStringLiteral("refresh_token"));
    reader.requiredInt(QStringLiteral("refresh_expires_in"));
    JsonReader account(reader.requiredObject(QStringLiteral("account")), QStringLiteral("account"));
    out->account.id = account.requiredString(QStringLiteral("id"));
    out->account.email = account.requiredString(QStringLiteral("email"));
    out->account.displayName = account.requiredString(QStringLiteral("display_name"));

    QString problem = !reader.ok() ? reader.error() : account.error();
    if (problem.isEmpty()) {
        if (access.isEmpty() || refresh.isEmpty())
            problem = QStringLiteral("empty token");
        else if (type != QLatin1String("Bearer"))
            problem = QStringLiteral("token_type is not Bearer");
        else if (expiresIn < 1)
            problem = QStringLiteral("expires_in below 1");
        else if (refresh.size() > maxRefreshTokenBytes)
            problem = QStringLiteral("refresh token too large");
    }
    if (!problem.isEmpty()) {
        error->kind = ApiError::Kind::Decode;
        error->technical = problem; // names a field, never a value
        return false;
    }
    QByteArray accessBytes = access.toUtf8();
    QByteArray refreshBytes = refresh.toUtf8();
    // The lifetime, not the absolute exp: a client clock that is off does not matter then.
    qint64 lifetimeSeconds = expiresIn;
    const auto claims = JwtClaims::read(accessBytes);
    out->accessToken = SecureBytes::takeFrom(accessBytes);
    out->refreshToken = SecureBytes::takeFrom(refreshBytes);
    if (claims && claims->issuedAt > 0 && claims->expiresAt > claims->issuedAt)
        lifetimeSeconds = qMin(lifetimeSeconds, claims->expiresAt - claims->issuedAt);
    out->lifetimeMs = lifetimeSeconds * 1000;
    return true;
}

bool TokenPair::decodeAnswer(const ApiResponse& response, TokenPair* out, ApiError* error, int maxRefreshTokenBytes)
{
    *error = response.error;
    if (error->ok() && !decode(response.json, out, error, maxRefreshTokenBytes))
        error->requestId = response.requestId;
    return error->ok();
}

} // namespace sp
