#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sp {

class Profile;
class SecretStore;

// The cache key of one account in the keychain (profile->secretKey("cache-key/<account id>")), as
// 64 hex digits. Never on disk, never in a log.
class CacheKey
{
public:
    enum class Status { Ok, NotFound, Unavailable, Error };
    // `key`: the 32 raw bytes (the caller wipes them after use).
    using Callback = std::function<void(Status status, const QByteArray& key, const QString& message)>;

    static QString secretName(const Profile& profile, const QString& accountId);
    // Reads the key; with `createIfMissing`, a missing key is generated (RAND_bytes) and stored first.
    static void load(SecretStore* store, const QString& name, bool createIfMissing, QObject* context, Callback done);
    static void remove(SecretStore* store, const QString& name, QObject* context,
                       std::function<void(bool ok, const QString& message)> done);
};

} // namespace sp
