#pragma once

// The seller's browser in the Amazon connection tests: fetches the sandbox's Seller Central consent
// page, submits Approve or Deny, and follows the redirect to the callback, over real HTTPS with the
// sandbox's CA (no TLS shortcuts). Also the admin check of the sandbox's token store.
#include "SandboxProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

#include <memory>

namespace sp::test {

class SellerCentralBrowser
{
public:
    explicit SellerCentralBrowser(SandboxProcess* sandbox)
        : m_sandbox(sandbox)
    {
    }

    struct Answer
    {
        int status = 0;
        QByteArray body;
        QUrl location; // of a redirect
    };

    Answer get(const QUrl& url) { return send("GET", url, QByteArray()); }

    // The consent page: 200 with the form's hidden state, or an error page.
    Answer openConsent(const QUrl& consentUrl, QString* state)
    {
        Answer answer = get(consentUrl);
        static const QRegularExpression hidden(QStringLiteral("name=\"state\" value=\"([^\"]+)\""));
        const QRegularExpressionMatch match = hidden.match(QString::fromUtf8(answer.body));
        if (state)
            *state = match.hasMatch() ? match.captured(1) : QString();
        return answer;
    }

    // Submits the form the way a browser does (application/x-www-form-urlencoded).
    Answer decide(const QString& state, const QString& decision)
    {
        QUrl url = m_sandbox->url();
        url.setPath(QStringLiteral("/sandbox/sellercentral/apps/authorize/confirm"));
        const QByteArray form = "state=" + QUrl::toPercentEncoding(state) + "&decision=" + decision.toLatin1();
        return send("POST", url, form);
    }

    // The whole visit: consent page, the decision, the redirect to the callback. The callback's
    // status (200 when the sandbox accepted it), or 0 when a step before failed.
    int visit(const QUrl& consentUrl, const QString& decision, QString* stateOut = nullptr, QUrl* callbackOut = nullptr)
    {
        QString state;
        if (openConsent(consentUrl, &state).status != 200 || state.isEmpty())
            return 0;
        if (stateOut)
            *stateOut = state;
        const Answer redirect = decide(state, decision);
        if (redirect.status != 302 || !redirect.location.isValid())
            return 0;
        if (callbackOut)
            *callbackOut = redirect.location;
        return get(redirect.location).status;
    }

    // GET /admin/v1/accounts/{id}/amazon-token -> {"stored": bool}; -1 when the request failed.
    int tokenStored(const QString& accountId)
    {
        QUrl url = m_sandbox->url();
        url.setPath(QStringLiteral("/admin/v1/accounts/%1/amazon-token").arg(accountId));
        const Answer answer = send("GET", url, QByteArray(), true);
        if (answer.status != 200)
            return -1;
        return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("stored")).toBool() ? 1 : 0;
    }

private:
    Answer send(const QByteArray& method, QUrl url, const QByteArray& form, bool admin = false)
    {
        if (url.isRelative())
            url = m_sandbox->url().resolved(url);
        QNetworkRequest request(url);
        request.setSslConfiguration(m_sandbox->sslConfiguration());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(15000);
        if (admin)
            request.setRawHeader("X-Sandbox-Admin-Token", m_sandbox->adminToken().toLatin1());
        if (!form.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, method, form));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            (void)finished.wait(15000);
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        const QByteArray location = reply->rawHeader("Location");
        if (!location.isEmpty())
            answer.location = url.resolved(QUrl::fromEncoded(location));
        return answer;
    }

    SandboxProcess* m_sandbox;
    QNetworkAccessManager m_nam;
};

} // namespace sp::test
