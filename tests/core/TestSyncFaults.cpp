// The sync against a hostile server: a misbehaving proxy (tests/support/HostileProxy) in front of the
// real sandbox, the real keychain and SQLCipher file. Whatever the server answers, every run ends:
// a cursor that never advances or cycles, cursors invented forever, a server that trickles bytes,
// and a full disk (SQLite's own SQLITE_FULL through a seam, and a real full tmpfs when mounting is
// permitted). The run stops with a clear message, the rows stay bounded, nothing committed is lost.
#include "SyncHarness.h"

#include "HostileProxy.h"
#include "SandboxProcess.h"
#include "cache/CacheFiles.h"
#include "cache/CacheQuery.h"
#include "cache/CacheWriter.h"
#include "sync/SyncController.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStorageInfo>

namespace sp::test {

namespace {

constexpr int kDemoOrders = 400;
constexpr int kPageLimit = 100;

// The JSON page of an answer, changed by `change`.
void rewriteJson(HostileProxy::Answer& answer, const std::function<void(QJsonObject&)>& change)
{
    QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    change(json);
    answer.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
}

struct FaultClient
{
    Client client;
    std::unique_ptr<SyncController> sync;

    bool init(const HostileProxy& proxy, const QString& profileDir = QString())
    {
        if (!client.init(proxy.url(), {}, profileDir))
            return false;
        sync =
            std::make_unique<SyncController>(client.session.get(), &client.keychain, &*client.profile, &client.clock);
        sync->setRetryBudgetMs(60000);
        sync->setRetryBaseDelayMs(20); // many faults per run: the default 0.5 s would add minutes
        sync->setOfflineRetryDelaysMs(200, 1000);
        sync->setPageLimit(kPageLimit);
        return true;
    }
    QString accountDir() const { return CacheFiles::accountDir(*client.profile, client.session->account().id); }
    std::optional<Records> cache()
    {
        const SecureBytes key = cacheKeyFromKeychain(*client.profile, client.session->account().id);
        if (key.isEmpty())
            return std::nullopt;
        return cacheRecords(CacheFiles::databasePath(accountDir()), key.toByteArray());
    }
    // Opens the cache, whose first sync starts; returns that sync's (first) outcome.
    std::optional<QList<QVariant>> openAndWait(int timeoutMs = 120000)
    {
        QSignalSpy finished(sync.get(), &SyncController::syncFinished);
        sync->open();
        // Opening itself may fail (no syncFinished then): that is an outcome too.
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || sync->state() == SyncController::State::Failed; },
                             timeoutMs))
            return std::nullopt;
        if (finished.isEmpty())
            return QList<QVariant>{false, sync->lastError()};
        return finished.first();
    }
    bool syncAgain(int timeoutMs = 120000)
    {
        QSignalSpy finished(sync.get(), &SyncController::syncFinished);
        sync->syncNow();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs))
            return false;
        return finished.last().at(0).toBool();
    }
};

// A tmpfs of `size` mounted on `path` for the lifetime of this object (root only).
struct TmpfsMount
{
    QString path;
    bool mounted = false;
    QString error;
    TmpfsMount(const QString& mountPoint, const QString& size)
        : path(mountPoint)
    {
        QDir().mkpath(path);
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1,mode=0700").arg(size), QStringLiteral("tmpfs"), path});
        mounted = mount.waitForFinished(15000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
        if (!mounted)
            error = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
    }
    ~TmpfsMount()
    {
        if (!mounted)
            return;
        QProcess umount;
        umount.start(QStringLiteral("umount"), {QStringLiteral("-l"), path});
        umount.waitForFinished(15000);
    }
};

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<HostileProxy> m_proxy;

    bool newClient(FaultClient& c, const QString& profileDir = QString())
    {
        return c.init(*m_proxy, profileDir) && c.client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
    }

    // Honest again: the next sync completes and the cache equals the server (what was committed
    // before the fault is kept, nothing is duplicated).
    void checkRecovery(FaultClient& c)
    {
        m_proxy->clear();
        QVERIFY2(c.syncAgain(), qPrintable(c.sync->lastError()));
        QCOMPARE(c.sync->state(), SyncController::State::Idle);
        const auto server = serverRecords(c.client);
        const auto cached = c.cache();
        QVERIFY(server && cached);
        QVERIFY2(*cached == *server, qPrintable(firstDifference(*cached, *server)));
    }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.demoOrders = kDemoOrders;
        options.seed = 11;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_proxy = std::make_unique<HostileProxy>(m_sandbox.url(), m_sandbox.sslConfiguration());
        QVERIFY(m_proxy->listen());
    }

    void init() { m_proxy->resetCounts(); }

    void cleanup()
    {
        m_proxy->clear();
        CacheWriter::simulateDiskFullForTests(false);
    }

    void repeatingCursorStopsTheRun_data()
    {
        QTest::addColumn<bool>("cycle");
        QTest::newRow("same cursor forever") << false;
        QTest::newRow("cursor cycle") << true;
    }

    // The probe's server: has_more true with the cursor just asked for (or one handed out before),
    // which filled the disk with the same orders until this guard.
    void repeatingCursorStopsTheRun()
    {
        QFETCH(bool, cycle);
        FaultClient c;
        QVERIFY(newClient(c));
        QStringList handedOut;
        m_proxy->setRewrite([&](const HostileProxy::Request& request, HostileProxy::Answer& answer) {
            if (request.path() != QLatin1String("/v1/orders") || answer.status != 200)
                return;
            const QString asked = request.query(QStringLiteral("cursor"));
            rewriteJson(answer, [&](QJsonObject& json) {
                if (!cycle) {
                    if (!asked.isEmpty())
                        json.insert(QStringLiteral("next_cursor"), asked);
                } else if (handedOut.size() >= 2) {
                    json.insert(QStringLiteral("next_cursor"), handedOut.first());
                } else {
                    handedOut.append(json.value(QStringLiteral("next_cursor")).toString());
                }
                json.insert(QStringLiteral("has_more"), true);
            });
        });
        const auto outcome = c.openAndWait();
        QVERIFY(outcome);
        QCOMPARE(outcome->at(0).toBool(), false);
        const QString message = outcome->at(1).toString();
        QVERIFY2(message.contains(QLatin1String("repeats itself")), qPrintable(message));
        QCOMPARE(c.sync->state(), SyncController::State::Failed);
        QVERIFY2(m_proxy->requestsTo(QStringLiteral("/v1/orders")) <= 4,
                 qPrintable(QString::number(m_proxy->requestsTo(QStringLiteral("/v1/orders")))));
        QVERIFY(c.sync->query());
        QVERIFY2(c.sync->query()->orders().count(OrderFilter{}) <= 3 * kPageLimit,
                 qPrintable(QString::number(c.sync->query()->orders().count(OrderFilter{}))));
        checkRecovery(c);
    }

    // Fresh cursors forever, the same rows on every page: the cap on pages per run ends it.
    void inventedCursorsStopAtThePageCap()
    {
        FaultClient c;
        QVERIFY(newClient(c));
        c.sync->setCursorGuardRowFloor(3 * kPageLimit); // a first sync: (300 + 0) / 100 + 10 pages
        QByteArray firstPage;
        int invented = 0;
        m_proxy->setRewrite([&](const HostileProxy::Request& request, HostileProxy::Answer& answer) {
            if (request.path() == QLatin1String("/v1/orders") && answer.status == 200 && firstPage.isEmpty())
                firstPage = answer.body;
        });
        m_proxy->setLocal([&](const HostileProxy::Request& request, HostileProxy::Answer* answer) {
            if (request.path() != QLatin1String("/v1/orders") || request.query(QStringLiteral("cursor")).isEmpty()
                || firstPage.isEmpty())
                return false;
            answer->body = firstPage;
            rewriteJson(*answer, [&](QJsonObject& json) {
                json.insert(QStringLiteral("next_cursor"), QStringLiteral("invented-%1").arg(++invented));
                json.insert(QStringLiteral("has_more"), true);
            });
            return true;
        });
        const auto outcome = c.openAndWait();
        QVERIFY(outcome);
        QCOMPARE(outcome->at(0).toBool(), false);
        const QString message = outcome->at(1).toString();
        QVERIFY2(message.contains(QLatin1String("far more pages")), qPrintable(message));
        QCOMPARE(c.sync->state(), SyncController::State::Failed);
        QVERIFY2(m_proxy->requestsTo(QStringLiteral("/v1/orders")) <= 14,
                 qPrintable(QString::number(m_proxy->requestsTo(QStringLiteral("/v1/orders")))));
        // The same 100 orders again and again, appended by the first sync's bulk load (duplicates go at
        // its end): bounded by the cap. (No recovery here: the stored cursor is one the server invented.)
        QVERIFY2(c.sync->query()->orders().count(OrderFilter{}) <= 13 * kPageLimit,
                 qPrintable(QString::number(c.sync->query()->orders().count(OrderFilter{}))));
    }

    // One byte at a time never trips the transfer timeout; the page's deadline ends each attempt,
    // the back-off retries, and the run ends as "too slow" (not Offline: the server answers).
    void tricklingServerEndsWithinTheDeadline()
    {
        FaultClient c;
        QVERIFY(newClient(c));
        c.sync->setRequestDeadlineMs(1500);
        c.sync->setRetryBudgetMs(4000);
        m_proxy->setTrickleIntervalMs(100);
        m_proxy->setRewrite([](const HostileProxy::Request& request, HostileProxy::Answer& answer) {
            if (request.path() == QLatin1String("/v1/orders"))
                answer.trickle = true;
        });
        const auto outcome = c.openAndWait(120000);
        QVERIFY(outcome);
        QCOMPARE(outcome->at(0).toBool(), false);
        const QString message = outcome->at(1).toString();
        QVERIFY2(message.contains(QLatin1String("too slow")), qPrintable(message));
        QCOMPARE(c.sync->state(), SyncController::State::Failed);
        const int attempts = m_proxy->requestsTo(QStringLiteral("/v1/orders"));
        QVERIFY2(attempts >= 2 && attempts <= 12, qPrintable(QString::number(attempts)));
        checkRecovery(c);
    }

    // SQLite's own SQLITE_FULL in the middle of the orders (the seam caps the file's size): its own
    // message with the folder and the space to free, no retry storm, and the sync resumes from where
    // it stood once there is room (no reset).
    void diskFullWaitsForSpaceAndResumes()
    {
        FaultClient c;
        QVERIFY(newClient(c));
        // The disk fills once the first page of orders is committed.
        QObject context;
        connect(c.sync.get(), &SyncController::progress, &context, [](const SyncProgress& progress) {
            if (progress.resource == QLatin1String("orders") && progress.done >= kPageLimit)
                CacheWriter::simulateDiskFullForTests(true);
        });
        QSignalSpy diskFull(c.sync.get(), &SyncController::diskFull);
        const auto outcome = c.openAndWait();
        QVERIFY(outcome);
        QCOMPARE(outcome->at(0).toBool(), false);
        const QString message = outcome->at(1).toString();
        QVERIFY2(message.contains(QLatin1String("free at least")), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(c.accountDir())), qPrintable(message));
        QCOMPARE(c.sync->state(), SyncController::State::Failed);
        QVERIFY(c.sync->waitingForSpace());
        QCOMPARE(diskFull.size(), 1);
        const int committedOrders = c.sync->query()->orders().count(OrderFilter{});
        QVERIFY(committedOrders >= kPageLimit); // the first page was written before the disk filled

        // No retry storm: nothing is sent while the disk is full (the back-off's first retries come
        // within a second, so a few seconds of quiet show there are none). A page requested before
        // the disk filled may still reach the server first.
        QTest::qWait(1000);
        const int requests = m_proxy->requestCount();
        QTest::qWait(3000);
        QCOMPARE(m_proxy->requestCount(), requests);
        QCOMPARE(c.sync->state(), SyncController::State::Failed);

        // Room again (the seam lifted): Retry resumes from the stored cursor; nothing was reset.
        disconnect(c.sync.get(), nullptr, &context, nullptr);
        CacheWriter::simulateDiskFullForTests(false);
        QVERIFY2(c.syncAgain(), qPrintable(c.sync->lastError()));
        QVERIFY(!c.sync->waitingForSpace());
        QVERIFY(m_proxy->requestsTo(QStringLiteral("/v1/orders")) <= kDemoOrders / kPageLimit + 4);
        const auto server = serverRecords(c.client);
        const auto cached = c.cache();
        QVERIFY(server && cached);
        QVERIFY2(*cached == *server, qPrintable(firstDifference(*cached, *server)));
    }

    // A real full disk: the profile on a small tmpfs, nearly filled by another file. The sync stops
    // with the message, sends nothing while the disk stays full, and resumes by itself once the
    // other file is deleted.
    void fullTmpfsWaitsForSpaceAndResumes()
    {
        QTemporaryDir base;
        QVERIFY(base.isValid());
        TmpfsMount mount(base.filePath(QStringLiteral("profile")), QStringLiteral("16m"));
        if (!mount.mounted)
            QSKIP(qPrintable(QStringLiteral("mounting a tmpfs is not permitted here: ") + mount.error));
        FaultClient c;
        QVERIFY(newClient(c, mount.path));
        c.sync->setSpaceCheckIntervalMs(200);
        // Leave room for the empty cache and a few pages only.
        const QString fillerPath = base.filePath(QStringLiteral("profile/filler"));
        {
            QFile filler(fillerPath);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const qint64 leave = 700 * 1024;
            qint64 toWrite = QStorageInfo(mount.path).bytesAvailable() - leave;
            const QByteArray block(64 * 1024, 'f');
            while (toWrite > 0) {
                const qint64 n = qMin<qint64>(toWrite, block.size());
                QCOMPARE(filler.write(block.constData(), n), n);
                toWrite -= n;
            }
        }
        QSignalSpy states(c.sync.get(), &SyncController::stateChanged);
        const auto outcome = c.openAndWait();
        QVERIFY(outcome);
        QVERIFY2(!outcome->at(0).toBool(), "the data fitted: the tmpfs must be smaller");
        const QString message = outcome->at(1).toString();
        QVERIFY2(message.contains(QLatin1String("free at least")), qPrintable(message));
        QVERIFY(c.sync->waitingForSpace());
        QTest::qWait(1000); // a page requested before the disk filled may still arrive
        const int requests = m_proxy->requestCount();
        QTest::qWait(2000); // space checks every 200 ms meanwhile: none may send anything
        QCOMPARE(m_proxy->requestCount(), requests);

        QVERIFY(QFile::remove(fillerPath));
        QTRY_VERIFY_WITH_TIMEOUT(c.sync->state() == SyncController::State::Idle && !c.sync->waitingForSpace(), 120000);
        const auto server = serverRecords(c.client);
        const auto cached = c.cache();
        QVERIFY(server && cached);
        QVERIFY2(*cached == *server, qPrintable(firstDifference(*cached, *server)));
        c.sync.reset(); // closes the file before the tmpfs goes
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSyncFaults)
#include "TestSyncFaults.moc"
