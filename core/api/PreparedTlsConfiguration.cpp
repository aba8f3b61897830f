#include "api/PreparedTlsConfiguration.h"

#include "api/TlsPolicy.h"

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

} // namespace

PreparedTlsConfiguration::PreparedTlsConfiguration(const ServerConfig& server, QObject* parent)
    : QObject(parent)
{
    auto promise = std::make_shared<QPromise<QSslConfiguration>>(); // shared: the pool copies its task
    m_building = promise->future();
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { get(); });
    m_watcher.setFuture(m_building);
    // The worker owns the promise and never touches this object: a client dropped before the build
    // ends neither waits for it nor is called back.
    tlsWorkers().start([promise, server, hook = buildHook()] {
        lowerThisThreadsPriority();
        if (hook)
            hook();
        promise->start();
        promise->addResult(TlsPolicy::configuration(server, server.baseUrl));
        promise->finish();
    });
}

PreparedTlsConfiguration::~PreparedTlsConfiguration() = default;

void PreparedTlsConfiguration::setBuildHookForTests(std::function<void()> hook) { buildHook() = std::move(hook); }

const QSslConfiguration& PreparedTlsConfiguration::get()
{
    if (!m_ready) {
        m_configuration = m_building.result();
        m_ready = true;
        emit ready();
    }
    return m_configuration;
}

} // namespace sp
