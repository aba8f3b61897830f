#include "cache/SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <utility>

namespace sp {

SecureBytes::SecureBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    wipe(m_bytes);
    m_bytes.clear();
}

void SecureBytes::wipe(QByteArray& bytes)
{
    // Only a buffer we own alone is wiped; a shared one would be detached (copied) first.
    if (!bytes.isEmpty() && !bytes.isDetached())
        return;
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

SecureBytes SecureBytes::random(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), size) != 1) {
        wipe(bytes);
        return SecureBytes();
    }
    return SecureBytes(std::move(bytes));
}

SecureBytes SecureBytes::toHex(const QByteArray& bytes)
{
    static const char digits[] = "0123456789abcdef";
    QByteArray hex(bytes.size() * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        hex[2 * i] = digits[byte >> 4];
        hex[2 * i + 1] = digits[byte & 0x0f];
    }
    return SecureBytes(std::move(hex));
}

SecureBytes SecureBytes::fromHex(const QByteArray& hex)
{
    auto value = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    if (hex.size() % 2 != 0)
        return SecureBytes();
    QByteArray bytes(hex.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const int high = value(hex.at(2 * i));
        const int low = value(hex.at(2 * i + 1));
        if (high < 0 || low < 0) {
            wipe(bytes);
            return SecureBytes();
        }
        bytes[i] = char((high << 4) | low);
    }
    return SecureBytes(std::move(bytes));
}

} // namespace sp
