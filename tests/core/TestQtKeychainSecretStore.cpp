#include "SessionHarness.h"

#include <QTest>
#include <QUuid>

namespace sp::test {

// The real keychain through QtKeychain (inside scripts/with-keyring.sh).
class TestQtKeychainSecretStore : public QObject
{
    Q_OBJECT

    static SecretResult wait(std::function<void(SecretStore::Callback)> start)
    {
        std::optional<SecretResult> result;
        start([&result](const SecretResult& r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
        return result.value_or(SecretResult{SecretResult::Status::Error, {}, QStringLiteral("timeout")});
    }

private slots:
    void roundTripBinaryAndRemove()
    {
        QtKeychainSecretStore store(QStringLiteral("SellerPulse-tests"));
        const QString key = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QObject context;
        const QByteArray value("\x00\x01"
                               "binary"
                               "\xff"
                               " value",
                               15); // NUL and non-UTF-8 bytes on purpose

        QCOMPARE(wait([&](auto cb) { store.read(key, &context, cb); }).status, SecretResult::Status::NotFound);
        QCOMPARE(wait([&](auto cb) { store.write(key, value, &context, cb); }).status, SecretResult::Status::Ok);
        const SecretResult read = wait([&](auto cb) { store.read(key, &context, cb); });
        QCOMPARE(read.status, SecretResult::Status::Ok);
        QCOMPARE(read.value, value);
        QCOMPARE(wait([&](auto cb) { store.remove(key, &context, cb); }).status, SecretResult::Status::Ok);
        QCOMPARE(wait([&](auto cb) { store.read(key, &context, cb); }).status, SecretResult::Status::NotFound);
        // Removing what is not there is fine.
        QCOMPARE(wait([&](auto cb) { store.remove(key, &context, cb); }).status, SecretResult::Status::Ok);
    }

    void refusesValuesOverTheWindowsCap()
    {
        QtKeychainSecretStore store(QStringLiteral("SellerPulse-tests"));
        const QString key = QStringLiteral("test-big");
        QObject context;
        const SecretResult big = wait([&](auto cb) { store.write(key, QByteArray(2049, 'x'), &context, cb); });
        QCOMPARE(big.status, SecretResult::Status::Error);
        QVERIFY(big.message.contains(QStringLiteral("2048")));
        QCOMPARE(wait([&](auto cb) { store.read(key, &context, cb); }).status, SecretResult::Status::NotFound);
        QCOMPARE(wait([&](auto cb) { store.write(key, QByteArray(2048, 'x'), &context, cb); }).status,
                 SecretResult::Status::Ok);
        QCOMPARE(wait([&](auto cb) { store.remove(key, &context, cb); }).status, SecretResult::Status::Ok);
    }

    void noCallbackAfterContextDies()
    {
        QtKeychainSecretStore store(QStringLiteral("SellerPulse-tests"));
        bool called = false;
        auto* context = new QObject;
        store.read(QStringLiteral("test-none"), context, [&](const SecretResult&) { called = true; });
        delete context;
        QObject alive;
        // A later answer on a living context proves the first had its chance to arrive.
        QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("test-none"), &alive, cb); }).status,
                 SecretResult::Status::NotFound);
        QVERIFY(!called);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestQtKeychainSecretStore)
#include "TestQtKeychainSecretStore.moc"
