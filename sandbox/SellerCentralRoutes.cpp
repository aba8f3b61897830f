#include "SellerCentralRoutes.h"

#include "HtmlPage.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::SellerCentralRoutes", text); }

QString regionTitle(const QString& region)
{
    if (region == QLatin1String("eu"))
        return tr("Europe");
    if (region == QLatin1String("na"))
        return tr("North America");
    return tr("Far East");
}

// application/x-www-form-urlencoded: '+' is a space there, which QUrlQuery does not know.
QUrlQuery parseForm(const QByteArray& body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

} // namespace

SellerCentralRoutes::SellerCentralRoutes(StateStore& state, BusinessRegistry& registry,
                                         AmazonConnectionStore& connections, SellerCentralEmulation& amazon,
                                         std::function<QUrl()> baseUrl)
    : m_state(state)
    , m_registry(registry)
    , m_connections(connections)
    , m_amazon(amazon)
    , m_baseUrl(std::move(baseUrl))
{}

void SellerCentralRoutes::registerOn(Router& router)
{
    router.add("GET", consentPath(), [this](const HttpRequest& r, const QStringList&) { return consentPage(r); });
    router.add("POST", QStringLiteral("/sandbox/sellercentral/apps/authorize/confirm"),
               [this](const HttpRequest& r, const QStringList&) { return confirm(r); });
}

HttpReply SellerCentralRoutes::errorPage(const QString& message)
{
    return HtmlPage::make(400, tr("Seller Central"),
                          QStringLiteral("<h1>%1</h1>\n<p id=\"error\">%2</p>")
                              .arg(HtmlPage::escape(tr("Seller Central")), HtmlPage::escape(message)));
}

AmazonAuthorizationRecord* SellerCentralRoutes::openAuthorization(const QString& state)
{
    AmazonAuthorizationRecord* authorization = m_connections.authorizationByState(state);
    if (!authorization || authorization->stateUsed || authorization->sellerDecided
        || authorization->effectiveStatus(m_registry.now()) != AmazonAuthorizationRecord::Status::Pending)
        return nullptr;
    return authorization;
}

HttpReply SellerCentralRoutes::consentPage(const HttpRequest& request)
{
    const QString applicationId = request.query.queryItemValue(QStringLiteral("application_id"), QUrl::FullyDecoded);
    const QString state = request.query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const bool hasVersion = request.query.hasQueryItem(QStringLiteral("version"));
    const QString version = request.query.queryItemValue(QStringLiteral("version"), QUrl::FullyDecoded);
    if (applicationId != m_amazon.applicationId())
        return errorPage(tr("This application is not known to Seller Central."));
    if (hasVersion && version != QLatin1String("beta"))
        return errorPage(tr("This application version cannot be authorized."));
    AmazonAuthorizationRecord* authorization = openAuthorization(state);
    const AccountRecord* account = authorization ? m_state.accountById(authorization->accountId) : nullptr;
    if (!account)
        return errorPage(tr("This authorization link is no longer valid: it was already used, or more than "
                            "15 minutes passed. Start again from SellerPulse."));

    const QString partnerId = SellerCentralEmulation::sellingPartnerId(account->id, authorization->region);
    const QStringList marketplaces =
        SellerCentralEmulation::marketplacesOf(m_registry.business(account->id), authorization->region);
    QString roles;
    for (const QString& role : SellerCentralEmulation::grantedRoles())
        roles += QStringLiteral("<li class=\"role\">%1</li>").arg(HtmlPage::escape(role));
    const QString body =
        QStringLiteral("<header><h1>%1</h1><p id=\"seller\">%2</p></header>\n<main>\n<h2>%3</h2>\n<p>%4</p>\n"
                       "<ul id=\"roles\">%5</ul>\n<p id=\"marketplaces\">%6</p>\n"
                       "<form method=\"post\" action=\"/sandbox/sellercentral/apps/authorize/confirm\">\n"
                       "<input type=\"hidden\" name=\"state\" value=\"%7\">\n"
                       "<button type=\"submit\" name=\"decision\" value=\"approve\">%8</button>\n"
                       "<button type=\"submit\" name=\"decision\" value=\"deny\">%9</button>\n</form>\n</main>")
            .arg(HtmlPage::escape(tr("Seller Central")),
                 HtmlPage::escape(tr("Signed in as %1 (merchant token %2), %3")
                                      .arg(account->displayName.isEmpty() ? account->email : account->displayName,
                                           partnerId, regionTitle(authorization->region))),
                 HtmlPage::escape(tr("Authorize SellerPulse")),
                 HtmlPage::escape(tr("SellerPulse (%1) asks for access to your selling account in this region, "
                                     "with these roles:")
                                      .arg(m_amazon.applicationId())),
                 roles,
                 HtmlPage::escape(tr("Marketplaces: %1")
                                      .arg(marketplaces.isEmpty() ? tr("none in this region")
                                                                  : marketplaces.join(QStringLiteral(", ")))),
                 HtmlPage::escape(authorization->state), HtmlPage::escape(tr("Approve")), HtmlPage::escape(tr("Deny")));
    return HtmlPage::make(200, tr("Seller Central"), body);
}

HttpReply SellerCentralRoutes::confirm(const HttpRequest& request)
{
    const QByteArray contentType = request.header(QByteArrayLiteral("Content-Type")).split(';').constFirst().trimmed();
    if (contentType.compare("application/x-www-form-urlencoded", Qt::CaseInsensitive) != 0)
        return errorPage(tr("The form was not sent as a form."));
    const QUrlQuery form = parseForm(request.body);
    const QString decision = form.queryItemValue(QStringLiteral("decision"), QUrl::FullyDecoded);
    if (decision != QLatin1String("approve") && decision != QLatin1String("deny"))
        return errorPage(tr("Choose Approve or Deny."));
    AmazonAuthorizationRecord* authorization =
        openAuthorization(form.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded));
    if (!authorization)
        return errorPage(tr("This authorization is no longer valid: it was already decided, or more than "
                            "15 minutes passed. Start again from SellerPulse."));

    authorization->sellerDecided = true;
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("state"), authorization->state);
    if (decision == QLatin1String("approve")) {
        const QString partnerId =
            SellerCentralEmulation::sellingPartnerId(authorization->accountId, authorization->region);
        parameters.addQueryItem(QStringLiteral("selling_partner_id"), partnerId);
        parameters.addQueryItem(QStringLiteral("spapi_oauth_code"), m_amazon.issueCode(partnerId, m_registry.now()));
    } else {
        parameters.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    }
    QUrl callback = m_baseUrl();
    callback.setPath(QStringLiteral("/v1/amazon/callback"));
    callback.setQuery(parameters);
    HttpReply reply;
    reply.status = 302;
    reply.setHeader(QByteArrayLiteral("Location"), callback.toEncoded());
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

} // namespace sp
