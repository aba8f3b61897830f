#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace sp {

// Secret bytes (a token, a key, a verifier) in a buffer owned by this object alone, wiped
// (OPENSSL_cleanse) when the object is cleared, moved from or destroyed. Never implicitly shared:
// it cannot be copied, and it hands out only a view (pointer and size). Whoever needs a QByteArray
// (an HTTP header, a keychain job) makes a deep copy with toByteArray(), uses it at once and wipes
// it (wipe()); nothing keeps such a copy.
class SecureBytes
{
public:
    SecureBytes() = default;
    // Deep copies: the argument's buffer (shared or not) is never adopted.
    explicit SecureBytes(QByteArrayView bytes);
    // Takes the bytes and wipes `bytes` (when it alone owns its buffer), so no copy stays behind.
    static SecureBytes takeFrom(QByteArray& bytes);
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;            // `other` is empty afterwards
    SecureBytes& operator=(SecureBytes&& other) noexcept; // the old bytes are wiped first
    ~SecureBytes();

    QByteArrayView view() const { return QByteArrayView(m_data, qsizetype(m_size)); }
    const char* data() const { return m_data; }
    qsizetype size() const { return qsizetype(m_size); }
    bool isEmpty() const { return m_size == 0; }
    void clear();                                // wipes and frees
    bool equals(const SecureBytes& other) const; // constant time for equal sizes
    // A deep copy for the one moment an API needs a QByteArray; the caller wipes it (wipe()).
    QByteArray toByteArray() const { return QByteArray(m_data, qsizetype(m_size)); }

    static SecureBytes random(int size); // RAND_bytes; empty on failure
    static SecureBytes toHex(QByteArrayView bytes);
    static SecureBytes fromHex(QByteArrayView hex); // empty unless all characters are hex digits
    // Wipes a QByteArray that owns its buffer alone; a shared one is left as it is (wiping it would
    // change the other holder's bytes; detaching would make one more copy).
    static void wipe(QByteArray& bytes);

    // For tests: called with every buffer just before it is freed, after it was wiped.
    using FreeObserver = void (*)(const char* data, std::size_t size);
    static void setFreeObserverForTests(FreeObserver observer);

private:
    void assign(const char* data, std::size_t size);

    char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace sp
