// bench_sync: the sync benchmarks of issue 3. Prints `BENCH <name> <value> <unit>` lines:
//   sync.full.orders_per_s          full sync (orders with items, financial events, ...) into the encrypted cache
//   sync.encrypted_over_plain       time of that sync over the same sync into an unencrypted file
//   sync.incremental.time_fraction  incremental sync after 1% of the orders changed, over the full sync's time
//   sync.incremental.bytes_fraction the same for the response bytes
//   ui.max_stall_ms                 longest gap of a 5 ms heartbeat timer on the controller's thread
//                                   during the encrypted full sync (the UI thread in the app)
// A figure that could not be measured is printed as `BENCH <name> FAILED <reason>`; exit code 1 then.
//   bench_sync --sandbox PATH [--orders 200000]
#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/InMemorySecretStore.h"
#include "sync/SyncController.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

struct RunResult
{
    bool ok = false;
    QString error;
    qint64 ms = 0;
    qint64 bytes = 0;
    qint64 maxStallMs = 0;
};

// One client (profile, session, controller); sign-in once, then syncs.
class BenchClient
{
public:
    BenchClient(sp::test::SandboxProcess& sandbox, bool encrypted)
        : m_sandbox(sandbox)
    {
        QString error;
        m_profile = sp::Profile::open(m_dir.path(), &error);
        m_api = std::make_unique<sp::ApiClient>(
            &m_nam, sp::ServerConfig{sandbox.url(), sandbox.sslConfiguration().caCertificates(), 60000});
        m_session = std::make_unique<sp::Session>(m_api.get(), &m_secrets, &*m_profile, &m_clock);
        m_sync = std::make_unique<sp::SyncController>(m_session.get(), &m_secrets, &*m_profile, &m_clock);
        m_sync->setUnencryptedForBenchmark(!encrypted);
        m_sync->setIntervalMinutes(0);
    }

    bool signIn(QString* error)
    {
        QEventLoop loop;
        bool ok = false;
        QObject::connect(m_session.get(), &sp::Session::signedIn, &loop, [&] {
            ok = true;
            loop.quit();
        });
        QObject::connect(m_session.get(), &sp::Session::signInFailed, &loop, [&](const sp::ApiError& e) {
            *error = e.userMessage();
            loop.quit();
        });
        m_session->signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
        loop.exec();
        return ok;
    }

    // `first`: open() (which starts the full sync), else syncNow().
    RunResult run(bool first)
    {
        RunResult result;
        QEventLoop loop;
        QElapsedTimer heartbeat;
        QTimer beat;
        beat.setTimerType(Qt::PreciseTimer);
        beat.setInterval(5);
        QObject::connect(&beat, &QTimer::timeout, &loop,
                         [&] { result.maxStallMs = qMax(result.maxStallMs, heartbeat.restart()); });
        QObject::connect(m_sync.get(), &sp::SyncController::syncFinished, &loop, [&](bool ok, const QString& message) {
            if (!ok)
                result.error = message;
            result.ok = ok;
            loop.quit();
        });
        QObject::connect(m_sync.get(), &sp::SyncController::stateChanged, &loop, [&](sp::SyncController::State s) {
            if (s == sp::SyncController::State::Failed || s == sp::SyncController::State::CacheUnreadable) {
                result.error = m_sync->lastError();
                loop.quit();
            }
        });
        QElapsedTimer timer;
        timer.start();
        heartbeat.start();
        beat.start();
        if (first)
            m_sync->open();
        else
            m_sync->syncNow();
        loop.exec();
        beat.stop();
        result.ms = timer.elapsed();
        result.bytes = m_sync->lastRunBytes();
        return result;
    }

private:
    sp::test::SandboxProcess& m_sandbox;
    QTemporaryDir m_dir;
    std::optional<sp::Profile> m_profile;
    QNetworkAccessManager m_nam;
    sp::Clock m_clock;
    sp::InMemorySecretStore m_secrets;
    std::unique_ptr<sp::ApiClient> m_api;
    std::unique_ptr<sp::Session> m_session;
    std::unique_ptr<sp::SyncController> m_sync;
};

void print(const char* name, double value, const char* unit, int precision)
{
    std::printf("BENCH %s %.*f %s\n", name, precision, value, unit);
    std::fflush(stdout);
}

void printFailure(const char* name, const QString& reason)
{
    std::printf("BENCH %s FAILED %s\n", name, qPrintable(reason));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption ordersOption(QStringLiteral("orders"), QStringLiteral("orders in the sandbox"),
                                          QStringLiteral("N"), QStringLiteral("200000"));
    parser.addOptions({ordersOption});
    parser.process(app);
    const int orders = parser.value(ordersOption).toInt();
    if (qEnvironmentVariableIsEmpty("SP_SANDBOX_BIN"))
        qputenv("SP_SANDBOX_BIN",
                QFile::encodeName(QCoreApplication::applicationDirPath() + QStringLiteral("/sellerpulse-sandbox")));

    const char* const names[] = {"sync.full.orders_per_s", "sync.encrypted_over_plain",
                                 "sync.incremental.time_fraction", "sync.incremental.bytes_fraction",
                                 "ui.max_stall_ms"};
    auto failAll = [&](const QString& reason) {
        for (const char* name : names)
            printFailure(name, reason);
        return 1;
    };

    sp::test::SandboxProcess sandbox;
    sp::test::SandboxProcess::Options options;
    options.demoOrders = orders;
    options.seed = 3;
    options.bcryptCost = 4;
    QString error;
    if (!sandbox.start(options, &error))
        return failAll(QStringLiteral("sandbox did not start: ") + error);

    // Plain first, then encrypted: the sandbox has built its listing by the second run (if it is
    // lazy), which favours encrypted; a warm-up sync (plain, discarded) makes both runs fair.
    {
        BenchClient warm(sandbox, false);
        if (!warm.signIn(&error))
            return failAll(QStringLiteral("sign-in failed: ") + error);
        const RunResult warmup = warm.run(true);
        if (!warmup.ok)
            return failAll(QStringLiteral("warm-up sync failed: ") + warmup.error);
        std::fprintf(stderr, "bench: warm-up sync %lld ms, %lld bytes\n", static_cast<long long>(warmup.ms),
                     static_cast<long long>(warmup.bytes));
    }
    BenchClient plain(sandbox, false);
    BenchClient encrypted(sandbox, true);
    if (!plain.signIn(&error) || !encrypted.signIn(&error))
        return failAll(QStringLiteral("sign-in failed: ") + error);
    const RunResult plainRun = plain.run(true);
    const RunResult fullRun = encrypted.run(true);
    std::fprintf(stderr, "bench: plain %lld ms, encrypted %lld ms, %lld bytes\n", static_cast<long long>(plainRun.ms),
                 static_cast<long long>(fullRun.ms), static_cast<long long>(fullRun.bytes));
    int failures = 0;
    if (fullRun.ok) {
        print(names[0], double(orders) * 1000.0 / double(qMax<qint64>(1, fullRun.ms)), "orders/s", 0);
    } else {
        printFailure(names[0], fullRun.error);
        ++failures;
    }
    if (fullRun.ok && plainRun.ok) {
        print(names[1], double(fullRun.ms) / double(qMax<qint64>(1, plainRun.ms)), "ratio", 3);
    } else {
        printFailure(names[1], fullRun.ok ? plainRun.error : fullRun.error);
        ++failures;
    }

    std::optional<QJsonObject> advanced;
    if (fullRun.ok)
        advanced = sandbox.advanceClock(QJsonObject{{QStringLiteral("changed_fraction"), 0.01}}, &error);
    const RunResult incremental = advanced ? encrypted.run(false) : RunResult{false, error, 0, 0, 0};
    if (incremental.ok) {
        std::fprintf(stderr, "bench: incremental %lld ms, %lld bytes (%d orders changed)\n",
                     static_cast<long long>(incremental.ms), static_cast<long long>(incremental.bytes),
                     advanced->value(QStringLiteral("changed_orders")).toInt());
        print(names[2], double(incremental.ms) / double(qMax<qint64>(1, fullRun.ms)), "fraction", 4);
        print(names[3], double(incremental.bytes) / double(qMax<qint64>(1, fullRun.bytes)), "fraction", 4);
    } else {
        printFailure(names[2], incremental.error);
        printFailure(names[3], incremental.error);
        failures += 2;
    }
    if (fullRun.ok) {
        print(names[4], double(fullRun.maxStallMs), "ms", 0);
    } else {
        printFailure(names[4], fullRun.error);
        ++failures;
    }
    return failures == 0 ? 0 : 1;
}
