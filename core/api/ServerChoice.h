#pragma once

#include "api/ServerConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace sp {

// The server the user picked: a base URL and, for a self-signed server, a CA file to trust for that
// server only. Turning it into a ServerConfig applies the URL policy and reads the CA file (refused for
// the cloud server), so a bad choice is refused before anything is sent.
struct ServerChoice
{
    Q_DECLARE_TR_FUNCTIONS(sp::ServerChoice)

public:
    QUrl url = kDefaultServerUrl;
    QString caFile;
    QString label; // shown instead of the server's name when set

    bool isCloud() const { return url == kDefaultServerUrl && caFile.isEmpty(); }
    // False with a translated reason when the URL is refused or the CA file cannot be used.
    bool toConfig(ServerConfig* out, QString* error) const;
    // What the status bar and the settings page call this server: "SellerPulse" for the cloud, "local
    // sandbox" for a loopback address, the host name otherwise; never a URL.
    QString displayName() const;

    bool operator==(const ServerChoice& other) const { return url == other.url && caFile == other.caFile; }
    bool operator!=(const ServerChoice& other) const { return !(*this == other); }
};

} // namespace sp
