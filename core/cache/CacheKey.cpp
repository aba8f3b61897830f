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

void CacheKey::remove(SecretStore* store, const QString& name, QObject* context,
                      std::function<void(bool ok, const QString& message)> done)
{
    store->remove(name, context, [done](const SecretResult& result) {
        done(result.status == SecretResult::Status::Ok || result.status == SecretResult::Status::NotFound,
             result.message);
    });
}

} // namespace sp
