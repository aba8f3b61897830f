#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace sp {

// A SecretStore in memory, for tests: answers asynchronously like a real keychain, and can play a
// locked keychain (setAvailable(false): reads answer NotFound like QtKeychain 0.13 on Linux,
// writes and removals answer Unavailable).
class InMemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void setAvailable(bool available);
    bool contains(const QString& key) const;
    QByteArray value(const QString& key) const;
    int writeCount() const { return m_writes; }
    // A slow keychain: writes land (and answer) this much later; reads and removals stay immediate.
    void setWriteDelayMs(int ms) { m_writeDelayMs = ms; }
    int pendingWrites() const { return m_pendingWrites; }
    // As the real keychain by default (QtKeychainSecretStore::kMaxValueBytes); larger writes answer Error.
    void setMaxValueBytes(int bytes) { m_maxValueBytes = bytes; }

    void read(const QString& key, QObject* context, Callback cb) override;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback cb) override;
    void remove(const QString& key, QObject* context, Callback cb) override;
    int maxValueBytes() const override { return m_maxValueBytes; }

private:
    void answer(QObject* context, Callback cb, SecretResult result);

    QHash<QString, QByteArray> m_values;
    bool m_available = true;
    int m_writes = 0;
    int m_writeDelayMs = 0;
    int m_pendingWrites = 0;
    int m_maxValueBytes = 2048;
};

} // namespace sp
