#include "JwtSigner.h"

#include "CryptoPrimitives.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sp {

namespace {

// JSON numbers are doubles: accept only integral values in a sane range.
bool readInteger(const QJsonObject& object, const QString& name, qint64* out)
{
    const QJsonValue value = object.value(name);
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (number < 0 || number > 1e15 || number != static_cast<double>(static_cast<qint64>(number)))
        return false;
    *out = static_cast<qint64>(number);
    return true;
}

bool readString(const QJsonObject& object, const QString& name, QString* out)
{
    const QJsonValue value = object.value(name);
    if (!value.isString() || value.toString().isEmpty())
        return false;
    *out = value.toString();
    return true;
}

bool decodeObject(const QByteArray& part, QJsonObject* out)
{
    QByteArray json;
    if (!CryptoPrimitives::fromBase64Url(part, &json))
        return false;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *out = document.object();
    return true;
}

} // namespace

const QString& JwtSigner::issuer()
{
    static const QString value = QStringLiteral("sellerpulse-sandbox");
    return value;
}

JwtSigner::JwtSigner(QByteArray key)
    : m_key(std::move(key))
{}

QByteArray JwtSigner::sign(const AccessClaims& claims) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{
        {QStringLiteral("iss"), issuer()},         {QStringLiteral("sub"), claims.subject},
        {QStringLiteral("sid"), claims.sessionId}, {QStringLiteral("ver"), claims.version},
        {QStringLiteral("iat"), claims.issuedAt},  {QStringLiteral("exp"), claims.expiresAt},
        {QStringLiteral("jti"), claims.tokenId},
    };
    const QByteArray signingInput =
        CryptoPrimitives::toBase64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + CryptoPrimitives::toBase64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return signingInput + '.' + CryptoPrimitives::toBase64Url(CryptoPrimitives::hmacSha256(m_key, signingInput));
}

JwtSigner::Check JwtSigner::verify(const QByteArray& token, qint64 now, AccessClaims* claims) const
{
    const QList<QByteArray> parts = token.split('.');
    if (token.size() > 4096 || parts.size() != 3)
        return Check::Malformed;

    QByteArray signature;
    if (!CryptoPrimitives::fromBase64Url(parts.at(2), &signature))
        return Check::Malformed;
    const QByteArray expected = CryptoPrimitives::hmacSha256(m_key, parts.at(0) + '.' + parts.at(1));
    if (expected.isEmpty() || !CryptoPrimitives::constantTimeEquals(signature, expected))
        return Check::Malformed;

    QJsonObject header;
    if (!decodeObject(parts.at(0), &header) || header.size() != 2
        || header.value(QStringLiteral("alg")) != QJsonValue(QStringLiteral("HS256"))
        || header.value(QStringLiteral("typ")) != QJsonValue(QStringLiteral("JWT")))
        return Check::Malformed;

    QJsonObject payload;
    AccessClaims parsed;
    QString issuerClaim;
    if (!decodeObject(parts.at(1), &payload) || !readString(payload, QStringLiteral("iss"), &issuerClaim)
        || issuerClaim != issuer() || !readString(payload, QStringLiteral("sub"), &parsed.subject)
        || !readString(payload, QStringLiteral("sid"), &parsed.sessionId)
        || !readInteger(payload, QStringLiteral("ver"), &parsed.version)
        || !readInteger(payload, QStringLiteral("iat"), &parsed.issuedAt)
        || !readInteger(payload, QStringLiteral("exp"), &parsed.expiresAt)
        || !readString(payload, QStringLiteral("jti"), &parsed.tokenId) || parsed.expiresAt <= parsed.issuedAt)
        return Check::Malformed;
    // A token "issued" in the future is not ours (or the clock jumped): refuse it, allowing small skew.
    if (parsed.issuedAt > now + 60)
        return Check::Malformed;
    if (parsed.expiresAt <= now)
        return Check::Expired;
    *claims = parsed;
    return Check::Valid;
}

} // namespace sp
