#pragma once

#include <QByteArray>
#include <QString>

namespace sp {

// The JWT signing key: from $SELLERPULSE_SANDBOX_JWT_KEY (hex or base64, at least 32 bytes), otherwise
// DATA/keys/jwt-signing.key, generated on first start. The key is never printed or logged.
class SigningKey
{
public:
    static constexpr int kMinimumBytes = 32;

    // Empty on failure, with `error` set (never containing the key).
    static QByteArray load(const QString& dataDir, QString* error);

private:
    static QByteArray decode(const QByteArray& text);
};

} // namespace sp
