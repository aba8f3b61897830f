#include "cache/CacheKey.h"

#include "cache/SecureBytes.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace sp {

namespace {

CacheKey::Status statusOf(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return CacheKey::Status::Ok;
    case SecretResult::Status::NotFound:
        return CacheKey::Status::NotFound;
    case SecretResult::Status::Unavailable:
        return CacheKey::Status::Unavailable;
    case SecretResult::Status::Error:
        break;
    }
    return CacheKey::Status::Error;
}

QString createdSetting(const QString& accountId) { return QStringLiteral("cache/keyCreated/") + accountId; }

QString lockedMessage()
{
    return QCoreApplication::translate("sp::CacheKey",
                                       "The system keychain is locked or unavailable, so the key of your offline "
                                       "copy cannot be read. Unlock the keychain (for example by signing in to your "
                                       "desktop again or opening your password manager) and choose Retry. Your "
                                       "offline copy is kept.");
}

} // namespace

QString CacheKey::secretName(const Profile& profile, const QString& accountId)
{
    return profile.secretKey(QStringLiteral("cache-key/") + accountId);
}

void CacheKey::load(SecretStore* store, const QString& name, bool createIfMissing, QObject* context, Callback done)
{
    store->read(name, context, [store, name, createIfMissing, context, done](const SecretResult& result) {
        if (result.status == SecretResult::Status::Ok) {
            SecureBytes key = SecureBytes::fromHex(result.value);
            if (key.size() != 32) {
                done(Status::Error, QByteArray(),
                     QCoreApplication::translate("sp::CacheKey", "The cache key in the keychain is not valid."));
                return;
            }
            QByteArray bytes = key.toByteArray();
            done(Status::Ok, bytes, QString());
            SecureBytes::wipe(bytes);
            return;
        }
        if (result.status != SecretResult::Status::NotFound || !createIfMissing) {
            done(statusOf(result.status), QByteArray(), result.message);
            return;
        }
        auto key = std::make_shared<SecureBytes>(SecureBytes::random(32));
        if (key->isEmpty()) {
            done(Status::Error, QByteArray(),
                 QCoreApplication::translate("sp::CacheKey", "No random key could be generated for the cache."));
            return;
        }
        const SecureBytes hex = SecureBytes::toHex(key->view());
        QByteArray hexBytes = hex.toByteArray(); // for the keychain job, which keeps its own copy
        store->write(name, hexBytes, context, [key, done](const SecretResult& written) {
            if (written.status != SecretResult::Status::Ok) {
                done(statusOf(written.status), QByteArray(), written.message);
                return;
            }
            QByteArray bytes = key->toByteArray();
            done(Status::Ok, bytes, QString());
            SecureBytes::wipe(bytes);
        });
        SecureBytes::wipe(hexBytes);
    });
}

void CacheKey::remove(SecretStore* store, const QString& name, QObject* context, Done done)
{
    store->remove(name, context, [done](const SecretResult& result) {
        done(result.status == SecretResult::Status::Ok || result.status == SecretResult::Status::NotFound,
             result.message);
    });
}

bool CacheKey::wasCreated(const Profile& profile, const QString& accountId)
{
    return profile.settings().value(createdSetting(accountId), false).toBool();
}

void CacheKey::setCreated(Profile* profile, const QString& accountId, bool created)
{
    if (created == wasCreated(*profile, accountId))
        return;
    if (created)
        profile->settings().setValue(createdSetting(accountId), true);
    else
        profile->settings().remove(createdSetting(accountId));
    profile->sync();
}

void CacheKey::probeUnlocked(SecretStore* store, const Profile& profile, QObject* context, Done done)
{
    const QString probe = profile.secretKey(QStringLiteral("keychain-probe"));
    store->write(probe, QByteArrayLiteral("probe"), context,
                 [store, probe, context, done](const SecretResult& written) {
                     if (written.status != SecretResult::Status::Ok) {
                         done(false, written.message);
                         return;
                     }
                     store->remove(probe, context, [done](const SecretResult&) { done(true, QString()); });
                 });
}

void CacheKey::open(SecretStore* store, Profile* profile, const QString& accountId, bool fileExists, QObject* context,
                    Callback done)
{
    const QString name = secretName(*profile, accountId);
    const bool keyExpected = fileExists || wasCreated(*profile, accountId);
    // Every answer that has the key (or has just stored a new one) renews the note.
    auto finish = [profile, accountId, done](Status status, const QByteArray& key, const QString& message) {
        if (status == Status::Ok)
            setCreated(profile, accountId, true);
        if (status == Status::Unavailable)
            status = Status::Locked;
        done(status, key, status == Status::Locked ? lockedMessage() + QLatin1Char(' ') + message : message);
    };
    load(store, name, !keyExpected, context,
         [store, profile, name, fileExists, context, finish](Status status, const QByteArray& key,
                                                             const QString& message) {
             if (status != Status::NotFound) {
                 finish(status, key, message);
                 return;
             }
             probeUnlocked(store, *profile, context,
                           [store, name, fileExists, context, finish](bool unlocked, const QString& probeMessage) {
                               if (!unlocked) {
                                   finish(Status::Locked, QByteArray(), probeMessage);
                                   return;
                               }
                               // Unlocked now (perhaps by the prompt the write brought up): the
                               // answer of a second read is the truth. Without a file nothing needs
                               // the old key, so a new one is made.
                               load(store, name, !fileExists, context, finish);
                           });
         });
}

void CacheKey::removeConfirmed(SecretStore* store, Profile* profile, const QString& accountId, QObject* context,
                               Done done)
{
    const QString name = secretName(*profile, accountId);
    probeUnlocked(
        store, *profile, context,
        [store, profile, accountId, name, context, done](bool unlocked, const QString& message) {
            if (!unlocked) {
                done(false, lockedMessage() + QLatin1Char(' ') + message);
                return;
            }
            store->remove(name, context, [store, profile, accountId, name, context, done](const SecretResult& removed) {
                if (removed.status != SecretResult::Status::Ok && removed.status != SecretResult::Status::NotFound) {
                    done(false, removed.message);
                    return;
                }
                store->read(name, context, [profile, accountId, done](const SecretResult& read) {
                    if (read.status != SecretResult::Status::NotFound) {
                        done(false, read.status == SecretResult::Status::Ok ? QCoreApplication::translate(
                                        "sp::CacheKey", "The keychain still holds the cache key after "
                                                        "deleting it.")
                                                                            : read.message);
                        return;
                    }
                    setCreated(profile, accountId, false);
                    done(true, QString());
                });
            });
        });
}

} // namespace sp
