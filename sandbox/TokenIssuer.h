#pragma once

#include "HttpExchange.h"
#include "JwtSigner.h"
#include "StateStore.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace sp {

// Starts sessions and rotates their refresh tokens; answers with the contract's TokenPair.
// Refresh tokens are 32 random bytes (base64url); only their SHA-256 is stored.
class TokenIssuer
{
public:
    TokenIssuer(StateStore& state, const JwtSigner& signer, int accessTtlSeconds, int refreshTtlSeconds);

    // A new session (refresh-token family) for the account; returns the TokenPair reply (not yet saved).
    HttpReply startSession(const AccountRecord& account, const QString& clientName, const QDateTime& now);
    // How long after a rotation the previous refresh token is accepted once more (RFC 9700 4.14.2):
    // a client that lost the answer (crash, lost connection) before storing the new token retries.
    static constexpr int kRotationGraceSeconds = 60;

    // Replaces the session's current refresh token (`presented`) with a new one; the old one becomes "used".
    HttpReply rotate(SessionRecord& session, const AccountRecord& account, const QByteArray& presented,
                     const QDateTime& now);
    // The previous refresh token came back within the grace window, for the first time: answers the
    // same refresh token as its rotation did (with a fresh access token) and uses up the grace.
    // nullopt when it does not apply; the caller then treats the token as reused.
    std::optional<HttpReply> replayRotation(SessionRecord& session, const AccountRecord& account,
                                            const QByteArray& presented, const QDateTime& now);

    static QJsonObject accountJson(const AccountRecord& account);

    // Seconds since the epoch on the sandbox's clock, which POST /admin/v1/clock/advance moves; the
    // grace window is measured on it. Default: the wall clock.
    void setGraceClock(std::function<qint64()> secondsNow) { m_graceClock = std::move(secondsNow); }

private:
    HttpReply tokenPair(SessionRecord& session, const AccountRecord& account, const QDateTime& now);
    HttpReply reply(const SessionRecord& session, const AccountRecord& account, const QByteArray& refreshToken,
                    const QDateTime& now) const;

    StateStore& m_state;
    const JwtSigner& m_signer;
    int m_accessTtlSeconds;
    int m_refreshTtlSeconds;
    std::function<qint64()> m_graceClock;
};

} // namespace sp
