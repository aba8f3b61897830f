// The offline-first start, with the app's own wiring (AppController), a real sandbox over loopback HTTPS,
// the real keychain (run under scripts/with-keyring.sh) and the real SQLCipher cache: with a remembered
// session and a synced cache, the dashboard shows the cached figures with "data as of" whether the
// server is down or never answers, the session and the sync catch up when it is back, and a session
// the server refuses (revoked elsewhere) signs out and takes the account's figures off the window.
#include "AppController.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "OrdersModel.h"
#include "OrdersPage.h"
#include "SandboxProcess.h"
#include "SignInDialog.h"
#include "WindowCoordinator.h"
#include "auth/RememberedSession.h"
#include "auth/Session.h"
#include "auth/SessionHost.h"
#include "api/ApiClient.h"
#include "cache/AccountCache.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/InMemorySecretStore.h"
#include "startup/PrefetchingSecretStore.h"
#include "sync/SyncController.h"
#include "sync/SyncHost.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPixmap>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace sp::test {

namespace {

constexpr int kSyncTimeoutMs = 90000;
using Figures = QMap<QString, QString>; // object name of a dashboard figure -> its text

// A server that accepts connections and never answers (a hung server or a captive network).
class SilentServer : public QTcpServer
{
public:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        socket->setSocketDescriptor(handle);
        m_sockets << socket;
    }
    int connections() const { return int(m_sockets.size()); }
    void hangUp() // the client sees the connection closed
    {
        close();
        for (QTcpSocket* socket : std::as_const(m_sockets))
            socket->abort();
    }

private:
    QList<QPointer<QTcpSocket>> m_sockets;
};

} // namespace

// Calls back on the watched window's first Show event.
class FirstShowWatcher : public QObject
{
public:
    explicit FirstShowWatcher(std::function<void()> onShow)
        : m_onShow(std::move(onShow))
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Show)
            m_onShow();
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onShow;
};

class TestOfflineStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverDownShowsTheCachedDashboard();
    void silentServerShowsTheCachedDashboardAndCatchesUpWhenBack();
    void revokedSessionSignsOutAndTakesTheFiguresOff();

private:
    std::unique_ptr<AppController> startApp(QString* error);
    static SyncController* sync(AppController& app) { return app.windows()->syncHost()->controller(); }
    static Session* session(AppController& app) { return app.sessionHost()->session(); }
    static Figures figures(AppController& app);
    static QString dataAsOf(AppController& app);
    static bool synced(AppController& app);
    void saveScreenshot(AppController& app, const QString& name);

    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QString m_profileDir;
    Figures m_onlineFigures; // the dashboard of a start with the server up, after its sync
    QString m_onlineDataAsOf;
};

std::unique_ptr<AppController> TestOfflineStart::startApp(QString* error)
{
    CommandLineOptions options;
    options.server = m_sandbox.url();
    options.caFile = m_sandbox.certificatePath();
    options.profileDir = m_profileDir;
    auto app = std::make_unique<AppController>(options);
    if (!app->start(error))
        return nullptr;
    // Before the event loop runs the start: quick offline retries, so that a server that is back is seen soon.
    app->windows()->syncHost()->setControllerSetup([](SyncController* controller) {
        controller->setRetryBudgetMs(10000);
        controller->setOfflineRetryDelaysMs(200, 1000);
    });
    return app;
}

Figures TestOfflineStart::figures(AppController& app)
{
    Figures out;
    auto* page = app.windows()->mainWindow()->findChild<QWidget*>(QStringLiteral("dashboardPage"));
    if (!page)
        return out;
    for (const QLabel* label : page->findChildren<QLabel*>()) {
        const QString name = label->objectName();
        if (name.startsWith(QLatin1String("kpiValue_")) || name.startsWith(QLatin1String("kpiChange_")))
            out.insert(name, label->text());
    }
    return out;
}

QString TestOfflineStart::dataAsOf(AppController& app)
{
    auto* label = app.windows()->mainWindow()->findChild<QLabel*>(QStringLiteral("dashboardDataAsOfLabel"));
    return label ? label->text() : QString();
}

bool TestOfflineStart::synced(AppController& app)
{
    SyncController* controller = sync(app);
    return controller && controller->state() == SyncController::State::Idle && controller->lastSyncedAt().isValid()
           && controller->query();
}

void TestOfflineStart::saveScreenshot(AppController& app, const QString& name)
{
    // Test artifacts: for a person to look at; the test compares the figures, not the pixels.
    const QString dir = qEnvironmentVariableIsSet("SP_TEST_ARTIFACTS_DIR")
                            ? qEnvironmentVariable("SP_TEST_ARTIFACTS_DIR")
                            : QDir::current().filePath(QStringLiteral("test-artifacts/TestOfflineStart"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(app.windows()->mainWindow()->grab().save(path, "PNG"), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

void TestOfflineStart::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    SandboxProcess::Options options;
    options.demoOrders = 300;
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    QVERIFY(m_dir.isValid());
    m_profileDir = m_dir.filePath(QStringLiteral("profile"));

    // First run: a sign-in and a complete sync leave a remembered session and a synced cache.
    QDateTime firstSync;
    {
        auto app = startApp(&error);
        QVERIFY2(app, qPrintable(error));
        app->windows()->signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
        QVERIFY2(QTest::qWaitFor([&] { return synced(*app); }, kSyncTimeoutMs), "the first sync did not complete");
        QVERIFY(session(*app)->hasRememberedSession());
        firstSync = sync(*app)->lastSyncedAt();
    }
    // An online start: the figures the offline ones are compared with.
    auto app = startApp(&error);
    QVERIFY2(app, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(session(*app)->state() == Session::State::SignedIn && session(*app)->hasAccessToken(),
                             30000);
    QVERIFY(!app->windows()->signInDialog());
    QTRY_VERIFY_WITH_TIMEOUT(synced(*app) && sync(*app)->lastSyncedAt() > firstSync, kSyncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!figures(*app).isEmpty(), 10000);
    const QString expectedAsOf = QStringLiteral("Data as of ")
                                 + QLocale().toString(sync(*app)->lastSyncedAt().toLocalTime(), QLocale::ShortFormat);
    QTRY_COMPARE_WITH_TIMEOUT(dataAsOf(*app), expectedAsOf, 10000);
    m_onlineFigures = figures(*app);
    m_onlineDataAsOf = dataAsOf(*app);
    QVERIFY(m_onlineFigures.contains(QStringLiteral("kpiValue_USD_revenue")));
    saveScreenshot(*app, QStringLiteral("online-start"));
}

void TestOfflineStart::serverDownShowsTheCachedDashboard()
{
    m_sandbox.stop(); // its port is closed now
    QString error;
    auto app = startApp(&error);
    QVERIFY2(app, qPrintable(error));
    // The window's first appearance already carries the cached figures (FirstScreen): no empty window first.
    std::optional<Figures> atFirstShow;
    std::optional<bool> sectionsAtFirstShow; // issue 15: the first screen is the dashboard alone
    FirstShowWatcher watcher([&] {
        if (!atFirstShow) {
            atFirstShow = figures(*app);
            sectionsAtFirstShow = app->windows()->mainWindow()->findChild<OrdersPage*>() != nullptr;
        }
    });
    app->windows()->mainWindow()->installEventFilter(&watcher);
    QSignalSpy firstScreen(app->windows(), &WindowCoordinator::firstScreenShown);

    // The cached dashboard, with the figures of the online start and its "data as of".
    QTRY_COMPARE_WITH_TIMEOUT(figures(*app), m_onlineFigures, 30000);
    QCOMPARE(dataAsOf(*app), m_onlineDataAsOf);
    QVERIFY(atFirstShow.has_value());
    QCOMPARE(*atFirstShow, m_onlineFigures);
    QTRY_COMPARE(firstScreen.count(), 1);
    QCOMPARE(sectionsAtFirstShow, std::optional<bool>(false));
    // The other sections follow the first screen, and read the same cache.
    QTRY_VERIFY(app->windows()->mainWindow()->findChild<OrdersPage*>());
    app->windows()->mainWindow()->showPage(MainWindow::Page::Orders);
    const auto* orders = app->windows()->mainWindow()->findChild<OrdersPage*>();
    QTRY_VERIFY_WITH_TIMEOUT(orders->model()->rowCount(QModelIndex()) > 0, 30000);
    QVERIFY(!app->windows()->signInDialog()); // no password asked
    // Shown as offline, the way the app does it: the session signed in without the server, the banner.
    auto* banner = app->windows()->mainWindow()->findChild<MessageBanner*>(QStringLiteral("offlineBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(banner->text().startsWith(QLatin1String("Offline: data as of ")), qPrintable(banner->text()));
    QCOMPARE(session(*app)->state(), Session::State::SignedIn);
    QVERIFY(!session(*app)->hasAccessToken());
    QCOMPARE(app->windows()->mainWindow()->connectionText(), QStringLiteral("Offline"));
    QCOMPARE(figures(*app), m_onlineFigures);
    // Each secret read from the keychain once: the refresh token and the cache key.
    QCOMPARE(app->secretStore()->keychainReads(), 2);
    saveScreenshot(*app, QStringLiteral("offline-start-server-down"));
    app.reset();
    QVERIFY2(m_sandbox.restartOnSamePort(&error), qPrintable(error));
}

void TestOfflineStart::silentServerShowsTheCachedDashboardAndCatchesUpWhenBack()
{
    const quint16 port = quint16(m_sandbox.url().port());
    m_sandbox.stop();
    SilentServer silent;
    QVERIFY2(silent.listen(QHostAddress::LocalHost, port), qPrintable(silent.errorString()));
    QString error;
    auto app = startApp(&error);
    QVERIFY2(app, qPrintable(error));

    // The figures come while the restore still waits for the server: the first screen does not wait for it.
    QTRY_VERIFY_WITH_TIMEOUT(!figures(*app).isEmpty(), 30000);
    QCOMPARE(session(*app)->state(), Session::State::Restoring);
    QCOMPARE(figures(*app), m_onlineFigures);
    QCOMPARE(dataAsOf(*app), m_onlineDataAsOf);
    QCOMPARE(app->windows()->mainWindow()->connectionText(), QStringLiteral("Signing in..."));
    QVERIFY(!app->windows()->signInDialog());
    QTRY_VERIFY(silent.connections() > 0); // the refresh is on the wire, unanswered
    saveScreenshot(*app, QStringLiteral("offline-start-server-silent"));

    // The server comes back on the same address: the session and the sync catch up without a restart.
    const QDateTime before = sync(*app)->lastSyncedAt();
    silent.hangUp();
    QVERIFY2(m_sandbox.restartOnSamePort(&error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(session(*app)->state() == Session::State::SignedIn && session(*app)->hasAccessToken(),
                             kSyncTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(synced(*app) && sync(*app)->lastSyncedAt() > before, kSyncTimeoutMs);
    auto* banner = app->windows()->mainWindow()->findChild<MessageBanner*>(QStringLiteral("offlineBanner"));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QVERIFY(app->windows()->mainWindow()->connectionText().startsWith(QLatin1String("Signed in to ")));
    QCOMPARE(figures(*app), m_onlineFigures); // the same data, newer "as of"
}

// Threat: the remembered session of account A was revoked elsewhere (e.g. "sign out everywhere" after a
// stolen laptop). While the server has not answered, the window shows A's cache, which this computer's
// user could already read; once the server refuses the restore, the session ends, the cache closes, the
// figures go and the sign-in dialog says why; signing in as B then shows B's cache, never A's.
void TestOfflineStart::revokedSessionSignsOutAndTakesTheFiguresOff()
{
    QString error;
    {
        // Elsewhere: the same account signs out everywhere while this app is not running.
        QTemporaryDir otherDir;
        std::optional<Profile> otherProfile = Profile::open(otherDir.path(), &error);
        QVERIFY2(otherProfile, qPrintable(error));
        QNetworkAccessManager nam;
        InMemorySecretStore secrets;
        Clock clock;
        SessionHost other(&nam, &secrets, &*otherProfile, &clock);
        ServerChoice server;
        server.url = m_sandbox.url();
        server.caFile = m_sandbox.certificatePath();
        QVERIFY2(other.useServer(server, &error), qPrintable(error));
        other.session()->signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
        QTRY_VERIFY_WITH_TIMEOUT(other.session()->state() == Session::State::SignedIn, 20000);
        ApiRequest logoutAll;
        logoutAll.method = "POST";
        logoutAll.path = QStringLiteral("/v1/auth/logout-all");
        std::optional<ApiResponse> answer;
        other.session()->sendAuthorized(logoutAll, this, [&answer](const ApiResponse& r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
        QCOMPARE(answer->httpStatus, 204);
    }

    auto app = startApp(&error);
    QVERIFY2(app, qPrintable(error));
    QVERIFY(session(*app)->hasRememberedSession());
    const QString accountA = RememberedSession(app->sessionHost()->profile()).accountId();
    QVERIFY(!accountA.isEmpty()); // known from the marker before the server answers
    const QString dbA = QDir(m_profileDir).filePath(QStringLiteral("data/cache/%1/cache.db").arg(accountA));

    // The server refuses the restore: signed out, the cache closed, no figure of A left, the reason told.
    QTRY_VERIFY_WITH_TIMEOUT(app->windows()->signInDialog() && app->windows()->signInDialog()->isVisible(), 30000);
    QCOMPARE(session(*app)->state(), Session::State::SignedOut);
    QVERIFY(!session(*app)->hasRememberedSession());
    QVERIFY(!sync(*app));
    QTRY_VERIFY(figures(*app).isEmpty());
    auto* empty = app->windows()->mainWindow()->findChild<QLabel*>(QStringLiteral("dashboardEmptyLabel"));
    QVERIFY(empty);
    QCOMPARE(empty->text(), QStringLiteral("No data downloaded yet."));
    QCOMPARE(dataAsOf(*app), QStringLiteral("Data as of: not downloaded yet"));
    QCOMPARE(app->windows()->mainWindow()->connectionText(), QStringLiteral("Signed out"));
    saveScreenshot(*app, QStringLiteral("revoked-session"));
    // A's cache stays on disk, encrypted (as after any sign-out that keeps the data).
    QFile db(dbA);
    QVERIFY2(db.open(QIODevice::ReadOnly), qPrintable(dbA));
    QVERIFY(db.read(16) != QByteArray("SQLite format 3\0", 16));

    // Another account signs in on this computer: its cache opens, A's stays closed.
    const QString emailB = QStringLiteral("second@example.com");
    const QString passwordB = QStringLiteral("another long password 2");
    QVERIFY2(m_sandbox.createAccount(emailB, passwordB, &error), qPrintable(error));
    app->windows()->signIn(emailB, passwordB);
    QTRY_VERIFY_WITH_TIMEOUT(session(*app)->state() == Session::State::SignedIn, 30000);
    QCOMPARE(session(*app)->account().email, emailB);
    QTRY_VERIFY_WITH_TIMEOUT(sync(*app) && sync(*app)->cache(), 10000);
    QVERIFY(session(*app)->account().id != accountA);
    QVERIFY(!sync(*app)->cache()->accountDir().endsWith(accountA));
    QVERIFY(sync(*app)->cache()->accountDir().endsWith(session(*app)->account().id));
    QTRY_VERIFY_WITH_TIMEOUT(synced(*app), kSyncTimeoutMs);
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestOfflineStart)
#include "TestOfflineStart.moc"
