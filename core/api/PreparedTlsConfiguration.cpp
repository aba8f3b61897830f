#include "api/PreparedTlsConfiguration.h"

#include "api/TlsPolicy.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace sp {

namespace {

// The workers' own pool: their threads run at nice 10, which an unprivileged process cannot undo, so
// they are not the application's shared pool. Destroyed at exit after waiting for a build in flight
// (it uses OpenSSL, whose own clean-up comes after).
QThreadPool& tlsWorkers()
{
    static QThreadPool pool;
    // Drained when the application object goes, while Qt's globals that a build uses still exist: the first
    // default TLS configuration is made on a worker (not on the UI thread at a client's making), so it is
    // destroyed before this pool, whose own wait at exit would find a build still touching it.
    static const bool drainedWithTheApplication = [] {
        qAddPostRoutine([] {
            tlsWorkers().clear();
            tlsWorkers().waitForDone();
        });
        return true;
    }();
    Q_UNUSED(drainedWithTheApplication)
    return pool;
}

std::function<void()>& buildHook()
{
    static std::function<void()> hook;
    return hook;
}

// Nice 10 for this thread only (on Linux a thread is a task of its own). Not SCHED_IDLE: on a machine
// kept busy (a CI runner, a sync) an idle-class thread could wait for seconds, and the requests with it.
void lowerThisThreadsPriority()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), 10);
#endif
}

// Held: the configurations made meanwhile, started when the hold ends.
struct HeldBuilds
{
    bool held = false;
    QList<QPointer<PreparedTlsConfiguration>> waiting;
};

HeldBuilds& heldBuilds()
{
    static HeldBuilds builds;
    return builds;
}

} // namespace

PreparedTlsConfiguration::PreparedTlsConfiguration(const ServerConfig& server, QObject* parent)
    : QObject(parent)
    , m_server(server)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { get(); });
    if (heldBuilds().held) {
        heldBuilds().waiting.append(this);
        return;
    }
    startBuilding();
}

void PreparedTlsConfiguration::startBuilding()
{
    if (std::exchange(m_started, true))
        return;
    auto promise = std::make_shared<QPromise<QSslConfiguration>>(); // shared: the pool copies its task
    promise->start(); // here, not on the worker: a get() before the worker runs must wait, not find no result
    m_building = promise->future();
    m_watcher.setFuture(m_building);
    // The worker owns the promise and never touches this object: a client dropped before the build
    // ends neither waits for it nor is called back.
    tlsWorkers().start([promise, server = m_server, hook = buildHook()] {
        lowerThisThreadsPriority();
        if (hook)
            hook();
        promise->addResult(TlsPolicy::configuration(server, server.baseUrl));
        promise->finish();
    });
}

PreparedTlsConfiguration::~PreparedTlsConfiguration() = default;

void PreparedTlsConfiguration::holdBuilds() { heldBuilds().held = true; }

void PreparedTlsConfiguration::releaseBuilds()
{
    HeldBuilds& builds = heldBuilds();
    builds.held = false;
    for (const QPointer<PreparedTlsConfiguration>& configuration : std::exchange(builds.waiting, {}))
        if (configuration)
            configuration->startBuilding();
}

void PreparedTlsConfiguration::setBuildHookForTests(std::function<void()> hook) { buildHook() = std::move(hook); }

const QSslConfiguration& PreparedTlsConfiguration::get()
{
    if (!m_ready) {
        startBuilding(); // a hold does not make a caller that cannot wait wait forever
        m_configuration.emplace(m_building.result());
        m_ready = true;
        emit ready();
    }
    return *m_configuration;
}

} // namespace sp
