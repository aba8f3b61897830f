// One writer of the session per profile, with the real binary, a real sandbox and the real keychain:
// a --smoke-test started beside the running app must not rotate the app's refresh token (the app's
// next refresh would then read as "reused" and sign the seller out).
#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/QtKeychainSecretStore.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

class TestSessionSingleWriter : public QObject
{
    Q_OBJECT

private slots:
    void smokeTestBesideTheAppLeavesItsSessionAlone();

private:
    static int refreshes(const SandboxProcess& sandbox, int status)
    {
        return sandbox.capturedStderr().count(QStringLiteral("POST /v1/auth/refresh %1 ").arg(status));
    }
};

void TestSessionSingleWriter::smokeTestBesideTheAppLeavesItsSessionAlone()
{
    SandboxProcess::Options options;
    // The app refreshes about 32 s after it restored the session: well after the smoke test beside it.
    options.accessTtlSeconds = 40;
    SandboxProcess sandbox;
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString profileDir = dir.filePath(QStringLiteral("profile"));

    // A remembered session in the profile, as the app itself leaves it (the app's keychain service).
    {
        std::optional<Profile> profile = Profile::open(profileDir, &error);
        QVERIFY2(profile, qPrintable(error));
        ServerConfig config;
        config.baseUrl = sandbox.url();
        QVERIFY(ServerConfig::loadCaFile(sandbox.certificatePath(), &config.extraCaCertificates, &error));
        QNetworkAccessManager nam;
        ApiClient api(&nam, config);
        QtKeychainSecretStore keychain(QStringLiteral("SellerPulse"));
        Clock clock;
        Session session(&api, &keychain, &*profile, &clock);
        QSignalSpy signedIn(&session, &Session::signedIn);
        session.signIn(sandbox.demoEmail(), sandbox.demoPassword());
        QVERIFY(signedIn.wait(20000));
        QVERIFY(session.hasRememberedSession());
    }

    const QStringList serverArguments{QStringLiteral("--server"),  sandbox.url().toString(),
                                      QStringLiteral("--ca-file"), sandbox.certificatePath(),
                                      QStringLiteral("--profile"), profileDir};
    QProcess app;
    app.setProcessChannelMode(QProcess::SeparateChannels);
    app.start(QStringLiteral(SP_APP_BIN), serverArguments);
    QVERIFY(app.waitForStarted(10000));
    QByteArray appOut;
    QTRY_VERIFY2_WITH_TIMEOUT((appOut += app.readAllStandardOutput()).contains("signed in (restored session)"),
                              appOut.constData(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(refreshes(sandbox, 200), 1, 10000); // the app's restore
    const int refreshedBefore = 1;

    // The smoke test beside it, on the same profile: it passes without touching the session.
    QProcess smoke;
    smoke.start(QStringLiteral(SP_APP_BIN), QStringList{QStringLiteral("--smoke-test")} + serverArguments);
    QVERIFY(smoke.waitForStarted(10000));
    // Waited for with the event loop running, so the sandbox's log is read meanwhile.
    QTRY_VERIFY_WITH_TIMEOUT(smoke.state() == QProcess::NotRunning, 90000);
    const QByteArray smokeOut = smoke.readAllStandardOutput();
    QCOMPARE(smoke.exitStatus(), QProcess::NormalExit);
    QVERIFY2(smoke.exitCode() == 0, smoke.readAllStandardError().constData());
    QVERIFY2(smokeOut.contains("already running"), smokeOut.constData());
    QCOMPARE(refreshes(sandbox, 200), refreshedBefore); // no rotation by the smoke test

    // The app's own refresh comes (short access tokens) and is accepted: still signed in.
    QTRY_VERIFY_WITH_TIMEOUT(refreshes(sandbox, 200) >= refreshedBefore + 1, 60000);
    QCOMPARE(refreshes(sandbox, 401), 0);
    QVERIFY2(app.state() == QProcess::Running, app.readAllStandardError().constData());

    // And the session the app leaves behind is still good: the next start restores it.
    app.terminate();
    QVERIFY(app.waitForFinished(30000));
    QProcess again;
    again.start(QStringLiteral(SP_APP_BIN), QStringList{QStringLiteral("--smoke-test")} + serverArguments);
    QVERIFY(again.waitForFinished(90000));
    const QByteArray againOut = again.readAllStandardOutput();
    QVERIFY2(again.exitCode() == 0, again.readAllStandardError().constData());
    QVERIFY2(againOut.contains("signed in (restored session)"), againOut.constData());
    QCOMPARE(refreshes(sandbox, 401), 0);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSessionSingleWriter)
#include "TestSessionSingleWriter.moc"
