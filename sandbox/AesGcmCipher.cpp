#include "AesGcmCipher.h"

#include "CryptoPrimitives.h"

#include <openssl/evp.h>

#include <memory>

namespace sp {

namespace {

struct ContextFree
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using Context = std::unique_ptr<EVP_CIPHER_CTX, ContextFree>;

const unsigned char* bytes(const QByteArray& data) { return reinterpret_cast<const unsigned char*>(data.constData()); }

} // namespace

std::optional<AesGcmCipher::Sealed> AesGcmCipher::seal(const QByteArray& key, const QByteArray& plaintext,
                                                       const QByteArray& associatedData)
{
    if (key.size() != kKeyBytes)
        return std::nullopt;
    Sealed sealed;
    sealed.nonce = CryptoPrimitives::randomBytes(kNonceBytes);
    if (sealed.nonce.size() != kNonceBytes)
        return std::nullopt;
    Context context(EVP_CIPHER_CTX_new());
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(sealed.nonce)) != 1)
        return std::nullopt;
    int length = 0;
    if (!associatedData.isEmpty()
        && EVP_EncryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                             static_cast<int>(associatedData.size()))
               != 1)
        return std::nullopt;
    sealed.ciphertext.resize(plaintext.size() + 16);
    auto* out = reinterpret_cast<unsigned char*>(sealed.ciphertext.data());
    int written = 0;
    if (EVP_EncryptUpdate(context.get(), out, &length, bytes(plaintext), static_cast<int>(plaintext.size())) != 1)
        return std::nullopt;
    written = length;
    if (EVP_EncryptFinal_ex(context.get(), out + written, &length) != 1)
        return std::nullopt;
    written += length;
    sealed.ciphertext.resize(written);
    sealed.tag.resize(kTagBytes);
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagBytes, sealed.tag.data()) != 1)
        return std::nullopt;
    return sealed;
}

std::optional<QByteArray> AesGcmCipher::open(const QByteArray& key, const Sealed& sealed,
                                             const QByteArray& associatedData)
{
    if (key.size() != kKeyBytes || sealed.nonce.size() != kNonceBytes || sealed.tag.size() != kTagBytes)
        return std::nullopt;
    Context context(EVP_CIPHER_CTX_new());
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceBytes, nullptr) != 1
        || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, bytes(key), bytes(sealed.nonce)) != 1)
        return std::nullopt;
    int length = 0;
    if (!associatedData.isEmpty()
        && EVP_DecryptUpdate(context.get(), nullptr, &length, bytes(associatedData),
                             static_cast<int>(associatedData.size()))
               != 1)
        return std::nullopt;
    QByteArray plaintext(sealed.ciphertext.size() + 16, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(plaintext.data());
    if (EVP_DecryptUpdate(context.get(), out, &length, bytes(sealed.ciphertext),
                          static_cast<int>(sealed.ciphertext.size()))
        != 1)
        return std::nullopt;
    int written = length;
    QByteArray tag = sealed.tag; // EVP wants a writable pointer
    if (EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagBytes, tag.data()) != 1
        || EVP_DecryptFinal_ex(context.get(), out + written, &length) != 1)
        return std::nullopt; // authentication failed: never hand out unverified bytes
    written += length;
    plaintext.resize(written);
    return plaintext;
}

} // namespace sp
