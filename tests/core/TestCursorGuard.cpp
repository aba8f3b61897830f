// CursorGuard: the rules that keep one listing of a sync run finite (the sync's use of them runs
// against a misbehaving server in TestSyncController).
#include "sync/CursorGuard.h"

#include <QTest>

namespace sp::test {

class TestCursorGuard : public QObject
{
    Q_OBJECT

private slots:
    void honestListingContinuesToItsEnd()
    {
        CursorGuard guard;
        guard.begin(0, 100);
        QCOMPARE(guard.nextPage(QString(), QStringLiteral("c1"), true, 100), CursorGuard::Verdict::Continue);
        QCOMPARE(guard.nextPage(QStringLiteral("c1"), QStringLiteral("c2"), true, 100), CursorGuard::Verdict::Continue);
        // The last page may keep the cursor it was asked with (nothing changed since).
        QCOMPARE(guard.nextPage(QStringLiteral("c2"), QStringLiteral("c2"), false, 0), CursorGuard::Verdict::Continue);
        QCOMPARE(guard.pages(), qint64(3));
    }

    void sameCursorAgainRepeats()
    {
        CursorGuard guard;
        guard.begin(0, 100);
        QCOMPARE(guard.nextPage(QStringLiteral("c1"), QStringLiteral("c1"), true, 100), CursorGuard::Verdict::Repeats);
    }

    void cycleRepeats()
    {
        CursorGuard guard;
        guard.begin(0, 100);
        QCOMPARE(guard.nextPage(QString(), QStringLiteral("a"), true, 100), CursorGuard::Verdict::Continue);
        QCOMPARE(guard.nextPage(QStringLiteral("a"), QStringLiteral("b"), true, 100), CursorGuard::Verdict::Continue);
        QCOMPARE(guard.nextPage(QStringLiteral("b"), QStringLiteral("a"), true, 100), CursorGuard::Verdict::Repeats);
    }

    void emptyPageWithMoreRepeats()
    {
        CursorGuard guard;
        guard.begin(0, 100);
        QCOMPARE(guard.nextPage(QString(), QStringLiteral("a"), true, 0), CursorGuard::Verdict::Repeats);
    }

    // After a failure the listing starts again from its stored cursor: not a cycle.
    void resumeForgetsTheCursorsButNotThePages()
    {
        CursorGuard guard;
        guard.begin(0, 100);
        QCOMPARE(guard.nextPage(QString(), QStringLiteral("a"), true, 100), CursorGuard::Verdict::Continue);
        guard.resume();
        QCOMPARE(guard.nextPage(QString(), QStringLiteral("a"), true, 100), CursorGuard::Verdict::Continue);
        QCOMPARE(guard.pages(), qint64(2));
    }

    // Fresh cursors forever: stopped at the cap, which grows with the listing's previous size.
    void inventedCursorsStopAtTheCap()
    {
        CursorGuard guard;
        guard.setRowFloor(1000);
        guard.begin(500, 100); // (1000 + 2 * 500) / 100 + 10 pages
        QCOMPARE(guard.pageCap(), qint64(30));
        int page = 0;
        CursorGuard::Verdict verdict = CursorGuard::Verdict::Continue;
        while (verdict == CursorGuard::Verdict::Continue && page < 1000) {
            verdict = guard.nextPage(QString::number(page), QString::number(page + 1), true, 100);
            ++page;
        }
        QCOMPARE(verdict, CursorGuard::Verdict::TooManyPages);
        QCOMPARE(page, 30);
    }

    // The default cap lets the largest first syncs through: a million orders bring several million
    // financial events (the dashboard benchmark's account stopped at 2010 pages under a 1M floor).
    void defaultCapIsGenerous()
    {
        QVERIFY(CursorGuard::pageCapFor(0, 500, CursorGuard::kDefaultRowFloor) >= 10000 * 4);
        QVERIFY(CursorGuard::pageCapFor(3000000, 500, CursorGuard::kDefaultRowFloor) >= 14000);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestCursorGuard)
#include "TestCursorGuard.moc"
