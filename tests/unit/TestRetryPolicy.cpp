#include "sync/RetryPolicy.h"

#include <QTest>

using namespace sp;

// The back-off of one sync's transient errors: growth, jitter, the cap, Retry-After and the budget.
class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void jitterStaysWithinHalfAndWhole();
    void delaysGrowAndAreCapped();
    void retryAfterIsAFloor();
    void spentBudgetStopsRetrying();
    void successStartsAFreshStreak();
};

void TestRetryPolicy::jitterStaysWithinHalfAndWhole()
{
    bool sawDifferent = false;
    const qint64 first = RetryPolicy::jittered(1000);
    for (int i = 0; i < 200; ++i) {
        const qint64 d = RetryPolicy::jittered(1000);
        QVERIFY2(d >= 500 && d <= 1000, qPrintable(QString::number(d)));
        sawDifferent = sawDifferent || d != first;
    }
    QVERIFY(sawDifferent); // many clients never retry in step
}

void TestRetryPolicy::delaysGrowAndAreCapped()
{
    RetryPolicy policy;
    policy.setBudgetMs(24 * 3600 * 1000);
    policy.setBaseDelayMs(100);
    policy.start();
    qint64 ceiling = 100;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const qint64 d = policy.nextDelayMs(0);
        const qint64 cap = qMin<qint64>(ceiling, 30 * 1000);
        QVERIFY2(d >= cap / 2 && d <= cap,
                 qPrintable(QStringLiteral("attempt %1: %2 ms, expected %3/2..%3").arg(attempt).arg(d).arg(cap)));
        ceiling *= 2;
    }
}

void TestRetryPolicy::retryAfterIsAFloor()
{
    RetryPolicy policy;
    policy.setBudgetMs(24 * 3600 * 1000);
    policy.setBaseDelayMs(100);
    policy.start();
    QVERIFY(policy.nextDelayMs(7) >= 7000);
}

void TestRetryPolicy::spentBudgetStopsRetrying()
{
    RetryPolicy policy;
    policy.setBudgetMs(1000);
    policy.setBaseDelayMs(100);
    policy.start();
    // A wait the server asks for that would end after the budget: give up rather than wait past it.
    QCOMPARE(policy.nextDelayMs(60), qint64(-1));
}

void TestRetryPolicy::successStartsAFreshStreak()
{
    RetryPolicy policy;
    policy.setBudgetMs(24 * 3600 * 1000);
    policy.setBaseDelayMs(100);
    policy.start();
    for (int i = 0; i < 6; ++i)
        policy.nextDelayMs(0);
    policy.succeeded();
    const qint64 d = policy.nextDelayMs(0);
    QVERIFY2(d >= 50 && d <= 100, qPrintable(QString::number(d)));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
