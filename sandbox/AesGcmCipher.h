#pragma once

#include <QByteArray>

#include <optional>

namespace sp {

// AES-256-GCM (OpenSSL EVP) with a random 96-bit nonce per message and caller-chosen associated data.
// The associated data is authenticated, not encrypted: a record bound to one account id does not
// decrypt under another, so records cannot be swapped between accounts in the store file.
class AesGcmCipher
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    struct Sealed
    {
        QByteArray nonce;
        QByteArray ciphertext;
        QByteArray tag;
    };

    // Empty optional when the key has the wrong size or the generator or OpenSSL fails.
    static std::optional<Sealed> seal(const QByteArray& key, const QByteArray& plaintext,
                                      const QByteArray& associatedData);
    // Empty optional when anything was changed (ciphertext, tag, nonce, associated data) or the key is wrong.
    static std::optional<QByteArray> open(const QByteArray& key, const Sealed& sealed,
                                          const QByteArray& associatedData);
};

} // namespace sp
