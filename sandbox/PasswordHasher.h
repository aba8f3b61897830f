#pragma once

#include <QByteArray>
#include <QString>

namespace sp {

// bcrypt ("$2b$") via libcrypt. The password is first reduced to base64(SHA-256) so that bcrypt's
// 72-byte limit never makes two different long passwords equal.
class PasswordHasher
{
public:
    explicit PasswordHasher(int cost);

    // The bcrypt string to store; empty on failure.
    QByteArray hash(const QString& password) const;
    // Re-hashes with the stored setting and compares in constant time.
    bool verify(const QString& password, const QByteArray& storedHash) const;
    // A valid hash of a random password: verifying unknown emails against it costs the same time.
    const QByteArray& decoyHash() const { return m_decoyHash; }

private:
    int m_cost;
    QByteArray m_decoyHash;
};

} // namespace sp
