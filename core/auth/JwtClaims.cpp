#include "auth/JwtClaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <cmath>

namespace sp {

namespace {
bool readSeconds(const QJsonObject& object, const QString& name, qint64* out)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined())
        return false;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || !std::isfinite(number) || number < 0 || std::trunc(number) != number
        || number > 253402300799.0 /* 9999-12-31 */)
        return false;
    *out = static_cast<qint64>(number);
    return true;
}
} // namespace

std::optional<JwtClaims> JwtClaims::read(const QByteArray& jwt)
{
    constexpr int kMaxTokenBytes = 8192;
    if (jwt.isEmpty() || jwt.size() > kMaxTokenBytes)
        return std::nullopt;
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    const auto decoded =
        QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                        | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject payload = document.object();

    JwtClaims claims;
    if (!readSeconds(payload, QStringLiteral("exp"), &claims.expiresAt))
        return std::nullopt;
    if (payload.contains(QStringLiteral("iat")) && !readSeconds(payload, QStringLiteral("iat"), &claims.issuedAt))
        return std::nullopt;
    claims.subject = payload.value(QStringLiteral("sub")).toString();
    claims.sessionId = payload.value(QStringLiteral("sid")).toString();
    return claims;
}

} // namespace sp
