#pragma once

#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace sp::test {

// The seller's browser in the Amazon consent flow: it opens the consent URL, reads Seller Central's form,
// submits Approve or Deny, and follows the redirect to the app's callback by hand (no automatic redirects,
// so each step can be checked). HTTPS trusting only the sandbox's certificate.
class ConsentBrowser {
public:
    struct Form {
        QUrl action;           // resolved against the page's URL
        QString state;         // the hidden field
        QStringList decisions; // values of the name=decision submit buttons
    };

    explicit ConsentBrowser(const SandboxProcess& sandbox);

    HttpResult get(const QUrl& url);
    HttpResult postForm(const QUrl& url, const QUrlQuery& form);
    // Reads the consent page's form; empty optional when the page has none.
    static std::optional<Form> parseForm(const QUrl& pageUrl, const QByteArray& html);

private:
    HttpResult finish(class QNetworkReply* reply);

    const SandboxProcess& m_sandbox;
    QNetworkAccessManager m_network;
};

// The API calls around the consent flow, shared by the Amazon and the account-data tests.
class AmazonConnectFlow {
public:
    AmazonConnectFlow(SandboxHttpClient& client, ConsentBrowser& browser)
        : m_client(client)
        , m_browser(browser)
    {
    }

    // POST /v1/amazon/authorizations; the 201 body (empty on failure).
    QJsonObject start(const QByteArray& bearer, const QString& region = QStringLiteral("eu"));
    // The whole flow as a browser; returns the callback page's answer (status 0 when a step failed).
    HttpResult consent(const QJsonObject& started, const QString& decision, QString* failure);
    // start + consent(approve) + checks; true when the connection reads connected.
    bool connect(const QByteArray& bearer, QString* failure);

private:
    SandboxHttpClient& m_client;
    ConsentBrowser& m_browser;
};

} // namespace sp::test
