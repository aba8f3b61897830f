// Changing the password in the dialog on one computer signs the other computer out: its main
// window shows why and the sign-in dialog comes back (real sandbox over HTTPS, real keychain).
#include "ChangePasswordDialog.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "SignInDialog.h"
#include "UiHarness.h"
#include "auth/Session.h"
#include "secrets/QtKeychainSecretStore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace sp::test {

class TestPasswordChange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changeSignsOutTheOtherComputer();
    void wrongCurrentPasswordIsShownReadably();
    void dialogClosedWhileChangingDoesNotCrash();

private:
    std::unique_ptr<UiHarness> signedInHarness(const QString& email, const QString& password);

    SandboxProcess m_sandbox;
    ServerChoice m_server;
};

void TestPasswordChange::initTestCase()
{
    SandboxProcess::Options options;
    options.accessTtlSeconds = 3; // the other computer notices at its next refresh, within seconds
    QString error;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_server.url = m_sandbox.url();
    m_server.caFile = m_sandbox.certificatePath();
}

std::unique_ptr<UiHarness> TestPasswordChange::signedInHarness(const QString& email, const QString& password)
{
    auto harness = std::make_unique<UiHarness>(std::make_unique<QtKeychainSecretStore>(QStringLiteral("SellerPulse")));
    QString error;
    if (!harness->host->useServer(m_server, &error))
        return nullptr;
    harness->windows()->signIn(email, password);
    if (!QTest::qWaitFor([&] { return harness->host->session()->state() == Session::State::SignedIn; }, 20000))
        return nullptr;
    return harness;
}

void TestPasswordChange::changeSignsOutTheOtherComputer()
{
    const QString email = QStringLiteral("change@sellerpulse.test");
    const QString oldPassword = QStringLiteral("old-password-123");
    const QString newPassword = QStringLiteral("new-password-456");
    QString error;
    QVERIFY2(m_sandbox.createAccount(email, oldPassword, &error), qPrintable(error));

    auto here = signedInHarness(email, oldPassword);
    QVERIFY(here);
    auto other = signedInHarness(email, oldPassword);
    QVERIFY(other);
    MainWindow* window = here->windows()->mainWindow();
    QTRY_VERIFY(window->isVisible());

    window->findChild<QAction*>(QStringLiteral("changePasswordAction"))->trigger();
    auto* dialog = window->findChild<ChangePasswordDialog*>(QStringLiteral("changePasswordDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("messageLabel"));

    // A repeat that does not match is caught before anything is sent.
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit")), oldPassword);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit")), newPassword);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit")), QStringLiteral("typo"));
    const int requests = here->nam.requestCount();
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("changeButton")), Qt::LeftButton);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("does not match")), qPrintable(message->text()));
    QCOMPARE(here->nam.requestCount(), requests);

    auto* repeat = dialog->findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit"));
    repeat->clear();
    QTest::keyClicks(repeat, newPassword);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("changeButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("All your other devices were signed out")), 20000);
    QCOMPARE(here->host->session()->state(), Session::State::SignedIn);

    // The other computer learns it at its next refresh and asks to sign in again, saying why.
    QTRY_VERIFY_WITH_TIMEOUT(other->windows()->signInDialog() != nullptr, 20000);
    QCOMPARE(other->host->session()->state(), Session::State::SignedOut);
    auto* notice = other->windows()->signInDialog()->findChild<QLabel*>(QStringLiteral("noticeLabel"));
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("signed out elsewhere")), qPrintable(notice->text()));
    QCOMPARE(other->windows()->mainWindow()->statusBar()->currentMessage(), notice->text());
    QCOMPARE(other->windows()->signInDialog()->email(), email);

    here->host->session()->signOut();
    QTRY_COMPARE(here->host->session()->state(), Session::State::SignedOut);
}

void TestPasswordChange::wrongCurrentPasswordIsShownReadably()
{
    const QString email = QStringLiteral("wrong-current@sellerpulse.test");
    const QString password = QStringLiteral("the-password-123");
    QString error;
    QVERIFY2(m_sandbox.createAccount(email, password, &error), qPrintable(error));
    auto here = signedInHarness(email, password);
    QVERIFY(here);

    ChangePasswordDialog dialog(here->host->session());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit")),
                     QStringLiteral("not-my-password"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("newPasswordEdit")),
                     QStringLiteral("brand-new-pass-1"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit")),
                     QStringLiteral("brand-new-pass-1"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("changeButton")), Qt::LeftButton);
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("messageLabel"));
    auto* details = dialog.findChild<QLabel*>(QStringLiteral("errorDetailsText"));
    QVERIFY(details);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && details->text().startsWith(QLatin1String("Request ID: ")), 20000);
    // The message says what to do; the request id is in the details only.
    QVERIFY(!message->text().contains(QLatin1String("Request")));
    QVERIFY(!message->text().contains(QLatin1String("invalid_credentials")));
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("changeButton"))->isEnabled());
    QCOMPARE(here->host->session()->state(), Session::State::SignedIn);

    here->host->session()->signOut();
    QTRY_COMPARE(here->host->session()->state(), Session::State::SignedOut);
}

void TestPasswordChange::dialogClosedWhileChangingDoesNotCrash()
{
    const QString email = QStringLiteral("closed-dialog@sellerpulse.test");
    const QString password = QStringLiteral("the-password-123");
    QString error;
    QVERIFY2(m_sandbox.createAccount(email, password, &error), qPrintable(error));
    auto here = signedInHarness(email, password);
    QVERIFY(here);

    QPointer<ChangePasswordDialog> dialog = new ChangePasswordDialog(here->host->session());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("currentPasswordEdit")), password);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("newPasswordEdit")),
                     QStringLiteral("brand-new-pass-2"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("repeatPasswordEdit")),
                     QStringLiteral("brand-new-pass-2"));
    // The session adopts the new pair although the dialog (and its AccountSecurityClient) is gone.
    QSignalSpy changed(here->host->session(), &Session::pairReissued);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("changeButton")), Qt::LeftButton);
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000); // the answer finds no dialog, and no crash
    QCOMPARE(here->host->session()->state(), Session::State::SignedIn);

    here->host->session()->signOut();
    QTRY_COMPARE(here->host->session()->state(), Session::State::SignedOut);
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestPasswordChange)
#include "TestPasswordChange.moc"
