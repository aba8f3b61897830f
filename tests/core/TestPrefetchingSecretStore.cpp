// PrefetchingSecretStore: the reads a start needs begin at once, each secret is read from the keychain
// once, a prefetched answer goes to one reader only, and a write or removal makes it stale.
#include "auth/RefreshTokenStore.h"
#include "auth/RememberedSession.h"
#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
#include "profile/Profile.h"
#include "secrets/InMemorySecretStore.h"
#include "startup/PrefetchingSecretStore.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace sp::test {

namespace {

// The keychain, counting the reads that reach it.
class CountingStore : public InMemorySecretStore
{
public:
    void read(const QString& key, QObject* context, Callback cb) override
    {
        ++reads[key];
        InMemorySecretStore::read(key, context, std::move(cb));
    }
    QHash<QString, int> reads;
};

void put(SecretStore* store, const QString& key, const QByteArray& value)
{
    bool done = false;
    store->write(key, value, nullptr, [&done](const SecretResult&) { done = true; });
    QTRY_VERIFY(done);
}

std::optional<SecretResult> readNow(SecretStore* store, const QString& key)
{
    std::optional<SecretResult> answer;
    store->read(key, nullptr, [&answer](const SecretResult& result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
        return std::nullopt;
    return answer;
}

} // namespace

class TestPrefetchingSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void firstReadTakesThePrefetchedAnswer();
    void prefetchedAnswerGoesToOneReaderOnly();
    void writeOrRemoveMakesThePrefetchStale();
    void readerGoneGetsNoAnswer();
    void rememberedSessionReadsTokenAndCacheKeyOnlyForItsOrigin();
};

void TestPrefetchingSecretStore::firstReadTakesThePrefetchedAnswer()
{
    CountingStore keychain;
    put(&keychain, QStringLiteral("k"), "secret");
    PrefetchingSecretStore store(&keychain);
    store.prefetch(QStringLiteral("k"));
    store.prefetch(QStringLiteral("k")); // once
    QCOMPARE(keychain.reads.value(QStringLiteral("k")), 1);
    const auto answer = readNow(&store, QStringLiteral("k"));
    QVERIFY(answer);
    QCOMPARE(answer->status, SecretResult::Status::Ok);
    QCOMPARE(answer->value, QByteArray("secret"));
    QCOMPARE(keychain.reads.value(QStringLiteral("k")), 1); // answered by the prefetch
    QCOMPARE(store.keychainReads(), 1);
}

void TestPrefetchingSecretStore::prefetchedAnswerGoesToOneReaderOnly()
{
    CountingStore keychain;
    put(&keychain, QStringLiteral("k"), "secret");
    PrefetchingSecretStore store(&keychain);
    store.prefetch(QStringLiteral("k"));
    QVERIFY(readNow(&store, QStringLiteral("k")));
    // A second reader (e.g. a retry) asks the keychain again and gets what it holds now.
    put(&keychain, QStringLiteral("k"), "rotated");
    const auto again = readNow(&store, QStringLiteral("k"));
    QVERIFY(again);
    QCOMPARE(again->value, QByteArray("rotated"));
    QCOMPARE(keychain.reads.value(QStringLiteral("k")), 2);
}

void TestPrefetchingSecretStore::writeOrRemoveMakesThePrefetchStale()
{
    CountingStore keychain;
    put(&keychain, QStringLiteral("a"), "old a");
    put(&keychain, QStringLiteral("b"), "old b");
    PrefetchingSecretStore store(&keychain);
    store.prefetch(QStringLiteral("a"));
    store.prefetch(QStringLiteral("b"));
    put(&store, QStringLiteral("a"), "new a");
    bool removed = false;
    store.remove(QStringLiteral("b"), nullptr, [&removed](const SecretResult&) { removed = true; });
    QTRY_VERIFY(removed);
    const auto a = readNow(&store, QStringLiteral("a"));
    QVERIFY(a);
    QCOMPARE(a->value, QByteArray("new a"));
    const auto b = readNow(&store, QStringLiteral("b"));
    QVERIFY(b);
    QCOMPARE(b->status, SecretResult::Status::NotFound);
}

void TestPrefetchingSecretStore::readerGoneGetsNoAnswer()
{
    CountingStore keychain;
    put(&keychain, QStringLiteral("k"), "secret");
    PrefetchingSecretStore store(&keychain);
    store.prefetch(QStringLiteral("k"));
    bool called = false;
    {
        QObject reader;
        store.read(QStringLiteral("k"), &reader, [&called](const SecretResult&) { called = true; });
    }
    // Answers come in order: once a later read is answered, the reader's would have been too.
    QVERIFY(readNow(&store, QStringLiteral("other")));
    QVERIFY(!called);
}

void TestPrefetchingSecretStore::rememberedSessionReadsTokenAndCacheKeyOnlyForItsOrigin()
{
    QTemporaryDir dir;
    QString error;
    std::optional<Profile> profile = Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    AccountInfo account;
    account.email = QStringLiteral("seller@example.com");
    account.id = QStringLiteral("acct_1");
    RememberedSession(&*profile).write(account, QStringLiteral("https://api.example.com"), QByteArray());
    const QString tokenKey = RefreshTokenStore::keyFor(*profile);
    const QString cacheKey = CacheKey::secretName(*profile, account.id);

    CountingStore keychain;
    {
        PrefetchingSecretStore store(&keychain);
        store.prefetchRememberedSession(&*profile, QUrl(QStringLiteral("https://other.example.com")));
        QCOMPARE(store.keychainReads(), 0); // kept for another origin: not even read
    }
    {
        // No cache file yet: the token only (the sign-in creates the cache and its key).
        PrefetchingSecretStore store(&keychain);
        store.prefetchRememberedSession(&*profile, QUrl(QStringLiteral("https://api.example.com")));
        QCOMPARE(keychain.reads.value(tokenKey), 1);
        QCOMPARE(keychain.reads.value(cacheKey), 0);
    }
    QString fileError;
    QVERIFY2(
        CacheFiles::prepareFile(CacheFiles::databasePath(CacheFiles::accountDir(*profile, account.id)), &fileError),
        qPrintable(fileError));
    PrefetchingSecretStore store(&keychain);
    store.prefetchRememberedSession(&*profile, QUrl(QStringLiteral("https://api.example.com")));
    QCOMPARE(keychain.reads.value(tokenKey), 2);
    QCOMPARE(keychain.reads.value(cacheKey), 1);
    QCOMPARE(store.keychainReads(), 2);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestPrefetchingSecretStore)
#include "TestPrefetchingSecretStore.moc"
