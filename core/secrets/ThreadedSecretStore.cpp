#include "secrets/ThreadedSecretStore.h"

#include "cache/SecureBytes.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include <utility>

namespace sp {

namespace {

// One keychain thread per process, for the process's lifetime: libsecret keeps its Secret Service proxy
// (bound to the event loop of the thread that first used it) until the process ends, so a second thread
// after the first one ended would wait forever for that proxy's answers. Stopped with the application.
QThread* g_keychainThread = nullptr;

void stopKeychainThread()
{
    if (!g_keychainThread)
        return;
    g_keychainThread->quit();
    g_keychainThread->wait();
    delete g_keychainThread;
    g_keychainThread = nullptr;
}

QThread* keychainThread()
{
    if (!g_keychainThread) {
        g_keychainThread = new QThread;
        g_keychainThread->setObjectName(QStringLiteral("sellerpulse-keychain"));
        g_keychainThread->start();
        qAddPostRoutine(stopKeychainThread);
    }
    return g_keychainThread;
}

} // namespace

// The store's side on the keychain's thread. Calls are posted to it; once it is deleted, a call still
// queued is dropped with it.
class ThreadedSecretStore::Home : public QObject
{
public:
    SecretStore* store = nullptr;
};

// Answers travel from the keychain's thread to the store through this: once the store is gone, none is posted.
struct ThreadedSecretStore::Relay
{
    QMutex mutex;
    ThreadedSecretStore* store = nullptr;
};

ThreadedSecretStore::ThreadedSecretStore(StoreFactory makeStore, int maxValueBytes, QObject* parent)
    : SecretStore(parent)
    , m_home(new Home)
    , m_relay(std::make_shared<Relay>())
    , m_maxValueBytes(maxValueBytes)
{
    m_relay->store = this;
    m_home->moveToThread(keychainThread());
    // First in the home's queue: every call below finds the store made.
    QMetaObject::invokeMethod(
        m_home, [home = m_home, makeStore = std::move(makeStore)] { home->store = makeStore(home); },
        Qt::QueuedConnection);
}

ThreadedSecretStore::~ThreadedSecretStore()
{
    {
        QMutexLocker lock(&m_relay->mutex);
        m_relay->store = nullptr; // an answer posted before this is discarded with this object
    }
    m_home->deleteLater(); // on its thread, with the store and any call still queued
}

void ThreadedSecretStore::read(const QString& key, QObject* context, Callback cb)
{
    run([key](SecretStore* store, QObject* home, Callback answer) { store->read(key, home, std::move(answer)); },
        context, std::move(cb));
}

void ThreadedSecretStore::write(const QString& key, const QByteArray& value, QObject* context, Callback cb)
{
    // The copy made for the keychain's thread is wiped there once the store has taken it.
    run(
        [key, value = QByteArray(value)](SecretStore* store, QObject* home, Callback answer) mutable {
            store->write(key, value, home, std::move(answer));
            SecureBytes::wipe(value);
        },
        context, std::move(cb));
}

void ThreadedSecretStore::remove(const QString& key, QObject* context, Callback cb)
{
    run([key](SecretStore* store, QObject* home, Callback answer) { store->remove(key, home, std::move(answer)); },
        context, std::move(cb));
}

void ThreadedSecretStore::run(Call call, QObject* context, Callback cb)
{
    QPointer<QObject> target = context ? context : this;
    // Checked and delivered on this object's thread: a context elsewhere could be deleted on its own
    // thread while the answer is on its way.
    Q_ASSERT(target->thread() == thread());
    Callback answer = [relay = m_relay, target, cb = std::move(cb)](const SecretResult& result) {
        QMutexLocker lock(&relay->mutex);
        if (!relay->store)
            return;
        QMetaObject::invokeMethod(
            relay->store,
            [target, cb, result = SecretResult(result)]() mutable {
                if (target && cb)
                    cb(result);
                SecureBytes::wipe(result.value);
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(
        m_home,
        [home = m_home, call = std::move(call), answer = std::move(answer)]() mutable {
            call(home->store, home, std::move(answer));
        },
        Qt::QueuedConnection);
}

} // namespace sp
