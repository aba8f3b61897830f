#pragma once

#include "cache/SecureBytes.h"

#include <QByteArray>

namespace sp {

// RFC 7636 PKCE for the Amazon consent (S256): the verifier stays in this process's memory only
// (wiped when the pair goes away); the server gets the challenge with the start of the
// authorization and the verifier only with the confirmation, so an approval started by someone
// else's app cannot be confirmed by them, and a forwarded approval cannot be confirmed without it.
class PkcePair
{
public:
    static constexpr int kVerifierRandomBytes = 32; // 43 base64url characters, the RFC's minimum length

    // 32 bytes from OpenSSL's RAND_bytes, base64url without padding; empty when the generator failed.
    static PkcePair generate();
    // base64url(SHA-256(verifier)) without padding: 43 characters.
    static QByteArray challengeOf(QByteArrayView verifier);

    bool isEmpty() const { return m_verifier.isEmpty(); }
    // A view of the secret: copy it only for the moment a request needs it.
    QByteArrayView verifier() const { return m_verifier.view(); }
    const QByteArray& challenge() const { return m_challenge; }
    static constexpr const char* kMethod = "S256";

private:
    SecureBytes m_verifier;
    QByteArray m_challenge;
};

} // namespace sp
