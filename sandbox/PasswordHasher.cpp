#include "PasswordHasher.h"

#include "CryptoPrimitives.h"

#include <crypt.h>

#include <cstring>
#include <memory>

namespace sp {

namespace {

QByteArray prehash(const QString& password) { return CryptoPrimitives::sha256(password.toUtf8()).toBase64(); }

QByteArray cryptWithSetting(const QByteArray& phrase, const QByteArray& setting)
{
    // crypt_data is large (about 32 KiB): keep it off the stack.
    auto data = std::make_unique<crypt_data>();
    std::memset(data.get(), 0, sizeof(crypt_data));
    const char* result = crypt_rn(phrase.constData(), setting.constData(), data.get(), sizeof(crypt_data));
    // libcrypt marks failure with a null pointer or a string starting with '*'.
    if (!result || result[0] == '*')
        return {};
    return QByteArray(result);
}

} // namespace

PasswordHasher::PasswordHasher(int cost)
    : m_cost(cost)
{
    m_decoyHash = hash(QString::fromLatin1(CryptoPrimitives::randomToken(24)));
}

QByteArray PasswordHasher::hash(const QString& password) const
{
    char setting[CRYPT_GENSALT_OUTPUT_SIZE] = {};
    // A null random buffer makes libcrypt draw the salt from the OS generator.
    if (!crypt_gensalt_rn("$2b$", static_cast<unsigned long>(m_cost), nullptr, 0, setting, sizeof(setting)))
        return {};
    return cryptWithSetting(prehash(password), QByteArray(setting));
}

bool PasswordHasher::verify(const QString& password, const QByteArray& storedHash) const
{
    if (!storedHash.startsWith("$2b$"))
        return false;
    const QByteArray candidate = cryptWithSetting(prehash(password), storedHash);
    return !candidate.isEmpty() && CryptoPrimitives::constantTimeEquals(candidate, storedHash);
}

} // namespace sp
