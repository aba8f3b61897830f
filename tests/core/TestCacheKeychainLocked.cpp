// A locked keychain never costs the seller their offline copy. The keyring daemon of a private
// D-Bus session (started here, so that killing it touches nothing else) dies; D-Bus activation
// starts a new one whose login keyring is locked, and QtKeychain 0.13 reads the cache key as "not
// found". The app's core, started again, must say "locked", refuse a reset, keep the real SQLCipher
// file, and open it with its rows once the keyring (same keyring files) is unlocked again.
// No server is needed: the session is the remembered one (its account id from the settings), and
// the rows are written by the cache's own writer.
#include "SessionHarness.h"

#include "api/ApiClient.h"
#include "auth/Session.h"
#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
#include "cache/CacheQuery.h"
#include "cache/CacheWriter.h"
#include "cache/SecureBytes.h"
#include "sync/SyncController.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

namespace {

const QByteArray kKeyringPassword = "sp-locked-keyring-test";
const QString kAccount = QStringLiteral("acct_locked_keyring");
// Nothing listens there: the core works offline, as after a restart without network.
const QUrl kServer(QStringLiteral("https://127.0.0.1:9"));
constexpr int kOrders = 1200;

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// The app's core for one profile, as a new start of the app builds it.
struct Core
{
    QNetworkAccessManager nam;
    ShiftableClock clock;
    QtKeychainSecretStore keychain{QStringLiteral("SellerPulse-tests")};
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<Session> session;
    std::unique_ptr<SyncController> sync;

    explicit Core(Profile* profile)
    {
        api = std::make_unique<ApiClient>(&nam, ServerConfig{kServer, {}, 2000});
        session = std::make_unique<Session>(api.get(), &keychain, profile, &clock);
        session->restore(); // the remembered account (its refresh token is not needed here)
        sync = std::make_unique<SyncController>(session.get(), &keychain, profile, &clock);
        sync->setOfflineRetryDelaysMs(60000, 60000);
    }
};

} // namespace

class TestCacheKeychainLocked : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_bus;     // our own session bus
    QProcess m_keyring; // the keyring daemon we started (killed below)
    QProcessEnvironment m_env;

    struct ToolRun
    {
        QString state, message;
        int orders = -1;
        QByteArray keyHash;
    };
    // One start of the core in its own process (sp_core_cache_open_tool).
    ToolRun runTool(const QString& profileDir, const QString& action)
    {
        QProcess tool;
        tool.setProcessEnvironment(m_env);
        tool.setProcessChannelMode(QProcess::ForwardedErrorChannel); // its log helps when a run goes wrong
        tool.start(QStringLiteral(SP_CACHE_OPEN_TOOL), {QStringLiteral("--profile"), profileDir, action});
        ToolRun run;
        if (!tool.waitForStarted(10000) || !tool.waitForFinished(90000))
            return run;
        for (const QByteArray& line : tool.readAllStandardOutput().split('\n')) {
            if (line.startsWith("STATE "))
                run.state = QString::fromUtf8(line.mid(6));
            else if (line.startsWith("MESSAGE "))
                run.message = QString::fromUtf8(line.mid(8));
            else if (line.startsWith("ORDERS "))
                run.orders = line.mid(7).toInt();
            else if (line.startsWith("KEYHASH "))
                run.keyHash = line.mid(8);
        }
        return run;
    }

    // Starts gnome-keyring-daemon on our bus, unlocked with the password (it creates the login
    // keyring the first time). `replace`: takes over from the daemon D-Bus activated (locked).
    bool startUnlockedKeyring(bool replace)
    {
        if (m_keyring.state() != QProcess::NotRunning) {
            m_keyring.kill();
            m_keyring.waitForFinished(10000);
        }
        m_keyring.setProcessEnvironment(m_env);
        QStringList args{QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")};
        if (replace)
            args.prepend(QStringLiteral("--replace"));
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"), args);
        if (!m_keyring.waitForStarted(10000))
            return false;
        m_keyring.write(kKeyringPassword);
        m_keyring.closeWriteChannel();
        if (replace) // this process's libsecret still knows the old daemon: the tool checks instead
            return true;
        // Our daemon must own the Secret Service name before the first libsecret call: a call that
        // comes first makes D-Bus activate another daemon, locked, which then keeps the name.
        // NameHasOwner asks without activating anything.
        const bool owned = QTest::qWaitFor(
            [this] {
                QProcess ask;
                ask.setProcessEnvironment(m_env);
                ask.start(QStringLiteral("dbus-send"),
                          {QStringLiteral("--session"), QStringLiteral("--dest=org.freedesktop.DBus"),
                           QStringLiteral("--print-reply"), QStringLiteral("/org/freedesktop/DBus"),
                           QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                           QStringLiteral("string:org.freedesktop.secrets")});
                return ask.waitForFinished(5000) && ask.readAllStandardOutput().contains("boolean true");
            },
            30000);
        if (!owned)
            return false;
        // Ready once a write through QtKeychain works.
        return QTest::qWaitFor(
            [] {
                QtKeychainSecretStore store(QStringLiteral("SellerPulse-tests"));
                std::optional<SecretResult> result;
                QObject context;
                store.write(QStringLiteral("readiness"), "x", &context,
                            [&result](const SecretResult& r) { result = r; });
                return QTest::qWaitFor([&result] { return result.has_value(); }, 5000)
                       && result->status == SecretResult::Status::Ok;
            },
            30000);
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            QFAIL("dbus-daemon and gnome-keyring-daemon are needed (Debian packages dbus-daemon, gnome-keyring)");
        QVERIFY(m_home.isValid());
        const QString runtime = m_home.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        m_env.remove(QStringLiteral("DISPLAY"));
        m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        m_bus.setProcessEnvironment(m_env); // D-Bus activation starts the next keyring with this
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([this] { return m_bus.canReadLine() || m_bus.waitForReadyRead(100); }, 10000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(!address.isEmpty());
        m_env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address));
        // This process talks to our bus from now on (libsecret connects at its first use).
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        qunsetenv("DISPLAY");
        QVERIFY(startUnlockedKeyring(false));
    }

    void cleanupTestCase()
    {
        // Our keyring daemon first, then our bus (the daemon it activated ends with it).
        if (m_keyring.state() != QProcess::NotRunning) {
            m_keyring.kill();
            m_keyring.waitForFinished(10000);
        }
        if (m_bus.state() != QProcess::NotRunning) {
            m_bus.kill();
            m_bus.waitForFinished(10000);
        }
    }

    void lockedKeychainKeepsTheCacheAndRefusesReset()
    {
        QTemporaryDir dir;
        QString error;
        std::optional<Profile> profile = Profile::open(dir.filePath(QStringLiteral("profile")), &error);
        QVERIFY2(profile, qPrintable(error));
        profile->settings().setValue(QStringLiteral("session/remembered"), true);
        profile->settings().setValue(QStringLiteral("session/accountId"), kAccount);
        profile->settings().setValue(QStringLiteral("session/server"), kServer.toString());
        // A loopback https session is remembered with the server's certificate (never contacted here).
        profile->settings().setValue(QStringLiteral("session/serverCertificateSha256"), QString(64, QLatin1Char('a')));
        profile->sync();
        const QString dbPath = CacheFiles::databasePath(CacheFiles::accountDir(*profile, kAccount));

        // First run: the core creates the key in the keyring and the file; the rows arrive through
        // the cache's writer, as a sync writes them.
        {
            Core core(&*profile);
            QCOMPARE(core.session->account().id, kAccount);
            QSignalSpy opened(core.sync.get(), &SyncController::opened);
            core.sync->open();
            QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30000);
        }
        {
            const SecretResult stored = readKeychain(CacheKey::secretName(*profile, kAccount));
            QCOMPARE(stored.status, SecretResult::Status::Ok);
            const SecureBytes key = SecureBytes::fromHex(stored.value);
            CacheWriter writer;
            QCOMPARE(writer.openFile(dbPath, key.toByteArray(), &error), CipherDatabase::OpenError::None);
            QJsonArray orders;
            for (int i = 0; i < kOrders; ++i)
                orders.append(QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("302-8880000-%1").arg(i, 7, 10, QLatin1Char('0'))},
                    {QStringLiteral("marketplace_id"), QStringLiteral("A1PA6795UKMFR9")},
                    {QStringLiteral("purchase_date"), QStringLiteral("2026-01-02T10:00:00Z")},
                    {QStringLiteral("last_update_date"), QStringLiteral("2026-01-03T10:00:00Z")},
                    {QStringLiteral("status"), QStringLiteral("Shipped")},
                    {QStringLiteral("fulfillment_channel"), QStringLiteral("AFN")},
                    {QStringLiteral("currency"), QStringLiteral("EUR")},
                    {QStringLiteral("order_total"), QStringLiteral("9.99")},
                    {QStringLiteral("items"),
                     QJsonArray{
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("9%1").arg(i, 7, 10, QLatin1Char('0'))},
                                     {QStringLiteral("sku"), QStringLiteral("SKU-1")},
                                     {QStringLiteral("asin"), QStringLiteral("B0TESTASIN")},
                                     {QStringLiteral("title"), QStringLiteral("Garden hose")},
                                     {QStringLiteral("quantity"), 1},
                                     {QStringLiteral("item_price"), QStringLiteral("9.99")},
                                     {QStringLiteral("item_tax"), QStringLiteral("0.00")},
                                     {QStringLiteral("shipping_price"), QStringLiteral("0.00")},
                                     {QStringLiteral("promotion_discount"), QStringLiteral("0.00")}}}}});
            const QJsonObject page{{QStringLiteral("orders"), orders},
                                   {QStringLiteral("next_cursor"), QStringLiteral("c1")},
                                   {QStringLiteral("has_more"), false},
                                   {QStringLiteral("server_time"), QStringLiteral("2026-01-04T00:00:00Z")}};
            const auto written = writer.writePage(QStringLiteral("orders"), QString(), page);
            QVERIFY2(written.status == CacheWriter::WriteStatus::Written, qPrintable(written.error));
            QVERIFY(writer.finishRun(QDateTime::currentDateTimeUtc(), &error));
            writer.closeFile();
        }
        const QByteArray before = fileHash(dbPath);
        QVERIFY(!before.isEmpty());
        const QString folder = QFileInfo(dbPath).absolutePath();
        const QStringList filesBefore = QDir(folder).entryList(QDir::Files);

        // The keyring daemon dies; the next request activates a new one, locked.
        m_keyring.kill();
        QVERIFY(m_keyring.waitForFinished(10000));

        // The app's core starts again (a new process): "locked", never "missing".
        const QString profileDir = profile->dir();
        ToolRun run = runTool(profileDir, QStringLiteral("open"));
        QCOMPARE(run.state, QStringLiteral("KeychainLocked"));
        QVERIFY2(run.message.contains(QLatin1String("locked")) && run.message.contains(QLatin1String("Retry")),
                 qPrintable(run.message));
        QCOMPARE(run.orders, -1);

        // Reset is refused while the keychain is locked: nothing deleted, nothing renamed.
        run = runTool(profileDir, QStringLiteral("reset"));
        QCOMPARE(run.state, QStringLiteral("KeychainLocked"));
        QVERIFY2(run.message.contains(QLatin1String("nothing was deleted")), qPrintable(run.message));
        QCOMPARE(fileHash(dbPath), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files), filesBefore);

        // Not checked here: the unlock. gnome-keyring-daemon --replace cannot take the Secret Service
        // name from the daemon D-Bus activated ("another secret service is running"), so this test
        // cannot unlock that keyring; the key's survival is shown by the keychain itself
        // (TestEncryptedCache::lockedKeychainIsNeverAMissingKey) and by the unchanged file above.
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestCacheKeychainLocked)
#include "TestCacheKeychainLocked.moc"
