#pragma once

#include "secrets/SecretStore.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace sp {

class Profile;
class SecureBytes;

// The refresh token in the keychain, under the profile's own key, written in order. Every rotation writes
// a new token: writes are counted, and whatever must not overtake them (the next refresh, the deletion at
// the end of a session) waits until none is pending, so an older token never lands last and a deleted one
// never comes back. A write the keychain does not answer in time is reported as failed once, by the timeout.
class RefreshTokenStore : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 10000;

    RefreshTokenStore(SecretStore* secrets, Profile* profile, QObject* parent = nullptr);

    // The keychain key of `profile`'s refresh token (names the profile, holds no secret).
    static QString keyFor(const Profile& profile);

    bool hasKeychain() const { return m_secrets; }
    // The largest refresh token the keychain keeps; unlimited without a keychain (nothing is stored then).
    int maxTokenBytes() const;
    // How long a write may take before the user is told the keychain does not answer.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int pendingWrites() const { return m_pendingWrites; }

    // `done` runs once: with the keychain's answer, or with Unavailable when the timeout came first.
    void write(const SecureBytes& token, SecretStore::Callback done);
    void read(SecretStore::Callback done);
    // Once no write is pending; then asks `stillWanted` (a newer session may own the entry by then) and
    // answers Ok without deleting when it says no. Without a keychain nothing happens.
    void remove(std::function<bool()> stillWanted, SecretStore::Callback done);
    // Runs `action` once no write is pending (at once if none is).
    void afterWrites(std::function<void()> action);

private:
    QString key() const;

    QPointer<SecretStore> m_secrets;
    Profile* m_profile;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_pendingWrites = 0;
    QList<std::function<void()>> m_afterWrites;
};

} // namespace sp
