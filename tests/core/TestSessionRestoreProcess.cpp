#include "SandboxProcess.h"
#include "SessionHarness.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

// A remembered session survives the process: a second process restores it from the real keychain.
class TestSessionRestoreProcess : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out, err;
    };

    Run runTool(const SandboxProcess& sandbox, const QString& profile, const QString& mode,
                const QString& email = QString(), const QString& password = QString())
    {
        QProcess tool;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SP_TOOL_EMAIL"), email);
        env.insert(QStringLiteral("SP_TOOL_PASSWORD"), password);
        // Sanitizer builds only: Qt's OpenSSL backend leaves TLS state behind at exit (see the file).
        if (!env.contains(QStringLiteral("LSAN_OPTIONS")))
            env.insert(QStringLiteral("LSAN_OPTIONS"),
                       QStringLiteral("suppressions=" SP_TEST_DATA_DIR "/../lsan-openssl.supp"));
        tool.setProcessEnvironment(env);
        tool.start(QCoreApplication::applicationDirPath() + QStringLiteral("/sp_core_session_tool"),
                   {mode, QStringLiteral("--server"), sandbox.url().toString(), QStringLiteral("--ca-file"),
                    sandbox.certificatePath(), QStringLiteral("--profile"), profile});
        Run run;
        if (!tool.waitForStarted(10000) || !tool.waitForFinished(60000))
            return run;
        run.exitCode = tool.exitStatus() == QProcess::NormalExit ? tool.exitCode() : -2;
        run.out = tool.readAllStandardOutput();
        run.err = tool.readAllStandardError();
        return run;
    }

private slots:
    void newProcessRestoresFromKeychain()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({}, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));

        // Nothing remembered yet.
        Run first = runTool(sandbox, profile, QStringLiteral("restore"));
        QCOMPARE(first.exitCode, 3);
        QVERIFY(first.out.contains("state=SignedOut"));

        Run signIn = runTool(sandbox, profile, QStringLiteral("signin"), sandbox.demoEmail(), sandbox.demoPassword());
        QVERIFY2(signIn.exitCode == 0, signIn.err.constData());
        QVERIFY(signIn.out.contains("state=SignedIn"));

        // A new process, no password: the refresh token from the keychain signs it in.
        Run restore = runTool(sandbox, profile, QStringLiteral("restore"));
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QVERIFY(restore.out.contains("state=SignedIn"));
        QVERIFY(restore.out.contains(sandbox.demoEmail().toUtf8()));

        // The token rotated at restore was stored: a third process restores again.
        Run again = runTool(sandbox, profile, QStringLiteral("restore"));
        QVERIFY2(again.exitCode == 0, again.err.constData());

        // The same sandbox again on the same port (same certificate): the session follows it.
        QVERIFY2(sandbox.restartOnSamePort(&error), qPrintable(error));
        Run afterRestart = runTool(sandbox, profile, QStringLiteral("signout"));
        QVERIFY2(afterRestart.exitCode == 0, afterRestart.err.constData());

        // Signed out: nothing left to restore.
        Run afterSignOut = runTool(sandbox, profile, QStringLiteral("restore"));
        QCOMPARE(afterSignOut.exitCode, 3);
        QVERIFY(!afterSignOut.out.contains(sandbox.demoPassword().toUtf8()));
    }

    // The app is killed after the server rotated the refresh token and before the new one reached
    // the keychain: the next start presents the old token, within the server's grace window, and
    // stays signed in. The old token presented once more is a reuse and ends the family.
    void crashBetweenRotationAndKeychainWriteStaysSignedIn()
    {
        SandboxProcess sandbox;
        QString error;
        QVERIFY2(sandbox.start({}, &error), qPrintable(error));
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("profile"));
        Run signIn = runTool(sandbox, profile, QStringLiteral("signin"), sandbox.demoEmail(), sandbox.demoPassword());
        QVERIFY2(signIn.exitCode == 0, signIn.err.constData());
        const std::optional<Profile> opened = Profile::open(profile, &error);
        QVERIFY2(opened, qPrintable(error));
        const QString key = opened->secretKey(QStringLiteral("refresh-token"));
        const SecretResult before = readKeychain(key);
        QCOMPARE(before.status, SecretResult::Status::Ok);

        Run crash = runTool(sandbox, profile, QStringLiteral("refresh-crash"));
        QCOMPARE(crash.exitCode, -2); // killed
        QVERIFY2(crash.out.contains("KILLED-BEFORE-KEYCHAIN-WRITE"), crash.out.constData());
        // The server did rotate (its log is read as the event loop runs).
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.capturedStderr().contains(QLatin1String("POST /v1/auth/refresh 200")), 10000);
        QCOMPARE(readKeychain(key).value, before.value); // the rotated token never arrived

        // Next start: the old token once more, answered with the pair the crashed run never stored.
        Run next = runTool(sandbox, profile, QStringLiteral("restore"));
        QVERIFY2(next.exitCode == 0, next.err.constData());
        QVERIFY(next.out.contains("state=SignedIn"));
        const SecretResult after = readKeychain(key);
        QCOMPARE(after.status, SecretResult::Status::Ok);
        QVERIFY(after.value != before.value);

        // The old token a second time (someone kept a copy): the whole family ends.
        QNetworkAccessManager nam;
        QNetworkRequest request(sandbox.url().resolved(QUrl(QStringLiteral("/v1/auth/refresh"))));
        request.setSslConfiguration(sandbox.sslConfiguration());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = nam.post(
            request, QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), QString::fromLatin1(before.value)}})
                         .toJson(QJsonDocument::Compact));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(reply->readAll().contains("refresh_token_reused"));
        delete reply;
        Run revoked = runTool(sandbox, profile, QStringLiteral("restore"));
        QCOMPARE(revoked.exitCode, 1);
        QVERIFY(revoked.out.contains("state=SignedOut"));
        QCOMPARE(readKeychain(key).status, SecretResult::Status::NotFound);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSessionRestoreProcess)
#include "TestSessionRestoreProcess.moc"
