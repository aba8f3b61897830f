#include "SigningKey.h"

#include "CryptoPrimitives.h"
#include "PrivateFiles.h"
#include "SandboxLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace sp {

QByteArray SigningKey::decode(const QByteArray& text)
{
    const QByteArray trimmed = text.trimmed();
    static const QRegularExpression hex(QStringLiteral("^(?:[0-9A-Fa-f]{2})+$"));
    if (hex.match(QString::fromLatin1(trimmed)).hasMatch())
        return QByteArray::fromHex(trimmed);
    for (const auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto decoded = QByteArray::fromBase64Encoding(trimmed, options | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return *decoded;
    }
    return {};
}

QByteArray SigningKey::load(const QString& dataDir, QString* error)
{
    const QByteArray fromEnvironment = qgetenv("SELLERPULSE_SANDBOX_JWT_KEY");
    if (!fromEnvironment.isEmpty()) {
        const QByteArray key = decode(fromEnvironment);
        if (key.size() < kMinimumBytes) {
            *error = QCoreApplication::translate(
                         "sp::SigningKey", "SELLERPULSE_SANDBOX_JWT_KEY must be hex or base64 of at least %1 bytes")
                         .arg(kMinimumBytes);
            return {};
        }
        return key;
    }

    const QString folder = dataDir + QStringLiteral("/keys");
    const QString path = folder + QStringLiteral("/jwt-signing.key");
    if (!PrivateFiles::ensureFolder(folder, error))
        return {};
    QFile file(path);
    if (file.exists()) {
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray key = decode(file.readAll());
            if (key.size() >= kMinimumBytes)
                return key;
        }
        // A damaged key only costs the issued tokens; say so without showing anything of the key.
        qCWarning(lcSandbox)
            << "The signing key file is unreadable; generating a new one (earlier tokens stop working).";
    }
    const QByteArray key = CryptoPrimitives::randomBytes(kMinimumBytes);
    if (key.isEmpty()) {
        *error = QCoreApplication::translate("sp::SigningKey", "cannot generate a signing key");
        return {};
    }
    if (!PrivateFiles::writeAtomically(path, key.toBase64() + '\n', error))
        return {};
    return key;
}

} // namespace sp
