// A locked keychain at start: the dialog offers Retry and "Continue for this session only"
// (real sandbox over HTTPS; the keychain is an InMemorySecretStore that can play "locked").
#include "KeychainUnavailableDialog.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "UiHarness.h"
#include "auth/Session.h"
#include "secrets/InMemorySecretStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

namespace sp::test {

class TestKeychainUnavailableDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void retryAfterUnlockRestoresTheSession();
    void continueForThisSessionOnlyStoresNothing();

private:
    // A second start of the app on the same profile and keychain.
    struct Restart
    {
        Restart(UiHarness& first, const ServerChoice& server)
            : host(&first.nam, first.secrets.get(), &*first.profile, &first.clock)
        {
            QString error;
            ok = host.useServer(server, &error);
            windows = std::make_unique<WindowCoordinator>(&host);
        }
        SessionHost host;
        std::unique_ptr<WindowCoordinator> windows;
        bool ok = false;
    };

    InMemorySecretStore* store() { return static_cast<InMemorySecretStore*>(m_harness->secrets.get()); }

    SandboxProcess m_sandbox;
    ServerChoice m_server;
    std::unique_ptr<UiHarness> m_harness;
};

void TestKeychainUnavailableDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    m_server.url = m_sandbox.url();
    m_server.caFile = m_sandbox.certificatePath();
}

void TestKeychainUnavailableDialog::init()
{
    m_harness = std::make_unique<UiHarness>(std::make_unique<InMemorySecretStore>());
    QString error;
    QVERIFY2(m_harness->host->useServer(m_server, &error), qPrintable(error));
    m_harness->windows()->signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
    QTRY_COMPARE_WITH_TIMEOUT(m_harness->host->session()->state(), Session::State::SignedIn, 20000);
    QVERIFY(m_harness->host->session()->hasRememberedSession());
    m_harness->coordinator.reset(); // the first run's windows close
}

void TestKeychainUnavailableDialog::retryAfterUnlockRestoresTheSession()
{
    store()->setAvailable(false);
    Restart second(*m_harness, m_server);
    QVERIFY(second.ok);
    second.windows->start();
    QTRY_VERIFY_WITH_TIMEOUT(second.windows->keychainDialog() != nullptr, 10000);
    KeychainUnavailableDialog* dialog = second.windows->keychainDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(second.host.session()->state(), Session::State::KeychainUnavailable);
    QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->text(), m_sandbox.demoEmail());

    store()->setAvailable(true); // the user unlocked the keychain
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("retryButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(second.host.session()->state(), Session::State::SignedIn, 20000);
    QTRY_VERIFY(second.windows->keychainDialog() == nullptr);
    QTRY_VERIFY(second.windows->mainWindow()->isVisible());
    QVERIFY(second.host.session()->isPersistent());
}

void TestKeychainUnavailableDialog::continueForThisSessionOnlyStoresNothing()
{
    store()->setAvailable(false);
    Restart second(*m_harness, m_server);
    QVERIFY(second.ok);
    second.windows->start();
    QTRY_VERIFY_WITH_TIMEOUT(second.windows->keychainDialog() != nullptr, 10000);
    KeychainUnavailableDialog* dialog = second.windows->keychainDialog();
    const int writesBefore = store()->writeCount();

    // Without a password nothing is sent.
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sessionOnlyButton")), Qt::LeftButton);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
    QCOMPARE(second.host.session()->state(), Session::State::KeychainUnavailable);

    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), m_sandbox.demoPassword());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("sessionOnlyButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(second.host.session()->state(), Session::State::SignedIn, 20000);
    QTRY_VERIFY(second.windows->mainWindow()->isVisible());
    QVERIFY(!second.host.session()->isPersistent());
    QCOMPARE(store()->writeCount(), writesBefore);
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestKeychainUnavailableDialog)
#include "TestKeychainUnavailableDialog.moc"
