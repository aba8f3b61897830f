#pragma once

#include "HttpExchange.h"
#include "JwtSigner.h"
#include "StateStore.h"

#include <QJsonObject>

namespace sp {

// Starts sessions and rotates their refresh tokens; answers with the contract's TokenPair.
// Refresh tokens are 32 random bytes (base64url); only their SHA-256 is stored.
class TokenIssuer {
public:
    TokenIssuer(StateStore& state, const JwtSigner& signer, int accessTtlSeconds, int refreshTtlSeconds);

    // A new session (refresh-token family) for the account; returns the TokenPair reply (not yet saved).
    HttpReply startSession(const AccountRecord& account, const QString& clientName, const QDateTime& now);
    // Replaces the session's current refresh token with a new one; the old one becomes "used".
    HttpReply rotate(SessionRecord& session, const AccountRecord& account, const QDateTime& now);

    static QJsonObject accountJson(const AccountRecord& account);

private:
    HttpReply tokenPair(SessionRecord& session, const AccountRecord& account, const QDateTime& now);

    StateStore& m_state;
    const JwtSigner& m_signer;
    int m_accessTtlSeconds;
    int m_refreshTtlSeconds;
};

} // namespace sp
