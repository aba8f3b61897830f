// Runs the built `sellerpulse` binary: after a run killed with SIGKILL the next start says the
// previous run ended unexpectedly (and offers a support bundle); after a normal quit it does not.
// Then `sellerpulse --support-bundle FILE` writes a bundle for the same profile without a window.
#include "support/SupportBundleReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace sp::test {

class TestCrashNotice : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };

    static Run run(const QStringList& arguments, int timeoutMs = 120000)
    {
        QProcess process;
        process.start(QStringLiteral(SP_APP_BIN), arguments);
        Run result;
        if (!process.waitForStarted(10000))
            return result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(5000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

private slots:
    void noticeAfterSigkillOnlyAndScriptedBundle()
    {
        QTemporaryDir profile;
        const QString marker = QDir(profile.path()).filePath(QStringLiteral("running.marker"));
        const QString notice = QStringLiteral("sellerpulse: the previous run ended unexpectedly");

        // 1. A run that signs in, then is killed without a chance to clean up.
        {
            QProcess app;
            app.start(QStringLiteral(SP_APP_BIN),
                      {QStringLiteral("--sandbox"), QStringLiteral("--profile"), profile.path()});
            QVERIFY(app.waitForStarted(10000));
            QByteArray out;
            QTRY_VERIFY_WITH_TIMEOUT((out += app.readAllStandardOutput()).contains("sellerpulse: signed in"), 90000);
            QVERIFY(!out.contains(notice.toUtf8())); // a fresh profile: nothing to report
            QVERIFY(QFile::exists(marker));
            QCOMPARE(QFileInfo(marker).permissions() & 0x7777,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
            ::kill(pid_t(app.processId()), SIGKILL);
            QVERIFY(app.waitForFinished(10000));
            QCOMPARE(app.exitStatus(), QProcess::CrashExit);
        }
        QVERIFY(QFile::exists(marker)); // nobody removed it

        // 2. The next start says so, and still signs in and quits normally.
        const QStringList smoke{QStringLiteral("--sandbox"), QStringLiteral("--smoke-test"),
                                QStringLiteral("--profile"), profile.path()};
        const Run afterKill = run(smoke);
        QVERIFY2(afterKill.exitCode == 0, qPrintable(afterKill.out + afterKill.err));
        QVERIFY2(afterKill.out.contains(notice), qPrintable(afterKill.out));
        QVERIFY(!QFile::exists(marker)); // a normal quit removes it

        // 3. After that normal quit: no notice.
        const Run afterQuit = run(smoke);
        QVERIFY2(afterQuit.exitCode == 0, qPrintable(afterQuit.out + afterQuit.err));
        QVERIFY2(!afterQuit.out.contains(notice), qPrintable(afterQuit.out));
        QVERIFY(!QFile::exists(marker));

        // The log of those runs is in the profile, private.
        const QString logs = QDir(profile.path()).filePath(QStringLiteral("logs"));
        QCOMPARE(QFileInfo(logs).permissions() & 0x7777, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                             | QFileDevice::ExeOwner | QFileDevice::ReadUser
                                                             | QFileDevice::WriteUser | QFileDevice::ExeUser);
        QFile log(QDir(logs).filePath(QStringLiteral("sellerpulse.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY(logText.contains("the previous run ended unexpectedly"));
        QVERIFY(logText.contains("clean exit"));

        // 4. The scripted bundle: no window, no network, from the remembered profile.
        const QString bundlePath = QDir(profile.path()).filePath(QStringLiteral("bundle.zip"));
        const Run bundleRun =
            run({QStringLiteral("--profile"), profile.path(), QStringLiteral("--support-bundle"), bundlePath});
        QVERIFY2(bundleRun.exitCode == 0, qPrintable(bundleRun.out + bundleRun.err));
        QVERIFY2(bundleRun.out.contains(QLatin1String("support bundle written to")), qPrintable(bundleRun.out));
        QString error;
        const auto bundle = SupportBundleReader::readFile(bundlePath, &error);
        QVERIFY2(bundle, qPrintable(error));
        for (const char* name : {"summary.txt", "versions.json", "settings.json", "connection.json",
                                 "cache-summary.json", "logs/sellerpulse.log", "logs/requests.log"})
            QVERIFY2(bundle->find(QLatin1String(name)), name);
        const QJsonObject settings =
            QJsonDocument::fromJson(bundle->find(QStringLiteral("settings.json"))->content).object();
        QCOMPARE(
            settings.value(QStringLiteral("values")).toObject().value(QStringLiteral("session/remembered")).toBool(),
            true);
        QVERIFY(bundle->find(QStringLiteral("logs/requests.log"))->content.contains("POST /v1/auth/"));
        QVERIFY(!bundle->find(QStringLiteral("logs/sellerpulse.log"))->content.contains("demo@sellerpulse.test"));
        // The run marker is the app's: a scripted bundle neither writes nor removes it.
        QVERIFY(!QFile::exists(marker));
    }

    void badOptionsAreUsageErrors()
    {
        const Run level = run({QStringLiteral("--log-level"), QStringLiteral("loud")});
        QCOMPARE(level.exitCode, 2);
        QVERIFY2(level.err.contains(QLatin1String("--log-level")), qPrintable(level.err));
        const Run both =
            run({QStringLiteral("--sandbox"), QStringLiteral("--support-bundle"), QStringLiteral("x.zip")});
        QCOMPARE(both.exitCode, 2);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestCrashNotice)
#include "TestCrashNotice.moc"
