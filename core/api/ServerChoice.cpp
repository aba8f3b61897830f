#include "api/ServerChoice.h"

#include "api/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace sp {

bool ServerChoice::toConfig(ServerConfig* out, QString* error) const
{
    QString whyNot;
    if (!UrlPolicy::isAllowed(url, &whyNot)) {
        if (error)
            *error = whyNot;
        return false;
    }
    if (!caFile.isEmpty() && !ServerConfig::acceptsCaFile(url)) {
        if (error)
            *error = tr("A CA file cannot be used for the SellerPulse cloud: its certificate is checked against "
                        "the system's certificate authorities only.");
        return false;
    }
    ServerConfig config;
    config.baseUrl = url;
    if (!caFile.isEmpty()) {
        QByteArray pem; // parsed when a connection first needs it (ServerConfig::setExtraCaPem)
        if (!ServerConfig::checkCaFile(caFile, error, &pem))
            return false;
        config.setExtraCaPem(pem);
    }
    if (out)
        *out = config;
    return true;
}

QString ServerChoice::displayName() const
{
    if (!label.isEmpty())
        return label;
    if (isCloud())
        return tr("SellerPulse");
    // A loopback address is the sandbox (scripts/demo.sh, --sandbox, a test); never the raw URL.
    const QHostAddress address(url.host());
    if (!address.isNull() && address.isLoopback())
        return tr("local sandbox");
    return url.host().isEmpty() ? url.toDisplayString(QUrl::RemoveUserInfo) : url.host();
}

} // namespace sp
