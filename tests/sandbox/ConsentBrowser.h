#pragma once

#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace sp::test {

// The seller's browser in the Amazon consent flow: it opens the consent URL, reads Seller Central's form,
// submits Approve or Deny, and follows the redirect to the app's callback by hand (no automatic redirects,
// so each step can be checked). HTTPS trusting only the sandbox's certificate.
class ConsentBrowser
{
public:
    struct Form
    {
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

// The API calls around the consent flow, shared by the Amazon and the account-data tests. It plays the app's
// part too: a PKCE verifier per authorization (kept here, as the app keeps it in memory) and a loopback port.
class AmazonConnectFlow
{
public:
    // The port sent when a test does not listen: the handle is read from the callback's Location, not followed.
    static constexpr int kDefaultLoopbackPort = 49999;

    AmazonConnectFlow(SandboxHttpClient& client, ConsentBrowser& browser)
        : m_client(client)
        , m_browser(browser)
    {}

    // 32 random bytes, base64url without padding (43 characters), as the app makes it.
    static QByteArray newVerifier();
    // base64url(SHA-256(verifier)) without padding (RFC 7636 S256), computed independently of the sandbox.
    static QByteArray challengeOf(const QByteArray& verifier);

    // POST /v1/amazon/authorizations with a new verifier's challenge and `port`; the 201 body (empty on failure).
    QJsonObject start(const QByteArray& bearer, const QString& region = QStringLiteral("eu"),
                      int port = kDefaultLoopbackPort);
    // The verifier of an authorization this flow started.
    QByteArray verifierOf(const QString& authorizationId) const { return m_verifiers.value(authorizationId); }
    // The whole flow as a browser, up to the callback's answer (a 302 to the app's loopback, not followed;
    // status 0 when a step failed).
    HttpResult consent(const QJsonObject& started, const QString& decision, QString* failure);
    // The handle in a callback's 302 Location (empty when there is none).
    static QString handleOf(const HttpResult& callback);
    // POST /v1/amazon/authorizations/{id}/confirm.
    HttpResult confirm(const QByteArray& bearer, const QString& authorizationId, const QString& handle,
                       const QByteArray& verifier);
    // start + consent(approve) + confirm + checks; true when the connection reads connected.
    bool connect(const QByteArray& bearer, QString* failure);

private:
    SandboxHttpClient& m_client;
    ConsentBrowser& m_browser;
    QHash<QString, QByteArray> m_verifiers;
};

} // namespace sp::test
