#include "SecretVault.h"

#include "CryptoPrimitives.h"
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace sp {

namespace {

constexpr int kStoreFormat = 2;  // records under their own data keys
constexpr int kFormat1Store = 1; // records under the class key itself (converted on load)
constexpr int kDataKeysFormat = 1;

QString tr(const char* text) { return QCoreApplication::translate("sp::SecretVault", text); }

QString encode(const QByteArray& data) { return QString::fromLatin1(data.toBase64()); }

bool decode(const QJsonValue& value, QByteArray* out)
{
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !value.isString())
        return false;
    *out = *decoded;
    return true;
}

bool sealedFromJson(const QJsonObject& object, AesGcmCipher::Sealed* sealed)
{
    return decode(object.value(QStringLiteral("nonce")), &sealed->nonce)
           && decode(object.value(QStringLiteral("ciphertext")), &sealed->ciphertext)
           && decode(object.value(QStringLiteral("tag")), &sealed->tag);
}

void sealedToJson(const AesGcmCipher::Sealed& sealed, QJsonObject* object)
{
    object->insert(QStringLiteral("nonce"), encode(sealed.nonce));
    object->insert(QStringLiteral("ciphertext"), encode(sealed.ciphertext));
    object->insert(QStringLiteral("tag"), encode(sealed.tag));
}

// Reads a JSON object file of this vault; an absent file is an empty object, an unreadable one an error.
bool readObject(const QString& path, QJsonObject* root, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2.").arg(path, file.errorString());
        return false;
    }
    *root = QJsonDocument::fromJson(file.readAll()).object();
    return true;
}

} // namespace

SecretVault::SecretVault(const QString& dataDir, const QString& secretClass)
    : m_dataDir(dataDir)
    , m_class(secretClass)
    , m_keyPath(dataDir + QStringLiteral("/keys/") + secretClass + QStringLiteral(".key"))
    , m_dataKeysPath(dataDir + QStringLiteral("/keys/") + secretClass + QStringLiteral(".data-keys.json"))
    , m_storePath(dataDir + QStringLiteral("/secrets/") + secretClass + QStringLiteral(".json"))
{}

QByteArray SecretVault::wrappingContext(const QString& keyId) const
{
    // A wrapped key opens only as the key of its own id and class.
    return m_class.toUtf8() + '/' + keyId.toUtf8();
}

bool SecretVault::load(QString* error)
{
    if (!loadDataKeys(error))
        return false;
    if (QFile::exists(m_storePath) && !loadStore(error))
        return false;
    // A crash between writing the two files can leave a data key that no record uses: destroy it now.
    QSet<QString> used;
    for (const Record& record : std::as_const(m_records))
        used.insert(record.keyId);
    bool orphans = false;
    for (auto it = m_dataKeys.begin(); it != m_dataKeys.end();) {
        if (used.contains(it.key())) {
            ++it;
        } else {
            it = m_dataKeys.erase(it);
            orphans = true;
        }
    }
    return !orphans || saveDataKeys(error);
}

bool SecretVault::loadStore(QString* error)
{
    QJsonObject root;
    if (!readObject(m_storePath, &root, error))
        return false;
    const int format = root.value(QStringLiteral("format")).toInt();
    if ((format != kStoreFormat && format != kFormat1Store)
        || root.value(QStringLiteral("class")).toString() != m_class) {
        *error = tr("%1 is damaged or from another version; move it away to start afresh.").arg(m_storePath);
        return false;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("records")).toArray()) {
        const QJsonObject object = value.toObject();
        Record record;
        const QString accountId = object.value(QStringLiteral("account_id")).toString();
        record.keyId = object.value(QStringLiteral("key_id")).toString();
        if (accountId.isEmpty() || (format == kStoreFormat && record.keyId.isEmpty())
            || !sealedFromJson(object, &record.sealed)) {
            *error = tr("%1 holds a damaged record.").arg(m_storePath);
            return false;
        }
        m_records.insert(accountId, record);
    }
    if (format == kFormat1Store)
        return convertFormat1(error);
    return true;
}

bool SecretVault::loadDataKeys(QString* error)
{
    if (!QFile::exists(m_dataKeysPath))
        return true;
    QJsonObject root;
    if (!readObject(m_dataKeysPath, &root, error))
        return false;
    if (root.value(QStringLiteral("format")).toInt() != kDataKeysFormat
        || root.value(QStringLiteral("class")).toString() != m_class) {
        // Never replace it: without these keys every record of the class is lost.
        *error = tr("%1 is damaged or from another version; move it away to start afresh.").arg(m_dataKeysPath);
        return false;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject object = value.toObject();
        AesGcmCipher::Sealed wrapped;
        const QString keyId = object.value(QStringLiteral("key_id")).toString();
        if (keyId.isEmpty() || !sealedFromJson(object, &wrapped)) {
            *error = tr("%1 holds a damaged key.").arg(m_dataKeysPath);
            return false;
        }
        m_dataKeys.insert(keyId, wrapped);
    }
    return true;
}

bool SecretVault::convertFormat1(QString* error)
{
    // Format 1 sealed every record under the class key itself, so removing one could not make old copies
    // undecryptable. Each record gets its own data key now; the secrets stay in memory only.
    if (m_records.isEmpty())
        return true;
    if (!ensureKey(error))
        return false;
    QHash<QString, Record> converted;
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        const auto secret = AesGcmCipher::open(m_key, it->sealed, it.key().toUtf8());
        const QByteArray dataKey = CryptoPrimitives::randomBytes(AesGcmCipher::kKeyBytes);
        const QString keyId = QString::fromLatin1(CryptoPrimitives::randomToken(12));
        const auto wrapped = AesGcmCipher::seal(m_key, dataKey, wrappingContext(keyId));
        const auto sealed = secret ? AesGcmCipher::seal(dataKey, *secret, it.key().toUtf8()) : std::nullopt;
        if (!wrapped || !sealed) {
            *error = tr("%1 holds a record that cannot be converted.").arg(m_storePath);
            return false;
        }
        m_dataKeys.insert(keyId, *wrapped);
        converted.insert(it.key(), Record{keyId, *sealed});
    }
    m_records = converted;
    return saveDataKeys(error) && saveStore(error);
}

bool SecretVault::ensureKey(QString* error)
{
    if (!m_key.isEmpty())
        return true;
    if (!PrivateFiles::ensureFolder(m_dataDir + QStringLiteral("/keys"), error))
        return false;
    QFile file(m_keyPath);
    if (file.exists()) {
        QByteArray key;
        if (!file.open(QIODevice::ReadOnly) || !decode(QJsonValue(QString::fromLatin1(file.readAll().trimmed())), &key)
            || key.size() != AesGcmCipher::kKeyBytes) {
            // Never replace a damaged key: the records it protects would be lost without a word.
            *error = tr("The key file %1 is unreadable.").arg(m_keyPath);
            return false;
        }
        m_key = key;
        return true;
    }
    const QByteArray key = CryptoPrimitives::randomBytes(AesGcmCipher::kKeyBytes);
    if (key.size() != AesGcmCipher::kKeyBytes) {
        *error = tr("Cannot generate a key.");
        return false;
    }
    if (!PrivateFiles::writeAtomically(m_keyPath, key.toBase64() + '\n', error))
        return false;
    m_key = key;
    return true;
}

bool SecretVault::saveStore(QString* error) const
{
    if (!PrivateFiles::ensureFolder(m_dataDir + QStringLiteral("/secrets"), error))
        return false;
    QStringList ids = m_records.keys();
    std::sort(ids.begin(), ids.end()); // a stable file, whatever the hash order
    QJsonArray records;
    for (const QString& id : ids) {
        const Record& record = m_records[id];
        QJsonObject object{{QStringLiteral("account_id"), id}, {QStringLiteral("key_id"), record.keyId}};
        sealedToJson(record.sealed, &object);
        records.append(object);
    }
    const QJsonObject root{{QStringLiteral("format"), kStoreFormat},
                           {QStringLiteral("class"), m_class},
                           {QStringLiteral("cipher"), QStringLiteral("AES-256-GCM")},
                           {QStringLiteral("records"), records}};
    return PrivateFiles::writeAtomically(m_storePath, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

bool SecretVault::saveDataKeys(QString* error) const
{
    if (!PrivateFiles::ensureFolder(m_dataDir + QStringLiteral("/keys"), error))
        return false;
    QStringList ids = m_dataKeys.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray keys;
    for (const QString& id : ids) {
        QJsonObject object{{QStringLiteral("key_id"), id}};
        sealedToJson(m_dataKeys[id], &object);
        keys.append(object);
    }
    const QJsonObject root{{QStringLiteral("format"), kDataKeysFormat},
                           {QStringLiteral("class"), m_class},
                           {QStringLiteral("wrapping"), QStringLiteral("AES-256-GCM under the class key")},
                           {QStringLiteral("keys"), keys}};
    return PrivateFiles::writeAtomically(m_dataKeysPath, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

bool SecretVault::put(const QString& accountId, const QByteArray& secret, QString* error)
{
    if (!ensureKey(error))
        return false;
    const QByteArray dataKey = CryptoPrimitives::randomBytes(AesGcmCipher::kKeyBytes);
    const QString keyId = QString::fromLatin1(CryptoPrimitives::randomToken(12));
    const auto wrapped = AesGcmCipher::seal(m_key, dataKey, wrappingContext(keyId));
    const auto sealed = AesGcmCipher::seal(dataKey, secret, accountId.toUtf8());
    if (!wrapped || !sealed || keyId.isEmpty()) {
        *error = tr("Cannot encrypt the secret.");
        return false;
    }
    // The new key is written before the record that needs it and the old key destroyed after, so a crash at
    // any point leaves a record that still decrypts.
    m_dataKeys.insert(keyId, *wrapped);
    if (!saveDataKeys(error)) {
        m_dataKeys.remove(keyId);
        return false;
    }
    const std::optional<Record> before =
        m_records.contains(accountId) ? std::optional<Record>(m_records.value(accountId)) : std::nullopt;
    m_records.insert(accountId, Record{keyId, *sealed});
    if (!saveStore(error)) {
        // Memory and file must agree: what was not written is not stored.
        if (before)
            m_records.insert(accountId, *before);
        else
            m_records.remove(accountId);
        m_dataKeys.remove(keyId);
        saveDataKeys(nullptr);
        return false;
    }
    if (before) {
        m_dataKeys.remove(before->keyId); // the replaced secret's old copies no longer decrypt
        return saveDataKeys(error);
    }
    return true;
}

std::optional<QByteArray> SecretVault::get(const QString& accountId, QString* error)
{
    const auto it = m_records.constFind(accountId);
    if (it == m_records.constEnd())
        return std::nullopt;
    QString message;
    if (!ensureKey(&message)) {
        if (error)
            *error = message;
        return std::nullopt;
    }
    const auto wrapped = m_dataKeys.constFind(it->keyId);
    const auto dataKey = wrapped == m_dataKeys.constEnd()
                             ? std::nullopt
                             : AesGcmCipher::open(m_key, *wrapped, wrappingContext(it->keyId));
    auto plaintext = dataKey ? AesGcmCipher::open(*dataKey, it->sealed, accountId.toUtf8()) : std::nullopt;
    if (!plaintext && error)
        *error = tr("A stored secret failed authentication.");
    return plaintext;
}

bool SecretVault::remove(const QString& accountId, QString* error)
{
    const auto it = m_records.find(accountId);
    if (it == m_records.end())
        return true;
    const Record removed = *it;
    // The data key goes first: once it is gone, no copy of the record decrypts, whatever happens next.
    const auto wrapped = m_dataKeys.constFind(removed.keyId);
    if (wrapped != m_dataKeys.constEnd()) {
        const AesGcmCipher::Sealed keptKey = *wrapped;
        m_dataKeys.remove(removed.keyId);
        if (!saveDataKeys(error)) {
            m_dataKeys.insert(removed.keyId, keptKey);
            return false;
        }
    }
    m_records.erase(it);
    return saveStore(error); // on failure the record stays in the file, but nothing can decrypt it
}

} // namespace sp
