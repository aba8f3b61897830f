#pragma once

#include <QByteArray>

namespace sp {

// Holds key material and wipes it (OPENSSL_cleanse) when it goes away.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes);
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    const QByteArray& bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear();

    static SecureBytes random(int size); // RAND_bytes; empty on failure
    static SecureBytes toHex(const QByteArray& bytes);
    static SecureBytes fromHex(const QByteArray& hex); // empty unless all characters are hex digits
    static void wipe(QByteArray& bytes);

private:
    QByteArray m_bytes;
};

} // namespace sp
