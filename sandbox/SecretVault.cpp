#include "SecretVault.h"

#include "CryptoPrimitives.h"
#include "PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sp {

namespace {

constexpr int kFormatVersion = 1;

QString tr(const char* text)
{
    return QCoreApplication::translate("sp::SecretVault", text);
}

QString encode(const QByteArray& data)
{
    return QString::fromLatin1(data.toBase64());
}

bool decode(const QJsonValue& value, QByteArray* out)
{
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !value.isString())
        return false;
    *out = *decoded;
    return true;
}

} // namespace

SecretVault::SecretVault(const QString& dataDir, const QString& secretClass)
    : m_dataDir(dataDir)
    , m_class(secretClass)
    , m_keyPath(dataDir + QStringLiteral("/keys/") + secretClass + QStringLiteral(".key"))
    , m_storePath(dataDir + QStringLiteral("/secrets/") + secretClass + QStringLiteral(".json"))
{
}

bool SecretVault::load(QString* error)
{
    QFile file(m_storePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2.").arg(m_storePath, file.errorString());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toInt() != kFormatVersion
        || root.value(QStringLiteral("class")).toString() != m_class) {
        *error = tr("%1 is damaged or from another version; move it away to start afresh.").arg(m_storePath);
        return false;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("records")).toArray()) {
        const QJsonObject record = value.toObject();
        AesGcmCipher::Sealed sealed;
        const QString accountId = record.value(QStringLiteral("account_id")).toString();
        if (accountId.isEmpty() || !decode(record.value(QStringLiteral("nonce")), &sealed.nonce)
            || !decode(record.value(QStringLiteral("ciphertext")), &sealed.ciphertext)
            || !decode(record.value(QStringLiteral("tag")), &sealed.tag)) {
            *error = tr("%1 holds a damaged record.").arg(m_storePath);
            return false;
        }
        m_records.insert(accountId, sealed);
    }
    return true;
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
        if (!file.open(QIODevice::ReadOnly)
            || !decode(QJsonValue(QString::fromLatin1(file.readAll().trimmed())), &key)
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

bool SecretVault::save(QString* error) const
{
    if (!PrivateFiles::ensureFolder(m_dataDir + QStringLiteral("/secrets"), error))
        return false;
    QStringList ids = m_records.keys();
    std::sort(ids.begin(), ids.end()); // a stable file, whatever the hash order
    QJsonArray records;
    for (const QString& id : ids) {
        const AesGcmCipher::Sealed& sealed = m_records.value(id);
        records.append(QJsonObject{{QStringLiteral("account_id"), id},
                                   {QStringLiteral("nonce"), encode(sealed.nonce)},
                                   {QStringLiteral("ciphertext"), encode(sealed.ciphertext)},
                                   {QStringLiteral("tag"), encode(sealed.tag)}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormatVersion},
                           {QStringLiteral("class"), m_class},
                           {QStringLiteral("cipher"), QStringLiteral("AES-256-GCM")},
                           {QStringLiteral("records"), records}};
    return PrivateFiles::writeAtomically(m_storePath, QJsonDocument(root).toJson(QJsonDocument::Indented), error);
}

bool SecretVault::put(const QString& accountId, const QByteArray& secret, QString* error)
{
    if (!ensureKey(error))
        return false;
    const auto sealed = AesGcmCipher::seal(m_key, secret, accountId.toUtf8());
    if (!sealed) {
        *error = tr("Cannot encrypt the secret.");
        return false;
    }
    const auto previous = m_records.constFind(accountId);
    const std::optional<AesGcmCipher::Sealed> before =
        previous == m_records.constEnd() ? std::nullopt : std::optional<AesGcmCipher::Sealed>(*previous);
    m_records.insert(accountId, *sealed);
    if (save(error))
        return true;
    // Memory and file must agree: what was not written is not stored.
    if (before)
        m_records.insert(accountId, *before);
    else
        m_records.remove(accountId);
    return false;
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
    auto plaintext = AesGcmCipher::open(m_key, *it, accountId.toUtf8());
    if (!plaintext && error)
        *error = tr("A stored secret failed authentication.");
    return plaintext;
}

bool SecretVault::remove(const QString& accountId, QString* error)
{
    const auto it = m_records.find(accountId);
    if (it == m_records.end())
        return true;
    const AesGcmCipher::Sealed removed = *it;
    m_records.erase(it);
    if (save(error))
        return true;
    m_records.insert(accountId, removed);
    return false;
}

} // namespace sp
