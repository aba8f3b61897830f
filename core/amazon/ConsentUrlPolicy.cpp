#include "amazon/ConsentUrlPolicy.h"

#include "amazon/AmazonApplication.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::ConsentUrlPolicy", text); }

QString asciiHost(const QUrl& url) { return url.host(QUrl::FullyEncoded).toLower(); }

QString trimmedBasePath(const QUrl& base)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

ConsentUrlPolicy::ConsentUrlPolicy(QUrl sandboxBase)
    : m_sandboxBase(std::move(sandboxBase))
{}

QString ConsentUrlPolicy::sellerCentralHost(AmazonRegion region)
{
    switch (region) {
    case AmazonRegion::Europe:
        return QStringLiteral("sellercentral-europe.amazon.com");
    case AmazonRegion::NorthAmerica:
        return QStringLiteral("sellercentral.amazon.com");
    case AmazonRegion::FarEast:
        return QStringLiteral("sellercentral.amazon.co.jp");
    }
    return QString();
}

bool ConsentUrlPolicy::isSandboxConsent(const QUrl& url) const
{
    if (!m_sandboxBase.isValid() || m_sandboxBase.isEmpty())
        return false;
    const int defaultPort = m_sandboxBase.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() == m_sandboxBase.scheme() && asciiHost(url) == asciiHost(m_sandboxBase)
           && url.port(defaultPort) == m_sandboxBase.port(defaultPort)
           && url.path(QUrl::FullyEncoded)
                  == trimmedBasePath(m_sandboxBase) + QStringLiteral("/sandbox/sellercentral")
                         + QLatin1String(kConsentPath);
}

bool ConsentUrlPolicy::isAllowed(const QUrl& url, AmazonRegion region, QString* whyNot) const
{
    auto refuse = [whyNot](const QString& reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return refuse(tr("The server sent an invalid sign-in address for Amazon."));
    if (!url.userInfo().isEmpty())
        return refuse(tr("The Amazon sign-in address contains a user name, which Amazon's never does."));
    if (url.hasFragment())
        return refuse(tr("The Amazon sign-in address has an unexpected part after '#'."));
    const QUrlQuery query(url);
    const QStringList applicationIds = query.allQueryItemValues(QStringLiteral("application_id"), QUrl::FullyDecoded);
    const QStringList states = query.allQueryItemValues(QStringLiteral("state"), QUrl::FullyDecoded);
    if (applicationIds.isEmpty() || applicationIds.constFirst().isEmpty() || states.isEmpty()
        || states.constFirst().isEmpty())
        return refuse(tr("The Amazon sign-in address lacks the application or the security state."));
    // Twice is ambiguous: the page might read the other one than the one checked here.
    if (applicationIds.size() != 1 || states.size() != 1)
        return refuse(tr("The Amazon sign-in address names the application or the security state twice; it was "
                         "not opened."));

    const bool sandbox = isSandboxConsent(url);
    if (!sandbox) {
        const QString expected = sellerCentralHost(region);
        if (url.scheme() != QLatin1String("https"))
            return refuse(tr("The Amazon sign-in address is not encrypted (https); it was not opened."));
        if (asciiHost(url) != expected)
            return refuse(tr("The sign-in address points to %1, not to Amazon Seller Central (%2); it was not "
                             "opened. Please report this to SellerPulse.")
                              .arg(url.host(QUrl::FullyEncoded), expected));
        if (url.port(443) != 443)
            return refuse(tr("The Amazon sign-in address uses an unexpected port; it was not opened."));
        if (url.path(QUrl::FullyEncoded) != QLatin1String(kConsentPath))
            return refuse(tr("The Amazon sign-in address is not Seller Central's consent page; it was not opened."));
    }
    // Amazon's genuine page asking for another application's access is still a phishing page.
    const QString expectedApplication =
        QLatin1String(sandbox ? AmazonApplication::kSandboxId : AmazonApplication::kSellerPulseId);
    if (applicationIds.constFirst() != expectedApplication)
        return refuse(tr("The Amazon sign-in address asks for another application's access, not SellerPulse's; "
                         "it was not opened. Please report this to SellerPulse."));
    return true;
}

} // namespace sp
