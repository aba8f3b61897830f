#pragma once

#include "AesGcmCipher.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sp {

// Secrets of ONE data class (e.g. "amazon-refresh-tokens"), one per account, encrypted at rest with
// AES-256-GCM under a key used for that class alone, so a leaked key exposes only its own class:
//   DATA/keys/<class>.key      32 random bytes (base64), 0600, created on first use
//   DATA/secrets/<class>.json  {"format":1,"class":…,"records":[{"account_id","nonce","ciphertext","tag"}]}, 0600
// Each record has its own random 96-bit nonce and the account id as associated data. Plaintext never
// reaches a file or the log; removing a record rewrites the store, so its ciphertext is gone too.
class SecretVault {
public:
    SecretVault(const QString& dataDir, const QString& secretClass);

    // Reads the store if it exists (the key is read when first needed). False when it is damaged.
    bool load(QString* error);

    bool put(const QString& accountId, const QByteArray& secret, QString* error);
    // The decrypted secret; empty optional when none is stored or the record fails authentication.
    std::optional<QByteArray> get(const QString& accountId, QString* error = nullptr);
    bool contains(const QString& accountId) const { return m_records.contains(accountId); }
    // The ids that have a record (the associated data each record is bound to), in no particular order.
    QStringList ids() const { return m_records.keys(); }
    // Deletes the record and rewrites the store at once; true also when there was none.
    bool remove(const QString& accountId, QString* error);

    QString storePath() const { return m_storePath; }
    QString keyPath() const { return m_keyPath; }

private:
    bool ensureKey(QString* error);
    bool save(QString* error) const;

    QString m_dataDir;
    QString m_class;
    QString m_keyPath;
    QString m_storePath;
    QByteArray m_key; // empty until first needed
    QHash<QString, AesGcmCipher::Sealed> m_records;
};

} // namespace sp
