// One SellerPulse per profile, shown with real processes: a second start with the same profile asks
// the first to show its window and exits 0; another profile starts normally; a socket left behind
// by a killed run does not lock the profile. Another local user can neither keep it from starting
// (a socket squatted at the old, guessable name or in a guessable folder) nor make it raise (a
// peer of another uid, played by a forked child that setuid()s to nobody when the test runs as root).
#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QHash>
#include <QScopeGuard>
#include <QTest>

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pwd.h>
#include <grp.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace sp::test {

namespace {
constexpr int kTimeoutMs = 60000;

// A squatter in this process: answers "ok" to anything, as a running SellerPulse would, so a start
// that believed it would exit as the second instance.
class Squatter : public QObject
{
public:
    int connections = 0;
    bool listen(const QString& path)
    {
        QLocalServer::removeServer(path);
        m_server.setSocketOptions(QLocalServer::WorldAccessOption);
        if (!m_server.listen(path))
            return false;
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
                socket->write("ok\n");
                socket->flush();
            }
        });
        return true;
    }

private:
    QLocalServer m_server;
};

// Sets environment variables for this process (the test computes the app's socket path with the
// same environment) and restores them when destroyed.
class ScopedEnvironment
{
public:
    ~ScopedEnvironment()
    {
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            if (it.value().isNull())
                qunsetenv(it.key().constData());
            else
                qputenv(it.key().constData(), it.value());
        }
    }
    void set(const char* name, const QByteArray& value) // a null value unsets
    {
        if (!m_saved.contains(name))
            m_saved.insert(name, qEnvironmentVariableIsSet(name) ? qgetenv(name) : QByteArray());
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }

private:
    QHash<QByteArray, QByteArray> m_saved;
};

#ifdef Q_OS_LINUX
// A child process running as `uid`: its own process, so the socket's peer credentials are really
// another user's. Only system calls after fork().
pid_t forkAs(uid_t uid, gid_t gid, const std::function<int()>& body)
{
    const pid_t pid = ::fork();
    if (pid != 0)
        return pid;
    // QTest's crash handlers are inherited: a peer that hangs up is no crash of this child.
    ::signal(SIGPIPE, SIG_IGN);
    if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
        ::_exit(90);
    ::_exit(body());
}

int exitCodeOf(pid_t pid)
{
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
        return -1;
    return WEXITSTATUS(status);
}

sockaddr_un addressOf(const QByteArray& path)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, path.constData(), sizeof(address.sun_path));
    return address;
}
#endif
} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

    std::vector<std::unique_ptr<QProcess>> m_processes;

    // The app with a server it never reaches: without a remembered session it only shows the
    // sign-in dialog and sends nothing.
    QProcess* start(const QString& profile)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(QProcessEnvironment::systemEnvironment()); // as set by ScopedEnvironment
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(SP_APP_BIN), {QStringLiteral("--profile"), profile, QStringLiteral("--server"),
                                                    QStringLiteral("https://127.0.0.1:9")});
        m_processes.push_back(std::move(process));
        return m_processes.back().get();
    }

    // True once a process listens on the profile's socket (a bare connection asks for nothing).
    static bool listening(const QString& profile)
    {
        QLocalSocket socket;
        socket.connectToServer(SingleInstance::serverName(profile));
        return socket.waitForConnected(1000);
    }

#ifdef Q_OS_LINUX
    // True once a process of this user listens at `path` (a squatter of another user does not count).
    static bool listeningAsThisUser(const QString& path)
    {
        QLocalSocket socket;
        socket.connectToServer(path);
        if (!socket.waitForConnected(1000))
            return false;
        struct ucred credentials
        {};
        socklen_t length = sizeof(credentials);
        return ::getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &credentials, &length) == 0
               && credentials.uid == ::geteuid();
    }
#endif

    // A second start with `profile`: exits 0 after the running one answered.
    void secondStartRaisesFirst(const QString& profile)
    {
        QProcess* second = start(profile);
        QVERIFY(second->waitForFinished(kTimeoutMs));
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        const QString output = QString::fromUtf8(second->readAllStandardOutput());
        QVERIFY2(output.contains(QStringLiteral("its window was brought to the front")), qPrintable(output));
    }

private slots:
    void cleanup()
    {
        for (auto& process : m_processes) {
            if (process->state() != QProcess::NotRunning) {
                process->kill();
                process->waitForFinished(kTimeoutMs);
            }
        }
        m_processes.clear();
    }

    void secondStartWithSameProfileRaisesTheFirstAndExits()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QProcess* first = start(profile.path());
        QTRY_VERIFY_WITH_TIMEOUT(listening(profile.path()) || first->state() == QProcess::NotRunning, kTimeoutMs);
        QVERIFY2(first->state() == QProcess::Running, first->readAllStandardError().constData());

        // The answer it waited for is sent after the first process raised its window.
        secondStartRaisesFirst(profile.path());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(first->state(), QProcess::Running); // still the one window of this profile

        // The same folder spelled differently is the same profile.
        secondStartRaisesFirst(profile.path() + QStringLiteral("/./"));
        if (QTest::currentTestFailed())
            return;

        // Another profile is another instance.
        QTemporaryDir otherProfile;
        QVERIFY(otherProfile.isValid());
        QVERIFY(SingleInstance::serverName(otherProfile.path()) != SingleInstance::serverName(profile.path()));
        QProcess* other = start(otherProfile.path());
        QTRY_VERIFY_WITH_TIMEOUT(listening(otherProfile.path()) || other->state() == QProcess::NotRunning, kTimeoutMs);
        QCOMPARE(other->state(), QProcess::Running);
    }

    void staleSocketOfAKilledRunIsReplaced()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        QProcess* crashed = start(profile.path());
        QTRY_VERIFY_WITH_TIMEOUT(listening(profile.path()) || crashed->state() == QProcess::NotRunning, kTimeoutMs);
        crashed->kill(); // SIGKILL: no chance to remove its socket
        QVERIFY(crashed->waitForFinished(kTimeoutMs));
#ifdef Q_OS_UNIX
        // The socket file is really left behind, so the next start meets a stale one.
        QVERIFY(QFile::exists(QDir::temp().filePath(SingleInstance::serverName(profile.path()))));
#endif
        QVERIFY(!listening(profile.path()));

        QProcess* next = start(profile.path());
        QTRY_VERIFY_WITH_TIMEOUT(listening(profile.path()) || next->state() == QProcess::NotRunning, kTimeoutMs);
        QVERIFY2(next->state() == QProcess::Running, next->readAllStandardError().constData());
        secondStartRaisesFirst(profile.path());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(next->state(), QProcess::Running);
    }

    // Before the fix the socket was <tmp>/sellerpulse-<hash>, a name any local user could take first.
    void socketSquattedAtTheOldLocationDoesNotStopAStart()
    {
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString name = SingleInstance::serverName(profile.path());
        QVERIFY(!name.isEmpty());
        const QString oldLocation = QDir::temp().filePath(QFileInfo(name).fileName());
        QVERIFY(QFileInfo(name).absolutePath() != QFileInfo(oldLocation).absolutePath());
        Squatter squatter;
        QVERIFY(squatter.listen(oldLocation));
        const auto removeSquatter = qScopeGuard([&] { QLocalServer::removeServer(oldLocation); });

        QProcess* app = start(profile.path());
        QTRY_VERIFY_WITH_TIMEOUT(listening(profile.path()) || app->state() == QProcess::NotRunning, kTimeoutMs);
        QVERIFY2(app->state() == QProcess::Running, app->readAllStandardOutput().constData());
        QCOMPARE(squatter.connections, 0);
    }

#ifdef Q_OS_UNIX
    // Without $XDG_RUNTIME_DIR the folder <tmp>/sellerpulse-<uid> has a guessable name: one made by
    // someone else (here: open to all, with a squatter's socket inside) is not used.
    void guessableFolderNotPrivateIsNotUsed()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString tmp = scratch.filePath(QStringLiteral("tmp"));
        const QString cache = scratch.filePath(QStringLiteral("cache"));
        QVERIFY(QDir().mkpath(tmp) && QDir().mkpath(cache));
        ScopedEnvironment environment;
        environment.set("XDG_RUNTIME_DIR", QByteArray());
        environment.set("TMPDIR", QFile::encodeName(tmp));
        environment.set("XDG_CACHE_HOME", QFile::encodeName(cache));
        QTemporaryDir profile;
        QVERIFY(profile.isValid());

        const QString guessable = QDir(tmp).filePath(QStringLiteral("sellerpulse-%1").arg(::geteuid()));
        QVERIFY(QDir().mkdir(guessable));
        QVERIFY(::chmod(QFile::encodeName(guessable).constData(), 0777) == 0);
        const QString name = SingleInstance::serverName(profile.path());
        QVERIFY2(name.startsWith(cache + QLatin1Char('/')), qPrintable(name)); // not the open folder
        Squatter squatter;
        QVERIFY(squatter.listen(QDir(guessable).filePath(QFileInfo(name).fileName())));

        QProcess* app = start(profile.path());
        QTRY_VERIFY_WITH_TIMEOUT(listening(profile.path()) || app->state() == QProcess::NotRunning, kTimeoutMs);
        QVERIFY2(app->state() == QProcess::Running, app->readAllStandardOutput().constData());
        QCOMPARE(squatter.connections, 0);
        struct stat folder;
        QVERIFY(::lstat(QFile::encodeName(QFileInfo(name).absolutePath()).constData(), &folder) == 0);
        QCOMPARE(folder.st_mode & 07777, mode_t(0700));
        secondStartRaisesFirst(profile.path()); // the folder it chose is found again by the next start
    }
#endif

#ifdef Q_OS_LINUX
    // Another user id, played by a forked child running as "nobody" (root only: QSKIP otherwise).
    // Its socket at the app's very name does not make the app exit as a second instance, and its
    // "activate" on the app's socket (reachable only because the test, as root, opens the folder
    // and the socket to all) gets no answer.
    void peerOfAnotherUserIsIgnored()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to play another user (setuid)");
        const passwd* nobody = ::getpwnam("nobody");
        QVERIFY(nobody);
        const uid_t otherUid = nobody->pw_uid;
        const gid_t otherGid = nobody->pw_gid;

        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QVERIFY(::chmod(QFile::encodeName(runtime.path()).constData(), 0700) == 0);
        ScopedEnvironment environment;
        environment.set("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
        QTemporaryDir profile;
        QVERIFY(profile.isValid());
        const QString name = SingleInstance::serverName(profile.path());
        QVERIFY2(name.startsWith(runtime.path()), qPrintable(name));

        // The other user's squatting server: bound in an open scratch folder, moved to the name.
        QTemporaryDir open;
        QVERIFY(open.isValid());
        QVERIFY(::chmod(QFile::encodeName(open.path()).constData(), 0777) == 0);
        const QByteArray squatPath = QFile::encodeName(open.filePath(QStringLiteral("s")));
        int ready[2];
        QVERIFY(::pipe(ready) == 0);
        const pid_t squatter = forkAs(otherUid, otherGid, [&] {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            const sockaddr_un address = addressOf(squatPath);
            if (fd < 0 || ::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0
                || ::chmod(squatPath.constData(), 0777) != 0 || ::listen(fd, 8) != 0)
                return 91;
            (void)!::write(ready[1], "r", 1);
            for (;;) {
                const int client = ::accept(fd, nullptr, nullptr);
                if (client >= 0) {
                    (void)!::write(client, "ok\n", 3);
                    ::close(client);
                }
            }
        });
        QVERIFY(squatter > 0);
        const auto stopSquatter = qScopeGuard([&] {
            ::kill(squatter, SIGKILL);
            exitCodeOf(squatter);
        });
        ::close(ready[1]);
        char byte = 0;
        QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
        ::close(ready[0]);
        QVERIFY(::rename(squatPath.constData(), QFile::encodeName(name).constData()) == 0);

        QProcess* app = start(profile.path());
        // Believing the squatter, the app would print "already running" and exit 0.
        QTRY_VERIFY_WITH_TIMEOUT(app->state() == QProcess::NotRunning || listeningAsThisUser(name), kTimeoutMs);
        QVERIFY2(app->state() == QProcess::Running, app->readAllStandardOutput().constData());

        // Now the other user reaches the app's socket itself and asks for the window.
        QVERIFY(::chmod(QFile::encodeName(runtime.path()).constData(), 0711) == 0);
        QVERIFY(::chmod(QFile::encodeName(name).constData(), 0777) == 0);
        const QByteArray socketPath = QFile::encodeName(name);
        const pid_t asker = forkAs(otherUid, otherGid, [&] {
            const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
            const sockaddr_un address = addressOf(socketPath);
            if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0)
                return 2; // could not even connect: the server side was not shown
            (void)!::write(fd, "activate\n", 9);
            char reply[8] = {};
            pollfd waitFor{fd, POLLIN, 0};
            // The app answers at once or closes at once; the bound only guards against a hang.
            if (::poll(&waitFor, 1, 20000) <= 0)
                return 3;
            const ssize_t n = ::read(fd, reply, sizeof(reply) - 1);
            return n > 0 && qstrcmp(reply, "ok\n") == 0 ? 1 : 0;
        });
        QVERIFY(asker > 0);
        QCOMPARE(exitCodeOf(asker), 0);
        QCOMPARE(app->state(), QProcess::Running);
        const QString output = QString::fromUtf8(app->readAllStandardError());
        QVERIFY2(!output.contains(QLatin1String("asked for the window")), qPrintable(output));
    }
#endif
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSingleInstance)
#include "TestSingleInstance.moc"
