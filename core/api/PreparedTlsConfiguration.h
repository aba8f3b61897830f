#pragma once

#include "api/ServerConfig.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <optional>

namespace sp {

// The TLS configuration of one server, built on a worker thread from the moment the client is made.
// With a CA file, the configuration lists the system's CAs too, and reading that bundle (about 300
// certificates) takes 100-150 ms of CPU. Nobody waits for it on the UI thread: ApiClient holds its
// requests until ready() (a start shows the cached dashboard meanwhile), and the worker runs at a
// lower CPU priority, so that on a two-core machine it does not take a core from the first screen.
class PreparedTlsConfiguration : public QObject
{
    Q_OBJECT
public:
    explicit PreparedTlsConfiguration(const ServerConfig& server, QObject* parent = nullptr);
    ~PreparedTlsConfiguration() override;

    bool isReady() const { return m_ready; }
    bool buildStarted() const { return m_started; } // false while held (see holdBuilds)
    // The configuration; blocks until the worker is done when called before ready().
    const QSslConfiguration& get();

    // The app's start holds the builds until its first screen is on screen (two cores are better spent on
    // the window and the cache meanwhile; the requests wait as above), then lets them go. UI thread only.
    static void holdBuilds();
    static void releaseBuilds();
    // Runs on the worker before each build (tests hold a build with it); empty: none.
    static void setBuildHookForTests(std::function<void()> hook);

signals:
    void ready(); // once, on this object's thread

private:
    void startBuilding();

    ServerConfig m_server;
    QFuture<QSslConfiguration> m_building;
    QFutureWatcher<QSslConfiguration> m_watcher;
    // Made only when built: an empty QSslConfiguration loads the TLS backend (about 4 ms), which a
    // client made during the app's start would then do on the UI thread.
    std::optional<QSslConfiguration> m_configuration;
    bool m_started = false;
    bool m_ready = false;
};

} // namespace sp
