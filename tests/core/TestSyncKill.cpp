// A sync process killed with SIGKILL at random points, and restarted each time: the cache stays
// consistent (integrity_check ok) and ends with exactly the server's records.
#include "SyncHarness.h"

#include "SandboxProcess.h"
#include "cache/CacheFiles.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>

#include <csignal>

namespace sp::test {

class TestSyncKill : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_profileDir;

    QString toolPath() const { return QCoreApplication::applicationDirPath() + QStringLiteral("/sp_core_sync_tool"); }

    void startTool(QProcess& process, const QString& profileDir = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SP_TOOL_EMAIL"), m_sandbox.demoEmail());
        env.insert(QStringLiteral("SP_TOOL_PASSWORD"), m_sandbox.demoPassword());
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(toolPath(), {QStringLiteral("--server"), m_sandbox.url().toString(), QStringLiteral("--ca-file"),
                                   m_sandbox.certificatePath(), QStringLiteral("--profile"),
                                   profileDir.isEmpty() ? m_profileDir.path() : profileDir,
                                   QStringLiteral("--page-limit"), QStringLiteral("40")});
    }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.demoOrders = 1500;
        options.seed = 11;
        // Every round of the tool signs in afresh (see SyncTool.cpp): no sign-in rate limit here.
        options.rateLimit = 1000;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QVERIFY2(QFileInfo::exists(toolPath()), qPrintable(toolPath()));
    }

    void killedAtRandomPointsResumesWithoutGapOrDuplicate()
    {
        QRandomGenerator random(quint32(QDateTime::currentMSecsSinceEpoch()));
        int kills = 0;
        int completed = 0;
        QStringList killedAt;
        for (int round = 0; kills < 22 && round < 80; ++round) {
            QProcess tool;
            startTool(tool);
            QVERIFY(tool.waitForStarted());
            const bool byTime = round % 3 == 0;
            const int delayMs = int(random.bounded(250));
            const int pages = 1 + int(random.bounded(14));
            QElapsedTimer timer;
            timer.start();
            int seen = 0;
            QString last = QStringLiteral("start");
            bool killed = false;
            // Time-based kills count from the first committed page, so that they land in the sync (a
            // kill during the sign-in's TLS handshake tests the sandbox, not the cache).
            QElapsedTimer sinceFirstPage;
            while (tool.state() == QProcess::Running) {
                if (byTime && sinceFirstPage.isValid() && sinceFirstPage.elapsed() >= delayMs) {
                    ::kill(pid_t(tool.processId()), SIGKILL);
                    killed = true;
                    break;
                }
                tool.waitForReadyRead(byTime ? 5 : 100);
                while (tool.canReadLine()) {
                    const QByteArray line = tool.readLine().trimmed();
                    if (line.startsWith("PROGRESS")) {
                        if (!sinceFirstPage.isValid())
                            sinceFirstPage.start();
                        ++seen;
                        last = QString::fromUtf8(line.mid(9));
                    }
                }
                if (!byTime && seen >= pages) {
                    ::kill(pid_t(tool.processId()), SIGKILL);
                    killed = true;
                    break;
                }
                QVERIFY2(timer.elapsed() < 120000, "a sync round took over two minutes");
            }
            if (tool.state() != QProcess::NotRunning)
                QVERIFY(tool.waitForFinished(30000));
            if (killed && tool.exitStatus() == QProcess::CrashExit) {
                ++kills;
                killedAt << (byTime ? QStringLiteral("%1ms").arg(delayMs) : last);
            } else {
                // It finished before the kill: a complete sync (later rounds are incremental ones).
                const QByteArray rest = tool.readAllStandardOutput() + tool.readAllStandardError().right(2000);
                QVERIFY2(tool.exitStatus() == QProcess::NormalExit && tool.exitCode() == 0, rest.constData());
                ++completed;
                // New data for the next rounds, so that kills keep landing in real work.
                QVERIFY(m_sandbox.advanceClock(
                    QJsonObject{{QStringLiteral("seconds"), 3 * 86400}, {QStringLiteral("changed_fraction"), 0.2}}));
            }
        }
        qInfo().noquote() << kills << "kills, at:" << killedAt.join(QStringLiteral(", ")) << ";" << completed
                          << "rounds completed";
        QVERIFY(kills >= 20);

        // The last run, undisturbed.
        QProcess tool;
        startTool(tool);
        QVERIFY(tool.waitForFinished(240000));
        const QByteArray output = tool.readAllStandardOutput();
        QVERIFY2(tool.exitCode() == 0 && output.contains("DONE ok"),
                 QByteArray(output.right(300) + " / exit " + QByteArray::number(tool.exitCode()) + " / "
                            + tool.readAllStandardError().right(1500))
                     .constData());

        Client client;
        QVERIFY(client.init(m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates()));
        QVERIFY(client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        const auto server = serverRecords(client);
        QVERIFY(server);
        QString error;
        auto profile = Profile::open(m_profileDir.path(), &error);
        QVERIFY2(profile, qPrintable(error));
        const QString accountId = client.session->account().id;
        const SecureBytes key = cacheKeyFromKeychain(*profile, accountId);
        QCOMPARE(key.toByteArray().size(), 32);
        QString integrity;
        const auto cached = cacheRecords(CacheFiles::databasePath(CacheFiles::accountDir(*profile, accountId)),
                                         key.toByteArray(), &integrity);
        QVERIFY(cached);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QVERIFY2(*cached == *server, qPrintable(firstDifference(*cached, *server)));
    }

    // Reads a profile's cache (key from the keychain).
    std::optional<CacheFingerprint> fingerprint(const QString& profileDir, const QString& accountId)
    {
        QString error;
        auto profile = Profile::open(profileDir, &error);
        if (!profile)
            return std::nullopt;
        const SecureBytes key = cacheKeyFromKeychain(*profile, accountId);
        return cacheFingerprint(CacheFiles::databasePath(CacheFiles::accountDir(*profile, accountId)),
                                key.toByteArray());
    }

    // Runs the tool in `profileDir` and kills it (SIGKILL) once `resource` has committed `pages`
    // pages; false if it ended first.
    bool killAfter(const QString& profileDir, const QByteArray& resource, int pages)
    {
        QProcess tool;
        startTool(tool, profileDir);
        if (!tool.waitForStarted())
            return false;
        int seen = 0;
        QElapsedTimer timer;
        timer.start();
        while (tool.state() == QProcess::Running && timer.elapsed() < 120000) {
            tool.waitForReadyRead(100);
            while (tool.canReadLine()) {
                if (tool.readLine().startsWith(QByteArray("PROGRESS " + resource + ' ')) && ++seen >= pages) {
                    ::kill(pid_t(tool.processId()), SIGKILL);
                    tool.waitForFinished(30000);
                    return tool.exitStatus() == QProcess::CrashExit;
                }
            }
        }
        tool.waitForFinished(30000);
        return false;
    }

    // The first sync loads each resource in bulk (no index, rows appended, duplicates removed and
    // indexes built at its last page). Killed in the middle of two bulk loads and restarted, it
    // ends with the same rows and indexes as a sync that was never interrupted.
    void killedDuringBulkLoadEndsLikeAnUninterruptedSync()
    {
        Client client;
        QVERIFY(client.init(m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates()));
        QVERIFY(client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        const QString accountId = client.session->account().id;

        // The reference: one sync, never interrupted.
        QTemporaryDir referenceDir;
        QProcess reference;
        startTool(reference, referenceDir.path());
        QVERIFY(reference.waitForFinished(240000));
        QVERIFY2(reference.exitCode() == 0, QByteArray(reference.readAllStandardOutput().right(300) + " / exit "
                                                       + QByteArray::number(reference.exitCode()) + " / "
                                                       + reference.readAllStandardError().right(1500))
                                                .constData());

        QTemporaryDir killedDir;
        QVERIFY(killAfter(killedDir.path(), "orders", 6));
        auto during = fingerprint(killedDir.path(), accountId);
        QVERIFY(during);
        QCOMPARE(during->integrity, QStringLiteral("ok"));
        QCOMPARE(during->bulkLoads, 1); // killed inside the orders' bulk load: no index on them yet
        QVERIFY2(!during->indexes.join(QLatin1Char(',')).contains(QLatin1String("orders_id_unique")),
                 qPrintable(during->summary()));
        QVERIFY(during->counts.value(QStringLiteral("orders")) > 0);

        // Again, further on: in the orders' bulk load or, past it, in the financial events' one.
        QVERIFY(killAfter(killedDir.path(), "financial-events", 8));
        during = fingerprint(killedDir.path(), accountId);
        QVERIFY(during);
        QCOMPARE(during->integrity, QStringLiteral("ok"));
        QCOMPARE(during->bulkLoads, 1);
        QVERIFY2(during->indexes.join(QLatin1Char(',')).contains(QLatin1String("orders_id_unique")),
                 qPrintable(during->summary()));
        QVERIFY2(!during->indexes.join(QLatin1Char(',')).contains(QLatin1String("financial_events_id_unique")),
                 qPrintable(during->summary()));

        QProcess tool;
        startTool(tool, killedDir.path());
        QVERIFY(tool.waitForFinished(240000));
        QVERIFY2(tool.exitCode() == 0,
                 QByteArray(tool.readAllStandardOutput().right(300) + " / exit " + QByteArray::number(tool.exitCode())
                            + " / " + tool.readAllStandardError().right(1500))
                     .constData());

        const auto resumed = fingerprint(killedDir.path(), accountId);
        const auto uninterrupted = fingerprint(referenceDir.path(), accountId);
        QVERIFY(resumed && uninterrupted);
        QCOMPARE(uninterrupted->integrity, QStringLiteral("ok"));
        QCOMPARE(uninterrupted->bulkLoads, 0);
        QCOMPARE(uninterrupted->misplacedItems, 0);
        QVERIFY(uninterrupted->counts.value(QStringLiteral("orders")) >= 1500);
        QVERIFY(uninterrupted->indexes.size() >= 7); // version 3's; later versions may add more
        QVERIFY2(*resumed == *uninterrupted,
                 qPrintable(resumed->summary() + QStringLiteral(" / ") + uninterrupted->summary()));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSyncKill)
#include "TestSyncKill.moc"
