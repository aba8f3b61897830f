// CacheReader: the views' reads run on the reader's own thread over a real SQLCipher file, arrive
// on the caller's thread, a newer read of a lane replaces (and interrupts) the older one, and the
// reader's connection used on the main thread aborts a debug build; an idle read yields to any other. Jobs: progress arrives in order,
// throttled, before the result; a cancelled job stops and delivers nothing.
#include "CacheQueryFixture.h"

#include "cache/CacheReader.h"
#include "cache/ReadConnection.h"
#include "cache/ReadProgress.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>
#include <cstring>

namespace sp::test {

namespace {

// Counts to a billion: seconds of work that only an interrupt ends early.
const char* const kEndlessCount = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                  "WHERE x < 1000000000) SELECT count(*) FROM c";

struct Ran
{
    QThread* thread = nullptr;
    qint64 orders = -1;
};

} // namespace

class TestCacheReader : public QObject
{
    Q_OBJECT

    std::unique_ptr<CacheReader> makeReader()
    {
        QString error;
        auto connection = m_fixture.openConnection(&error);
        return connection ? std::make_unique<CacheReader>(std::move(connection)) : nullptr;
    }

    CacheQueryFixture m_fixture;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.create({QStringLiteral("INSERT INTO orders (id, marketplace_id, purchase_date, "
                                                  "last_update_date, status, fulfillment_channel, currency) VALUES "
                                                  "('o-1', 'M', '2026-01-01', '2026-01-01', 'Shipped', 'AFN', 'EUR'), "
                                                  "('o-2', 'M', '2026-01-02', '2026-01-02', 'Shipped', 'AFN', 'EUR')")},
                                  &error),
                 qPrintable(error));
    }

    void readRunsOnItsThreadAndArrivesOnTheCallers()
    {
        auto reader = makeReader();
        QVERIFY(reader);
        QObject context;
        std::optional<Ran> arrived;
        QThread* arrivedOn = nullptr;
        reader->read<Ran>(
            &context, QStringLiteral("lane"),
            [](const CacheQuery& query) {
                return Ran{QThread::currentThread(), ReadConnection::of(query).scalar("SELECT count(*) FROM orders")};
            },
            [&](Ran ran) {
                arrived = ran;
                arrivedOn = QThread::currentThread();
            });
        QTRY_VERIFY(arrived.has_value());
        QCOMPARE(arrived->orders, qint64(2));
        QVERIFY(arrived->thread != QThread::currentThread());
        QCOMPARE(arrivedOn, QThread::currentThread());
    }

    void newerReadOfALaneInterruptsAndReplacesTheOlder()
    {
        auto reader = makeReader();
        QVERIFY(reader);
        QObject context;
        std::atomic<bool> started{false}, olderInterrupted{false};
        int olderDelivered = 0, newerDelivered = 0;
        reader->read<qint64>(
            &context, QStringLiteral("search"),
            [&](const CacheQuery& query) {
                started = true;
                const qint64 n = ReadConnection::of(query).scalar(kEndlessCount);
                olderInterrupted = ReadConnection::of(query).lastError() == QLatin1String("interrupted");
                return n;
            },
            [&](qint64) { ++olderDelivered; });
        QTRY_VERIFY(started.load()); // the older read is running now
        qint64 newer = -1;
        reader->read<qint64>(
            &context, QStringLiteral("search"),
            [](const CacheQuery& query) { return ReadConnection::of(query).scalar("SELECT count(*) FROM orders"); },
            [&](qint64 n) {
                newer = n;
                ++newerDelivered;
            });
        QTRY_COMPARE(newerDelivered, 1);
        QCOMPARE(newer, qint64(2));
        QVERIFY(olderInterrupted.load());
        QCoreApplication::processEvents();
        QCOMPARE(olderDelivered, 0);
    }

    void queuedOlderReadNeverRuns()
    {
        auto reader = makeReader();
        QVERIFY(reader);
        QObject context;
        std::atomic<bool> blockerStarted{false};
        std::atomic<int> runs{0};
        int delivered = 0;
        // A read of another lane keeps the thread busy while two reads of one lane queue up.
        reader->read<qint64>(
            &context, QStringLiteral("busy"),
            [&](const CacheQuery& query) {
                blockerStarted = true;
                return ReadConnection::of(query).scalar(kEndlessCount);
            },
            [](qint64) {});
        QTRY_VERIFY(blockerStarted.load());
        for (int i = 0; i < 2; ++i) {
            reader->read<int>(
                &context, QStringLiteral("rows"), [&](const CacheQuery&) { return ++runs; }, [&](int) { ++delivered; });
        }
        reader->cancel(QStringLiteral("busy"));
        QTRY_COMPARE(delivered, 1);
        QCOMPARE(runs.load(), 1); // the first of the two was dropped unrun
    }

    void readsOfOtherLanesAreNotInterrupted()
    {
        auto reader = makeReader();
        QVERIFY(reader);
        QObject context;
        int delivered = 0;
        for (const char* lane : {"dashboard", "orders", "products"}) {
            reader->read<qint64>(
                &context, QString::fromLatin1(lane),
                [](const CacheQuery& query) { return ReadConnection::of(query).scalar("SELECT count(*) FROM orders"); },
                [&](qint64 n) { delivered += n == 2 ? 1 : 0; });
        }
        QTRY_COMPARE(delivered, 3);
    }

    // An idle read (a page index's walk) yields: a read of any other lane posted while it runs
    // interrupts it and is answered at once; an idle read posted before another one waits its turn
    // behind nothing: it is skipped unrun when anything was posted after it.
    void idleReadYieldsToAnyOtherRead()
    {
        auto reader = makeReader();
        QVERIFY(reader);
        QObject context;
        std::atomic<bool> started{false}, idleInterrupted{false};
        std::optional<qint64> idleResult;
        reader->readWhenIdle<qint64>(
            &context, QStringLiteral("orders/jumps"),
            [&](const CacheQuery& query) {
                started = true;
                const qint64 n = ReadConnection::of(query).scalar(kEndlessCount);
                idleInterrupted = ReadConnection::of(query).lastError() == QLatin1String("interrupted");
                return n;
            },
            [&](qint64 n) { idleResult = n; });
        QTRY_VERIFY(started.load());
        qint64 other = -1;
        reader->read<qint64>(
            &context, QStringLiteral("dashboard"),
            [](const CacheQuery& query) { return ReadConnection::of(query).scalar("SELECT count(*) FROM orders"); },
            [&](qint64 n) { other = n; });
        QTRY_COMPARE(other, qint64(2));
        QVERIFY(idleInterrupted.load());
        // The interrupted walk's own answer still comes (its lane has nothing newer): the model resumes.
        QTRY_VERIFY(idleResult.has_value());

        // Posted, then overtaken before it ran: never runs.
        std::atomic<bool> blockerStarted{false};
        std::atomic<int> idleRuns{0};
        reader->read<qint64>(
            &context, QStringLiteral("busy"),
            [&](const CacheQuery& query) {
                blockerStarted = true;
                return ReadConnection::of(query).scalar(kEndlessCount);
            },
            [](qint64) {});
        QTRY_VERIFY(blockerStarted.load());
        reader->readWhenIdle<int>(
            &context, QStringLiteral("orders/jumps"), [&](const CacheQuery&) { return ++idleRuns; }, [](int) {});
        bool later = false;
        reader->read<int>(
            &context, QStringLiteral("rows"), [](const CacheQuery&) { return 1; }, [&](int) { later = true; });
        reader->cancel(QStringLiteral("busy"));
        QTRY_VERIFY(later);
        QCOMPARE(idleRuns.load(), 0);
    }

    void goneContextGetsNothing()
    {
        auto reader = makeReader();
        QVERIFY(reader);
        auto context = std::make_unique<QObject>();
        std::atomic<bool> ran{false};
        bool delivered = false;
        reader->read<int>(
            context.get(), QStringLiteral("lane"),
            [&](const CacheQuery&) {
                ran = true;
                return 1;
            },
            [&](int) { delivered = true; });
        context.reset();
        QTRY_VERIFY(ran.load());
        // A later read of the same reader arrives: the earlier one had its chance and was dropped.
        QObject other;
        bool later = false;
        reader->read<int>(
            &other, QStringLiteral("other"), [](const CacheQuery&) { return 1; }, [&](int) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!delivered);
    }

    void closingInterruptsARunningRead()
    {
        auto reader = makeReader();
        QVERIFY(reader);
        QObject context;
        std::atomic<bool> started{false};
        bool delivered = false;
        reader->read<qint64>(
            &context, QStringLiteral("lane"),
            [&](const CacheQuery& query) {
                started = true;
                return ReadConnection::of(query).scalar(kEndlessCount);
            },
            [&](qint64) { delivered = true; });
        QTRY_VERIFY(started.load());
        reader.reset(); // returns once the endless count is interrupted (the test's timeout says if not)
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void jobProgressArrivesInOrderBeforeTheResult()
    {
        auto reader = makeReader();
        QVERIFY(reader);
        QObject context;
        constexpr qint64 kRows = 200000;
        QList<QPair<qint64, qint64>> reports;
        bool reportAfterResult = false;
        std::optional<qint64> result;
        reader->read<qint64>(
            &context, QStringLiteral("job"),
            [](const CacheQuery& query, ReadProgress& progress) {
                for (qint64 row = 1; row <= kRows; ++row)
                    progress.report(row, kRows); // every row: the reader throttles
                return ReadConnection::of(query).scalar("SELECT count(*) FROM orders");
            },
            [&](qint64 n) { result = n; },
            [&](qint64 done, qint64 total) {
                reportAfterResult = reportAfterResult || result.has_value();
                reports.append({done, total});
            });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(*result, qint64(2));
        QVERIFY(!reportAfterResult);
        QVERIFY(!reports.isEmpty());
        QCOMPARE(reports.constFirst().first, qint64(1));        // the first report goes out at once
        QCOMPARE(reports.constLast(), qMakePair(kRows, kRows)); // and the last one always
        for (int i = 1; i < reports.size(); ++i) {
            QVERIFY2(reports.at(i).first > reports.at(i - 1).first, "progress only grows");
            QCOMPARE(reports.at(i).second, kRows);
        }
        QVERIFY2(reports.size() < 1000, qPrintable(QString::number(reports.size()))); // not one per row
    }

    // Cancelled from its first report (no timer): the job stops at its statement, which a cancel
    // stops even when it arrives before the statement starts; neither its result nor a later
    // report is delivered.
    void cancelledJobStopsAndDeliversNothing()
    {
        auto reader = makeReader();
        QVERIFY(reader);
        QObject context;
        std::atomic<bool> finished{false}, stoppedEarly{false}, sawCancel{false};
        int reports = 0;
        bool delivered = false;
        reader->read<qint64>(
            &context, QStringLiteral("job"),
            [&](const CacheQuery& query, ReadProgress& progress) {
                progress.report(0, 0);
                const qint64 n = ReadConnection::of(query).scalar(kEndlessCount);
                stoppedEarly = ReadConnection::of(query).lastError() == QLatin1String("interrupted");
                sawCancel = progress.isCancelled();
                progress.report(1, 1); // too late: never delivered
                finished = true;
                return n;
            },
            [&](qint64) { delivered = true; },
            [&](qint64, qint64) {
                if (++reports == 1)
                    reader->cancel(QStringLiteral("job"));
            });
        QTRY_VERIFY(finished.load());
        QVERIFY(stoppedEarly.load());
        QVERIFY(sawCancel.load());
        // A later read arrives after anything the job could still have queued.
        bool later = false;
        reader->read<int>(
            &context, QStringLiteral("job"), [](const CacheQuery&) { return 1; }, [&](int) { later = true; });
        QTRY_VERIFY(later);
        QVERIFY(!delivered);
        QCOMPARE(reports, 1);
    }

    // The reader's connection used on the main thread: a debug build aborts, naming the thread.
    void connectionUsedOnTheMainThreadAborts()
    {
#ifdef NDEBUG
        QSKIP("the check aborts debug builds only (a release build logs and refuses the statement)");
#endif
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--read-on-main-thread")});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0, output.constData());
        QVERIFY2(output.contains("was used on the thread \"main (UI)\""), output.constData());
        QVERIFY2(!output.contains("READ DONE"), output.constData());
    }
};

// The child of connectionUsedOnTheMainThreadAborts: takes the reader's connection and reads on
// the main thread, as a view that forgot the reader would.
int readOnMainThread(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    CacheQueryFixture fixture;
    QString error;
    if (!fixture.create({}, &error))
        return 3;
    auto connection = fixture.openConnection(&error);
    if (!connection)
        return 3;
    QThread elsewhere;
    connection->restrictToThread(&elsewhere);
    const qint64 n = connection->scalar("SELECT count(*) FROM orders");
    std::printf("READ DONE %lld\n", static_cast<long long>(n));
    return 0;
}

} // namespace sp::test

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--read-on-main-thread") == 0)
        return sp::test::readOnMainThread(argc, argv);
    QCoreApplication app(argc, argv);
    sp::test::TestCacheReader test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestCacheReader.moc"
