#include "api/PreparedTlsConfiguration.h"

#include "api/TlsPolicy.h"

namespace sp {

PreparedTlsConfiguration::PreparedTlsConfiguration(const ServerConfig& server)
    : m_building(std::async(std::launch::async, [server] { return TlsPolicy::configuration(server, server.baseUrl); }))
{}

// A client dropped before its first request waits here for the worker (the future's own rule).
PreparedTlsConfiguration::~PreparedTlsConfiguration() = default;

const QSslConfiguration& PreparedTlsConfiguration::get()
{
    if (!m_ready) {
        m_configuration = m_building.get();
        m_ready = true;
    }
    return m_configuration;
}

} // namespace sp
