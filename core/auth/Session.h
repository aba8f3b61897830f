#pragma once

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "auth/AccessToken.h"
#include "auth/AuthorizedRequestQueue.h"
#include "auth/SessionPersistence.h"
#include "auth/TokenPair.h"
#include "auth/TokenRefresh.h"
#include "auth/TokenReissue.h"
#include "auth/TokenRequests.h"
#include "cache/SecureBytes.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace sp {

class Clock;
class Profile;
class SecretStore;

// The token life cycle of one profile: sign in, restore, refresh, end, as a state machine with its signals.
// The access token lives in memory only; the refresh token in memory and in the keychain, never anywhere else.
// Requests with the access token go through AuthorizedRequestQueue; SessionPersistence keeps the session for
// the next start (keychain entry and marker); TokenRefresh sends a refresh and sorts its answer; TokenReissue
// sends a request answered by a new pair (the password change).
class Session : public QObject, private AccessTokenSource
{
    Q_OBJECT
public:
    enum class State { SignedOut, Restoring, SigningIn, SignedIn, KeychainUnavailable };
    Q_ENUM(State)
    // ServerChanged: the remembered session was made with another origin, or the loopback server no
    // longer presents the certificate it had; the refresh token was not sent there.
    enum class EndReason { None, UserSignedOut, SignedOutElsewhere, SessionExpired, TokenReused, ServerChanged };
    Q_ENUM(EndReason)
    using AccountInfo = sp::AccountInfo;

    Session(ApiClient* api, SecretStore* secrets, Profile* profile, const Clock* clock, QObject* parent = nullptr);
    ~Session() override;

    State state() const { return m_state; }
    AccountInfo account() const { return m_account; }
    bool isPersistent() const { return m_persistent; } // the refresh token is in the keychain
    bool hasRememberedSession() const { return m_persistence.remembered().exists(); }
    QString rememberedEmail() const { return m_persistence.remembered().email(); }
    QString rememberedServer() const { return m_persistence.remembered().server(); } // session/server

    // Keychain -> refresh -> SignedIn; or SignedOut / KeychainUnavailable. The refresh token goes
    // only to the exact origin (scheme, host, port) it was issued by, and to a loopback https server
    // only when it presents the certificate it had then; otherwise the session ends (ServerChanged).
    void restore();
    void retryKeychain(); // after KeychainUnavailable
    void signIn(const QString& email, const QString& password) { startSignIn(email, password, true); }
    void continueWithoutKeychain(const QString& email, const QString& password) // session only
    {
        startSignIn(email, password, false);
    }
    void signOut(); // server logout (best effort), keychain entry deleted, marker cleared
    // Sends with the access token; refreshes first when needed; on 401 token_expired refreshes once
    // and replays. One refresh in flight: requests arriving meanwhile wait and are replayed after it.
    void sendAuthorized(ApiRequest request, QObject* context, ApiClient::Callback callback)
    {
        m_queue.submit(std::move(request), context, std::move(callback));
    }
    // An authorized request answered by a new token pair (the password change, AccountSecurityClient): no
    // refresh starts while it is on the wire, since the server may already have retired the refresh token.
    // The new pair is adopted and kept before `done` runs (with no error); `done` runs while `context` lives.
    void sendReissuing(ApiRequest request, QObject* context, std::function<void(const ApiError&)> done)
    {
        m_reissue.send(std::move(request), context, std::move(done), isCurrent(), m_persistence.maxTokenBytes());
    }

    // On by default: refresh at 80% of the access token's lifetime. Tests switch it off to exercise
    // the refresh on a 401 token_expired.
    void setProactiveRefreshEnabled(bool enabled)
    {
        m_accessToken.setProactiveRefresh(enabled);
        scheduleRefresh();
    }
    bool hasAccessToken() const { return !m_accessToken.isEmpty(); } // the token itself never leaves
    // How long a keychain write may take before the user is told the keychain does not answer.
    void setKeychainTimeoutMs(int ms) { m_persistence.setKeychainTimeoutMs(ms); }

signals:
    void stateChanged(sp::Session::State state);
    void signedIn();
    void signInFailed(const sp::ApiError& error);
    void keychainUnavailable(const QString& message);
    void ended(sp::Session::EndReason reason, const QString& message); // translated, for the user
    void refreshed();
    void pairReissued(); // a sendReissuing answer's pair is adopted and kept (before its `done`)
    // Signed in, but the refresh token could not be stored: the session is for this run only.
    void persistenceFailed(const QString& message);

private:
    // AccessTokenSource, for the queue.
    Status accessStatus() const override
    {
        if (m_state == State::Restoring)
            return Status::Restoring;
        return m_state == State::SignedIn && m_api ? Status::SignedIn : Status::SignedOut;
    }
    bool accessTokenReady() const override { return !m_refreshing && m_accessToken.usable(); }
    QByteArray accessTokenForSend() const override { return m_accessToken.forSend(); }
    quint64 accessTokenSerial() const override { return m_accessToken.serial(); }
    void accessTokenRefused(quint64 serial) override { m_accessToken.refused(serial); }
    void refreshNeeded() override { startRefresh(); }

    void setState(State state);
    void startSignIn(const QString& email, const QString& password, bool persistent);
    // Takes the pair as the current one and keeps its refresh token for the next start (when persistent),
    // then calls `kept` unless the session ended meanwhile.
    void adoptAndKeep(TokenPair&& pair, std::function<void()> kept);
    void readKeychainAndRefresh(); // Restoring until the keychain answers
    // For answers of the keychain: false once this session ended (or another started).
    std::function<bool()> isCurrent() const;
    // For the deletion of the keychain entry: false once a newer session kept its own token under that key.
    std::function<bool()> ownsKeychainEntry() const;
    void startRefresh();
    void onRefreshAnswered(RefreshAnswer&& answer, const QByteArray& serverCertificateSha256);
    void finishRefresh(const ApiError& error);
    void adoptReissued(TokenPair&& pair, TokenReissue::Done finish); // then replays what waited for it
    void scheduleRefresh()                                           // proactively, while signed in
    {
        if (m_state == State::SignedIn)
            m_accessToken.scheduleRefresh();
    }
    void endSession(EndReason reason);

    QPointer<ApiClient> m_api;
    AccessToken m_accessToken;
    SessionPersistence m_persistence;
    AuthorizedRequestQueue m_queue;
    TokenRefresh m_refresh;
    TokenReissue m_reissue;

    State m_state = State::SignedOut;
    AccountInfo m_account;
    bool m_persistent = false;
    SecureBytes m_refreshToken; // in memory while signed in; on disk only in the keychain
    // SHA-256 of the certificate the server presented when the current pair was issued; kept beside
    // the marker (not secret). Pins the refresh requests of a loopback https server.
    QByteArray m_serverCertificateSha256;
    bool m_refreshing = false; // from the refresh request until its pair is kept (or it failed)
    // Bumped when a sign-in starts and when the session ends: answers of the server and of the keychain
    // to an earlier session (sign-in, keychain write and read) are dropped; a refresh's by m_refresh.drop().
    quint64 m_generation = 0;
};

} // namespace sp
