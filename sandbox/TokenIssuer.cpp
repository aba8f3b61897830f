#include "TokenIssuer.h"

#include "CryptoPrimitives.h"

#include <QJsonDocument>

namespace sp {

TokenIssuer::TokenIssuer(StateStore& state, const JwtSigner& signer, int accessTtlSeconds, int refreshTtlSeconds)
    : m_state(state)
    , m_signer(signer)
    , m_accessTtlSeconds(accessTtlSeconds)
    , m_refreshTtlSeconds(refreshTtlSeconds)
{
}

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

HttpReply TokenIssuer::rotate(SessionRecord& session, const AccountRecord& account, const QDateTime& now)
{
    session.usedTokenHashes.append(session.currentTokenHash);
    return tokenPair(session, account, now);
}

HttpReply TokenIssuer::tokenPair(SessionRecord& session, const AccountRecord& account, const QDateTime& now)
{
    const QByteArray refreshToken = CryptoPrimitives::randomToken(32);
    session.currentTokenHash = CryptoPrimitives::sha256(refreshToken);
    session.currentTokenExpiresAt = now.addSecs(m_refreshTtlSeconds);
    session.lastUsedAt = now;

    AccessClaims claims;
    claims.subject = account.id;
    claims.sessionId = session.id;
    claims.version = account.tokenVersion;
    claims.issuedAt = now.toSecsSinceEpoch();
    claims.expiresAt = claims.issuedAt + m_accessTtlSeconds;
    claims.tokenId = QString::fromLatin1(CryptoPrimitives::randomToken(16));

    const QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(m_signer.sign(claims))},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("expires_in"), m_accessTtlSeconds},
                           {QStringLiteral("refresh_token"), QString::fromLatin1(refreshToken)},
                           {QStringLiteral("refresh_expires_in"), m_refreshTtlSeconds},
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
