// One SellerPulse per profile, shown with real processes: a second start with the same profile asks
// the first to show its window and exits 0; another profile starts normally; a socket left behind
// by a killed run does not lock the profile.
#include "SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sp::test {

namespace {
constexpr int kTimeoutMs = 60000;
}

class TestSingleInstance : public QObject
{
    Q_OBJECT

    std::vector<std::unique_ptr<QProcess>> m_processes;

    // The app with a server it never reaches: without a remembered session it only shows the
    // sign-in dialog and sends nothing.
    QProcess* start(const QString& profile)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start(QStringLiteral(SP_APP_BIN),
                       {QStringLiteral("--profile"), profile, QStringLiteral("--server"),
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
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSingleInstance)
#include "TestSingleInstance.moc"
