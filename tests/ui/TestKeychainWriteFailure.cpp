// A session that cannot be saved in the keychain tells the user so, once, in the main window
// (real sandbox over HTTPS; the keychain is an InMemorySecretStore that refuses writes).
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SandboxProcess.h"
#include "UiHarness.h"
#include "auth/Session.h"
#include "secrets/InMemorySecretStore.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

namespace sp::test {

class TestKeychainWriteFailure : public QObject
{
    Q_OBJECT

private slots:
    void failedWriteShowsTheMessageOnce();
};

void TestKeychainWriteFailure::failedWriteShowsTheMessageOnce()
{
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start({}, &error), qPrintable(error));
    auto store = std::make_unique<InMemorySecretStore>();
    InMemorySecretStore* secrets = store.get();
    UiHarness harness(std::move(store));
    ServerChoice server;
    server.url = sandbox.url();
    server.caFile = sandbox.certificatePath();
    QVERIFY2(harness.host->useServer(server, &error), qPrintable(error));

    secrets->setAvailable(false); // writes answer "locked"
    Session* session = harness.host->session();
    QSignalSpy failed(session, &Session::persistenceFailed);
    harness.windows()->signIn(sandbox.demoEmail(), sandbox.demoPassword());
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::State::SignedIn, 20000);
    QTRY_COMPARE(failed.size(), 1);

    MainWindow* window = harness.windows()->mainWindow();
    const auto banners = window->findChildren<MessageBanner*>(QStringLiteral("keychainBanner"));
    QCOMPARE(banners.size(), 1);
    MessageBanner* banner = banners.constFirst();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("keychain")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QLatin1String("sign in again next time")), qPrintable(banner->text()));
    QVERIFY(!session->hasRememberedSession());
    QCOMPARE(QApplication::activeModalWidget(), nullptr); // a banner, nothing that blocks the work

    // The same message again (e.g. a second report) adds nothing: still one banner.
    emit session->persistenceFailed(failed.constFirst().constFirst().toString());
    QCOMPARE(window->findChildren<MessageBanner*>(QStringLiteral("keychainBanner")).size(), 1);

    // The session ends: the banner about it goes.
    session->signOut();
    QTRY_VERIFY(!banner->isVisible());
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestKeychainWriteFailure)
#include "TestKeychainWriteFailure.moc"
