// The sign-in dialog against a real sandbox over HTTPS and the real keychain (run under
// scripts/with-keyring.sh): typing, signing in, errors, refusals and a dialog closed mid-request.
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "SignInDialog.h"
#include "UiHarness.h"
#include "api/ApiError.h"
#include "auth/Session.h"
#include "secrets/QtKeychainSecretStore.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace sp::test {

class TestSignInDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInShowsMainWindow();
    void wrongPasswordShowsReadableError();
    void plainHttpToRemoteHostIsRefusedWithoutTraffic();
    void caFileWithoutAValidCertificateIsRefused();
    void dialogClosedWhileSigningInDoesNotCrash();
    void rememberedEmailIsPrefilled();

private:
    std::unique_ptr<UiHarness> makeHarness();
    SignInDialog* openDialog(UiHarness& harness);
    void fillServer(SignInDialog* dialog, const QString& url, const QString& caFile);
    void fillCredentials(SignInDialog* dialog, const QString& email, const QString& password);
    template <typename T>
    T* child(QWidget* parent, const char* name)
    {
        auto* widget = parent->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    SandboxProcess m_sandbox;
};

void TestSignInDialog::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    QVERIFY(!m_sandbox.demoPassword().isEmpty());
}

std::unique_ptr<UiHarness> TestSignInDialog::makeHarness()
{
    return std::make_unique<UiHarness>(std::make_unique<QtKeychainSecretStore>(QStringLiteral("SellerPulse")));
}

SignInDialog* TestSignInDialog::openDialog(UiHarness& harness)
{
    harness.windows()->start();
    if (!QTest::qWaitFor([&] { return harness.windows()->signInDialog() != nullptr; }, 5000))
        return nullptr;
    SignInDialog* dialog = harness.windows()->signInDialog();
    if (!QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestSignInDialog::fillServer(SignInDialog* dialog, const QString& url, const QString& caFile)
{
    QTest::mouseClick(child<QToolButton>(dialog, "advancedToggle"), Qt::LeftButton);
    QVERIFY(child<QWidget>(dialog, "advancedBox")->isVisible());
    child<QRadioButton>(dialog, "customRadio")->click();
    auto* urlEdit = child<QLineEdit>(dialog, "serverUrlEdit");
    QVERIFY(urlEdit->isEnabled());
    urlEdit->clear();
    QTest::keyClicks(urlEdit, url);
    auto* caEdit = child<QLineEdit>(dialog, "caFileEdit");
    caEdit->clear();
    QTest::keyClicks(caEdit, caFile);
}

void TestSignInDialog::fillCredentials(SignInDialog* dialog, const QString& email, const QString& password)
{
    auto* emailEdit = child<QLineEdit>(dialog, "emailEdit");
    emailEdit->clear();
    QTest::keyClicks(emailEdit, email);
    auto* passwordEdit = child<QLineEdit>(dialog, "passwordEdit");
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
}

void TestSignInDialog::signInShowsMainWindow()
{
    auto harness = makeHarness();
    SignInDialog* dialog = openDialog(*harness);
    QVERIFY(dialog);
    fillServer(dialog, m_sandbox.url().toString(), m_sandbox.certificatePath());
    fillCredentials(dialog, m_sandbox.demoEmail(), m_sandbox.demoPassword());
    QSignalSpy ready(harness->windows(), &WindowCoordinator::ready);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);

    MainWindow* window = harness->windows()->mainWindow();
    QTRY_VERIFY_WITH_TIMEOUT(window->isVisible(), 20000);
    auto* status = child<QLabel>(window, "connectionLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Signed in to ")), 20000);
    QVERIFY2(status->text().contains(m_sandbox.demoEmail()), qPrintable(status->text()));
    // The server by name, never its URL.
    QVERIFY2(status->text().contains(QLatin1String("local sandbox")), qPrintable(status->text()));
    QVERIFY2(!status->text().contains(QLatin1String("https://")), qPrintable(status->text()));
    QTRY_VERIFY(harness->windows()->signInDialog() == nullptr);
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(harness->host->session()->isPersistent());
    QCOMPARE(harness->host->session()->account().email, m_sandbox.demoEmail());

    // Leave the keychain as we found it.
    harness->host->session()->signOut();
    QTRY_COMPARE(harness->host->session()->state(), Session::State::SignedOut);
}

void TestSignInDialog::wrongPasswordShowsReadableError()
{
    auto harness = makeHarness();
    SignInDialog* dialog = openDialog(*harness);
    QVERIFY(dialog);
    fillServer(dialog, m_sandbox.url().toString(), m_sandbox.certificatePath());
    fillCredentials(dialog, m_sandbox.demoEmail(), QStringLiteral("not-the-password"));
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);

    auto* errorLabel = child<QLabel>(dialog, "errorLabel");
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 20000);
    ApiError expected;
    expected.kind = ApiError::Kind::Problem;
    expected.httpStatus = 401;
    expected.code = QStringLiteral("invalid_credentials");
    QVERIFY2(errorLabel->text().contains(expected.userMessage()), qPrintable(errorLabel->text()));
    // Readable, not the server's raw problem body.
    QVERIFY(!errorLabel->text().contains(QLatin1String("invalid_credentials")));

    // The request id once, in the closed "Details" part only; opened, it can be copied for support.
    auto* details = child<QWidget>(dialog, "errorDetails");
    auto* detailsText = child<QLabel>(dialog, "errorDetailsText");
    auto* toggle = child<QToolButton>(dialog, "errorDetailsToggle");
    QVERIFY(details->isVisible());
    QVERIFY(!detailsText->isVisible());
    const QRegularExpressionMatch id =
        QRegularExpression(QStringLiteral("^Request ID: (\\S+)$"), QRegularExpression::MultilineOption)
            .match(detailsText->text());
    QVERIFY2(id.hasMatch(), qPrintable(detailsText->text()));
    QVERIFY(id.captured(1).size() >= 8);
    QVERIFY2(detailsText->text().contains(QLatin1String("HTTP status: 401")), qPrintable(detailsText->text()));
    int shown = 0;
    for (const QLabel* label : dialog->findChildren<QLabel*>())
        shown += int(label->text().count(id.captured(1)));
    QCOMPARE(shown, 1);
    QVERIFY(!errorLabel->text().contains(QLatin1String("Request")));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(detailsText->isVisible());
    QTest::mouseClick(child<QPushButton>(dialog, "errorDetailsCopy"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), detailsText->text());
    if (qEnvironmentVariableIsSet("SP_TEST_ARTIFACTS_DIR")) // for a person to look at
        dialog->grab().save(QDir(qEnvironmentVariable("SP_TEST_ARTIFACTS_DIR"))
                                .filePath(QStringLiteral("signin-error-details-%1.png").arg(QLocale().name())));
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isBusy());
    QVERIFY(!harness->windows()->mainWindow()->isVisible());
    QCOMPARE(harness->host->session()->state(), Session::State::SignedOut);
}

void TestSignInDialog::plainHttpToRemoteHostIsRefusedWithoutTraffic()
{
    auto harness = makeHarness();
    SignInDialog* dialog = openDialog(*harness);
    QVERIFY(dialog);
    const int requestsBefore = harness->nam.requestCount();
    QSignalSpy requested(dialog, &SignInDialog::signInRequested);
    fillServer(dialog, QStringLiteral("http://example.com"), QString());
    fillCredentials(dialog, QStringLiteral("someone@example.com"), QStringLiteral("a-password-1234"));
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);

    auto* errorLabel = child<QLabel>(dialog, "errorLabel");
    QVERIFY(errorLabel->isVisible());
    QVERIFY2(errorLabel->text().startsWith(QLatin1String("This server cannot be used: ")),
             qPrintable(errorLabel->text()));
    QCOMPARE(requested.count(), 0);
    QVERIFY(!dialog->isBusy());
    // Give a stray request every chance to show up.
    QTest::qWait(200);
    QCOMPARE(harness->nam.requestCount(), requestsBefore);
    QCOMPARE(harness->host->session()->state(), Session::State::SignedOut);
    QCOMPARE(harness->host->server().url, kDefaultServerUrl);
}

// The start only checks a CA file's shape (ServerConfig::checkCaFile); a file the user picks here is parsed
// at once: a PEM block that holds no certificate is refused before the sign-in is asked for.
void TestSignInDialog::caFileWithoutAValidCertificateIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.pem"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n") > 0);
    file.close();
    auto harness = makeHarness();
    SignInDialog* dialog = openDialog(*harness);
    QVERIFY(dialog);
    QSignalSpy requested(dialog, &SignInDialog::signInRequested);
    fillServer(dialog, m_sandbox.url().toString(), path);
    fillCredentials(dialog, m_sandbox.demoEmail(), m_sandbox.demoPassword());
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    auto* errorLabel = child<QLabel>(dialog, "errorLabel");
    QVERIFY(errorLabel->isVisible());
    QVERIFY2(errorLabel->text().contains(QLatin1String("contains no PEM certificate")), qPrintable(errorLabel->text()));
    QCOMPARE(requested.count(), 0);
    QVERIFY(!dialog->isBusy());
}

void TestSignInDialog::dialogClosedWhileSigningInDoesNotCrash()
{
    auto harness = makeHarness();
    SignInDialog* dialog = openDialog(*harness);
    QVERIFY(dialog);
    fillServer(dialog, m_sandbox.url().toString(), m_sandbox.certificatePath());
    fillCredentials(dialog, m_sandbox.demoEmail(), QStringLiteral("wrong-password-here"));
    QSignalSpy quit(harness->windows(), &WindowCoordinator::quitRequested);
    QTest::mouseClick(child<QPushButton>(dialog, "signInButton"), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    // The click chose the sandbox, so the session to watch exists only now (the answer is async).
    QSignalSpy failed(harness->host->session(), &Session::signInFailed);
    QPointer<SignInDialog> guard(dialog);
    dialog->close(); // WA_DeleteOnClose: gone before the answer arrives
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(quit.count(), 1);
    // The answer arrives after the dialog is gone; the app survives and asks again.
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20000);
    QTRY_VERIFY(harness->windows()->signInDialog() != nullptr);
    QVERIFY(harness->windows()->signInDialog()->findChild<QLabel*>(QStringLiteral("errorLabel"))->isVisible());
}

void TestSignInDialog::rememberedEmailIsPrefilled()
{
    auto harness = makeHarness();
    ServerChoice server;
    server.url = m_sandbox.url();
    server.caFile = m_sandbox.certificatePath();
    QString error;
    QVERIFY2(harness->host->useServer(server, &error), qPrintable(error));
    // Sign in programmatically, then sign out: the email stays remembered for the next dialog.
    harness->windows()->signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
    QTRY_COMPARE_WITH_TIMEOUT(harness->host->session()->state(), Session::State::SignedIn, 20000);
    harness->host->session()->signOut();
    QTRY_VERIFY(harness->windows()->signInDialog() != nullptr);
    auto* emailEdit = child<QLineEdit>(harness->windows()->signInDialog(), "emailEdit");
    QCOMPARE(emailEdit->text(), m_sandbox.demoEmail());
    QCOMPARE(child<QLineEdit>(harness->windows()->signInDialog(), "passwordEdit")->text(), QString());
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestSignInDialog)
#include "TestSignInDialog.moc"
