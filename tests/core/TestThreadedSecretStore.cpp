// ThreadedSecretStore: the real keychain (QtKeychain through gnome-keyring, inside scripts/with-keyring.sh)
// on a thread of its own. A read finishes while the UI thread runs no event loop (what the start relies
// on), answers arrive on the caller's thread in the order the calls were made, and nobody is called back
// once the context or the store is gone.
#include "secrets/QtKeychainSecretStore.h"
#include "secrets/ThreadedSecretStore.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <optional>

namespace sp::test {

namespace {

constexpr int kWaitMs = 15000;

// The keychain as the worker sees it: counts the answers it got, on the worker's thread.
class CountingKeychain : public QtKeychainSecretStore
{
public:
    CountingKeychain(std::atomic<int>* answered, std::atomic<QThread*>* thread, QObject* parent)
        : QtKeychainSecretStore(QStringLiteral("SellerPulse-tests"), parent)
        , m_answered(answered)
        , m_thread(thread)
    {
        m_thread->store(QThread::currentThread());
    }

    void read(const QString& key, QObject* context, Callback cb) override
    {
        QtKeychainSecretStore::read(key, context, [this, cb = std::move(cb)](const SecretResult& result) {
            ++*m_answered;
            cb(result);
        });
    }

private:
    std::atomic<int>* m_answered;
    std::atomic<QThread*>* m_thread;
};

QString uniqueKey() { return QStringLiteral("test-threaded-") + QUuid::createUuid().toString(QUuid::WithoutBraces); }

} // namespace

class TestThreadedSecretStore : public QObject
{
    Q_OBJECT

    std::atomic<int> m_answered{0};
    std::atomic<QThread*> m_workerThread{nullptr};

    ThreadedSecretStore* makeStore(QObject* parent = nullptr)
    {
        return new ThreadedSecretStore(
            [this](QObject* home) { return new CountingKeychain(&m_answered, &m_workerThread, home); },
            QtKeychainSecretStore::kMaxValueBytes, parent);
    }

    static SecretResult wait(std::function<void(SecretStore::Callback)> start)
    {
        std::optional<SecretResult> result;
        start([&result](const SecretResult& r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, kWaitMs);
        return result.value_or(SecretResult{SecretResult::Status::Error, {}, QStringLiteral("timeout")});
    }

private slots:
    void init()
    {
        m_answered = 0;
        m_workerThread = nullptr;
    }

    void roundTripOnTheWorkerAnswersOnTheCallersThread()
    {
        std::unique_ptr<ThreadedSecretStore> store(makeStore());
        QCOMPARE(store->maxValueBytes(), QtKeychainSecretStore::kMaxValueBytes);
        const QString key = uniqueKey();
        QObject context;
        const QByteArray value("\x00secret\xff", 8);
        QThread* answeredOn = nullptr;
        const auto onThisThread = [&](SecretStore::Callback cb) {
            return [&answeredOn, cb](const SecretResult& r) {
                answeredOn = QThread::currentThread();
                cb(r);
            };
        };
        QCOMPARE(wait([&](auto cb) { store->write(key, value, &context, onThisThread(cb)); }).status,
                 SecretResult::Status::Ok);
        QCOMPARE(answeredOn, QThread::currentThread());
        const SecretResult read = wait([&](auto cb) { store->read(key, &context, onThisThread(cb)); });
        QCOMPARE(read.status, SecretResult::Status::Ok);
        QCOMPARE(read.value, value);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(m_workerThread.load() != nullptr);
        QVERIFY(m_workerThread.load() != QThread::currentThread()); // the keychain ran elsewhere
        QCOMPARE(wait([&](auto cb) { store->remove(key, &context, cb); }).status, SecretResult::Status::Ok);
        QCOMPARE(wait([&](auto cb) { store->read(key, &context, cb); }).status, SecretResult::Status::NotFound);
    }

    // What the start needs: the keychain's conversation goes on while the UI thread is busy building the
    // window and runs no event loop. On the UI thread's own QtKeychain this read would not end here.
    void readFinishesWhileTheCallersThreadRunsNoEventLoop()
    {
        std::unique_ptr<ThreadedSecretStore> store(makeStore());
        const QString key = uniqueKey();
        QObject context;
        QCOMPARE(wait([&](auto cb) { store->write(key, QByteArray("cache key"), &context, cb); }).status,
                 SecretResult::Status::Ok);
        const int before = m_answered;
        std::optional<SecretResult> result;
        store->read(key, &context, [&result](const SecretResult& r) { result = r; });
        QElapsedTimer busy; // the "window being built": no events are processed in this loop
        busy.start();
        while (m_answered == before && busy.elapsed() < kWaitMs)
            QThread::yieldCurrentThread();
        QCOMPARE(m_answered.load(), before + 1);
        QVERIFY(!result.has_value()); // delivered on this thread, when its event loop runs again
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
        QCOMPARE(result->value, QByteArray("cache key"));
        QCOMPARE(wait([&](auto cb) { store->remove(key, &context, cb); }).status, SecretResult::Status::Ok);
    }

    // One worker, in call order: a write, an overwrite and a read of one key see the last value.
    void callsKeepTheirOrder()
    {
        std::unique_ptr<ThreadedSecretStore> store(makeStore());
        const QString key = uniqueKey();
        QObject context;
        QStringList order;
        store->write(key, QByteArray("first"), &context, [&](const SecretResult&) { order << QStringLiteral("w1"); });
        store->write(key, QByteArray("second"), &context, [&](const SecretResult&) { order << QStringLiteral("w2"); });
        const SecretResult read = wait([&](auto cb) { store->read(key, &context, cb); });
        QCOMPARE(order, (QStringList{QStringLiteral("w1"), QStringLiteral("w2")}));
        QCOMPARE(read.value, QByteArray("second"));
        QCOMPARE(wait([&](auto cb) { store->remove(key, &context, cb); }).status, SecretResult::Status::Ok);
    }

    void noCallbackAfterTheContextDies()
    {
        std::unique_ptr<ThreadedSecretStore> store(makeStore());
        bool called = false;
        auto* context = new QObject;
        store->read(uniqueKey(), context, [&](const SecretResult&) { called = true; });
        delete context;
        QObject alive;
        // A later answer proves the first had its chance to arrive (the calls keep their order).
        QCOMPARE(wait([&](auto cb) { store->read(uniqueKey(), &alive, cb); }).status, SecretResult::Status::NotFound);
        QVERIFY(!called);
    }

    // The app quits while a read is under way: the worker stops, nobody is called back, nothing crashes.
    void storeDestroyedWithCallsInFlight()
    {
        bool called = false;
        QObject context;
        {
            std::unique_ptr<ThreadedSecretStore> store(makeStore());
            for (int i = 0; i < 5; ++i)
                store->read(uniqueKey(), &context, [&](const SecretResult&) { called = true; });
        }
        QCoreApplication::processEvents();
        QVERIFY(!called);
        // The keychain still answers a new store afterwards.
        std::unique_ptr<ThreadedSecretStore> again(makeStore());
        QCOMPARE(wait([&](auto cb) { again->read(uniqueKey(), &context, cb); }).status, SecretResult::Status::NotFound);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestThreadedSecretStore)
#include "TestThreadedSecretStore.moc"
