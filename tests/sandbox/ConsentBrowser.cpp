#include "ConsentBrowser.h"

#include <QCryptographicHash>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>

#include <memory>

namespace sp::test {

ConsentBrowser::ConsentBrowser(const SandboxProcess& sandbox)
    : m_sandbox(sandbox)
{}

HttpResult ConsentBrowser::finish(QNetworkReply* rawReply)
{
    std::unique_ptr<QNetworkReply> reply(rawReply);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    HttpResult result;
    if (!reply->isFinished() && !finished.wait(30000)) {
        result.networkError = QStringLiteral("timeout");
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.status == 0)
        result.networkError = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    return result;
}

HttpResult ConsentBrowser::get(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_sandbox.sslConfiguration());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(20000);
    return finish(m_network.get(request));
}

HttpResult ConsentBrowser::postForm(const QUrl& url, const QUrlQuery& form)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_sandbox.sslConfiguration());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(20000);
    return finish(m_network.post(request, form.toString(QUrl::FullyEncoded).toUtf8()));
}

std::optional<ConsentBrowser::Form> ConsentBrowser::parseForm(const QUrl& pageUrl, const QByteArray& html)
{
    const QString page = QString::fromUtf8(html);
    static const QRegularExpression formPattern(QStringLiteral("<form[^>]*method=\"post\"[^>]*action=\"([^\"]+)\""));
    static const QRegularExpression statePattern(
        QStringLiteral("<input type=\"hidden\" name=\"state\" value=\"([^\"]*)\">"));
    static const QRegularExpression buttonPattern(
        QStringLiteral("<button type=\"submit\" name=\"decision\" value=\"([a-z]+)\">"));
    const auto form = formPattern.match(page);
    const auto state = statePattern.match(page);
    if (!form.hasMatch() || !state.hasMatch())
        return std::nullopt;
    Form result;
    result.action = pageUrl.resolved(QUrl(form.captured(1)));
    result.state = state.captured(1);
    for (auto it = buttonPattern.globalMatch(page); it.hasNext();)
        result.decisions.append(it.next().captured(1));
    return result;
}

QByteArray AmazonConnectFlow::newVerifier()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray AmazonConnectFlow::challengeOf(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QJsonObject AmazonConnectFlow::start(const QByteArray& bearer, const QString& region, int port)
{
    const QByteArray verifier = newVerifier();
    const HttpResult started =
        m_client.postJson(QStringLiteral("/v1/amazon/authorizations"),
                          {{QStringLiteral("region"), region},
                           {QStringLiteral("code_challenge"), QString::fromLatin1(challengeOf(verifier))},
                           {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                           {QStringLiteral("redirect_port"), port}},
                          bearer);
    if (started.status != 201)
        return {};
    m_verifiers.insert(started.json().value(QStringLiteral("id")).toString(), verifier);
    return started.json();
}

HttpResult AmazonConnectFlow::consent(const QJsonObject& started, const QString& decision, QString* failure)
{
    const QUrl consentUrl(started.value(QStringLiteral("consent_url")).toString());
    const HttpResult page = m_browser.get(consentUrl);
    if (page.status != 200) {
        *failure = QStringLiteral("consent page answered %1").arg(page.status);
        return {};
    }
    const auto form = ConsentBrowser::parseForm(consentUrl, page.body);
    if (!form || !form->decisions.contains(decision)) {
        *failure = QStringLiteral("the consent page has no form with %1").arg(decision);
        return {};
    }
    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("state"), form->state);
    fields.addQueryItem(QStringLiteral("decision"), decision);
    const HttpResult confirmed = m_browser.postForm(form->action, fields);
    const QUrl location(QString::fromLatin1(confirmed.header(QByteArrayLiteral("Location"))));
    if (confirmed.status != 302 || !location.isValid()) {
        *failure = QStringLiteral("confirm answered %1 without a redirect").arg(confirmed.status);
        return {};
    }
    return m_browser.get(location);
}

QString AmazonConnectFlow::handleOf(const HttpResult& callback)
{
    if (callback.status != 302)
        return {};
    return QUrlQuery(QUrl(QString::fromLatin1(callback.header(QByteArrayLiteral("Location")))))
        .queryItemValue(QStringLiteral("handle"));
}

HttpResult AmazonConnectFlow::confirm(const QByteArray& bearer, const QString& authorizationId, const QString& handle,
                                      const QByteArray& verifier)
{
    return m_client.postJson(
        QStringLiteral("/v1/amazon/authorizations/%1/confirm").arg(authorizationId),
        {{QStringLiteral("handle"), handle}, {QStringLiteral("code_verifier"), QString::fromLatin1(verifier)}}, bearer);
}

bool AmazonConnectFlow::connect(const QByteArray& bearer, QString* failure)
{
    const QJsonObject started = start(bearer);
    if (started.isEmpty()) {
        *failure = QStringLiteral("could not start an authorization");
        return false;
    }
    const HttpResult callback = consent(started, QStringLiteral("approve"), failure);
    const QString handle = handleOf(callback);
    if (handle.isEmpty()) {
        if (failure->isEmpty())
            *failure = QStringLiteral("callback answered %1 without a handle").arg(callback.status);
        return false;
    }
    const QString id = started.value(QStringLiteral("id")).toString();
    const HttpResult confirmed = confirm(bearer, id, handle, verifierOf(id));
    if (confirmed.status != 200) {
        *failure =
            QStringLiteral("confirm answered %1: %2").arg(confirmed.status).arg(QString::fromUtf8(confirmed.body));
        return false;
    }
    const QJsonObject connection = m_client.get(QStringLiteral("/v1/amazon/connection"), bearer).json();
    if (connection.value(QStringLiteral("status")).toString() != QLatin1String("connected")) {
        *failure = QStringLiteral("the connection reads %1").arg(connection.value(QStringLiteral("status")).toString());
        return false;
    }
    return true;
}

} // namespace sp::test
