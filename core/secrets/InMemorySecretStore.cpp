#include "secrets/InMemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace sp {

void InMemorySecretStore::setAvailable(bool available) { m_available = available; }

bool InMemorySecretStore::contains(const QString& key) const { return m_values.contains(key); }

QByteArray InMemorySecretStore::value(const QString& key) const { return m_values.value(key); }

void InMemorySecretStore::answer(QObject* context, Callback cb, SecretResult result)
{
    QTimer::singleShot(0, context ? context : this, [cb = std::move(cb), result = std::move(result)] {
        if (cb)
            cb(result);
    });
}

void InMemorySecretStore::read(const QString& key, QObject* context, Callback cb)
{
    SecretResult result;
    // A locked keychain reads as "not found", exactly as QtKeychain 0.13 reports it on Linux.
    if (!m_available || !m_values.contains(key)) {
        result.status = SecretResult::Status::NotFound;
        result.message = QStringLiteral("entry not found");
    } else {
        result.value = m_values.value(key);
    }
    answer(context, std::move(cb), std::move(result));
}

void InMemorySecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback cb)
{
    SecretResult result;
    if (!m_available) {
        result.status = SecretResult::Status::Unavailable;
        result.message = QStringLiteral("keychain locked");
    } else if (value.size() > m_maxValueBytes) {
        result.status = SecretResult::Status::Error;
        result.message = QStringLiteral("value too large");
    } else if (m_writeDelayMs > 0) {
        ++m_pendingWrites;
        QTimer::singleShot(m_writeDelayMs, this, [this, key, value, context = QPointer<QObject>(context), cb] {
            --m_pendingWrites;
            m_values.insert(key, value);
            ++m_writes;
            if (context && cb)
                cb(SecretResult{});
        });
        return;
    } else {
        m_values.insert(key, value);
        ++m_writes;
    }
    answer(context, std::move(cb), std::move(result));
}

void InMemorySecretStore::remove(const QString& key, QObject* context, Callback cb)
{
    SecretResult result;
    if (!m_available) {
        result.status = SecretResult::Status::Unavailable;
        result.message = QStringLiteral("keychain locked");
    } else {
        m_values.remove(key);
    }
    answer(context, std::move(cb), std::move(result));
}

} // namespace sp
