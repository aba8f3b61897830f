// The app side of the offline cache against a real sandbox over HTTPS, the real keychain (run under
// scripts/with-keyring.sh) and a real SQLCipher file: the orders view after a sync, progress and
// cancel, an offline start that catches up when the server is back, and sign-out with removal.
#include "DashboardPage.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "cache/CacheWriter.h"
#include "OrdersModel.h"
#include "OrdersPage.h"
#include "SandboxProcess.h"
#include "SignInDialog.h"
#include "SignOutDialog.h"
#include "sync/SyncHost.h"
#include "SyncStatusPanel.h"
#include "UiHarness.h"
#include "auth/Session.h"
#include "cache/CacheQuery.h"
#include "secrets/InMemorySecretStore.h"
#include "secrets/QtKeychainSecretStore.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

namespace sp::test {

namespace {
constexpr int kSyncTimeoutMs = 90000;

// Orders as the sandbox lists them: the truth the view is compared with.
struct OrderListing
{
    QStringList ids;
    QHash<QString, QStringList> skus; // order id -> its items' SKUs
    bool complete = false;
};
} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ordersViewShowsTheSyncedOrdersAndFindsThem();
    void progressMovesAndCancelStopsTheSync();
    void offlineStartShowsTheCacheAndCatchesUp();
    void serverGoneWhileRunningShowsTheBannerUntilItIsBack();
    void signOutWithRemovalRemovesKeyAndFiles();
    void unreadableCacheIsKeptUntilTheUserResetsIt();
    void sessionEndedElsewhereClosesTheCache();
    void fullDiskShowsTheBannerAndRetryResumes();

private:
    std::unique_ptr<UiHarness> makeHarness(const SandboxProcess& sandbox);
    static void prepareWindows(UiHarness& harness);
    static bool waitForCompleteSync(UiHarness& harness);
    OrderListing listOrders(Session* session);
    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        auto* object = parent->findChild<T*>(QLatin1String(name));
        if (!object)
            qWarning("no child %s", name);
        return object;
    }
};

void TestSyncUi::initTestCase()
{
    // Fixed formatting for the texts compared below ("3,000 orders").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

std::unique_ptr<UiHarness> TestSyncUi::makeHarness(const SandboxProcess& sandbox)
{
    auto harness = std::make_unique<UiHarness>(std::make_unique<QtKeychainSecretStore>(QStringLiteral("SellerPulse")));
    ServerChoice server;
    server.url = sandbox.url();
    server.caFile = sandbox.certificatePath();
    QString error;
    if (!harness->host->useServer(server, &error))
        qWarning("useServer: %s", qPrintable(error));
    prepareWindows(*harness);
    return harness;
}

void TestSyncUi::prepareWindows(UiHarness& harness)
{
    // Quick retries, so that the offline test sees the server come back within seconds.
    harness.windows()->syncHost()->setControllerSetup([](SyncController* controller) {
        controller->setRetryBudgetMs(10000);
        controller->setOfflineRetryDelaysMs(200, 1000);
    });
}

bool TestSyncUi::waitForCompleteSync(UiHarness& harness)
{
    bool failed = false;
    const bool done = QTest::qWaitFor(
        [&] {
            SyncController* sync = harness.windows()->syncHost()->controller();
            failed = sync && sync->state() == SyncController::State::Failed;
            return failed
                   || (sync && sync->state() == SyncController::State::Idle && sync->lastSyncedAt().isValid()
                       && sync->query());
        },
        kSyncTimeoutMs);
    if (failed)
        qWarning("the sync failed: %s", qPrintable(harness.windows()->syncHost()->controller()->lastError()));
    return done && !failed;
}

OrderListing TestSyncUi::listOrders(Session* session)
{
    OrderListing listing;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        ApiRequest request;
        request.path = QStringLiteral("/v1/orders");
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("cursor"), cursor);
        std::optional<ApiResponse> answer;
        session->sendAuthorized(request, this, [&answer](const ApiResponse& response) { answer = response; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000) || !answer->error.ok()
            || answer->httpStatus != 200)
            return listing;
        for (const QJsonValue& value : answer->json.value(QLatin1String("orders")).toArray()) {
            const QJsonObject order = value.toObject();
            const QString id = order.value(QLatin1String("id")).toString();
            listing.ids << id;
            for (const QJsonValue& item : order.value(QLatin1String("items")).toArray())
                listing.skus[id] << item.toObject().value(QLatin1String("sku")).toString();
        }
        cursor = answer->json.value(QLatin1String("next_cursor")).toString();
        if (!answer->json.value(QLatin1String("has_more")).toBool()) {
            listing.complete = true;
            return listing;
        }
    }
    return listing;
}

void TestSyncUi::ordersViewShowsTheSyncedOrdersAndFindsThem()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.demoOrders = 450; // more than one page of the view
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    auto harness = makeHarness(sandbox);
    harness->windows()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    QVERIFY2(waitForCompleteSync(*harness), "the first sync did not complete");

    MainWindow* window = harness->windows()->mainWindow();
    window->showPage(MainWindow::Page::Orders);
    const OrderListing listing = listOrders(harness->host->session());
    QVERIFY(listing.complete);
    const int total = static_cast<int>(listing.ids.size());
    QVERIFY2(total > OrdersModel::kPageSize, qPrintable(QString::number(total)));

    auto* page = child<OrdersPage>(window, "ordersPage");
    QVERIFY(page);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), total, 5000);
    QCOMPARE(page->countText(), QStringLiteral("%1 orders").arg(QLocale().toString(total)));
    // Counted, not loaded: rows are read in pages as the view shows them, a few pages held.
    QCOMPARE(page->model()->rowCount(), total);
    QVERIFY(page->model()->heldRows() <= OrdersModel::kPageSize * OrdersModel::kMaxPages);
    auto* table = child<QTableView>(page, "ordersTable");
    QVERIFY(table);
    table->scrollToBottom();
    QTRY_VERIFY(page->model()->index(total - 1, OrdersModel::IdColumn).data().toString()
                != PagedTableModel::placeholder()); // the last page arrived from the reader
    QVERIFY(!page->model()->index(total - 1, OrdersModel::IdColumn).data().toString().isEmpty());
    // Online: no banner, and the status bar says how fresh the data is.
    QVERIFY(!child<MessageBanner>(window, "offlineBanner")->isVisible());
    QVERIFY2(child<SyncStatusPanel>(window, "syncStatusPanel")->text().startsWith(QLatin1String("Data as of ")),
             qPrintable(child<SyncStatusPanel>(window, "syncStatusPanel")->text()));

    // By order id: an order from the end of the listing, i.e. not in the first page of the view.
    auto* search = child<QLineEdit>(page, "ordersSearchEdit");
    const QString id = listing.ids.last();
    QTest::keyClicks(search, id);
    QTRY_COMPARE(page->model()->search(), id);
    QTRY_VERIFY(!page->model()->isReading());
    QCOMPARE(page->model()->totalCount(), 1);
    QTRY_COMPARE(page->model()->orderAt(0).id, id);
    QCOMPARE(table->model()->index(0, OrdersModel::IdColumn).data().toString(), id);
    QCOMPARE(page->countText(), QStringLiteral("1 matching order"));

    // By SKU: at least every order the sandbox lists with that SKU, and fewer than all.
    const QString sku = listing.skus.value(listing.ids.first()).value(0);
    QVERIFY(!sku.isEmpty());
    QSet<QString> withSku;
    for (auto it = listing.skus.cbegin(); it != listing.skus.cend(); ++it) {
        for (const QString& itemSku : it.value())
            if (itemSku.contains(sku, Qt::CaseInsensitive))
                withSku.insert(it.key());
    }
    search->clear();
    QTest::keyClicks(search, sku);
    QTRY_COMPARE(page->model()->search(), sku);
    QTRY_VERIFY(!page->model()->isReading());
    QVERIFY(page->model()->totalCount() >= withSku.size());
    QVERIFY(page->model()->totalCount() < total);
    QSet<QString> found;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        QVERIFY(QTest::qWaitFor([&] {
            page->model()->index(row, 0).data(); // asks for the row's page, as the view would
            return page->model()->hasRow(row);
        }));
        found.insert(page->model()->orderAt(row).id);
    }
    QVERIFY(found.contains(withSku));

    // The interval is the controller's, stored in the profile's settings.
    SyncController* sync = harness->windows()->syncHost()->controller();
    window->showPage(MainWindow::Page::Settings);
    auto* interval = child<QSpinBox>(window, "syncIntervalSpin");
    QVERIFY(interval->isEnabled());
    QCOMPARE(interval->value(), sync->intervalMinutes());
    interval->setFocus();
    interval->selectAll();
    QTest::keyClicks(interval, QStringLiteral("42"));
    QTest::keyClick(interval, Qt::Key_Return);
    QCOMPARE(sync->intervalMinutes(), 42);
    QCOMPARE(harness->profile->settings().value(QStringLiteral("sync/intervalMinutes")).toInt(), 42);

    // Sync now, by its key F5: a second, incremental sync that completes.
    auto* syncNow = child<QAction>(window, "syncNowAction");
    QVERIFY(syncNow->isEnabled());
    QSignalSpy finished(sync, &SyncController::syncFinished);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_F5);
    QVERIFY(finished.wait(kSyncTimeoutMs));
    QVERIFY2(finished.constLast().at(0).toBool(), qPrintable(finished.constLast().at(1).toString()));
    QCOMPARE(sync->query()->orders().count(OrderFilter{}), total);
}

void TestSyncUi::progressMovesAndCancelStopsTheSync()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.demoOrders = 4000;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    // Every data page answers slowly: the sync takes long enough to watch and cancel.
    QVERIFY2(
        sandbox.setFaults(
            QJsonObject{{QStringLiteral("mode"), QStringLiteral("slow")}, {QStringLiteral("delay_ms"), 400}}, &error),
        qPrintable(error));
    auto harness = makeHarness(sandbox);
    MainWindow* window = harness->windows()->mainWindow();
    auto* bar = child<QProgressBar>(window, "syncProgressBar");
    auto* cancel = child<QPushButton>(window, "syncCancelButton");
    auto* panel = child<SyncStatusPanel>(window, "syncStatusPanel");
    QVERIFY(bar && cancel && panel);

    // What the user saw at each orders report: the count, the bar, the text.
    struct Seen
    {
        qint64 done;
        int barValue, barMaximum;
        QString text;
        QString dashboard;  // what the dashboard says while it has no figures
        QString emptyLabel; // what it shows, when it shows that
    };
    auto* dashboard = child<DashboardPage>(window, "dashboardPage");
    QList<Seen> seen;
    connect(harness->windows()->syncHost(), &SyncHost::controllerChanged, this, [&](SyncController* sync) {
        if (!sync)
            return;
        // Connected after the main window's own connection: the panel has been updated already.
        connect(sync, &SyncController::progress, this, [&](const SyncProgress& progress) {
            if (progress.resource == QLatin1String("orders") && progress.done > 0) {
                // The newest such label (older ones are deleted later).
                const auto empties = dashboard->findChildren<QLabel*>(QStringLiteral("dashboardEmptyLabel"));
                seen << Seen{progress.done,          bar->value(),
                             bar->maximum(),         panel->text(),
                             dashboard->emptyText(), empties.isEmpty() ? QString() : empties.constLast()->text()};
            }
        });
    });
    harness->windows()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= 2, kSyncTimeoutMs);
    SyncController* sync = harness->windows()->syncHost()->controller();
    QVERIFY(sync);
    QCOMPARE(sync->state(), SyncController::State::Syncing);
    QVERIFY(bar->isVisible());
    QVERIFY(cancel->isVisible());
    QVERIFY(seen.at(1).done > seen.at(0).done);
    for (const Seen& report : seen) {
        // Even the first sync knows how far it is: each page says how many rows are left
        // (PageInfo.remaining), so the bar and the text show the share of every order.
        const QString done = QLocale().toString(report.done);
        QVERIFY2(report.text.startsWith(QLatin1String("Downloading orders: "))
                     && report.text.contains(QStringLiteral("% (%1 of about ").arg(done)),
                 qPrintable(report.text));
        QVERIFY2(report.barMaximum >= report.done && report.barMaximum <= options.demoOrders * 11 / 10,
                 qPrintable(QStringLiteral("%1 of %2").arg(report.done).arg(report.barMaximum)));
        QCOMPARE(report.barValue, int(report.done));
        // The first sync: the dashboard says how far the download is, never "no sales".
        QVERIFY2(report.dashboard.startsWith(QLatin1String("Downloading your history")), qPrintable(report.dashboard));
        QVERIFY2(report.emptyLabel.isEmpty() || report.emptyLabel == report.dashboard, qPrintable(report.emptyLabel));
    }
    QVERIFY2(seen.constLast().dashboard.contains(QLatin1Char('%')), qPrintable(seen.constLast().dashboard));

    QSignalSpy finished(sync, &SyncController::syncFinished);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sync->state() != SyncController::State::Syncing, 30000);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QVERIFY(!finished.constFirst().at(0).toBool()); // cancelled, not complete
    QVERIFY(!bar->isVisible());
    QVERIFY(!cancel->isVisible());
    // Stopped before the end: what was committed stays, the rest was never fetched.
    QVERIFY(sync->query());
    const int kept = sync->query()->orders().count(OrderFilter{});
    QVERIFY2(kept > 0 && kept < options.demoOrders, qPrintable(QString::number(kept)));
    QVERIFY(!sync->lastSyncedAt().isValid()); // no complete sync yet
}

void TestSyncUi::offlineStartShowsTheCacheAndCatchesUp()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.demoOrders = 300;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    auto harness = makeHarness(sandbox);
    harness->windows()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    QVERIFY2(waitForCompleteSync(*harness), "the first sync did not complete");
    const int cached = harness->windows()->syncHost()->controller()->query()->orders().count(OrderFilter{});
    QVERIFY(cached > 0);
    const QDateTime firstSync = harness->windows()->syncHost()->controller()->lastSyncedAt();
    const ServerChoice server = harness->host->server();

    // Quit with the server gone, and start again: a new coordinator and session on the same profile.
    sandbox.stop();
    harness->coordinator.reset();
    harness->host =
        std::make_unique<SessionHost>(&harness->nam, harness->secrets.get(), &*harness->profile, &harness->clock);
    QVERIFY2(harness->host->useServer(server, &error), qPrintable(error));
    prepareWindows(*harness);
    QVERIFY(harness->host->session()->hasRememberedSession());
    harness->windows()->start();

    MainWindow* window = harness->windows()->mainWindow();
    auto* banner = child<MessageBanner>(window, "offlineBanner");
    QTRY_VERIFY_WITH_TIMEOUT(harness->host->session()->state() == Session::State::SignedIn, 30000);
    QVERIFY(!harness->windows()->signInDialog()); // no password asked
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    // Once the cache is open, the banner says how old the data is.
    QTRY_VERIFY2_WITH_TIMEOUT(banner->text().startsWith(QLatin1String("Offline: data as of ")),
                              qPrintable(banner->text()), 30000);
    window->showPage(MainWindow::Page::Orders); // a hidden page reads nothing
    auto* page = child<OrdersPage>(window, "ordersPage"); // built after the first screen, or by showPage
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->totalCount(), cached, 10000);
    QVERIFY(page->model()->rowCount() > 0);

    // The server comes back on the same address: the app catches up by itself.
    QVERIFY2(sandbox.restartOnSamePort(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kSyncTimeoutMs);
    SyncController* sync = harness->windows()->syncHost()->controller();
    QTRY_VERIFY_WITH_TIMEOUT(sync->state() == SyncController::State::Idle && sync->lastSyncedAt() > firstSync,
                             kSyncTimeoutMs);
    QVERIFY(harness->host->session()->hasAccessToken());
    QCOMPARE(sync->query()->orders().count(OrderFilter{}), cached);
}

void TestSyncUi::serverGoneWhileRunningShowsTheBannerUntilItIsBack()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.demoOrders = 100;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    auto harness = makeHarness(sandbox);
    harness->windows()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    QVERIFY2(waitForCompleteSync(*harness), "the first sync did not complete");
    SyncController* sync = harness->windows()->syncHost()->controller();
    MainWindow* window = harness->windows()->mainWindow();
    auto* banner = child<MessageBanner>(window, "offlineBanner");
    QVERIFY(!banner->isVisible());

    sandbox.stop();
    QSignalSpy states(sync, &SyncController::stateChanged);
    child<QAction>(window, "syncNowAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(banner->text().startsWith(QLatin1String("Offline: data as of ")), qPrintable(banner->text()));

    // The controller keeps retrying (Syncing, Offline, ...): the banner stays up all along.
    int hides = 0;
    struct HideCounter : QObject
    {
        int* count;
        explicit HideCounter(int* c)
            : count(c)
        {}
        bool eventFilter(QObject*, QEvent* event) override
        {
            if (event->type() == QEvent::Hide)
                ++*count;
            return false;
        }
    } counter(&hides);
    banner->installEventFilter(&counter);
    const auto offlineCount = [&] {
        int n = 0;
        for (const QList<QVariant>& args : states)
            n += args.at(0).value<SyncController::State>() == SyncController::State::Offline ? 1 : 0;
        return n;
    };
    const int before = offlineCount();
    QTRY_VERIFY_WITH_TIMEOUT(offlineCount() >= before + 2, 30000); // two more failed attempts
    QCOMPARE(hides, 0);
    QVERIFY(child<SyncStatusPanel>(window, "syncStatusPanel")->text() != QLatin1String("Syncing..."));
    banner->removeEventFilter(&counter);

    QVERIFY2(sandbox.restartOnSamePort(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), kSyncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(sync->state() == SyncController::State::Idle, kSyncTimeoutMs);
}

void TestSyncUi::signOutWithRemovalRemovesKeyAndFiles()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.demoOrders = 100;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    auto harness = makeHarness(sandbox);
    harness->windows()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    QVERIFY2(waitForCompleteSync(*harness), "the first sync did not complete");

    const QString accountId = harness->host->session()->account().id;
    QVERIFY(!accountId.isEmpty());
    const QString cacheDir = QDir(harness->profile->dataDir()).filePath(QStringLiteral("cache/") + accountId);
    QVERIFY2(QFileInfo::exists(QDir(cacheDir).filePath(QStringLiteral("cache.db"))), qPrintable(cacheDir));
    const QString keyName = harness->profile->secretKey(QStringLiteral("cache-key/") + accountId);
    auto readKey = [&] {
        std::optional<SecretResult> result;
        harness->secrets->read(keyName, this, [&result](const SecretResult& r) { result = r; });
        return QTest::qWaitFor([&] { return result.has_value(); }, 10000) ? result->status
                                                                          : SecretResult::Status::Error;
    };
    QCOMPARE(readKey(), SecretResult::Status::Ok);

    SyncController* sync = harness->windows()->syncHost()->controller();
    QSignalSpy removed(sync, &SyncController::localDataRemoved);
    MainWindow* window = harness->windows()->mainWindow();
    child<QAction>(window, "signOutAction")->trigger();
    SignOutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SignOutDialog*>()) && dialog->isVisible());
    auto* check = child<QCheckBox>(dialog, "removeLocalDataCheck");
    QVERIFY(!check->isChecked()); // keeping the data is the default
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(check->isChecked());
    QTest::mouseClick(child<QPushButton>(dialog, "signOutButton"), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(removed.count() == 1, 30000);
    const QString summary = removed.constFirst().at(0).toString();
    QVERIFY(!summary.isEmpty());
    // Signed out; the sign-in dialog says what was removed.
    QTRY_VERIFY_WITH_TIMEOUT(harness->windows()->signInDialog(), 30000);
    QCOMPARE(harness->host->session()->state(), Session::State::SignedOut);
    auto* notice = child<QLabel>(harness->windows()->signInDialog(), "noticeLabel");
    QTRY_COMPARE(notice->text(), summary);
    QVERIFY(notice->isVisible());
    QVERIFY(!harness->windows()->syncHost()->controller()); // the cache is closed

    QVERIFY2(!QFileInfo::exists(cacheDir), qPrintable(cacheDir));
    QCOMPARE(readKey(), SecretResult::Status::NotFound);
}

void TestSyncUi::unreadableCacheIsKeptUntilTheUserResetsIt()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.demoOrders = 100;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    auto harness = makeHarness(sandbox);
    harness->windows()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    QVERIFY2(waitForCompleteSync(*harness), "the first sync did not complete");
    const int cached = harness->windows()->syncHost()->controller()->query()->orders().count(OrderFilter{});
    const QString accountId = harness->host->session()->account().id;
    const QString dbPath =
        QDir(harness->profile->dataDir()).filePath(QStringLiteral("cache/%1/cache.db").arg(accountId));

    // A plain sign-out keeps the encrypted copy for the next sign-in.
    MainWindow* window = harness->windows()->mainWindow();
    child<QAction>(window, "signOutAction")->trigger();
    SignOutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<SignOutDialog*>()) && dialog->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, "signOutButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(harness->host->session()->state() == Session::State::SignedOut, 30000);
    QVERIFY(!harness->windows()->syncHost()->controller());
    QVERIFY(QFileInfo::exists(dbPath));

    // Another key in the keychain: the file cannot be read any more.
    std::optional<SecretResult> written;
    harness->secrets->write(harness->profile->secretKey(QStringLiteral("cache-key/") + accountId), QByteArray(64, 'a'),
                            this, [&written](const SecretResult& r) { written = r; });
    QTRY_VERIFY(written.has_value());
    QCOMPARE(written->status, SecretResult::Status::Ok);
    auto hashOf = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    };
    const QByteArray before = hashOf(dbPath);
    QVERIFY(!before.isEmpty());

    harness->windows()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    auto* banner = child<MessageBanner>(window, "cacheBanner");
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    SyncController* sync = harness->windows()->syncHost()->controller();
    QCOMPARE(sync->state(), SyncController::State::CacheUnreadable);
    QVERIFY2(banner->text().contains(QLatin1String("cannot be read")), qPrintable(banner->text()));
    // Nothing deleted or rewritten on its own.
    QCOMPARE(hashOf(dbPath), before);

    // The user's choice: reset and download again.
    QTest::mouseClick(child<QPushButton>(banner, "cacheBannerButton"), Qt::LeftButton);
    QVERIFY2(waitForCompleteSync(*harness), "the sync after the reset did not complete");
    QVERIFY(!banner->isVisible());
    QCOMPARE(harness->windows()->syncHost()->controller()->query()->orders().count(OrderFilter{}), cached);
}

void TestSyncUi::sessionEndedElsewhereClosesTheCache()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.demoOrders = 100;
    options.accessTtlSeconds = 3; // the session learns of the revocation at its next (proactive) refresh
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    auto harness = makeHarness(sandbox);
    harness->windows()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    QVERIFY2(waitForCompleteSync(*harness), "the first sync did not complete");
    const QString dbPath =
        QDir(harness->profile->dataDir())
            .filePath(QStringLiteral("cache/%1/cache.db").arg(harness->host->session()->account().id));
    QPointer<SyncController> sync = harness->windows()->syncHost()->controller();

    // Another computer signs out everywhere.
    auto other = std::make_unique<UiHarness>(std::make_unique<InMemorySecretStore>());
    QVERIFY2(other->host->useServer(harness->host->server(), &error), qPrintable(error));
    other->host->session()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    QTRY_VERIFY_WITH_TIMEOUT(other->host->session()->state() == Session::State::SignedIn, 20000);
    ApiRequest logoutAll;
    logoutAll.method = "POST";
    logoutAll.path = QStringLiteral("/v1/auth/logout-all");
    std::optional<ApiResponse> answer;
    other->host->session()->sendAuthorized(logoutAll, this, [&answer](const ApiResponse& r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QCOMPARE(answer->httpStatus, 204);

    // Here: the session ends, the sync stops, the cache closes and stays on disk, encrypted.
    QTRY_VERIFY_WITH_TIMEOUT(harness->host->session()->state() == Session::State::SignedOut, 30000);
    QVERIFY(!harness->windows()->syncHost()->controller());
    QTRY_VERIFY(sync.isNull()); // the controller is gone, its worker stopped
    QTRY_VERIFY(harness->windows()->signInDialog());
    QFile db(dbPath);
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(db.size() > 0);
    QVERIFY(db.read(16) != QByteArray("SQLite format 3\0", 16));
    auto* page = child<OrdersPage>(harness->windows()->mainWindow(), "ordersPage");
    QCOMPARE(page->countText(), QStringLiteral("No orders downloaded yet"));
}

// A full disk (SQLite's own SQLITE_FULL through the writer's seam): the whole message in the banner,
// not cut in the status bar; Retry resumes once there is room.
void TestSyncUi::fullDiskShowsTheBannerAndRetryResumes()
{
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.demoOrders = 100;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    auto harness = makeHarness(sandbox);
    // The disk fills once the first page of orders is committed (once: Retry then finds room).
    auto armed = std::make_shared<bool>(true);
    harness->windows()->syncHost()->setControllerSetup([armed](SyncController* controller) {
        controller->setRetryBudgetMs(10000);
        controller->setOfflineRetryDelaysMs(200, 1000);
        controller->setPageLimit(20);
        QObject::connect(controller, &SyncController::progress, controller, [armed](const SyncProgress& progress) {
            if (*armed && progress.resource == QLatin1String("orders") && progress.done > 0)
                CacheWriter::simulateDiskFullForTests(true);
        });
    });
    harness->windows()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    MainWindow* window = harness->windows()->mainWindow();
    auto* banner = child<MessageBanner>(window, "diskFullBanner");
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kSyncTimeoutMs);
    *armed = false;
    SyncController* sync = harness->windows()->syncHost()->controller();
    QVERIFY2(banner->text().contains(QLatin1String("free at least")), qPrintable(banner->text()));
    QVERIFY(sync->waitingForSpace());
    QVERIFY2(child<SyncStatusPanel>(window, "syncStatusPanel")->text().startsWith(QLatin1String("The disk is full.")),
             qPrintable(child<SyncStatusPanel>(window, "syncStatusPanel")->text()));

    CacheWriter::simulateDiskFullForTests(false);
    QTest::mouseClick(child<QPushButton>(banner, "diskFullBannerButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sync->state() == SyncController::State::Idle && sync->lastSyncedAt().isValid(),
                             kSyncTimeoutMs);
    QVERIFY(!banner->isVisible());
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestSyncUi)
#include "TestSyncUi.moc"
