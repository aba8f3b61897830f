#include "startup/PrefetchingSecretStore.h"

#include "auth/RefreshTokenStore.h"
#include "auth/RememberedSession.h"
#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
#include "cache/SecureBytes.h"
#include "startup/StartupLog.h"

#include <QFileInfo>

#include <utility>

namespace sp {

PrefetchingSecretStore::PrefetchingSecretStore(SecretStore* keychain, QObject* parent)
    : SecretStore(parent)
    , m_keychain(keychain)
{
    m_dropUnclaimed.setSingleShot(true);
    m_dropUnclaimed.setInterval(kKeepUnclaimedMs);
    connect(&m_dropUnclaimed, &QTimer::timeout, this, [this] {
        const QStringList keys = m_prefetched.keys();
        for (const QString& key : keys)
            drop(key);
    });
}

PrefetchingSecretStore::~PrefetchingSecretStore()
{
    const QStringList keys = m_prefetched.keys();
    for (const QString& key : keys)
        drop(key);
}

void PrefetchingSecretStore::prefetch(const QString& key)
{
    if (!m_keychain || m_prefetched.contains(key))
        return;
    auto prefetch = std::make_shared<Prefetch>();
    m_prefetched.insert(key, prefetch);
    ++m_keychainReads;
    qCDebug(lcStartup).noquote() << "reading from the keychain ahead of the window:" << key;
    m_keychain->read(key, this, [prefetch](const SecretResult& result) {
        if (prefetch->dropped)
            return; // nobody will take it: not kept
        prefetch->answered = true;
        prefetch->result = result;
        if (prefetch->claimed)
            deliver(prefetch);
    });
    m_dropUnclaimed.start();
}

void PrefetchingSecretStore::prefetchRememberedSession(Profile* profile, const QUrl& server)
{
    if (!profile)
        return;
    const RememberedSession marker(profile);
    if (!marker.exists() || (!server.isEmpty() && !marker.originMatches(server)))
        return;
    // The cache key first: QtKeychain answers one job after the other, and the first screen needs the
    // cache, not the session. Only for a cache that is there to open (SyncHost opens it during the restore).
    const QString cacheDir = CacheFiles::accountDir(*profile, marker.accountId());
    if (!cacheDir.isEmpty() && QFileInfo::exists(CacheFiles::databasePath(cacheDir)))
        prefetch(CacheKey::secretName(*profile, marker.accountId()));
    prefetch(RefreshTokenStore::keyFor(*profile));
}

void PrefetchingSecretStore::deliver(const std::shared_ptr<Prefetch>& prefetch)
{
    // Asynchronous like the keychain's own answer, and only while the reader's context lives.
    QObject* target = prefetch->context;
    if (!target || !prefetch->callback)
        return;
    QTimer::singleShot(0, target, [prefetch] {
        if (prefetch->callback)
            prefetch->callback(prefetch->result);
        SecureBytes::wipe(prefetch->result.value);
        prefetch->callback = nullptr;
    });
}

void PrefetchingSecretStore::read(const QString& key, QObject* context, Callback cb)
{
    const std::shared_ptr<Prefetch> prefetch = m_prefetched.take(key);
    if (!prefetch) {
        ++m_keychainReads;
        if (m_keychain)
            m_keychain->read(key, context ? context : this, std::move(cb));
        return;
    }
    prefetch->claimed = true;
    prefetch->context = context ? context : this;
    prefetch->callback = std::move(cb);
    if (prefetch->answered)
        deliver(prefetch);
}

void PrefetchingSecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback cb)
{
    drop(key);
    if (m_keychain)
        m_keychain->write(key, value, context ? context : this, std::move(cb));
}

void PrefetchingSecretStore::remove(const QString& key, QObject* context, Callback cb)
{
    drop(key);
    if (m_keychain)
        m_keychain->remove(key, context ? context : this, std::move(cb));
}

int PrefetchingSecretStore::maxValueBytes() const { return m_keychain ? m_keychain->maxValueBytes() : 0; }

void PrefetchingSecretStore::drop(const QString& key)
{
    const std::shared_ptr<Prefetch> prefetch = m_prefetched.take(key);
    if (!prefetch)
        return;
    prefetch->dropped = true; // an answer still on its way is not kept
    SecureBytes::wipe(prefetch->result.value);
    prefetch->result = SecretResult{};
}

} // namespace sp
