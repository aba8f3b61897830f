// Runs the built `sellerpulse` binary: usage errors, --version/--help without a display, and the
// full --sandbox --smoke-test path twice (new sign-in, then a session restored from the keychain).
#include "SandboxProcess.h"
#include "account/AccountSecurityClient.h"
#include "api/ApiClient.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/InMemorySecretStore.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/types.h>
#endif

namespace sp::test {

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors_data();
    void usageErrors();
    void versionAndHelpNeedNoDisplay();
    void messagesFollowTheSystemLanguage();
    void smokeTestWithoutSessionFailsClearly();
    void sandboxSmokeTestSignsInThenRestores();
    void terminationStopsTheSandbox();
    void killedSandboxLeavesTheAppRunningAndStartsAgain();
    void changedDemoPasswordAsksTheUser();
    void endedSandboxSessionSignsInToTheDemoAgain();
    void missingSandboxFailsWithAReason();

private:
    struct Run
    {
        int exitCode = -1;
        QString out, err;
        bool finished = false;
    };
    Run run(const QStringList& arguments, const QProcessEnvironment& env, int timeoutMs = 90000);
    static QProcessEnvironment withoutDisplay();

    QTemporaryDir m_dir;
};

TestCommandLine::Run TestCommandLine::run(const QStringList& arguments, const QProcessEnvironment& env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SP_APP_BIN), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QProcessEnvironment TestCommandLine::withoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

void TestCommandLine::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
    QTest::newRow("http to a remote host")
        << QStringList{QStringLiteral("--server"), QStringLiteral("http://example.com")};
    QTest::newRow("missing value") << QStringList{QStringLiteral("--profile")};
    QTest::newRow("positional") << QStringList{QStringLiteral("stray")};
    QTest::newRow("sandbox and server") << QStringList{QStringLiteral("--sandbox"), QStringLiteral("--server"),
                                                       QStringLiteral("https://example.com")};
    // The CA file is checked on the command line without parsing its certificates (the TLS backend is not
    // loaded for it): a missing file, or one without a PEM certificate block, is a usage error still.
    QTest::newRow("missing CA file") << QStringList{QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9"),
                                                    QStringLiteral("--ca-file"),
                                                    m_dir.filePath(QStringLiteral("none.pem"))};
    const QString notPem = m_dir.filePath(QStringLiteral("not-a-certificate.pem"));
    QFile file(notPem);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("just some text\n") > 0);
    file.close();
    QTest::newRow("CA file without a certificate") << QStringList{
        QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:9"), QStringLiteral("--ca-file"), notPem};
}

void TestCommandLine::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments, withoutDisplay(), 20000);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    const QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QLatin1String("sellerpulse: ")), qPrintable(result.err));
    QVERIFY(lines.first().size() > int(qstrlen("sellerpulse: ")) + 5);
    QVERIFY(result.out.isEmpty());
}

void TestCommandLine::versionAndHelpNeedNoDisplay()
{
    const Run version = run({QStringLiteral("--version")}, withoutDisplay(), 20000);
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(QLatin1String("sellerpulse 0.1.0")), qPrintable(version.out));
    QVERIFY2(version.out.contains(QLatin1String("Qt ")), qPrintable(version.out));

    const Run help = run({QStringLiteral("--help")}, withoutDisplay(), 20000);
    QCOMPARE(help.exitCode, 0);
    for (const char* option : {"--sandbox", "--server", "--ca-file", "--profile", "--smoke-test", "--screenshot"})
        QVERIFY2(help.out.contains(QLatin1String(option)), option);
}

void TestCommandLine::messagesFollowTheSystemLanguage()
{
    QProcessEnvironment env = withoutDisplay();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    const Run german = run({QStringLiteral("--server"), QStringLiteral("http://example.com")}, env, 20000);
    QCOMPARE(german.exitCode, 2);
    QCOMPARE(german.err.count(QLatin1Char('\n')), 1);
    // core's message (UrlPolicy through CommandLineOptions), from the embedded German translation
    QVERIFY2(german.err.contains(QStringLiteral("ist nicht erlaubt")), qPrintable(german.err));

    const Run help = run({QStringLiteral("--help")}, env, 20000);
    QVERIFY2(help.out.contains(QStringLiteral("Diese Hilfe anzeigen und beenden.")), qPrintable(help.out));

    const Run english =
        run({QStringLiteral("--server"), QStringLiteral("http://example.com")}, withoutDisplay(), 20000);
    QVERIFY2(english.err.contains(QStringLiteral("is not allowed")), qPrintable(english.err));
}

void TestCommandLine::smokeTestWithoutSessionFailsClearly()
{
    QTemporaryDir profile;
    const Run result = run({QStringLiteral("--smoke-test"), QStringLiteral("--profile"), profile.path()},
                           QProcessEnvironment::systemEnvironment(), 90000);
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("sellerpulse: smoke test failed: ")), qPrintable(result.err));
    QVERIFY(!result.out.contains(QLatin1String("main window shown")));
}

void TestCommandLine::sandboxSmokeTestSignsInThenRestores()
{
    QTemporaryDir profile;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList arguments{QStringLiteral("--sandbox"), QStringLiteral("--smoke-test"),
                                QStringLiteral("--profile"), profile.path()};

    const Run first = run(arguments, env);
    QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("sellerpulse: signed in (new sign-in)")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QLatin1String("sellerpulse: main window shown after ")), qPrintable(first.out));

    // Same profile: the session comes back from the keychain, no password is sent.
    const Run second = run(arguments, env);
    QVERIFY2(second.finished && second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(QLatin1String("sellerpulse: signed in (restored session)")),
             qPrintable(second.out + second.err));

    // --screenshot writes a PNG of the main window, once a complete sync is in the cache and the
    // dashboard shows it (a fresh profile: the picture must not be an empty dashboard).
    QTemporaryDir fresh;
    const QString shot = fresh.filePath(QStringLiteral("shot.png"));
    const Run third = run(
        {QStringLiteral("--sandbox"), QStringLiteral("--screenshot"), shot, QStringLiteral("--profile"), fresh.path()},
        env);
    QVERIFY2(third.finished && third.exitCode == 0, qPrintable(third.err));
    QVERIFY2(third.out.contains(QLatin1String("sellerpulse: dashboard shown with the data synced at ")),
             qPrintable(third.out));
    QVERIFY2(third.out.indexOf(QLatin1String("waiting for the first sync"))
                 < third.out.indexOf(QLatin1String("screenshot written")),
             qPrintable(third.out));
    QFile png(shot);
    QVERIFY(png.open(QIODevice::ReadOnly));
    QCOMPARE(png.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    QVERIFY(QFileInfo(shot).size() > 1000);

    // scripts/screenshots.sh's pictures: another page, at a given size, once its rows are in.
    const QString page = fresh.filePath(QStringLiteral("finances.png"));
    const Run fourth = run({QStringLiteral("--sandbox"), QStringLiteral("--screenshot"), page, QStringLiteral("--page"),
                            QStringLiteral("finances"), QStringLiteral("--size"), QStringLiteral("1280x800"),
                            QStringLiteral("--profile"), fresh.path()},
                           env);
    QVERIFY2(fourth.finished && fourth.exitCode == 0, qPrintable(fourth.err));
    QFile pagePng(page);
    QVERIFY(pagePng.open(QIODevice::ReadOnly));
    const QByteArray header = pagePng.read(24); // signature, IHDR: width and height, big-endian
    QCOMPARE(header.left(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
    auto bigEndian = [&header](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16)
               | (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    QCOMPARE(bigEndian(16), 1280u);
    QCOMPARE(bigEndian(20), 800u);
}

// Processes whose command line mentions `needle` (Linux /proc).
static QList<qint64> processesMentioning(const QString& needle)
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

void TestCommandLine::terminationStopsTheSandbox()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#else
    QTemporaryDir profile;
    QProcess app;
    app.start(QStringLiteral(SP_APP_BIN), {QStringLiteral("--sandbox"), QStringLiteral("--profile"), profile.path()});
    QVERIFY(app.waitForStarted(10000));
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += app.readAllStandardOutput()).contains("sellerpulse: signed in"), 60000);
    const QString sandboxData = QDir(profile.path()).filePath(QStringLiteral("sandbox"));
    const QList<qint64> sandboxes = processesMentioning(sandboxData);
    QCOMPARE(sandboxes.size(), 1);

    app.terminate(); // SIGTERM, like Ctrl+C or a logout
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(sandboxData).isEmpty(), 10000);
#endif
}

// The sandbox dies under the running app (killed, crashed): the app does not quit; it works offline
// from its cache and starts the sandbox again on the same port, so the session carries on.
void TestCommandLine::killedSandboxLeavesTheAppRunningAndStartsAgain()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#else
    QTemporaryDir profile;
    QProcess app;
    app.start(QStringLiteral(SP_APP_BIN), {QStringLiteral("--sandbox"), QStringLiteral("--profile"), profile.path()});
    QVERIFY(app.waitForStarted(10000));
    QByteArray out;
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((out += app.readAllStandardOutput()).contains("sellerpulse: signed in"), 60000);
    const QString sandboxData = QDir(profile.path()).filePath(QStringLiteral("sandbox"));
    const QList<qint64> first = processesMentioning(sandboxData);
    QCOMPARE(first.size(), 1);

    QCOMPARE(::kill(pid_t(first.constFirst()), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT((err += app.readAllStandardError()).contains("the local sandbox stopped; working offline"),
                             20000);
    QCOMPARE(app.state(), QProcess::Running);
    // Started again: a new process on the same data, and the app is still there.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<qint64> now = processesMentioning(sandboxData);
            return now.size() == 1 && now.constFirst() != first.constFirst();
        }(),
        30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += app.readAllStandardError()).indexOf("local sandbox ready at", err.indexOf("the local sandbox stopped"))
            > 0,
        30000);
    QCOMPARE(app.state(), QProcess::Running);

    app.terminate();
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(sandboxData).isEmpty(), 10000);
#endif
}

void TestCommandLine::changedDemoPasswordAsksTheUser()
{
    // The app's sandbox keeps its state in <profile>/sandbox: change the demo password there first.
    QTemporaryDir profile;
    QTemporaryDir otherProfileDir;
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.dataDir = QDir(profile.path()).filePath(QStringLiteral("sandbox"));
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    {
        std::optional<Profile> other = Profile::open(otherProfileDir.path(), &error);
        QVERIFY2(other, qPrintable(error));
        QNetworkAccessManager nam;
        ServerConfig config;
        config.baseUrl = sandbox.url();
        QVERIFY(ServerConfig::loadCaFile(sandbox.certificatePath(), &config.extraCaCertificates, &error));
        ApiClient api(&nam, config);
        InMemorySecretStore secrets;
        Clock clock;
        Session session(&api, &secrets, &*other, &clock);
        session.signIn(sandbox.demoEmail(), sandbox.demoPassword());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::SignedIn, 20000);
        AccountSecurityClient security(&session);
        QSignalSpy changed(&security, &AccountSecurityClient::passwordChanged);
        security.changePassword(sandbox.demoPassword(), QStringLiteral("a-new-demo-password"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
    }
    sandbox.stop();

    const Run result =
        run({QStringLiteral("--sandbox"), QStringLiteral("--smoke-test"), QStringLiteral("--profile"), profile.path()},
            QProcessEnvironment::systemEnvironment());
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(QLatin1String("smoke test failed"))
                 && result.err.contains(QLatin1String("demo account's password was changed")),
             qPrintable(result.err));
    QVERIFY(!result.out.contains(QLatin1String("signed in")));
}

void TestCommandLine::endedSandboxSessionSignsInToTheDemoAgain()
{
    QTemporaryDir profile;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList arguments{QStringLiteral("--sandbox"), QStringLiteral("--smoke-test"),
                                QStringLiteral("--profile"), profile.path()};
    const Run first = run(arguments, env);
    QVERIFY2(first.exitCode == 0 && first.out.contains(QLatin1String("(new sign-in)")), qPrintable(first.err));

    // Sign out every device of the demo account on the app's sandbox (its state is in the profile).
    QTemporaryDir otherProfileDir;
    SandboxProcess sandbox;
    SandboxProcess::Options options;
    options.dataDir = QDir(profile.path()).filePath(QStringLiteral("sandbox"));
    QString error;
    QVERIFY2(sandbox.start(options, &error), qPrintable(error));
    {
        std::optional<Profile> other = Profile::open(otherProfileDir.path(), &error);
        QVERIFY2(other, qPrintable(error));
        QNetworkAccessManager nam;
        ServerConfig config;
        config.baseUrl = sandbox.url();
        QVERIFY(ServerConfig::loadCaFile(sandbox.certificatePath(), &config.extraCaCertificates, &error));
        ApiClient api(&nam, config);
        InMemorySecretStore secrets;
        Clock clock;
        Session session(&api, &secrets, &*other, &clock);
        session.signIn(sandbox.demoEmail(), sandbox.demoPassword());
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::State::SignedIn, 20000);
        ApiRequest logoutAll;
        logoutAll.method = "POST";
        logoutAll.path = QStringLiteral("/v1/auth/logout-all");
        int status = 0;
        session.sendAuthorized(logoutAll, this, [&status](const ApiResponse& response) {
            status = response.error.ok() ? response.httpStatus : -1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(status != 0, 20000);
        QVERIFY2(status >= 200 && status < 300, qPrintable(QString::number(status)));
    }
    sandbox.stop();

    // The remembered session is refused; the app signs in to the demo account again by itself.
    const Run second = run(arguments, env);
    QVERIFY2(second.finished && second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(QLatin1String("sellerpulse: signed in (new sign-in)")), qPrintable(second.out));
    QVERIFY2(second.err.contains(QLatin1String("signing in with the fallback account")), qPrintable(second.err));
}

void TestCommandLine::missingSandboxFailsWithAReason()
{
    // The app alone in a folder: --sandbox has nothing to start.
    QTemporaryDir folder;
    const QString app = folder.filePath(QStringLiteral("sellerpulse"));
    QVERIFY(QFile::copy(QStringLiteral(SP_APP_BIN), app));
    QTemporaryDir profile;
    QProcess process;
    process.start(app, {QStringLiteral("--sandbox"), QStringLiteral("--smoke-test"), QStringLiteral("--profile"),
                        profile.path()});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("sellerpulse: smoke test failed: ")) && err.contains(QLatin1String("sandbox")),
             qPrintable(err));
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestCommandLine)
#include "TestCommandLine.moc"
