#pragma once

#include "secrets/SecretStore.h"

namespace sp {

// The OS keychain through QtKeychain (libsecret / Keychain / Credential Store). Never falls back to
// plain-text storage.
class QtKeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // The Windows credential store of QtKeychain 0.13 holds at most 2,560 bytes; stay below it.
    static constexpr int kMaxValueBytes = 2048;

    explicit QtKeychainSecretStore(QString service /* "SellerPulse" */, QObject* parent = nullptr);

    void read(const QString& key, QObject* context, Callback cb) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback cb) override;
    void remove(const QString& key, QObject* context, Callback cb) override;
    int maxValueBytes() const override { return kMaxValueBytes; }

private:
    QString m_service;
};

} // namespace sp
