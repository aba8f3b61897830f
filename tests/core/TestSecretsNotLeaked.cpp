#include "SandboxProcess.h"
#include "SessionHarness.h"
#include "account/AccountSecurityClient.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QTest>

namespace sp::test {

namespace {
QMutex logMutex;
QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&logMutex);
    capturedLog.append(QLatin1String(context.category ? context.category : "") + QLatin1Char(' ') + message);
}
} // namespace

// After a full signed-in run (sign in, refresh, password change), no password or token is in the
// profile folder, the settings or the log.
class TestSecretsNotLeaked : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void noSecretAnywhere()
    {
        SandboxProcess sandbox;
        SandboxProcess::Options options;
        options.accessTtlSeconds = 2;
        QString error;
        QVERIFY2(sandbox.start(options, &error), qPrintable(error));
        const QString email = QStringLiteral("leak-check@sellerpulse.test");
        const QString oldPassword = QStringLiteral("first secret password 1");
        const QString newPassword = QStringLiteral("second secret password 2");
        QVERIFY2(sandbox.createAccount(email, oldPassword, &error), qPrintable(error));

        QList<QSslCertificate> cas;
        QVERIFY(ServerConfig::loadCaFile(sandbox.certificatePath(), &cas, &error));
        Client client;
        QVERIFY(client.init(sandbox.url(), cas));
        QVERIFY(client.signIn(email, oldPassword));
        QVERIFY(client.authorized("GET", QStringLiteral("/v1/account"))->error.ok());

        QSignalSpy refreshed(client.session.get(), &Session::refreshed);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(client.authorized("GET", QStringLiteral("/v1/sessions"))->error.ok());

        AccountSecurityClient security(client.session.get());
        QSignalSpy changed(&security, &AccountSecurityClient::passwordChanged);
        security.changePassword(oldPassword, newPassword);
        QVERIFY(changed.wait(15000));
        QVERIFY(client.authorized("GET", QStringLiteral("/v1/account"))->error.ok());
        client.profile->sync();

        // What to look for: both passwords, every access token sent, every refresh token stored.
        QList<QByteArray> secrets{oldPassword.toUtf8(), newPassword.toUtf8()};
        QVERIFY2(client.nam.bearerTokens.size() >= 2, "expected access tokens from sign-in and refresh");
        QVERIFY2(client.keychain.written.size() >= 3, "expected refresh tokens from sign-in, refresh and change");
        secrets += client.nam.bearerTokens;
        secrets += client.keychain.written;
        for (const QByteArray& token : std::as_const(client.nam.bearerTokens))
            secrets.append(token.split('.').value(2)); // the signature part alone is secret enough

        // 1. Every file under the profile folder, byte by byte; and nobody else may read any of it.
        const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                  | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QDirIterator folders(client.profile->dir(), QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QCOMPARE(QFileInfo(client.profile->dir()).permissions() & groupOrOther, QFileDevice::Permissions());
        while (folders.hasNext())
            QCOMPARE(QFileInfo(folders.next()).permissions() & groupOrOther, QFileDevice::Permissions());
        int files = 0;
        QDirIterator it(client.profile->dir(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QCOMPARE(file.permissions() & groupOrOther, QFileDevice::Permissions());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++files;
            for (const QByteArray& secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret),
                         qPrintable(QStringLiteral("secret found in %1").arg(file.fileName())));
        }
        QVERIFY(files >= 1); // settings.ini at least

        // 2. The settings' values.
        const QStringList keys = client.profile->settings().allKeys();
        QVERIFY(keys.contains(QStringLiteral("session/remembered")));
        for (const QString& key : keys) {
            const QByteArray value = client.profile->settings().value(key).toString().toUtf8();
            for (const QByteArray& secret : std::as_const(secrets))
                QVERIFY2(!value.contains(secret), qPrintable(key));
        }

        // 3. Everything logged, at debug level.
        QByteArray log;
        {
            QMutexLocker lock(&logMutex);
            log = capturedLog.join(QLatin1Char('\n')).toUtf8();
        }
        QVERIFY2(log.contains("/v1/auth/login") && log.contains("/v1/auth/refresh"),
                 "the log capture must have seen the requests, or this test proves nothing");
        for (const QByteArray& secret : std::as_const(secrets))
            QVERIFY2(!log.contains(secret), "a secret reached the log");

        // 4. And the server's log, for good measure.
        const QByteArray serverLog = sandbox.capturedStderr().toUtf8();
        for (const QByteArray& secret : std::as_const(secrets))
            QVERIFY2(!serverLog.contains(secret), "a secret reached the sandbox log");

        QSignalSpy ended(client.session.get(), &Session::ended);
        client.session->signOut();
        QVERIFY(ended.wait(15000));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSecretsNotLeaked)
#include "TestSecretsNotLeaked.moc"
