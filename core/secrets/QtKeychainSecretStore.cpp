#include "secrets/QtKeychainSecretStore.h"

#include "secrets/SecretsLog.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace sp {

namespace {

SecretResult resultOf(const QKeychain::Job* job)
{
    SecretResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = SecretResult::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        result.message = QCoreApplication::translate("sp::QtKeychainSecretStore", "The keychain has no such entry.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
        result.status = SecretResult::Status::Unavailable;
        result.message = QCoreApplication::translate("sp::QtKeychainSecretStore",
                                                     "The system keychain is locked or unavailable (%1).")
                             .arg(job->errorString());
        return result;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        break;
    }
    result.status = SecretResult::Status::Error;
    result.message =
        QCoreApplication::translate("sp::QtKeychainSecretStore", "The keychain failed: %1").arg(job->errorString());
    return result;
}

// Jobs have no parent on purpose: QtKeychain 0.13's libsecret callback touches its job after the
// D-Bus reply arrives (qtkeychain#271), so a job deleted with its store would crash then. An orphan
// job deletes itself once finished (autoDelete); the callback below still runs only while `context` lives.
// Runs the callback once the job finished, only while `context` lives.
void watch(QKeychain::Job* job, QObject* context, SecretStore::Callback cb, const char* what, bool notFoundIsOk = false,
           bool returnValue = false)
{
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [cb = std::move(cb), what, notFoundIsOk, returnValue](QKeychain::Job* finished) {
                         SecretResult result = resultOf(finished);
                         if (notFoundIsOk && result.status == SecretResult::Status::NotFound)
                             result = SecretResult{};
                         if (returnValue && result.status == SecretResult::Status::Ok)
                             result.value = static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
                         // The key names a profile, never a secret; the value is never logged.
                         qCDebug(lcSecrets).noquote() << what << finished->key() << "status" << int(result.status);
                         if (cb)
                             cb(result);
                     });
}

} // namespace

QtKeychainSecretStore::QtKeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void QtKeychainSecretStore::read(const QString& key, QObject* context, Callback cb)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    watch(job, context ? context : this, std::move(cb), "read", false, true);
    job->start();
}

void QtKeychainSecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback cb)
{
    if (value.size() > kMaxValueBytes) {
        SecretResult result;
        result.status = SecretResult::Status::Error;
        result.message =
            QCoreApplication::translate("sp::QtKeychainSecretStore",
                                        "The value is too large for the system keychain (%1 bytes, at most %2).")
                .arg(value.size())
                .arg(kMaxValueBytes);
        QMetaObject::invokeMethod(
            context ? context : this,
            [cb = std::move(cb), result] {
                if (cb)
                    cb(result);
            },
            Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(value);
    watch(job, context ? context : this, std::move(cb), "write");
    job->start();
}

void QtKeychainSecretStore::remove(const QString& key, QObject* context, Callback cb)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    watch(job, context ? context : this, std::move(cb), "remove", true);
    job->start();
}

} // namespace sp
