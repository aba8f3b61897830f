#include "api/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace sp {

namespace {

bool refuse(QString* whyNot, const QString& reason)
{
    if (whyNot)
        *whyNot = reason;
    return false;
}
} // namespace

bool UrlPolicy::isLoopbackHost(const QString& host)
{
    // IP literals only: a name, "localhost" included, is whatever the resolver (/etc/hosts, NSS, a
    // DNS search domain) makes of it, so it gets https like any other host.
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    QHostAddress address;
    if (!address.setAddress(bare))
        return false;
    return address.isLoopback();
}

bool UrlPolicy::isAllowed(const QUrl& url, QString* whyNot)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return refuse(whyNot, QCoreApplication::translate(
                                  "sp::UrlPolicy", "it is not a complete address such as https://api.example.com"));
    if (!url.userInfo().isEmpty())
        return refuse(whyNot,
                      QCoreApplication::translate("sp::UrlPolicy", "it must not contain a user name or password"));
    if (url.hasQuery())
        return refuse(whyNot, QCoreApplication::translate("sp::UrlPolicy", "it must not contain a query (?...)"));
    if (url.hasFragment())
        return refuse(whyNot, QCoreApplication::translate("sp::UrlPolicy", "it must not contain a fragment (#...)"));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return true;
        return refuse(
            whyNot,
            QCoreApplication::translate(
                "sp::UrlPolicy",
                "plain http is allowed only for this computer's loopback addresses (127.0.0.1, ::1); use https"));
    }
    return refuse(whyNot, QCoreApplication::translate("sp::UrlPolicy", "only https addresses are supported"));
}

} // namespace sp
