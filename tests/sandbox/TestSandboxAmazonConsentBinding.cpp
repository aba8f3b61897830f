// The Amazon consent is bound to the app that started it (PKCE + one-time handle on the app's loopback), over
// real loopback HTTPS against the real sandbox. The threat: someone starts an authorization on their own
// SellerPulse account and forwards the consent link to a seller; the seller approves on the genuine Seller
// Central page. The seller's browser here is a separate client that never saw the starter's verifier or the
// handle; the starter must end up with nothing connected, and the token Amazon issued must not survive.

#include "ConsentBrowser.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace sp::test {

namespace {

// The app's loopback listener, reduced to what the test needs: it records the first request line it gets on
// 127.0.0.1 and answers a tiny page.
class LoopbackCatcher
{
public:
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    int port() const { return m_server.serverPort(); }
    QByteArray requestLine() const { return m_requestLine; }

    LoopbackCatcher()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffer += socket->readAll();
                    if (!m_buffer.contains("\r\n\r\n"))
                        return;
                    m_requestLine = m_buffer.left(m_buffer.indexOf("\r\n"));
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                                  "Connection: close\r\n\r\nok");
                    socket->disconnectFromHost();
                });
            }
        });
    }

private:
    QTcpServer m_server;
    QByteArray m_buffer;
    QByteArray m_requestLine;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

class TestSandboxAmazonConsentBinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void forwardedLinkNeverConnectsTheStarter();
    void starterWithoutTheHandleCannotConfirm();
    void honestFlowConnectsThroughTheLoopback();
    void wrongVerifierEndsTheAuthorization();
    void replayedHandleChangesNothing();
    void anotherAccountCannotConfirm();
    void malformedBodiesAreRefused();
    void denyRedirectsToTheLoopback();
    void cancelDeletesTheHeldToken();
    void newerAuthorizationEndsAnOlderHeldOne();
    void confirmsAreRateLimited();

private:
    QByteArray signIn(const QString& email, const QString& password);
    QByteArray newAccount(const QString& email);
    QString accountId(const QByteArray& bearer);
    bool adminTokenStored(const QString& accountId);
    // The admin view's entry for one authorization (empty when it has none).
    QJsonObject adminAuthorization(const QString& accountId, const QString& authorizationId);
    QString authorizationStatus(const QByteArray& bearer, const QString& authorizationId);
    QString connectionStatus(const QByteArray& bearer);
    // Starts an authorization and lets a browser approve it; the callback's answer (a 302 to the loopback).
    HttpResult approved(const QByteArray& bearer, QJsonObject* started,
                        int port = AmazonConnectFlow::kDefaultLoopbackPort);
    HttpResult cancel(const QByteArray& bearer, const QString& authorizationId);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
    std::unique_ptr<ConsentBrowser> m_browser;
    std::unique_ptr<AmazonConnectFlow> m_flow;
};

void TestSandboxAmazonConsentBinding::init()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    SandboxProcess::Options options;
    options.demoOrders = 50;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(*m_sandbox);
    m_browser = std::make_unique<ConsentBrowser>(*m_sandbox);
    m_flow = std::make_unique<AmazonConnectFlow>(*m_client, *m_browser);
}

void TestSandboxAmazonConsentBinding::cleanup()
{
    m_flow.reset();
    m_browser.reset();
    m_client.reset();
    m_sandbox.reset();
}

QByteArray TestSandboxAmazonConsentBinding::signIn(const QString& email, const QString& password)
{
    return m_client->login(email, password).value(QStringLiteral("access_token")).toString().toLatin1();
}

QByteArray TestSandboxAmazonConsentBinding::newAccount(const QString& email)
{
    QString error;
    if (!m_sandbox->createAccount(email, QStringLiteral("account-password-1"), &error))
        qWarning() << error;
    return signIn(email, QStringLiteral("account-password-1"));
}

QString TestSandboxAmazonConsentBinding::accountId(const QByteArray& bearer)
{
    return m_client->get(QStringLiteral("/v1/account"), bearer).json().value(QStringLiteral("id")).toString();
}

bool TestSandboxAmazonConsentBinding::adminTokenStored(const QString& account)
{
    const HttpResult answer =
        m_client->send("GET", QStringLiteral("/admin/v1/accounts/%1/amazon-token").arg(account), {},
                       {{QByteArrayLiteral("X-Sandbox-Admin-Token"), m_sandbox->adminToken().toLatin1()}});
    if (answer.status != 200)
        qWarning() << "admin token check answered" << answer.status << answer.body;
    return answer.json().value(QStringLiteral("stored")).toBool();
}

QJsonObject TestSandboxAmazonConsentBinding::adminAuthorization(const QString& account, const QString& authorizationId)
{
    const HttpResult answer =
        m_client->send("GET", QStringLiteral("/admin/v1/accounts/%1/amazon-authorizations").arg(account), {},
                       {{QByteArrayLiteral("X-Sandbox-Admin-Token"), m_sandbox->adminToken().toLatin1()}});
    if (answer.status != 200)
        qWarning() << "admin authorizations view answered" << answer.status << answer.body;
    for (const QJsonValue& value : answer.json().value(QStringLiteral("authorizations")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == authorizationId)
            return value.toObject();
    }
    return {};
}

QString TestSandboxAmazonConsentBinding::authorizationStatus(const QByteArray& bearer, const QString& authorizationId)
{
    return m_client->get(QStringLiteral("/v1/amazon/authorizations/%1").arg(authorizationId), bearer)
        .json()
        .value(QStringLiteral("status"))
        .toString();
}

QString TestSandboxAmazonConsentBinding::connectionStatus(const QByteArray& bearer)
{
    return m_client->get(QStringLiteral("/v1/amazon/connection"), bearer)
        .json()
        .value(QStringLiteral("status"))
        .toString();
}

HttpResult TestSandboxAmazonConsentBinding::approved(const QByteArray& bearer, QJsonObject* started, int port)
{
    *started = m_flow->start(bearer, QStringLiteral("eu"), port);
    QString failure;
    const HttpResult landed = m_flow->consent(*started, QStringLiteral("approve"), &failure);
    if (!failure.isEmpty())
        qWarning() << failure;
    return landed;
}

HttpResult TestSandboxAmazonConsentBinding::cancel(const QByteArray& bearer, const QString& authorizationId)
{
    return m_client->send("DELETE", QStringLiteral("/v1/amazon/authorizations/%1").arg(authorizationId), {},
                          {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer}});
}

void TestSandboxAmazonConsentBinding::forwardedLinkNeverConnectsTheStarter()
{
    // The attacker's app starts an authorization on the attacker's account, with its own challenge and port.
    const QByteArray attacker = newAccount(QStringLiteral("attacker@sellerpulse.test"));
    QVERIFY(!attacker.isEmpty());
    const QString attackerId = accountId(attacker);
    const QJsonObject started = m_flow->start(attacker, QStringLiteral("eu"), 50123);
    QVERIFY(!started.isEmpty());
    const QString id = started.value(QStringLiteral("id")).toString();

    // The seller's browser: another client, given only the consent URL. It approves on Seller Central and
    // lands on the callback; the final redirect goes to ITS OWN loopback, which it does not follow here.
    ConsentBrowser sellersBrowser(*m_sandbox);
    const QUrl consentUrl(started.value(QStringLiteral("consent_url")).toString());
    const HttpResult page = sellersBrowser.get(consentUrl);
    QCOMPARE(page.status, 200);
    const auto form = ConsentBrowser::parseForm(consentUrl, page.body);
    QVERIFY(form);
    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("state"), form->state);
    fields.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
    const HttpResult decided = sellersBrowser.postForm(form->action, fields);
    QCOMPARE(decided.status, 302);
    const HttpResult landed = sellersBrowser.get(QUrl(QString::fromLatin1(decided.header("Location"))));
    QCOMPARE(landed.status, 302);
    const QUrl loopback(QString::fromLatin1(landed.header("Location")));
    QCOMPARE(loopback.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(loopback.port(), 50123);

    // Amazon approved, but the attacker's account is NOT connected: the token is only held.
    QCOMPARE(connectionStatus(attacker), QStringLiteral("pending"));
    QCOMPARE(authorizationStatus(attacker, id), QStringLiteral("awaiting_confirmation"));
    QVERIFY(!adminTokenStored(attackerId));
    QCOMPARE(adminAuthorization(attackerId, id).value(QStringLiteral("token_held")).toBool(), true);

    // Nobody confirms. Past the state's 15 minutes the sandbox's own sweep deletes the held token: the admin
    // view does not sweep, and nothing else touches the account before it is checked.
    QString error;
    QVERIFY2(m_sandbox->advanceClock({{QStringLiteral("seconds"), 15 * 60 + 1}}, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!adminAuthorization(attackerId, id).value(QStringLiteral("token_held")).toBool(), 10000);
    QCOMPARE(adminAuthorization(attackerId, id).value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QVERIFY(!adminTokenStored(attackerId));
    QCOMPARE(connectionStatus(attacker), QStringLiteral("not_connected"));
    QCOMPARE(authorizationStatus(attacker, id), QStringLiteral("expired"));
    // And the handle the seller's browser got is worthless now, even with the attacker's verifier.
    const HttpResult late = m_flow->confirm(attacker, id, QUrlQuery(loopback).queryItemValue(QStringLiteral("handle")),
                                            m_flow->verifierOf(id));
    QCOMPARE(late.status, 409);
    QCOMPARE(late.code(), QStringLiteral("authorization_not_confirmable"));
    QCOMPARE(connectionStatus(attacker), QStringLiteral("not_connected"));
}

void TestSandboxAmazonConsentBinding::starterWithoutTheHandleCannotConfirm()
{
    // The attacker knows the verifier but not the handle (it went to the seller's loopback): one guess ends it.
    const QByteArray attacker = newAccount(QStringLiteral("attacker@sellerpulse.test"));
    const QString attackerId = accountId(attacker);
    QJsonObject started;
    QCOMPARE(approved(attacker, &started).status, 302);
    const QString id = started.value(QStringLiteral("id")).toString();
    const QString guessed = QString::fromLatin1(AmazonConnectFlow::newVerifier()); // 43 base64url characters
    const HttpResult refused = m_flow->confirm(attacker, id, guessed, m_flow->verifierOf(id));
    QCOMPARE(refused.status, 409);
    QVERIFY(refused.isProblem());
    QCOMPARE(refused.code(), QStringLiteral("authorization_not_confirmable"));
    QCOMPARE(authorizationStatus(attacker, id), QStringLiteral("expired"));
    QCOMPARE(adminAuthorization(attackerId, id).value(QStringLiteral("token_held")).toBool(), false);
    QVERIFY(!adminTokenStored(attackerId));
    QCOMPARE(connectionStatus(attacker), QStringLiteral("not_connected"));
}

void TestSandboxAmazonConsentBinding::honestFlowConnectsThroughTheLoopback()
{
    const QByteArray bearer = signIn(m_sandbox->demoEmail(), m_sandbox->demoPassword());
    const QString account = accountId(bearer);
    LoopbackCatcher app;
    QVERIFY(app.listen());
    QJsonObject started;
    const HttpResult landed = approved(bearer, &started, app.port());
    const QString id = started.value(QStringLiteral("id")).toString();

    // The callback's 302 points at the app's loopback, with the authorization id and a handle.
    QCOMPARE(landed.status, 302);
    QCOMPARE(landed.header("Cache-Control"), QByteArrayLiteral("no-store"));
    QCOMPARE(landed.header("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    const QUrl location(QString::fromLatin1(landed.header("Location")));
    QCOMPARE(location.scheme(), QStringLiteral("http"));
    QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(location.port(), app.port());
    QCOMPARE(location.path(), QStringLiteral("/sellerpulse/amazon-consent"));
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(QStringLiteral("authorization_id")), id);
    QCOMPARE(query.queryItemValue(QStringLiteral("handle")).size(), 43);
    QVERIFY(!query.hasQueryItem(QStringLiteral("error")));

    // The browser follows it to the app, which reads the handle from what it received.
    QCOMPARE(m_browser->get(location).status, 200);
    QVERIFY2(app.requestLine().startsWith("GET /sellerpulse/amazon-consent?"), app.requestLine().constData());
    const QUrlQuery received(QUrl(QString::fromLatin1(app.requestLine().split(' ').value(1))));
    const QString handle = received.queryItemValue(QStringLiteral("handle"));
    QCOMPARE(handle, query.queryItemValue(QStringLiteral("handle")));

    // What the app shows before the extra click: which Amazon account approved.
    const QJsonObject awaiting = m_client->get(QStringLiteral("/v1/amazon/authorizations/%1").arg(id), bearer).json();
    QCOMPARE(awaiting.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_confirmation"));
    QVERIFY(!awaiting.value(QStringLiteral("selling_partner_id")).toString().isEmpty());
    QVERIFY(awaiting.value(QStringLiteral("marketplace_ids")).toArray().contains(QStringLiteral("A1PA6795UKMFR9")));

    const HttpResult confirmed = m_flow->confirm(bearer, id, handle, m_flow->verifierOf(id));
    QCOMPARE(confirmed.status, 200);
    QCOMPARE(confirmed.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QJsonObject connection = confirmed.json();
    QCOMPARE(connection.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    QCOMPARE(connection.value(QStringLiteral("selling_partner_id")),
             awaiting.value(QStringLiteral("selling_partner_id")));
    QCOMPARE(connection.value(QStringLiteral("marketplace_ids")), awaiting.value(QStringLiteral("marketplace_ids")));
    QVERIFY(!connection.value(QStringLiteral("roles")).toArray().isEmpty());
    QVERIFY(QDateTime::fromString(connection.value(QStringLiteral("connected_at")).toString(), Qt::ISODate).isValid());
    QCOMPARE(connection.value(QStringLiteral("authorization")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("approved"));
    QVERIFY(adminTokenStored(account));
    QCOMPARE(adminAuthorization(account, id).value(QStringLiteral("token_held")).toBool(), false);
    QCOMPARE(connectionStatus(bearer), QStringLiteral("connected"));
}

void TestSandboxAmazonConsentBinding::wrongVerifierEndsTheAuthorization()
{
    const QByteArray bearer = signIn(m_sandbox->demoEmail(), m_sandbox->demoPassword());
    const QString account = accountId(bearer);
    QJsonObject started;
    const HttpResult landed = approved(bearer, &started);
    const QString id = started.value(QStringLiteral("id")).toString();
    const QString handle = AmazonConnectFlow::handleOf(landed);
    QCOMPARE(handle.size(), 43);

    const HttpResult wrong = m_flow->confirm(bearer, id, handle, AmazonConnectFlow::newVerifier());
    QCOMPARE(wrong.status, 409);
    QCOMPARE(wrong.code(), QStringLiteral("authorization_not_confirmable"));
    // One try only: even the right verifier is refused now.
    QCOMPARE(m_flow->confirm(bearer, id, handle, m_flow->verifierOf(id)).status, 409);
    QCOMPARE(authorizationStatus(bearer, id), QStringLiteral("expired"));
    QCOMPARE(adminAuthorization(account, id).value(QStringLiteral("token_held")).toBool(), false);
    QVERIFY(!adminTokenStored(account));
    QCOMPARE(connectionStatus(bearer), QStringLiteral("not_connected"));
}

void TestSandboxAmazonConsentBinding::replayedHandleChangesNothing()
{
    const QByteArray bearer = signIn(m_sandbox->demoEmail(), m_sandbox->demoPassword());
    const QString account = accountId(bearer);
    QJsonObject started;
    const HttpResult landed = approved(bearer, &started);
    const QString id = started.value(QStringLiteral("id")).toString();
    const QString handle = AmazonConnectFlow::handleOf(landed);
    QCOMPARE(m_flow->confirm(bearer, id, handle, m_flow->verifierOf(id)).status, 200);
    const QJsonObject before = m_client->get(QStringLiteral("/v1/amazon/connection"), bearer).json();

    const HttpResult replayed = m_flow->confirm(bearer, id, handle, m_flow->verifierOf(id));
    QCOMPARE(replayed.status, 409);
    QCOMPARE(replayed.code(), QStringLiteral("authorization_not_confirmable"));
    QCOMPARE(m_client->get(QStringLiteral("/v1/amazon/connection"), bearer).json(), before);
    QCOMPARE(authorizationStatus(bearer, id), QStringLiteral("approved"));
    QVERIFY(adminTokenStored(account));
}

void TestSandboxAmazonConsentBinding::anotherAccountCannotConfirm()
{
    const QByteArray owner = signIn(m_sandbox->demoEmail(), m_sandbox->demoPassword());
    QJsonObject started;
    const HttpResult landed = approved(owner, &started);
    const QString id = started.value(QStringLiteral("id")).toString();
    const QString handle = AmazonConnectFlow::handleOf(landed);

    // Even with the handle AND the verifier, another account's confirm reads like a missing authorization...
    const QByteArray other = newAccount(QStringLiteral("other@sellerpulse.test"));
    const HttpResult foreign = m_flow->confirm(other, id, handle, m_flow->verifierOf(id));
    QCOMPARE(foreign.status, 404);
    QCOMPARE(foreign.code(), QStringLiteral("not_found"));
    QCOMPARE(m_flow->confirm(other, QStringLiteral("auth_unknown"), handle, m_flow->verifierOf(id)).status, 404);
    QCOMPARE(cancel(other, id).status, 404);
    QCOMPARE(connectionStatus(other), QStringLiteral("not_connected"));
    QVERIFY(!adminTokenStored(accountId(other)));
    // ...and changes nothing for the owner, whose app still confirms.
    QCOMPARE(authorizationStatus(owner, id), QStringLiteral("awaiting_confirmation"));
    QCOMPARE(m_flow->confirm(owner, id, handle, m_flow->verifierOf(id)).status, 200);
}

void TestSandboxAmazonConsentBinding::malformedBodiesAreRefused()
{
    const QByteArray bearer = signIn(m_sandbox->demoEmail(), m_sandbox->demoPassword());
    const QByteArray verifier = AmazonConnectFlow::newVerifier();
    const QString challenge = QString::fromLatin1(AmazonConnectFlow::challengeOf(verifier));
    const auto start = [this, &bearer](const QJsonObject& body) {
        return m_client->postJson(QStringLiteral("/v1/amazon/authorizations"), body, bearer);
    };
    const QJsonObject good{{QStringLiteral("region"), QStringLiteral("eu")},
                           {QStringLiteral("code_challenge"), challenge},
                           {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
                           {QStringLiteral("redirect_port"), 50000}};
    const auto with = [&good](const QString& key, const QJsonValue& value) {
        QJsonObject body = good;
        if (value.isUndefined())
            body.remove(key);
        else
            body.insert(key, value);
        return body;
    };
    // Each bad start names the offending field.
    const QList<QPair<QJsonObject, QString>> badStarts{
        {with(QStringLiteral("code_challenge"), QJsonValue::Undefined), QStringLiteral("code_challenge")},
        {with(QStringLiteral("code_challenge"), challenge.left(42)), QStringLiteral("code_challenge")},
        {with(QStringLiteral("code_challenge"), QString(challenge.left(42) + QLatin1Char('='))),
         QStringLiteral("code_challenge")},
        {with(QStringLiteral("code_challenge_method"), QStringLiteral("plain")),
         QStringLiteral("code_challenge_method")},
        {with(QStringLiteral("redirect_port"), QJsonValue::Undefined), QStringLiteral("redirect_port")},
        {with(QStringLiteral("redirect_port"), 80), QStringLiteral("redirect_port")},
        {with(QStringLiteral("redirect_port"), 65536), QStringLiteral("redirect_port")},
        {with(QStringLiteral("redirect_port"), 50000.5), QStringLiteral("redirect_port")},
        {with(QStringLiteral("redirect_port"), QStringLiteral("50000")), QStringLiteral("redirect_port")},
        {with(QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/")), QStringLiteral("redirect_uri")},
    };
    for (const auto& [body, field] : badStarts) {
        const HttpResult refused = start(body);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.code(), QStringLiteral("validation_failed"));
        QVERIFY2(
            refused.json().value(QStringLiteral("errors")).toArray().first().toObject().value(QStringLiteral("field"))
                == field,
            refused.body.constData());
    }
    QCOMPARE(start(good).status, 201);

    QJsonObject started;
    const HttpResult landed = approved(bearer, &started);
    const QString id = started.value(QStringLiteral("id")).toString();
    const QString handle = AmazonConnectFlow::handleOf(landed);
    const QString ownVerifier = QString::fromLatin1(m_flow->verifierOf(id));
    const QString path = QStringLiteral("/v1/amazon/authorizations/%1/confirm").arg(id);
    const QList<QJsonObject> badConfirms{
        {{QStringLiteral("code_verifier"), ownVerifier}},
        {{QStringLiteral("handle"), handle}},
        {{QStringLiteral("handle"), handle.left(42)}, {QStringLiteral("code_verifier"), ownVerifier}},
        {{QStringLiteral("handle"), QString(handle.left(42) + QLatin1Char('!'))},
         {QStringLiteral("code_verifier"), ownVerifier}},
        {{QStringLiteral("handle"), handle}, {QStringLiteral("code_verifier"), ownVerifier.left(42)}},
        {{QStringLiteral("handle"), handle},
         {QStringLiteral("code_verifier"), QString(ownVerifier.left(42) + QLatin1Char('+'))}},
        {{QStringLiteral("handle"), handle}, {QStringLiteral("code_verifier"), QString(129, QLatin1Char('a'))}},
        {{QStringLiteral("handle"), handle}, {QStringLiteral("code_verifier"), ownVerifier}, {QStringLiteral("x"), 1}},
        {{QStringLiteral("handle"), 12}, {QStringLiteral("code_verifier"), ownVerifier}},
    };
    for (const QJsonObject& body : badConfirms) {
        const HttpResult refused = m_client->postJson(path, body, bearer);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.code(), QStringLiteral("validation_failed"));
    }
    const HttpResult notJson =
        m_client->send("POST", path, QByteArrayLiteral("{handle"),
                       {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer},
                        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.code(), QStringLiteral("invalid_json"));
    QCOMPARE(
        m_client->postJson(path, {{QStringLiteral("handle"), handle}, {QStringLiteral("code_verifier"), ownVerifier}})
            .status,
        401);
    // A malformed body is not an attempt: the authorization still waits, and the app's confirm works.
    QCOMPARE(authorizationStatus(bearer, id), QStringLiteral("awaiting_confirmation"));
    QCOMPARE(m_flow->confirm(bearer, id, handle, m_flow->verifierOf(id)).status, 200);
}

void TestSandboxAmazonConsentBinding::denyRedirectsToTheLoopback()
{
    const QByteArray bearer = signIn(m_sandbox->demoEmail(), m_sandbox->demoPassword());
    const QJsonObject started = m_flow->start(bearer, QStringLiteral("eu"), 61000);
    QString failure;
    const HttpResult landed = m_flow->consent(started, QStringLiteral("deny"), &failure);
    QCOMPARE(landed.status, 302);
    QCOMPARE(landed.header("Referrer-Policy"), QByteArrayLiteral("no-referrer"));
    const QString id = started.value(QStringLiteral("id")).toString();
    QCOMPARE(QString::fromLatin1(landed.header("Location")),
             QStringLiteral("http://127.0.0.1:61000/sellerpulse/amazon-consent?authorization_id=%1&error=access_denied")
                 .arg(id));
    QCOMPARE(authorizationStatus(bearer, id), QStringLiteral("denied"));
    QCOMPARE(adminAuthorization(accountId(bearer), id).value(QStringLiteral("token_held")).toBool(), false);
    QCOMPARE(connectionStatus(bearer), QStringLiteral("not_connected"));
}

void TestSandboxAmazonConsentBinding::cancelDeletesTheHeldToken()
{
    const QByteArray bearer = signIn(m_sandbox->demoEmail(), m_sandbox->demoPassword());
    const QString account = accountId(bearer);
    QJsonObject started;
    const HttpResult landed = approved(bearer, &started);
    const QString id = started.value(QStringLiteral("id")).toString();
    QCOMPARE(adminAuthorization(account, id).value(QStringLiteral("token_held")).toBool(), true);

    QCOMPARE(cancel(bearer, id).status, 204);
    QCOMPARE(adminAuthorization(account, id).value(QStringLiteral("token_held")).toBool(), false);
    QCOMPARE(authorizationStatus(bearer, id), QStringLiteral("expired"));
    QCOMPARE(m_flow->confirm(bearer, id, AmazonConnectFlow::handleOf(landed), m_flow->verifierOf(id)).status, 409);
    QCOMPARE(cancel(bearer, id).status, 204); // idempotent
    QCOMPARE(cancel(bearer, QStringLiteral("auth_unknown")).status, 404);
    QCOMPARE(connectionStatus(bearer), QStringLiteral("not_connected"));
    QVERIFY(!adminTokenStored(account));

    // A pending one (before the seller decided): cancelled, its consent link stops working.
    const QJsonObject pending = m_flow->start(bearer);
    QCOMPARE(cancel(bearer, pending.value(QStringLiteral("id")).toString()).status, 204);
    QCOMPARE(m_browser->get(QUrl(pending.value(QStringLiteral("consent_url")).toString())).status, 400);
}

void TestSandboxAmazonConsentBinding::newerAuthorizationEndsAnOlderHeldOne()
{
    const QByteArray bearer = signIn(m_sandbox->demoEmail(), m_sandbox->demoPassword());
    const QString account = accountId(bearer);
    QJsonObject older;
    const HttpResult landed = approved(bearer, &older);
    const QString olderId = older.value(QStringLiteral("id")).toString();
    QCOMPARE(adminAuthorization(account, olderId).value(QStringLiteral("token_held")).toBool(), true);

    const QJsonObject newer = m_flow->start(bearer);
    QVERIFY(!newer.isEmpty());
    QCOMPARE(adminAuthorization(account, olderId).value(QStringLiteral("token_held")).toBool(), false);
    QCOMPARE(authorizationStatus(bearer, olderId), QStringLiteral("expired"));
    QCOMPARE(m_flow->confirm(bearer, olderId, AmazonConnectFlow::handleOf(landed), m_flow->verifierOf(olderId)).status,
             409);
    QCOMPARE(connectionStatus(bearer), QStringLiteral("pending")); // the newer one waits for the seller
    QVERIFY(!adminTokenStored(account));
}

void TestSandboxAmazonConsentBinding::confirmsAreRateLimited()
{
    // A sandbox of its own, allowing 3 attempts a minute per key.
    cleanup();
    m_sandbox = std::make_unique<SandboxProcess>();
    SandboxProcess::Options options;
    options.demoOrders = 50;
    options.rateLimit = 3;
    options.rateWindowSeconds = 60;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(*m_sandbox);
    m_browser = std::make_unique<ConsentBrowser>(*m_sandbox);
    m_flow = std::make_unique<AmazonConnectFlow>(*m_client, *m_browser);

    const QByteArray bearer = signIn(m_sandbox->demoEmail(), m_sandbox->demoPassword());
    QJsonObject started;
    const HttpResult landed = approved(bearer, &started);
    const QString id = started.value(QStringLiteral("id")).toString();
    const QString handle = AmazonConnectFlow::handleOf(landed);
    // Every well-formed attempt counts, wherever it points.
    for (int attempt = 0; attempt < 3; ++attempt)
        QCOMPARE(m_flow->confirm(bearer, QStringLiteral("auth_unknown"), handle, m_flow->verifierOf(id)).status, 404);
    const HttpResult limited = m_flow->confirm(bearer, id, handle, m_flow->verifierOf(id));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.code(), QStringLiteral("rate_limited"));
    QVERIFY(limited.header("Retry-After").toInt() >= 1);
    // Refused before it was looked at: the authorization still waits for its app.
    QCOMPARE(authorizationStatus(bearer, id), QStringLiteral("awaiting_confirmation"));
    QCOMPARE(adminAuthorization(accountId(bearer), id).value(QStringLiteral("token_held")).toBool(), true);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxAmazonConsentBinding)
#include "TestSandboxAmazonConsentBinding.moc"
