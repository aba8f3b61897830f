#include "cache/SecureBytes.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <atomic>
#include <cstring>
#include <new>
#include <utility>

namespace sp {

namespace {

std::atomic<SecureBytes::FreeObserver> g_freeObserver{nullptr};

} // namespace

SecureBytes::SecureBytes(QByteArrayView bytes) { assign(bytes.data(), std::size_t(bytes.size())); }

SecureBytes SecureBytes::takeFrom(QByteArray& bytes)
{
    SecureBytes result{QByteArrayView(bytes)};
    wipe(bytes);
    bytes.clear();
    return result;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes() { clear(); }

void SecureBytes::assign(const char* data, std::size_t size)
{
    clear();
    if (size == 0 || !data)
        return;
    m_data = new char[size];
    std::memcpy(m_data, data, size);
    m_size = size;
}

void SecureBytes::clear()
{
    if (!m_data)
        return;
    OPENSSL_cleanse(m_data, m_size);
    if (const FreeObserver observer = g_freeObserver.load())
        observer(m_data, m_size);
    delete[] m_data;
    m_data = nullptr;
    m_size = 0;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0;
}

void SecureBytes::setFreeObserverForTests(FreeObserver observer) { g_freeObserver.store(observer); }

void SecureBytes::wipe(QByteArray& bytes)
{
    // Only a buffer we own alone is wiped; a shared one would be detached (copied) first.
    if (bytes.isEmpty() || !bytes.isDetached())
        return;
    OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
}

SecureBytes SecureBytes::random(int size)
{
    if (size <= 0)
        return SecureBytes();
    SecureBytes result;
    result.m_data = new char[std::size_t(size)];
    result.m_size = std::size_t(size);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(result.m_data), size) != 1)
        return SecureBytes(); // `result` is wiped on its way out
    return result;
}

SecureBytes SecureBytes::toHex(QByteArrayView bytes)
{
    static const char digits[] = "0123456789abcdef";
    SecureBytes hex;
    if (bytes.isEmpty())
        return hex;
    hex.m_size = std::size_t(bytes.size()) * 2;
    hex.m_data = new char[hex.m_size];
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        hex.m_data[2 * i] = digits[byte >> 4];
        hex.m_data[2 * i + 1] = digits[byte & 0x0f];
    }
    return hex;
}

SecureBytes SecureBytes::fromHex(QByteArrayView hex)
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
    SecureBytes bytes;
    if (hex.isEmpty() || hex.size() % 2 != 0)
        return bytes;
    bytes.m_size = std::size_t(hex.size() / 2);
    bytes.m_data = new char[bytes.m_size];
    for (std::size_t i = 0; i < bytes.m_size; ++i) {
        const int high = value(hex.at(qsizetype(2 * i)));
        const int low = value(hex.at(qsizetype(2 * i + 1)));
        if (high < 0 || low < 0)
            return SecureBytes(); // `bytes` is wiped on its way out
        bytes.m_data[i] = char((high << 4) | low);
    }
    return bytes;
}

} // namespace sp
