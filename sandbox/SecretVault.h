#pragma once

#include "AesGcmCipher.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sp {

// Secrets of ONE data class (e.g. "amazon-refresh-tokens"), one per account, encrypted at rest with envelope
// encryption under a class key used for that class alone, so a leaked key exposes only its own class:
//   DATA/keys/<class>.key             the class key: 32 random bytes (base64), 0600, created on first use
//   DATA/keys/<class>.data-keys.json  each record's own random data key, AES-256-GCM-wrapped by the class key
//                                     {"format":1,"class":…,"keys":[{"key_id","nonce","ciphertext","tag"}]}, 0600
//   DATA/secrets/<class>.json         {"format":2,"class":…,"records":[{"account_id","key_id","nonce",
//                                     "ciphertext","tag"}]}, each secret AES-256-GCM under its data key, 0600
// A record's data key is destroyed when the record is removed or replaced, so a copy of the store taken
// earlier (a backup) no longer decrypts with the keys left on disk. Each encryption has its own random
// 96-bit nonce; a record has the account id as associated data and a wrapped key the class and key id.
// Plaintext never reaches a file or the log. A format 1 store (records under the class key itself) is
// converted when loaded.
class SecretVault
{
public:
    SecretVault(const QString& dataDir, const QString& secretClass);

    // Reads the store and the data keys if they exist. False when either is damaged.
    bool load(QString* error);

    bool put(const QString& accountId, const QByteArray& secret, QString* error);
    // The decrypted secret; empty optional when none is stored or the record fails authentication.
    std::optional<QByteArray> get(const QString& accountId, QString* error = nullptr);
    bool contains(const QString& accountId) const { return m_records.contains(accountId); }
    // The ids that have a record (the associated data each record is bound to), in no particular order.
    QStringList ids() const { return m_records.keys(); }
    // Destroys the record's data key, then rewrites the store without the record; true also when there was none.
    bool remove(const QString& accountId, QString* error);

    QString storePath() const { return m_storePath; }
    QString keyPath() const { return m_keyPath; }
    QString dataKeysPath() const { return m_dataKeysPath; }

private:
    struct Record
    {
        QString keyId; // the data key's id in the data key file
        AesGcmCipher::Sealed sealed;
    };

    bool ensureKey(QString* error);
    bool loadStore(QString* error);
    bool loadDataKeys(QString* error);
    bool convertFormat1(QString* error);
    bool saveStore(QString* error) const;
    bool saveDataKeys(QString* error) const;
    QByteArray wrappingContext(const QString& keyId) const;

    QString m_dataDir;
    QString m_class;
    QString m_keyPath;
    QString m_dataKeysPath;
    QString m_storePath;
    QByteArray m_key;                                // the class key; empty until first needed
    QHash<QString, Record> m_records;                // by account id
    QHash<QString, AesGcmCipher::Sealed> m_dataKeys; // wrapped data keys by key id
};

} // namespace sp
