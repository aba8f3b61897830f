#pragma once

#include <QByteArray>

namespace sp {

// Thin, value-returning wrappers around libcrypto, so the rest of the sandbox never touches raw OpenSSL calls.
namespace CryptoPrimitives {

// Cryptographically secure random bytes; empty when the generator fails (callers must treat that as fatal).
QByteArray randomBytes(int count);
// A random token for ids and opaque secrets: `bytes` random bytes, base64url without padding.
QByteArray randomToken(int bytes);
QByteArray sha256(const QByteArray& data);
QByteArray hmacSha256(const QByteArray& key, const QByteArray& data);
// Compares in time that depends only on the lengths, so secrets cannot be guessed byte by byte.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);
QByteArray toBase64Url(const QByteArray& data);
// Strict base64url without padding; false on any other character.
bool fromBase64Url(const QByteArray& text, QByteArray* out);

} // namespace CryptoPrimitives
} // namespace sp
