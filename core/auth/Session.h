#pragma once

#include "api/ApiClient.h"
#include "api/ApiError.h"
#include "auth/TokenPair.h"
#include "cache/SecureBytes.h"
#include "secrets/SecretStore.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace sp {

class Clock;
class Profile;
class SecretStore;

// The signed-in state of one profile: tokens, their refresh, and how the session ends.
// The access token lives in memory only; the refresh token only in the SecretStore.
class Session : public QObject
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

    Session(ApiClient* api, SecretStore* secrets, Profile* profile, const Clock* clock,
            QObject* parent = nullptr);
    ~Session() override;

    State state() const;
    AccountInfo account() const;
    bool isPersistent() const;          // the refresh token is in the keychain
    bool hasRememberedSession() const;  // the non-secret marker in settings
    QString rememberedEmail() const;
    QString rememberedServer() const;   // session/server

    // Keychain -> refresh -> SignedIn; or SignedOut / KeychainUnavailable. The refresh token goes
    // only to the exact origin (scheme, host, port) it was issued by, and to a loopback https server
    // only when it presents the certificate it had then; otherwise the session ends (ServerChanged).
    void restore();
    void retryKeychain(); // after KeychainUnavailable
    void signIn(const QString& email, const QString& password);
    void continueWithoutKeychain(const QString& email, const QString& password); // session only
    void signOut(); // server logout (best effort), keychain entry deleted, marker cleared
    void changePassword(const QString& currentPassword, const QString& newPassword);
    // Sends with the access token; refreshes first when needed; on 401 token_expired refreshes once
    // and replays. One refresh in flight: requests arriving meanwhile wait and are replayed after it.
    void sendAuthorized(ApiRequest request, QObject* context, ApiClient::Callback callback);

    // On by default: refresh at 80% of the access token's lifetime. Tests switch it off to exercise
    // the refresh on a 401 token_expired.
    void setProactiveRefreshEnabled(bool enabled);
    bool hasAccessToken() const; // for tests and diagnostics; the token itself never leaves
    // How long a keychain write may take before the user is told the keychain does not answer.
    void setKeychainTimeoutMs(int ms) { m_keychainTimeoutMs = ms; }
    static constexpr int kDefaultKeychainTimeoutMs = 10000;

signals:
    void stateChanged(sp::Session::State state);
    void signedIn();
    void signInFailed(const sp::ApiError& error);
    void keychainUnavailable(const QString& message);
    void passwordChanged();
    void passwordChangeFailed(const sp::ApiError& error);
    void ended(sp::Session::EndReason reason, const QString& message); // translated, for the user
    void refreshed();
    // Signed in, but the refresh token could not be stored: the session is for this run only.
    void persistenceFailed(const QString& message);

private:
    struct Waiting
    {
        ApiRequest request;
        QPointer<QObject> context;
        ApiClient::Callback callback;
        bool replayed = false;       // already refreshed once for this request
        bool passwordChange = false; // see m_passwordChangeOnWire
    };
    void setState(State state);
    void startSignIn(const QString& email, const QString& password, bool persistent);
    // Decodes a token answer; the refresh token must fit the keychain.
    bool decodeTokenPair(const QJsonObject& json, TokenPair* out, ApiError* error) const;
    void adopt(TokenPair&& pair);
    // Writes the refresh token to the keychain (when persistent), then calls `done`.
    void persistRefreshToken(std::function<void()> done);
    void readKeychainAndRefresh();
    // Runs `action` once no keychain write is pending (at once if none is).
    void afterKeychainWrites(std::function<void()> action);
    void removeRefreshToken(SecretStore::Callback done);
    void startRefresh();
    void onRefreshFinished(quint64 sentRefreshSerial, const ApiResponse& response);
    // The refresh token as the request body, built for one send and wiped by the caller.
    QByteArray refreshTokenBody() const;
    // The certificate pin for requests that carry the refresh token (loopback https only).
    QByteArray refreshPeerPin() const;
    bool rememberedOriginMatches() const;
    void finishRefresh(const ApiError& error);
    void submit(Waiting waiting); // waits while restoring; refused unless signed in
    void dispatch(Waiting waiting);
    void replayWaiting();
    void answer(const Waiting& waiting, const ApiResponse& response);
    void scheduleRefresh();
    bool accessTokenUsable() const;
    void endSession(EndReason reason);
    void writeMarker();
    void clearMarker();
    static EndReason endReasonFor(const QString& code);
    static QString endMessage(EndReason reason);

    QPointer<ApiClient> m_api;
    QPointer<SecretStore> m_secrets;
    Profile* m_profile;
    const Clock* m_clock;

    State m_state = State::SignedOut;
    AccountInfo m_account;
    bool m_persistent = false;
    SecureBytes m_accessToken;
    SecureBytes m_refreshToken; // in memory while signed in; on disk only in the keychain
    // Bumped when a token is replaced, so that answers can tell which token they were about
    // without keeping a copy of it.
    quint64 m_accessSerial = 0;
    quint64 m_refreshSerial = 0;
    // SHA-256 of the certificate the server presented when the current pair was issued; kept beside
    // the marker (not secret). Pins the refresh requests of a loopback https server.
    QByteArray m_serverCertificateSha256;
    int m_keychainTimeoutMs = kDefaultKeychainTimeoutMs;
    qint64 m_accessExpiresAtMs = 0; // by m_clock
    bool m_refreshing = false;
    bool m_proactiveRefresh = true;
    // While a password change is on its way, no refresh starts: the server may already have bumped
    // the token version, and the old refresh token would answer password_changed and end the session
    // that is just getting its new pair.
    bool m_passwordChangeOnWire = false;
    // Keychain writes of rotated tokens in progress: a refresh waits for them, so that two writes can
    // never land out of order and leave an older token in the keychain.
    int m_keychainWritesPending = 0;
    QList<std::function<void()>> m_afterKeychainWrites; // e.g. the deletion at the end of a session
    QList<Waiting> m_waiting;
    QTimer m_refreshTimer;
    quint64 m_generation = 0; // bumped when the session ends: late answers of the old one are dropped
};

} // namespace sp
