#include "TokenIssuer.h"

#include "CryptoPrimitives.h"

#include <QJsonDocument>

namespace sp {

TokenIssuer::TokenIssuer(StateStore& state, const JwtSigner& signer, int accessTtlSeconds, int refreshTtlSeconds)
    : m_state(state)
    , m_signer(signer)
    , m_accessTtlSeconds(accessTtlSeconds)
    , m_refreshTtlSeconds(refreshTtlSeconds)
    , m_graceClock([] { return QDateTime::currentSecsSinceEpoch(); })
{}

QJsonObject TokenIssuer::accountJson(const AccountRecord& account)
{
    QJsonObject object{{QStringLiteral("id"), account.id},
                       {QStringLiteral("email"), account.email},
                       {QStringLiteral("display_name"), account.displayName},
                       {QStringLiteral("created_at"), account.createdAt.toString(Qt::ISODate)}};
    object.insert(QStringLiteral("password_changed_at"),
                  account.passwordChangedAt.isValid() ? QJsonValue(account.passwordChangedAt.toString(Qt::ISODate))
                                                      : QJsonValue(QJsonValue::Null));
    return object;
}

HttpReply TokenIssuer::startSession(const AccountRecord& account, const QString& clientName, const QDateTime& now)
{
    SessionRecord session;
    session.id = QStringLiteral("ses_") + QString::fromLatin1(CryptoPrimitives::randomToken(16));
    session.accountId = account.id;
    session.clientName = clientName;
    session.createdAt = now;
    m_state.sessions().append(session);
    return tokenPair(m_state.sessions().last(), account, now);
}

namespace {

// The rotated token, re-derivable from the token it replaced while the in-memory key lives: so a
// replay in the grace window gets the same token back without any token being stored in clear.
QByteArray derivedToken(const QByteArray& key, const QByteArray& presented)
{
    return CryptoPrimitives::toBase64Url(CryptoPrimitives::hmacSha256(key, presented));
}

} // namespace

HttpReply TokenIssuer::rotate(SessionRecord& session, const AccountRecord& account, const QByteArray& presented,
                              const QDateTime& now)
{
    session.usedTokenHashes.append(session.currentTokenHash);
    session.previousTokenHash = session.currentTokenHash;
    session.rotationKey = CryptoPrimitives::randomBytes(32);
    session.rotatedAt = m_graceClock();
    session.rotationReplayed = false;
    if (session.rotationKey.isEmpty()) // no randomness: no grace, and a token from randomToken below
        return tokenPair(session, account, now);
    const QByteArray refreshToken = derivedToken(session.rotationKey, presented);
    session.currentTokenHash = CryptoPrimitives::sha256(refreshToken);
    session.currentTokenExpiresAt = now.addSecs(m_refreshTtlSeconds);
    session.lastUsedAt = now;
    return reply(session, account, refreshToken, now);
}

std::optional<HttpReply> TokenIssuer::replayRotation(SessionRecord& session, const AccountRecord& account,
                                                     const QByteArray& presented, const QDateTime& now)
{
    if (session.rotationReplayed || session.rotationKey.isEmpty() || session.rotatedAt == 0
        || session.currentTokenExpiresAt <= now)
        return std::nullopt;
    const qint64 age = m_graceClock() - session.rotatedAt;
    if (age < 0 || age > kRotationGraceSeconds
        || !CryptoPrimitives::constantTimeEquals(CryptoPrimitives::sha256(presented), session.previousTokenHash))
        return std::nullopt;
    const QByteArray refreshToken = derivedToken(session.rotationKey, presented);
    if (!CryptoPrimitives::constantTimeEquals(CryptoPrimitives::sha256(refreshToken), session.currentTokenHash))
        return std::nullopt;
    session.rotationReplayed = true; // once: a second replay is a reuse
    session.lastUsedAt = now;
    return reply(session, account, refreshToken, now);
}

HttpReply TokenIssuer::tokenPair(SessionRecord& session, const AccountRecord& account, const QDateTime& now)
{
    const QByteArray refreshToken = CryptoPrimitives::randomToken(32);
    session.currentTokenHash = CryptoPrimitives::sha256(refreshToken);
    session.currentTokenExpiresAt = now.addSecs(m_refreshTtlSeconds);
    session.lastUsedAt = now;
    return reply(session, account, refreshToken, now);
}

HttpReply TokenIssuer::reply(const SessionRecord& session, const AccountRecord& account, const QByteArray& refreshToken,
                             const QDateTime& now) const
{
    AccessClaims claims;
    claims.subject = account.id;
    claims.sessionId = session.id;
    claims.version = account.tokenVersion;
    claims.issuedAt = now.toSecsSinceEpoch();
    claims.expiresAt = claims.issuedAt + m_accessTtlSeconds;
    claims.tokenId = QString::fromLatin1(CryptoPrimitives::randomToken(16));

    // What is left of the refresh token's life (the whole TTL, unless this is a replay).
    const qint64 refreshExpiresIn = qMax<qint64>(1, now.secsTo(session.currentTokenExpiresAt));
    const QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(m_signer.sign(claims))},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), m_accessTtlSeconds},
                           {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
                           {QStringLiteral("refresh_expires_in"), refreshExpiresIn},
                           {QStringLiteral("account"), accountJson(account)}};
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // Tokens must never be cached by anything between the service and the client.
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    reply.setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return reply;
}

} // namespace sp
