#pragma once

#include <QByteArray>
#include <QString>

namespace sp {

// What binds an Amazon authorization to the app that started it (RFC 7636 PKCE S256 and a one-time handle
// that the callback delivers only to the app's loopback listener). Formats, generation and the checks.
namespace AmazonConsentProof {

// base64url without padding, exactly 43 characters (32 bytes): a code_challenge or a handle.
bool isBase64Url43(const QString& text);
// RFC 7636's code_verifier: 43 to 128 of [A-Za-z0-9._~-].
bool isCodeVerifier(const QString& text);
// A new one-time handle: 32 random bytes, base64url without padding; empty when the generator failed.
QByteArray newHandle();
// What is stored of a handle (never the handle itself).
QByteArray handleHash(const QByteArray& handle);
// True when the handle's hash equals `storedHash` and base64url(SHA-256(verifier)) equals `challenge`;
// both compared in constant time, and both always compared.
bool verifies(const QByteArray& storedHash, const QByteArray& challenge, const QByteArray& handle,
              const QByteArray& verifier);

} // namespace AmazonConsentProof
} // namespace sp
