// `--sandbox` with the app's own wiring (AppController, in-process so that the window can be read by object
// name): the real sandbox process is killed under the running app. The app goes offline with its calm banner,
// keeps the cached figures on screen, shows no log line and does not quit; the sandbox comes back on the same
// port and the app is online again by itself. Real keychain (scripts/with-keyring.sh), real SQLCipher cache.
#include "AppController.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "WindowCoordinator.h"
#include "auth/Session.h"
#include "auth/SessionHost.h"
#include "sync/SyncController.h"
#include "sync/SyncHost.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

namespace sp::test {

namespace {

using Figures = QMap<QString, QString>;

QList<qint64> processesMentioning(const QString& needle)
{
    QList<qint64> pids;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile cmdline(proc.filePath(entry + QStringLiteral("/cmdline")));
        if (cmdline.open(QIODevice::ReadOnly) && QString::fromUtf8(cmdline.readAll()).contains(needle))
            pids << pid;
    }
    return pids;
}

} // namespace

class TestSandboxGoneOffline : public QObject
{
    Q_OBJECT

private slots:
    void killedSandboxIsTheOfflineStateThenOnlineAgain();

private:
    static Figures figures(MainWindow* window)
    {
        Figures out;
        for (const QLabel* label : window->findChildren<QLabel*>()) {
            if (label->objectName().startsWith(QLatin1String("kpiValue_")))
                out.insert(label->objectName(), label->text());
        }
        return out;
    }
    // Test artifacts, for a person to look at; the test checks the widgets, not the pixels.
    static void saveScreenshot(QWidget* window, const QString& name)
    {
        const QString dir = qEnvironmentVariableIsSet("SP_TEST_ARTIFACTS_DIR")
                                ? qEnvironmentVariable("SP_TEST_ARTIFACTS_DIR")
                                : QDir::current().filePath(QStringLiteral("test-artifacts/TestSandboxGoneOffline"));
        QDir().mkpath(dir);
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        QVERIFY2(window->grab().save(path, "PNG"), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
    static QStringList visibleTexts(QWidget* root)
    {
        QStringList out;
        for (const QLabel* label : root->findChildren<QLabel*>())
            if (label->isVisible())
                out << label->text();
        return out;
    }
};

void TestSandboxGoneOffline::killedSandboxIsTheOfflineStateThenOnlineAgain()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#else
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CommandLineOptions options;
    options.sandbox = true;
    options.profileDir = dir.filePath(QStringLiteral("profile"));
    AppController app(options);
    QSignalSpy fatal(&app, &AppController::fatalError);
    QSignalSpy quit(&app, &AppController::quitRequested);
    QString error;
    QVERIFY2(app.start(&error), qPrintable(error));
    app.windows()->syncHost()->setControllerSetup([](SyncController* controller) {
        controller->setRetryBudgetMs(10000);
        controller->setOfflineRetryDelaysMs(200, 1000);
    });
    MainWindow* window = app.windows()->mainWindow();
    window->resize(1024, 700);
    auto sync = [&app] { return app.windows()->syncHost()->controller(); };
    QTRY_VERIFY_WITH_TIMEOUT(
        sync() && sync()->state() == SyncController::State::Idle && sync()->lastSyncedAt().isValid(), 120000);
    QTRY_VERIFY_WITH_TIMEOUT(!figures(window).isEmpty(), 20000);
    const Figures before = figures(window);
    QVERIFY2(window->connectionText().startsWith(QLatin1String("Signed in to local sandbox as ")),
             qPrintable(window->connectionText()));

    const QString sandboxData = QDir(options.profileDir).filePath(QStringLiteral("sandbox"));
    const QList<qint64> first = processesMentioning(sandboxData);
    QCOMPARE(first.size(), 1);
    QCOMPARE(::kill(pid_t(first.constFirst()), SIGKILL), 0);

    // Offline at once, calmly, with the cached figures still there; no log line, no quit.
    auto* banner = window->findChild<MessageBanner*>(QStringLiteral("offlineBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY2(banner->text().startsWith(QLatin1String("Offline: data as of ")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QLatin1String("reconnects by itself")), qPrintable(banner->text()));
    QCOMPARE(window->connectionText(), QStringLiteral("Offline"));
    QCOMPARE(figures(window), before);
    for (const QString& text : visibleTexts(window)) {
        QVERIFY2(!text.contains(QLatin1String("sellerpulse.sandbox")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("crashed")), qPrintable(text));
    }
    QVERIFY(window->isVisible());
    saveScreenshot(window, QStringLiteral("sandbox-gone-offline-1024x700"));
    QCOMPARE(fatal.count(), 0);
    QCOMPARE(quit.count(), 0);

    // Started again on the same port: online by itself, and a sync goes through.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<qint64> now = processesMentioning(sandboxData);
            return now.size() == 1 && now.constFirst() != first.constFirst();
        }(),
        30000);
    const QDateTime lastSync = sync()->lastSyncedAt();
    QTRY_VERIFY_WITH_TIMEOUT(sync()->state() == SyncController::State::Idle && sync()->lastSyncedAt() > lastSync,
                             60000);
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    QVERIFY2(window->connectionText().startsWith(QLatin1String("Signed in to local sandbox as ")),
             qPrintable(window->connectionText()));
    QCOMPARE(app.sessionHost()->session()->state(), Session::State::SignedIn);
    QCOMPARE(fatal.count(), 0);
    QCOMPARE(quit.count(), 0);
#endif
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestSandboxGoneOffline)
#include "TestSandboxGoneOffline.moc"
