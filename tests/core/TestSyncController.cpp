// The sync against the real sandbox over loopback HTTPS, with the real keychain and SQLCipher file.
#include "SyncHarness.h"

#include "cache/CacheFiles.h"
#include "cache/CacheQuery.h"
#include "SandboxProcess.h"
#include "secrets/SecretStore.h"
#include "sync/SyncController.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace sp::test {

namespace {

constexpr int kDemoOrders = 400;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fileHash(const QString& path) { return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256); }

// A client with its controller (quick back-off for tests).
struct SyncClient
{
    Client client;
    std::unique_ptr<SyncController> sync;

    bool init(SandboxProcess& sandbox, const QString& profileDir = QString())
    {
        if (!client.init(sandbox.url(), sandbox.sslConfiguration().caCertificates(), profileDir))
            return false;
        sync =
            std::make_unique<SyncController>(client.session.get(), &client.keychain, &*client.profile, &client.clock);
        sync->setRetryBudgetMs(60000);
        sync->setRetryBaseDelayMs(20); // a fault every third request: the default 0.5 s would add minutes
        sync->setOfflineRetryDelaysMs(200, 1000);
        sync->setPageLimit(100); // several pages per resource even with a small business
        return true;
    }
    QString dbPath() const
    {
        return CacheFiles::databasePath(CacheFiles::accountDir(*client.profile, client.session->account().id));
    }
    // open() and the first sync; true when a sync finished well (after Offline and its background
    // retries, if the first attempts found no server), false when it stopped Failed.
    bool openAndSync(int timeoutMs = 120000)
    {
        QSignalSpy finished(sync.get(), &SyncController::syncFinished);
        sync->open();
        auto settled = [&] {
            for (const QList<QVariant>& args : std::as_const(finished))
                if (args.at(0).toBool())
                    return true;
            return sync->state() == SyncController::State::Failed
                   || sync->state() == SyncController::State::CacheUnreadable;
        };
        if (!QTest::qWaitFor(settled, timeoutMs))
            return false;
        return sync->state() == SyncController::State::Idle;
    }
    bool syncAgain(int timeoutMs = 120000)
    {
        QSignalSpy finished(sync.get(), &SyncController::syncFinished);
        sync->syncNow();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs))
            return false;
        return finished.last().at(0).toBool();
    }
    std::optional<Records> cache(QString* integrity = nullptr)
    {
        const SecureBytes key = cacheKeyFromKeychain(*client.profile, client.session->account().id);
        if (key.isEmpty())
            return std::nullopt;
        return cacheRecords(dbPath(), key.toByteArray(), integrity);
    }
};

// The real keychain, forwarded; once armed, runs `afterRead` right after the answer to a read of
// `name` was delivered (so a test acts at an exact step of an opening: the key has just arrived).
class ForwardingKeychain : public SecretStore
{
public:
    explicit ForwardingKeychain(SecretStore* inner)
        : m_inner(inner)
    {}
    void arm(const QString& name, std::function<void()> afterRead)
    {
        m_name = name;
        m_afterRead = std::move(afterRead);
    }
    void read(const QString& key, QObject* context, Callback cb) override
    {
        m_inner->read(key, context, [this, key, cb](const SecretResult& result) {
            cb(result);
            if (key == m_name && m_afterRead)
                std::exchange(m_afterRead, nullptr)();
        });
    }
    void write(const QString& key, const QByteArray& value, QObject* context, Callback cb) override
    {
        m_inner->write(key, value, context, std::move(cb));
    }
    void remove(const QString& key, QObject* context, Callback cb) override
    {
        m_inner->remove(key, context, std::move(cb));
    }
    int maxValueBytes() const override { return m_inner->maxValueBytes(); }

private:
    SecretStore* m_inner;
    QString m_name;
    std::function<void()> m_afterRead;
};

} // namespace

class TestSyncController : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    bool newClient(SyncClient& c, const QString& profileDir = QString())
    {
        return c.init(m_sandbox, profileDir) && c.client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
    }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.demoOrders = kDemoOrders;
        options.seed = 7;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    void cleanup() { m_sandbox.clearFaults(); }

    void fullThenIncrementalSyncHoldExactlyTheServersRecords()
    {
        SyncClient c;
        QVERIFY(newClient(c));
        QSignalSpy progress(c.sync.get(), &SyncController::progress);
        QSignalSpy states(c.sync.get(), &SyncController::stateChanged);
        QVERIFY2(c.openAndSync(), qPrintable(c.sync->lastError()));
        QCOMPARE(c.sync->state(), SyncController::State::Idle);
        QVERIFY(c.sync->lastSyncedAt().isValid());
        QVERIFY(progress.size() >= 5);
        QVERIFY(states.contains(QVariantList{QVariant::fromValue(SyncController::State::Syncing)}));

        const auto server = serverRecords(c.client);
        QVERIFY(server);
        QVERIFY(server->orders.size() >= kDemoOrders);
        QVERIFY(server->marketplaces.size() >= 6);
        QString integrity;
        const auto cached = c.cache(&integrity);
        QVERIFY(cached);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QVERIFY2(*cached == *server, qPrintable(firstDifference(*cached, *server)));
        QCOMPARE(c.sync->query()->orders().count(OrderFilter{}), int(server->orders.size()));
        const qint64 fullBytes = c.sync->lastRunBytes();

        // Time moves on: new orders, changed statuses; the incremental sync fetches only those.
        const auto advanced = m_sandbox.advanceClock(
            QJsonObject{{QStringLiteral("seconds"), 86400}, {QStringLiteral("changed_fraction"), 0.05}});
        QVERIFY(advanced);
        QVERIFY(advanced->value(QStringLiteral("changed_orders")).toInt() > 0);
        QVERIFY2(c.syncAgain(), qPrintable(c.sync->lastError()));
        QVERIFY2(c.sync->lastRunBytes() < fullBytes / 2,
                 qPrintable(QStringLiteral("%1 of %2 bytes").arg(c.sync->lastRunBytes()).arg(fullBytes)));
        const auto server2 = serverRecords(c.client);
        const auto cached2 = c.cache();
        QVERIFY(server2 && cached2);
        QVERIFY(!(*server2 == *server)); // the data really moved
        QVERIFY2(*cached2 == *server2, qPrintable(firstDifference(*cached2, *server2)));
    }

    // The first sync loads in bulk; orders that change while it runs arrive twice. Here the first
    // sync is cancelled after some orders, the server's data moves on (half of the orders change),
    // and the resumed sync brings the changed ones again: the cache ends with exactly one row per
    // id, the newest, and every index.
    void firstSyncWithOrdersChangingMidwayKeepsTheNewestOfEach()
    {
        SyncClient c;
        QVERIFY(newClient(c));
        c.sync->setPageLimit(20);
        qint64 firstRunOrders = 0;
        QObject context;
        QObject::connect(c.sync.get(), &SyncController::progress, &context, [&](const SyncProgress& p) {
            if (p.resource == QLatin1String("orders") && firstRunOrders == 0 && p.done >= 100) {
                firstRunOrders = p.done;
                c.sync->cancel();
            }
        });
        QSignalSpy finished(c.sync.get(), &SyncController::syncFinished);
        c.sync->open();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false); // cancelled
        QVERIFY(firstRunOrders >= 100);
        const SecureBytes key = cacheKeyFromKeychain(*c.client.profile, c.client.session->account().id);
        const auto during = cacheFingerprint(c.dbPath(), key.toByteArray());
        QVERIFY(during);
        QCOMPARE(during->bulkLoads, 1); // the orders' bulk load waits for its last page
        const qint64 ordersBefore = during->counts.value(QStringLiteral("orders"));
        QVERIFY(ordersBefore >= 100);

        const auto advanced = m_sandbox.advanceClock(
            QJsonObject{{QStringLiteral("seconds"), 6 * 3600}, {QStringLiteral("changed_fraction"), 0.5}});
        QVERIFY(advanced);
        QVERIFY(advanced->value(QStringLiteral("changed_orders")).toInt() > 0);
        qint64 secondRunOrders = 0;
        QObject::disconnect(c.sync.get(), &SyncController::progress, &context, nullptr);
        QObject::connect(c.sync.get(), &SyncController::progress, &context, [&](const SyncProgress& p) {
            if (p.resource == QLatin1String("orders"))
                secondRunOrders = p.done;
        });
        QVERIFY2(c.syncAgain(), qPrintable(c.sync->lastError()));

        const auto server = serverRecords(c.client);
        QString integrity;
        const auto cached = c.cache(&integrity);
        QVERIFY(server && cached);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QVERIFY2(*cached == *server, qPrintable(firstDifference(*cached, *server)));
        // Some orders really came twice: more order rows were written than the cache holds.
        QVERIFY2(ordersBefore + secondRunOrders > qint64(server->orders.size()),
                 qPrintable(QStringLiteral("%1 + %2 rows written, %3 orders")
                                .arg(ordersBefore)
                                .arg(secondRunOrders)
                                .arg(server->orders.size())));
        const auto after = cacheFingerprint(c.dbPath(), key.toByteArray());
        QVERIFY(after);
        QCOMPARE(after->bulkLoads, 0);
        QCOMPARE(after->misplacedItems, 0);
        QCOMPARE(after->counts.value(QStringLiteral("orders")), qint64(server->orders.size()));
        QCOMPARE(after->counts.value(QStringLiteral("order_items")), server->itemCount);
        const QString indexes = after->indexes.join(QLatin1Char(','));
        for (const char* name :
             {"orders_id_unique", "order_items_id_unique", "order_items_by_order", "orders_sort_purchase_date",
              "orders_sort_status", "orders_sort_marketplace", "orders_sort_total", "financial_events_id_unique",
              "financial_events_sort_posted_at", "financial_events_sort_type", "financial_events_sort_charge",
              "financial_events_sort_marketplace", "financial_events_sort_amount"})
            QVERIFY2(indexes.contains(QLatin1String(name)), name);
    }

    void cacheIsEncryptedAndReadableWithTheKeychainKey()
    {
        SyncClient c;
        QVERIFY(newClient(c));
        QVERIFY2(c.openAndSync(), qPrintable(c.sync->lastError()));
        const auto server = serverRecords(c.client);
        QVERIFY(server);
        const QString db = c.dbPath();
        const QByteArray bytes = readAll(db) + readAll(db + QStringLiteral("-wal"));
        QVERIFY(bytes.size() > 8192);
        QVERIFY(!readAll(db).startsWith("SQLite format 3"));
        int checked = 0;
        for (auto it = server->orders.cbegin(); it != server->orders.cend() && checked < 50; ++it, ++checked)
            QVERIFY2(!bytes.contains(it.key().toLatin1()), qPrintable(it.key()));
        for (auto it = server->products.cbegin(); it != server->products.cend(); ++it)
            QVERIFY2(!bytes.contains(it.key().toUtf8()), qPrintable(it.key()));
        QCOMPARE(QFileInfo(db).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(QFileInfo(db).absolutePath()).permissions() & 0x0077, QFileDevice::Permissions());

        // Interoperability: the SQLCipher 4 shell (built with the linked library) opens it with the
        // key from the keychain and nothing else.
        const SecureBytes key = cacheKeyFromKeychain(*c.client.profile, c.client.session->account().id);
        QCOMPARE(key.toByteArray().size(), 32);
        QProcess process;
        process.start(QStringLiteral(SP_SQLCIPHER_SHELL), {db});
        QVERIFY(process.waitForStarted());
        process.write("PRAGMA key = \"x'" + SecureBytes::toHex(key.view()).toByteArray()
                      + "'\";\nSELECT count(*) FROM orders;\n.quit\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        const QByteArray answer = process.readAllStandardOutput().trimmed(); // "ok" (PRAGMA key), the count
        QVERIFY2(answer.startsWith("ok\n"), answer.constData());
        QCOMPARE(answer.mid(3).toLongLong(), qint64(server->orders.size()));
    }

    void wrongKeyIsReportedAndTheFileStaysUntilTheUserResets()
    {
        SyncClient c;
        QVERIFY(newClient(c));
        QVERIFY2(c.openAndSync(), qPrintable(c.sync->lastError()));
        const QString db = c.dbPath();
        const QString keyName = CacheKey::secretName(*c.client.profile, c.client.session->account().id);
        c.sync.reset(); // closes the file (checkpoint): one file to hash
        const QByteArray before = fileHash(db);

        // Another key lands in the keychain (e.g. a restored backup of a different machine).
        bool written = false;
        QObject context;
        c.client.keychain.write(keyName, SecureBytes::toHex(SecureBytes::random(32).view()).toByteArray(), &context,
                                [&written](const SecretResult& r) { written = r.status == SecretResult::Status::Ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15000);

        c.sync = std::make_unique<SyncController>(c.client.session.get(), &c.client.keychain, &*c.client.profile,
                                                  &c.client.clock);
        QSignalSpy unreadable(c.sync.get(), &SyncController::cacheUnreadable);
        c.sync->open();
        QVERIFY(unreadable.wait(15000));
        QCOMPARE(c.sync->state(), SyncController::State::CacheUnreadable);
        QVERIFY2(unreadable.first().at(0).toString().contains(QLatin1String("reset the cache")),
                 qPrintable(unreadable.first().at(0).toString()));
        QVERIFY(!c.sync->query());
        QCOMPARE(fileHash(db), before);

        // The user's choice: reset and download again.
        QSignalSpy finished(c.sync.get(), &SyncController::syncFinished);
        c.sync->resetCache();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(c.sync->lastError()));
        QVERIFY(fileHash(db) != before);
        const auto server = serverRecords(c.client);
        const auto cached = c.cache();
        QVERIFY(server && cached);
        QVERIFY2(*cached == *server, qPrintable(firstDifference(*cached, *server)));
    }

    void faultsStillEndWithExactRecords_data()
    {
        QTest::addColumn<QJsonObject>("plan");
        auto plan = [](const char* mode, double rate) {
            return QJsonObject{{QStringLiteral("mode"), QLatin1String(mode)}, {QStringLiteral("rate"), rate}};
        };
        QJsonObject s500 = plan("status", 0.3);
        s500.insert(QStringLiteral("status"), 500);
        QJsonObject s503 = plan("status", 0.3);
        s503.insert(QStringLiteral("status"), 503);
        s503.insert(QStringLiteral("retry_after"), 1);
        s503.insert(QStringLiteral("count"), 8); // each waits the whole second the server asks for
        QJsonObject s429 = plan("status", 0.3);
        s429.insert(QStringLiteral("status"), 429);
        s429.insert(QStringLiteral("retry_after"), 1);
        s429.insert(QStringLiteral("count"), 8);
        QTest::newRow("500") << s500;
        QTest::newRow("503 with Retry-After") << s503;
        QTest::newRow("429 with Retry-After") << s429;
        QTest::newRow("dropped connections") << plan("drop", 0.3);
        QTest::newRow("truncated JSON") << plan("truncate", 0.3);
    }
    void faultsStillEndWithExactRecords()
    {
        QFETCH(QJsonObject, plan);
        SyncClient c;
        QVERIFY(newClient(c));
        QString error;
        QVERIFY2(m_sandbox.setFaults(plan, &error), qPrintable(error));
        QVERIFY2(c.openAndSync(180000), qPrintable(c.sync->lastError()));
        QVERIFY(m_sandbox.clearFaults());
        const auto server = serverRecords(c.client);
        QString integrity;
        const auto cached = c.cache(&integrity);
        QVERIFY(server && cached);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QVERIFY2(*cached == *server, qPrintable(firstDifference(*cached, *server)));
    }

    void permanentFaultStopsWithAClearErrorAndKeepsTheCache()
    {
        SyncClient c;
        QVERIFY(newClient(c));
        QVERIFY2(c.openAndSync(), qPrintable(c.sync->lastError()));
        const auto before = c.cache();
        QVERIFY(before);
        c.sync->setRetryBudgetMs(2500);
        QVERIFY(m_sandbox.setFaults(QJsonObject{{QStringLiteral("mode"), QStringLiteral("status")},
                                                {QStringLiteral("status"), 500},
                                                {QStringLiteral("rate"), 1.0}}));
        QSignalSpy finished(c.sync.get(), &SyncController::syncFinished);
        c.sync->syncNow();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        const QString message = finished.first().at(1).toString();
        QVERIFY2(message.contains(QLatin1String("retrying")), qPrintable(message));
        QCOMPARE(c.sync->state(), SyncController::State::Failed);
        QCOMPARE(c.sync->lastError(), message);
        QVERIFY(m_sandbox.clearFaults());
        const auto after = c.cache();
        QVERIFY(after);
        QVERIFY2(*after == *before, qPrintable(firstDifference(*after, *before)));
    }

    void offlineShowsTheCacheAndCatchesUpWhenTheServerReturns()
    {
        QTemporaryDir profileDir;
        QString accountId;
        {
            SyncClient first;
            QVERIFY(newClient(first, profileDir.path()));
            QVERIFY2(first.openAndSync(), qPrintable(first.sync->lastError()));
            accountId = first.client.session->account().id;
        }
        m_sandbox.stop();
        // A new start of the app: the remembered session, no server.
        SyncClient c;
        QVERIFY(c.init(m_sandbox, profileDir.path()));
        c.client.session->restore();
        QTRY_COMPARE_WITH_TIMEOUT(c.client.session->state(), Session::State::SignedIn, 30000);
        QCOMPARE(c.client.session->account().id, accountId);
        QSignalSpy opened(c.sync.get(), &SyncController::opened);
        c.sync->open();
        QVERIFY(opened.wait(15000));
        QVERIFY(c.sync->query());
        QVERIFY(c.sync->query()->orders().count(OrderFilter{}) >= kDemoOrders);
        QTRY_COMPARE_WITH_TIMEOUT(c.sync->state(), SyncController::State::Offline, 30000);
        QVERIFY(c.sync->query()->orders().count(OrderFilter{}) >= kDemoOrders); // nothing deleted while offline

        QSignalSpy finished(c.sync.get(), &SyncController::syncFinished);
        QString error;
        QVERIFY2(m_sandbox.restartOnSamePort(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().at(0).toBool(), 60000);
        QCOMPARE(c.sync->state(), SyncController::State::Idle);
        const auto server = serverRecords(c.client);
        const auto cached = c.cache();
        QVERIFY(server && cached);
        QVERIFY2(*cached == *server, qPrintable(firstDifference(*cached, *server)));
    }

    // A reset while the cache opens: the opening is given up (Closed), the key and the files go,
    // and the cache opens again with a new key. No opened() of the given-up attempt arrives, neither
    // before the keychain answered nor after the writer was asked to open the file with the old key.
    void resetDuringOpeningReopensWithANewKeyAndNoStaleOpen_data()
    {
        QTest::addColumn<bool>("afterKey");
        QTest::newRow("before the key arrived") << false;
        QTest::newRow("while the writer opens the file") << true;
    }

    void resetDuringOpeningReopensWithANewKeyAndNoStaleOpen()
    {
        QFETCH(bool, afterKey);
        SyncClient c;
        QVERIFY(newClient(c));
        QVERIFY2(c.openAndSync(), qPrintable(c.sync->lastError()));
        const QString accountId = c.client.session->account().id;
        const QString keyName = CacheKey::secretName(*c.client.profile, accountId);
        const QByteArray oldKey = cacheKeyFromKeychain(*c.client.profile, accountId).toByteArray();
        QCOMPARE(oldKey.size(), 32);
        c.sync.reset(); // closed: the file stays, encrypted with oldKey

        ForwardingKeychain keychain(&c.client.keychain);
        c.sync =
            std::make_unique<SyncController>(c.client.session.get(), &keychain, &*c.client.profile, &c.client.clock);
        SyncController* sync = c.sync.get();
        QList<SyncController::State> states;
        connect(sync, &SyncController::stateChanged, sync, [&states](SyncController::State s) { states << s; });
        QSignalSpy opened(sync, &SyncController::opened);
        QSignalSpy finished(sync, &SyncController::syncFinished);
        if (afterKey)
            keychain.arm(keyName, [sync] { sync->resetCache(); }); // the writer's open is queued by now
        sync->open();
        QCOMPARE(sync->state(), SyncController::State::Opening);
        if (!afterKey)
            sync->resetCache();

        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(sync->lastError()));
        QCOMPARE(states, (QList<SyncController::State>{SyncController::State::Opening, SyncController::State::Closed,
                                                       SyncController::State::Opening, SyncController::State::Idle,
                                                       SyncController::State::Syncing, SyncController::State::Idle}));
        QCOMPARE(opened.size(), 1);
        const QByteArray newKey = cacheKeyFromKeychain(*c.client.profile, accountId).toByteArray();
        QCOMPARE(newKey.size(), 32);
        QVERIFY(newKey != oldKey); // the reset deleted the old key before the cache opened again
        const auto server = serverRecords(c.client);
        const auto cached = c.cache();
        QVERIFY(server && cached);
        QVERIFY2(*cached == *server, qPrintable(firstDifference(*cached, *server)));
    }

    void removeLocalDataDeletesTheKeyAndTheFiles()
    {
        SyncClient c;
        QVERIFY(newClient(c));
        QVERIFY2(c.openAndSync(), qPrintable(c.sync->lastError()));
        const QString db = c.dbPath();
        const QString dir = QFileInfo(db).absolutePath();
        const QString keyName = CacheKey::secretName(*c.client.profile, c.client.session->account().id);
        QCOMPARE(readKeychain(keyName).status, SecretResult::Status::Ok);
        QVERIFY(QFileInfo::exists(db));

        QSignalSpy removed(c.sync.get(), &SyncController::localDataRemoved);
        c.sync->removeLocalData();
        QVERIFY(removed.wait(15000));
        const QString summary = removed.first().at(0).toString();
        QVERIFY2(summary.contains(QLatin1String("key was deleted")), qPrintable(summary));
        QVERIFY2(summary.contains(QLatin1String("cache.db")), qPrintable(summary));
        QCOMPARE(c.sync->state(), SyncController::State::Closed);
        QVERIFY(!c.sync->query());
        QCOMPARE(readKeychain(keyName).status, SecretResult::Status::NotFound);
        for (const char* suffix : {"", "-wal", "-shm"})
            QVERIFY(!QFileInfo::exists(db + QLatin1String(suffix)));
        QVERIFY(!QFileInfo::exists(dir));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSyncController)
#include "TestSyncController.moc"
