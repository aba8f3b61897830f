#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace sp {

// A SecretStore in front of the keychain that starts the reads a start will need at once (the
// remembered session's refresh token, the remembered account's cache key), before the main window
// is built, and answers the first read of each key with that one read: each secret is read from the
// keychain once per start, and the keychain works while the window is being built. Every other call
// goes to the keychain. A write or removal of a key drops its prefetched answer that nobody took
// (it would be stale), and an answer nobody takes within a minute is wiped and dropped.
class Profile;

class PrefetchingSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int kKeepUnclaimedMs = 60000;

    explicit PrefetchingSecretStore(SecretStore* keychain, QObject* parent = nullptr);
    ~PrefetchingSecretStore() override;

    // Starts reading `key` now (nothing happens for a key already being prefetched).
    void prefetch(const QString& key);
    // What a start with `profile`'s remembered session reads: its refresh token and, when that
    // account's cache file exists, its cache key (the account is named in the marker beside it). Nothing when no session is remembered, or when it
    // was kept for another origin than `server` (an empty `server`: not known yet, e.g. the local
    // sandbox starting). Reading sends nothing anywhere: Session still decides where the token goes.
    void prefetchRememberedSession(Profile* profile, const QUrl& server);
    int keychainReads() const { return m_keychainReads; } // reads that reached the keychain (tests)

    void read(const QString& key, QObject* context, Callback cb) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback cb) override;
    void remove(const QString& key, QObject* context, Callback cb) override;
    int maxValueBytes() const override;

private:
    struct Prefetch
    {
        bool answered = false;
        SecretResult result;
        bool claimed = false; // a reader took it: the answer goes to that reader only
        bool dropped = false; // nobody took it in time, or the key was written or removed
        QPointer<QObject> context;
        Callback callback;
    };
    void drop(const QString& key);
    static void deliver(const std::shared_ptr<Prefetch>& prefetch);

    QPointer<SecretStore> m_keychain;
    QHash<QString, std::shared_ptr<Prefetch>> m_prefetched; // not yet claimed
    QTimer m_dropUnclaimed;
    int m_keychainReads = 0;
};

} // namespace sp
