#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sp {

struct SecretResult
{
    enum class Status { Ok, NotFound, Unavailable /* locked, no backend, access denied */, Error };
    Status status = Status::Ok;
    QByteArray value;
    QString message; // readable, never the secret
};

// Asynchronous key -> secret storage, like the OS keychains. Callbacks run only while `context` lives.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const SecretResult&)>;
    using QObject::QObject;
    ~SecretStore() override;

    virtual void read(const QString& key, QObject* context, Callback cb) = 0;
    virtual void write(const QString& key, const QByteArray& value, QObject* context, Callback cb) = 0;
    virtual void remove(const QString& key, QObject* context, Callback cb) = 0; // NotFound counts as Ok
    // The largest value write() accepts; larger ones are refused before they reach the keychain. Callers
    // that receive a secret from elsewhere (the refresh token) refuse it early when it could not be kept.
    virtual int maxValueBytes() const = 0;
};

} // namespace sp
