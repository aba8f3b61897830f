// SecureBytes: secret bytes in a buffer of their own, never copied, wiped when they go away.
#include "cache/SecureBytes.h"

#include <QTest>

#include <cstring>
#include <type_traits>
#include <vector>

namespace sp::test {

static_assert(!std::is_copy_constructible_v<SecureBytes>, "secret bytes are never copied");
static_assert(!std::is_copy_assignable_v<SecureBytes>, "secret bytes are never copied");
static_assert(std::is_nothrow_move_constructible_v<SecureBytes>);
static_assert(!std::is_convertible_v<SecureBytes, QByteArray>, "no implicit QByteArray");
static_assert(!std::is_convertible_v<QByteArray, SecureBytes>, "no implicit adoption of a shared buffer");

namespace {

// What every freed buffer held at the moment it was freed (after the wipe).
struct FreedBuffer
{
    const void* address;
    std::vector<char> contents;
};
std::vector<FreedBuffer> g_freed;

void recordFree(const char* data, std::size_t size) { g_freed.push_back({data, std::vector<char>(data, data + size)}); }

bool allZero(const std::vector<char>& bytes)
{
    for (const char c : bytes) {
        if (c != 0)
            return false;
    }
    return !bytes.empty();
}

} // namespace

class TestSecureBytes : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_freed.clear();
        SecureBytes::setFreeObserverForTests(&recordFree);
    }
    void cleanup() { SecureBytes::setFreeObserverForTests(nullptr); }

    void ownsABufferNobodyElseShares()
    {
        const QByteArray source("refresh-token-value");
        const SecureBytes secret{QByteArrayView(source)};
        QCOMPARE(secret.view(), QByteArrayView(source));
        QVERIFY(secret.data() != source.constData()); // a deep copy, not the shared buffer
        QVERIFY(source.isDetached());                 // nobody else holds the source's buffer either
    }

    void destructionWipesTheBytes()
    {
        const void* address = nullptr;
        {
            const SecureBytes secret{QByteArrayView("access-token-value")};
            address = secret.data();
            QCOMPARE(g_freed.size(), size_t(0));
        }
        QCOMPARE(g_freed.size(), size_t(1));
        QCOMPARE(g_freed.front().address, address);
        QCOMPARE(g_freed.front().contents.size(), size_t(qstrlen("access-token-value")));
        QVERIFY(allZero(g_freed.front().contents));
    }

    void moveEmptiesTheSourceAndAssignmentWipesTheOldBytes()
    {
        SecureBytes first{QByteArrayView("first-secret")};
        const char* firstAddress = first.data();
        SecureBytes moved(std::move(first));
        QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the point
        QVERIFY(first.data() == nullptr);
        QCOMPARE(first.size(), 0);
        QCOMPARE(static_cast<const void*>(moved.data()),
                 static_cast<const void*>(firstAddress)); // moved, not copied: no second copy exists
        QCOMPARE(moved.view(), QByteArrayView("first-secret"));

        SecureBytes second{QByteArrayView("second-secret")};
        const char* secondAddress = second.data();
        QCOMPARE(g_freed.size(), size_t(0));
        second = std::move(moved); // the old "second-secret" buffer is wiped and freed
        QCOMPARE(g_freed.size(), size_t(1));
        QCOMPARE(g_freed.front().address, secondAddress);
        QVERIFY(allZero(g_freed.front().contents));
        QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(second.view(), QByteArrayView("first-secret"));

        second.clear();
        QCOMPARE(g_freed.size(), size_t(2));
        QVERIFY(allZero(g_freed.back().contents));
        QVERIFY(second.isEmpty());
    }

    void takeFromLeavesNoCopyInTheSource()
    {
        QByteArray token("token-from-json");
        SecureBytes secret = SecureBytes::takeFrom(token);
        QCOMPARE(secret.view(), QByteArrayView("token-from-json"));
        QVERIFY(token.isEmpty());

        // A source that shares its buffer is emptied, and the other holder's bytes stay intact.
        QByteArray shared("shared-token");
        const QByteArray otherHolder = shared;
        const SecureBytes fromShared = SecureBytes::takeFrom(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(otherHolder, QByteArray("shared-token"));
        QCOMPARE(fromShared.view(), QByteArrayView("shared-token"));
    }

    void wipeLeavesASharedBufferAlone()
    {
        QByteArray mine("shared-secret");
        mine.detach();
        const QByteArray other = mine; // shares the buffer
        SecureBytes::wipe(mine);
        QCOMPARE(other, QByteArray("shared-secret")); // the other holder's bytes are not changed
        QByteArray alone("alone-secret");
        alone.detach();
        SecureBytes::wipe(alone);
        QCOMPARE(alone, QByteArray(alone.size(), '\0'));
    }

    void hexRoundTripAndEquality()
    {
        const SecureBytes key = SecureBytes::random(32);
        QCOMPARE(key.size(), 32);
        const SecureBytes hex = SecureBytes::toHex(key.view());
        QCOMPARE(hex.size(), 64);
        const SecureBytes back = SecureBytes::fromHex(hex.view());
        QVERIFY(back.equals(key));
        QVERIFY(!SecureBytes::fromHex(QByteArrayView("zz")).equals(key));
        QVERIFY(SecureBytes::fromHex(QByteArrayView("abc")).isEmpty()); // odd length
        const int freedBefore = int(g_freed.size());
        {
            const SecureBytes invalid = SecureBytes::fromHex(QByteArrayView("00zz"));
            QVERIFY(invalid.isEmpty());
        }
        // The half-decoded buffer of the invalid input was wiped too.
        QCOMPARE(int(g_freed.size()), freedBefore + 1);
        QVERIFY(allZero(g_freed.back().contents));
    }
};

} // namespace sp::test

QTEST_APPLESS_MAIN(sp::test::TestSecureBytes)
#include "TestSecureBytes.moc"
