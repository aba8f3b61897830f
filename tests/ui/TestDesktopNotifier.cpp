// Issue 18 part 2: an alert raised while the window is not active reaches the operating system's
// notification call. Through the seam (a recording DesktopNotifier): one call per alert, one summary
// for many, none while the window is active, the tray icon following its setting. And once for real:
// this test registers org.freedesktop.Notifications on the session bus (scripts/with-keyring.sh starts
// one) and the app's own notifier's Notify call arrives there with the alert's summary and body.
#include "AlertNotifier.h"
#include "DesktopNotifier.h"
#include "alerts/AlertCenter.h"
#include "alerts/AlertText.h"
#include "common/Clock.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace sp::test {

namespace {

class RecordingNotifier : public DesktopNotifier
{
public:
    struct Call
    {
        QString summary, body;
    };
    explicit RecordingNotifier(QList<Call>* calls)
        : m_calls(calls)
    {}
    void notify(const QString& summary, const QString& body) override { m_calls->append({summary, body}); }

private:
    QList<Call>* m_calls;
};

Alert stockAlert(const QString& sku)
{
    Alert a;
    a.key = QStringLiteral("stock-out|%1|eu").arg(sku);
    a.rule = AlertRule::StockOut;
    a.subject = sku + QStringLiteral(" · EU");
    a.facts = {{QStringLiteral("sku"), sku},
               {QStringLiteral("region"), QStringLiteral("eu")},
               {QStringLiteral("fulfillable"), 6},
               {QStringLiteral("days"), 3},
               {QStringLiteral("per_day"), 2.0}};
    a.raisedAt = QDateTime::currentDateTimeUtc();
    return a;
}

} // namespace

// The notification server's side of org.freedesktop.Notifications, on a bus connection of its own.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList appNames, summaries, bodies;
    QList<int> timeouts;

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& icon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(hints)
        appNames << appName;
        summaries << summary;
        bodies << body;
        timeouts << timeout;
        return uint(summaries.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Clock m_clock;

private slots:
    void throughTheSeamWhileTheWindowIsNotActive()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("a.ini")), QSettings::IniFormat);
        AlertCenter center(&settings, &m_clock);
        QList<RecordingNotifier::Call> calls;
        AlertNotifier notifier(&center, nullptr, std::make_unique<RecordingNotifier>(&calls));
        QWidget window;
        notifier.setWindow(&window);
        QVERIFY(!window.isActiveWindow());

        const Alert alert = stockAlert(QStringLiteral("SKU-RED-1"));
        emit center.raised({alert});
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).summary, AlertText::notificationSummary(AlertRule::StockOut));
        QCOMPARE(calls.at(0).body, AlertText::describe(alert));
        QVERIFY(calls.at(0).body.contains(QLatin1String("SKU-RED-1")));
        QVERIFY(calls.at(0).body.contains(QLatin1String("about 3 days")));

        // Many at once: one notification that names the first few and counts the rest.
        calls.clear();
        QList<Alert> many;
        for (int i = 0; i < 5; ++i)
            many << stockAlert(QStringLiteral("SKU-%1").arg(i));
        emit center.raised(many);
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.at(0).summary, QStringLiteral("SellerPulse: 5 new alerts"));
        QVERIFY(calls.at(0).body.contains(QLatin1String("SKU-0")));
        QVERIFY(calls.at(0).body.contains(QLatin1String("and 2 more")));

        // The seller is looking at the window: no notification (the list says it).
        calls.clear();
        window.show();
        window.activateWindow();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        emit center.raised({alert});
        QCOMPARE(calls.size(), 0);
    }

    void trayIconFollowsItsSetting()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("b.ini")), QSettings::IniFormat);
        AlertCenter center(&settings, &m_clock);
        QList<RecordingNotifier::Call> calls;
        AlertNotifier notifier(&center, nullptr, std::make_unique<RecordingNotifier>(&calls));
        QVERIFY(notifier.trayIcon());
        QCOMPARE(notifier.trayIcon()->objectName(), QStringLiteral("alertsTrayIcon"));
        QCOMPARE(notifier.trayIcon()->isVisible(), QSystemTrayIcon::isSystemTrayAvailable());
        AlertSettings off = center.settings();
        off.trayIcon = false;
        center.setSettings(off);
        QVERIFY(!notifier.trayIcon()->isVisible());
        QCOMPARE(settings.value(QStringLiteral("alerts/trayIcon")).toBool(), false);
    }

    // The real call: the app's notifier (DesktopNotifier::createDefault) on the real session bus.
    void reachesTheFreedesktopNotificationServer()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus (run under scripts/with-keyring.sh, which starts one)");
        QDBusConnection serverBus =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-notification-server"));
        QVERIFY(serverBus.isConnected());
        if (serverBus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.Notifications")))
            QSKIP("a real notification server owns org.freedesktop.Notifications on this session bus");
        FakeNotificationServer server;
        QVERIFY(serverBus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                                         QDBusConnection::ExportAllSlots));
        QVERIFY(serverBus.registerService(QStringLiteral("org.freedesktop.Notifications")));

        QSettings settings(m_dir.filePath(QStringLiteral("c.ini")), QSettings::IniFormat);
        AlertCenter center(&settings, &m_clock);
        AlertNotifier notifier(&center); // the platform's own notifier
        const Alert alert = stockAlert(QStringLiteral("SKU-BLUE-7"));
        emit center.raised({alert});
        QTRY_COMPARE_WITH_TIMEOUT(server.summaries.size(), 1, 10000);
        QCOMPARE(server.summaries.at(0), AlertText::notificationSummary(AlertRule::StockOut));
        QCOMPARE(server.bodies.at(0), AlertText::describe(alert).toHtmlEscaped());
        QCOMPARE(server.appNames.at(0), QCoreApplication::applicationName());
        QCOMPARE(server.timeouts.at(0), FreedesktopNotifier::kExpireMs);

        serverBus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        serverBus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-notification-server"));
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestDesktopNotifier)
#include "TestDesktopNotifier.moc"
