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
    // Locked: the keychain is locked or unavailable, so whether the key exists is unknown.
    enum class Status { Ok, NotFound, Unavailable, Error, Locked };
    // `key`: the 32 raw bytes (the caller wipes them after use).
    using Callback = std::function<void(Status status, const QByteArray& key, const QString& message)>;
    using Done = std::function<void(bool ok, const QString& message)>;

    static QString secretName(const Profile& profile, const QString& accountId);
    // Reads the key; with `createIfMissing`, a missing key is generated (RAND_bytes) and stored first.
    static void load(SecretStore* store, const QString& name, bool createIfMissing, QObject* context, Callback done);
    static void remove(SecretStore* store, const QString& name, QObject* context, Done done);

    // The cache's way to its key. QtKeychain 0.13 reads a locked collection on Linux as "not found",
    // so "not found" while the cache file exists or the settings remember that a key was created is
    // not taken for a missing key: a throw-away write tells whether the keychain is locked (Locked)
    // or the key is really gone (NotFound, only when `fileExists`). A new key is created only when
    // no file needs the old one.
    static void open(SecretStore* store, Profile* profile, const QString& accountId, bool fileExists, QObject* context,
                     Callback done);
    // Deletes the key and confirms it: the keychain answers "not found" for it afterwards while a
    // write to the same keychain works (so the "not found" is not a locked collection). `ok` false:
    // nothing may be deleted on the strength of this deletion.
    static void removeConfirmed(SecretStore* store, Profile* profile, const QString& accountId, QObject* context,
                                Done done);
    // Whether the keychain accepts a write now (a locked collection refuses it): writes and deletes a
    // throw-away entry holding no secret.
    static void probeUnlocked(SecretStore* store, const Profile& profile, QObject* context, Done done);

    // A non-secret note in the profile's settings that this account's key was created.
    static bool wasCreated(const Profile& profile, const QString& accountId);
    static void setCreated(Profile* profile, const QString& accountId, bool created);
};

} // namespace sp
