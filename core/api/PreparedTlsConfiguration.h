#pragma once

#include "api/ServerConfig.h"

#include <QSslConfiguration>

#include <future>

namespace sp {

// The TLS configuration of one server, built on a worker thread from the moment the client is made.
// With a CA file, the configuration lists the system's CAs too, and reading that bundle (about 300
// certificates) takes 100-150 ms: on the UI thread at start, it delayed the cached dashboard. The
// first request, which comes after the keychain answers, takes the finished result (or waits for it).
class PreparedTlsConfiguration
{
public:
    explicit PreparedTlsConfiguration(const ServerConfig& server);
    ~PreparedTlsConfiguration();
    PreparedTlsConfiguration(const PreparedTlsConfiguration&) = delete;
    PreparedTlsConfiguration& operator=(const PreparedTlsConfiguration&) = delete;

    const QSslConfiguration& get();

private:
    std::future<QSslConfiguration> m_building;
    QSslConfiguration m_configuration;
    bool m_ready = false;
};

} // namespace sp
