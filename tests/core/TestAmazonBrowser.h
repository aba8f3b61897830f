#pragma once

// The seller's browser in the Amazon connection tests: fetches the sandbox's Seller Central consent
// page, submits Approve or Deny, follows the redirect to the callback over real HTTPS with the
// sandbox's CA (no TLS shortcuts), and then, as a browser on the app's computer does, the callback's
// redirect to the app's loopback listener (plain HTTP on 127.0.0.1). A browser on another computer
// (a forwarded consent link) is the same visit without that last step. Also the admin views of the
// sandbox's token store and of the account's authorizations.
#include "SandboxProcess.h"

#include <QJsonArray>
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
    {}

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

    struct Visit
    {
        int callbackStatus = 0; // 302 when the sandbox accepted the decision; 0 when a step before failed
        QUrl callback;          // the callback URL Seller Central sent the browser to
        QUrl loopback;          // where the callback redirects: the app's listener
        int appStatus = 0;      // the app listener's answer when followed (0: not followed or refused)
        QByteArray appPage;
    };

    // The whole visit: consent page, the decision, the callback, and (followToApp) the callback's
    // redirect to the app's loopback listener.
    Visit visit(const QUrl& consentUrl, const QString& decision, bool followToApp = true, QString* stateOut = nullptr)
    {
        Visit result;
        QString state;
        if (openConsent(consentUrl, &state).status != 200 || state.isEmpty())
            return result;
        if (stateOut)
            *stateOut = state;
        const Answer redirect = decide(state, decision);
        if (redirect.status != 302 || !redirect.location.isValid())
            return result;
        result.callback = redirect.location;
        const Answer callback = get(redirect.location);
        result.callbackStatus = callback.status;
        result.loopback = callback.location;
        if (followToApp && callback.status == 302 && callback.location.isValid()) {
            const Answer app = get(callback.location);
            result.appStatus = app.status;
            result.appPage = app.body;
        }
        return result;
    }

    // A browser request to the app's listener (plain HTTP on loopback): status, 0 when refused.
    Answer deliver(const QUrl& loopbackUrl) { return get(loopbackUrl); }

    // GET /admin/v1/accounts/{id}/amazon-authorizations: the account's authorizations, oldest first.
    QJsonArray authorizations(const QString& accountId)
    {
        QUrl url = m_sandbox->url();
        url.setPath(QStringLiteral("/admin/v1/accounts/%1/amazon-authorizations").arg(accountId));
        const Answer answer = send("GET", url, QByteArray(), true);
        return QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("authorizations")).toArray();
    }

    // One of them ({id, status, token_held, expires_at}); empty when not listed.
    QJsonObject authorization(const QString& accountId, const QString& id)
    {
        for (const QJsonValue& value : authorizations(accountId)) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject();
        }
        return QJsonObject();
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
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/x-www-form-urlencoded"));
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
