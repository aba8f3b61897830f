#include "SandboxProcess.h"

#include <QCoreApplication>
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
            env.insert(QStringLiteral("LSAN_OPTIONS"), QStringLiteral("suppressions=" SP_TEST_DATA_DIR "/../lsan-openssl.supp"));
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

        // The local sandbox gets a new port at every start; a loopback session follows it.
        QVERIFY2(sandbox.restart(&error), qPrintable(error));
        Run afterRestart = runTool(sandbox, profile, QStringLiteral("signout"));
        QVERIFY2(afterRestart.exitCode == 0, afterRestart.err.constData());

        // Signed out: nothing left to restore.
        Run afterSignOut = runTool(sandbox, profile, QStringLiteral("restore"));
        QCOMPARE(afterSignOut.exitCode, 3);
        QVERIFY(!afterSignOut.out.contains(sandbox.demoPassword().toUtf8()));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSessionRestoreProcess)
#include "TestSessionRestoreProcess.moc"
