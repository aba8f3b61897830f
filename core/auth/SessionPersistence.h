#pragma once

#include "auth/RefreshTokenStore.h"
#include "auth/RememberedSession.h"

#include <QUrl>

#include <functional>

namespace sp {

class Profile;
class SecretStore;
class SecureBytes;

// The session kept for the next start: the refresh token in the keychain (RefreshTokenStore) and the marker in
// settings that says it is there (RememberedSession), written, read and forgotten together so that neither
// outlives the other (a marker without its token reads as a locked keychain, a token without its marker as
// "reused" at the next start). Session decides when; this class keeps the two in step.
class SessionPersistence
{
public:
    SessionPersistence(SecretStore* secrets, Profile* profile);

    bool hasKeychain() const { return m_tokens.hasKeychain(); }
    int maxTokenBytes() const { return m_tokens.maxTokenBytes(); }
    void setKeychainTimeoutMs(int ms) { m_tokens.setTimeoutMs(ms); }
    int pendingWrites() const { return m_tokens.pendingWrites(); }
    const RememberedSession& remembered() const { return m_marker; }

    // The token, then (once the keychain has it) the marker. When the keychain refuses or does not answer,
    // the marker is cleared and the entry deleted (after the write, if `stillOwned` then says so), so that
    // no stale token is left behind, and `done` gets the reason for the user (Session::persistenceFailed,
    // translated); empty when kept. Nothing happens and `done` is not called once `current` says no.
    void keep(const SecureBytes& token, const AccountInfo& account, const QString& server,
              const QByteArray& serverCertificateSha256, std::function<bool()> current,
              std::function<bool()> stillOwned, std::function<void(const QString& notKept)> done);
    // What a start finds kept for `server`, in one answer. A kept session is restorable only at the exact origin
    // (scheme, host, port) it was kept for, and on a loopback https server only with the certificate remembered
    // beside it; then the account (email and id, for the offline cache before the server answers) and that
    // certificate (pinning the refresh) come with it. The token itself comes from readToken().
    struct Remembered
    {
        enum class Kind { Nothing, ForAnotherServer, Restorable };
        Kind kind = Kind::Nothing;
        AccountInfo account;                // Restorable
        QByteArray serverCertificateSha256; // Restorable; empty without TLS
    };
    Remembered rememberedAt(const QUrl& server) const;
    // The kept token; or, when the keychain does not give it, an empty token and the reason for the user.
    // Only while `wanted` says so: a late answer to an ended restore is dropped.
    void readToken(std::function<bool()> wanted, std::function<void(SecureBytes token, const QString& problem)> done);
    // The marker now; the token once no write is pending, unless `stillOwned` then says a newer session kept
    // its own under the same key; then `done` (a failed deletion is logged). Without a keychain only the marker
    // goes and `done` is not called.
    void forget(std::function<bool()> stillOwned, std::function<void()> done);

private:
    static QString notKeptMessage(const QString& detail); // `detail` is the keychain's own message

    RememberedSession m_marker;
    RefreshTokenStore m_tokens;
};

} // namespace sp
