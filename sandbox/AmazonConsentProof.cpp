#include "AmazonConsentProof.h"

#include "CryptoPrimitives.h"

#include <QRegularExpression>

namespace sp::AmazonConsentProof {

namespace {

constexpr int kHandleBytes = 32;

} // namespace

bool isBase64Url43(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    return pattern.match(text).hasMatch();
}

bool isCodeVerifier(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._~-]{43,128}$"));
    return pattern.match(text).hasMatch();
}

QByteArray newHandle()
{
    const QByteArray bytes = CryptoPrimitives::randomBytes(kHandleBytes);
    return bytes.size() == kHandleBytes ? CryptoPrimitives::toBase64Url(bytes) : QByteArray();
}

QByteArray handleHash(const QByteArray& handle) { return CryptoPrimitives::sha256(handle); }

bool verifies(const QByteArray& storedHash, const QByteArray& challenge, const QByteArray& handle,
              const QByteArray& verifier)
{
    if (storedHash.isEmpty() || challenge.isEmpty())
        return false;
    const bool handleMatches = CryptoPrimitives::constantTimeEquals(handleHash(handle), storedHash);
    const bool verifierMatches = CryptoPrimitives::constantTimeEquals(
        CryptoPrimitives::toBase64Url(CryptoPrimitives::sha256(verifier)), challenge);
    return handleMatches && verifierMatches;
}

} // namespace sp::AmazonConsentProof
