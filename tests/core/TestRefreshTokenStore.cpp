#include "auth/RefreshTokenStore.h"
#include "cache/SecureBytes.h"
#include "profile/Profile.h"
#include "secrets/InMemorySecretStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <optional>

namespace sp::test {

// The ordering of the refresh token's keychain writes, against an in-memory keychain that can be slow;
// the real keychain is in TestSessionIntegration and TestSessionRestoreProcess.
class TestRefreshTokenStore : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        QTemporaryDir dir;
        InMemorySecretStore secrets;
        std::optional<Profile> profile;
        std::unique_ptr<RefreshTokenStore> store;

        bool init()
        {
            QString error;
            profile = Profile::open(dir.path(), &error);
            if (!profile)
                return false;
            store = std::make_unique<RefreshTokenStore>(&secrets, &*profile);
            return true;
        }
        QString key() const { return profile->secretKey(QStringLiteral("refresh-token")); }
        void write(const QByteArray& token, QList<QByteArray>* answered)
        {
            QByteArray copy = token;
            store->write(SecureBytes::takeFrom(copy), [answered, token](const SecretResult& r) {
                answered->append(r.status == SecretResult::Status::Ok ? token : QByteArray("failed"));
            });
        }
    };

private slots:
    void writesLandInOrderAndTheDeletionWaitsForThem()
    {
        Fixture f;
        QVERIFY(f.init());
        f.secrets.setWriteDelayMs(100);
        QList<QByteArray> answered;
        f.write("refresh-1", &answered);
        f.write("refresh-2", &answered);
        QCOMPARE(f.store->pendingWrites(), 2);
        bool removed = false;
        f.store->remove(nullptr, [&](const SecretResult& r) { removed = r.status == SecretResult::Status::Ok; });
        QVERIFY(!removed);
        QTRY_VERIFY(removed);
        QCOMPARE(answered, (QList<QByteArray>{"refresh-1", "refresh-2"}));
        QCOMPARE(f.store->pendingWrites(), 0);
        QVERIFY2(!f.secrets.contains(f.key()), "a write landing after the deletion brought the token back");
    }

    void deletionIsSkippedWhenNoLongerWanted()
    {
        Fixture f;
        QVERIFY(f.init());
        f.secrets.setWriteDelayMs(50);
        QList<QByteArray> answered;
        f.write("refresh-newer-session", &answered);
        bool asked = false, done = false;
        f.store->remove(
            [&asked] {
                asked = true;
                return false;
            },
            [&done](const SecretResult&) { done = true; });
        QVERIFY(!asked); // asked only once the write landed
        QTRY_VERIFY(done);
        QVERIFY(asked);
        QCOMPARE(f.secrets.value(f.key()), QByteArray("refresh-newer-session"));
    }

    void afterWritesRunsAtOnceWhenNoneIsPending()
    {
        Fixture f;
        QVERIFY(f.init());
        bool ran = false;
        f.store->afterWrites([&ran] { ran = true; });
        QVERIFY(ran);
    }

    void writeTheKeychainDoesNotAnswerFailsOnceByTheTimeout()
    {
        Fixture f;
        QVERIFY(f.init());
        f.secrets.setWriteDelayMs(600000);
        f.store->setTimeoutMs(100);
        QList<SecretResult> results;
        QByteArray token = "refresh-1";
        f.store->write(SecureBytes::takeFrom(token), [&results](const SecretResult& r) { results.append(r); });
        QTRY_COMPARE(results.size(), 1);
        QCOMPARE(results.constFirst().status, SecretResult::Status::Unavailable);
        QVERIFY2(results.constFirst().message.contains(QLatin1String("did not answer")),
                 qPrintable(results.constFirst().message));
        QCOMPARE(f.store->pendingWrites(), 1); // still counted: a deletion must wait for it
    }

    void readGivesTheStoredToken()
    {
        Fixture f;
        QVERIFY(f.init());
        QList<QByteArray> answered;
        f.write("refresh-1", &answered);
        QTRY_COMPARE(answered.size(), 1);
        std::optional<SecretResult> read;
        f.store->read([&read](const SecretResult& r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->value, QByteArray("refresh-1"));
    }

    void theLargestTokenIsTheKeychainsLimit()
    {
        Fixture f;
        QVERIFY(f.init());
        QCOMPARE(f.store->maxTokenBytes(), f.secrets.maxValueBytes());
        f.secrets.setMaxValueBytes(100);
        QCOMPARE(f.store->maxTokenBytes(), 100);
        RefreshTokenStore withoutKeychain(nullptr, &*f.profile);
        QVERIFY(!withoutKeychain.hasKeychain());
        QCOMPARE(withoutKeychain.maxTokenBytes(), std::numeric_limits<int>::max());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestRefreshTokenStore)
#include "TestRefreshTokenStore.moc"
