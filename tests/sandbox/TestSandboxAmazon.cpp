// The Amazon connection over real loopback HTTPS, the test playing the seller's browser: Seller Central's
// consent page, Approve/Deny, the redirect to the callback and from there to the app's loopback, the app's
// confirm; one-time 15-minute states and 5-minute codes (the sandbox clock is advanced, no sleeps); the refresh
// token encrypted at rest (held under its authorization until confirmed), and gone on disconnect.
// TestSandboxAmazonConsentBinding plays the forwarded-link attack and the confirm's refusals.

#include "ConsentBrowser.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <QRegularExpression>

#include <openssl/evp.h>
#include <sys/stat.h>

#include <memory>

namespace sp::test {

namespace {

int modeOf(const QString& path)
{
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? static_cast<int>(info.st_mode & 0777) : -1;
}

} // namespace

class TestSandboxAmazon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void consentFlowConnectsWithRoles();
    void reusedStateIsRefused();
    void expiredStateIsRefused();
    void expiredCodeIsRefused();
    void denyLeavesNotConnected();
    void unknownApplicationOrStateIsRefused();
    void newAuthorizationEndsTheEarlierOne();
    void authorizationsAreBoundToTheirAccount();
    void tokenIsEncryptedAndDisconnectDeletesIt();
    void disconnectIsIdempotent();
    void amazonRevocationReadsRevoked();
    void heldTokenIsEncryptedUnderItsAuthorization();
    void restartDeletesHeldTokens();

private:
    QByteArray signIn();
    QString accountId(const QByteArray& bearer);
    void advanceClock(int seconds);
    bool adminTokenStored(const QString& accountId);
    // Decrypts the vault record `recordId` with the vault's key file and `aad` as associated data (the record id
    // when empty), as only someone holding both could.
    QByteArray decryptStoredToken(const QString& recordId, const QString& aad = QString());
    // Files under the data folder whose bytes contain `needle`.
    QStringList filesContaining(const QByteArray& needle) const;

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
    std::unique_ptr<ConsentBrowser> m_browser;
    std::unique_ptr<AmazonConnectFlow> m_flow;
};

void TestSandboxAmazon::init()
{
    m_sandbox = std::make_unique<SandboxProcess>();
    SandboxProcess::Options options;
    options.demoOrders = 200;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(*m_sandbox);
    m_browser = std::make_unique<ConsentBrowser>(*m_sandbox);
    m_flow = std::make_unique<AmazonConnectFlow>(*m_client, *m_browser);
}

void TestSandboxAmazon::cleanup()
{
    m_flow.reset();
    m_browser.reset();
    m_client.reset();
    m_sandbox.reset();
}

QByteArray TestSandboxAmazon::signIn()
{
    return m_client->login(m_sandbox->demoEmail(), m_sandbox->demoPassword())
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

QString TestSandboxAmazon::accountId(const QByteArray& bearer)
{
    return m_client->get(QStringLiteral("/v1/account"), bearer).json().value(QStringLiteral("id")).toString();
}

void TestSandboxAmazon::advanceClock(int seconds)
{
    QString error;
    QVERIFY2(m_sandbox->advanceClock({{QStringLiteral("seconds"), seconds}}, &error), qPrintable(error));
}

bool TestSandboxAmazon::adminTokenStored(const QString& account)
{
    const HttpResult answer =
        m_client->send("GET", QStringLiteral("/admin/v1/accounts/%1/amazon-token").arg(account), {},
                       {{QByteArrayLiteral("X-Sandbox-Admin-Token"), m_sandbox->adminToken().toLatin1()}});
    if (answer.status != 200)
        qWarning() << "admin token check answered" << answer.status << answer.body;
    // Only a boolean: never the token.
    if (answer.json().keys() != QStringList{QStringLiteral("stored")})
        qWarning() << "admin token check answered more than 'stored'" << answer.body;
    return answer.json().value(QStringLiteral("stored")).toBool();
}

namespace {

// AES-256-GCM open with OpenSSL directly (an independent reading of the vault format); empty on any failure.
QByteArray openGcm(const QByteArray& key, const QJsonObject& sealed, const QByteArray& aad)
{
    const auto field = [&sealed](const char* name) {
        return QByteArray::fromBase64(sealed.value(QLatin1String(name)).toString().toLatin1());
    };
    const QByteArray nonce = field("nonce");
    const QByteArray ciphertext = field("ciphertext");
    QByteArray tag = field("tag");
    if (key.size() != 32 || nonce.size() != 12 || tag.size() != 16)
        return {};
    EVP_CIPHER_CTX* context = EVP_CIPHER_CTX_new();
    QByteArray plaintext(ciphertext.size() + 16, '\0');
    int length = 0;
    int total = 0;
    const auto in = [](const QByteArray& b) { return reinterpret_cast<const unsigned char*>(b.constData()); };
    bool ok = EVP_DecryptInit_ex(context, EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
              && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) == 1
              && EVP_DecryptInit_ex(context, nullptr, nullptr, in(key), in(nonce)) == 1
              && EVP_DecryptUpdate(context, nullptr, &length, in(aad), static_cast<int>(aad.size())) == 1
              && EVP_DecryptUpdate(context, reinterpret_cast<unsigned char*>(plaintext.data()), &length, in(ciphertext),
                                   static_cast<int>(ciphertext.size()))
                     == 1;
    total = length;
    ok = ok && EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_TAG, 16, tag.data()) == 1
         && EVP_DecryptFinal_ex(context, reinterpret_cast<unsigned char*>(plaintext.data()) + total, &length) == 1;
    EVP_CIPHER_CTX_free(context);
    if (!ok)
        return {};
    plaintext.resize(total + length);
    return plaintext;
}

QJsonObject entryWith(const QJsonArray& entries, const QString& name, const QString& value)
{
    for (const QJsonValue& entry : entries) {
        if (entry.toObject().value(name).toString() == value)
            return entry.toObject();
    }
    return {};
}

} // namespace

QByteArray TestSandboxAmazon::decryptStoredToken(const QString& recordId, const QString& aadText)
{
    const QString account = recordId;
    // Envelope encryption: the class key opens the record's data key, which opens the record.
    QFile keyFile(m_sandbox->dataDir() + QStringLiteral("/keys/amazon-refresh-tokens.key"));
    QFile dataKeysFile(m_sandbox->dataDir() + QStringLiteral("/keys/amazon-refresh-tokens.data-keys.json"));
    QFile storeFile(m_sandbox->dataDir() + QStringLiteral("/secrets/amazon-refresh-tokens.json"));
    if (!keyFile.open(QIODevice::ReadOnly) || !dataKeysFile.open(QIODevice::ReadOnly)
        || !storeFile.open(QIODevice::ReadOnly))
        return {};
    const QByteArray classKey = QByteArray::fromBase64(keyFile.readAll().trimmed());
    const QJsonObject record =
        entryWith(QJsonDocument::fromJson(storeFile.readAll()).object().value(QStringLiteral("records")).toArray(),
                  QStringLiteral("account_id"), account);
    const QString keyId = record.value(QStringLiteral("key_id")).toString();
    const QJsonObject wrapped =
        entryWith(QJsonDocument::fromJson(dataKeysFile.readAll()).object().value(QStringLiteral("keys")).toArray(),
                  QStringLiteral("key_id"), keyId);
    const QByteArray dataKey = openGcm(classKey, wrapped, "amazon-refresh-tokens/" + keyId.toUtf8());
    return openGcm(dataKey, record, (aadText.isEmpty() ? account : aadText).toUtf8());
}

QStringList TestSandboxAmazon::filesContaining(const QByteArray& needle) const
{
    QStringList found;
    QDirIterator it(m_sandbox->dataDir(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(file.fileName());
    }
    return found;
}

void TestSandboxAmazon::consentFlowConnectsWithRoles()
{
    const QByteArray bearer = signIn();
    QVERIFY(!bearer.isEmpty());
    QCOMPARE(m_client->get(QStringLiteral("/v1/amazon/connection"), bearer)
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("not_connected"));

    const QJsonObject started = m_flow->start(bearer, QStringLiteral("eu"));
    QCOMPARE(started.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    const QUrl consentUrl(started.value(QStringLiteral("consent_url")).toString());
    QCOMPARE(consentUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(consentUrl.host(), m_sandbox->url().host());
    QCOMPARE(consentUrl.path(), QStringLiteral("/sandbox/sellercentral/apps/authorize/consent"));
    const QUrlQuery consentQuery(consentUrl);
    // The sandbox's application id is a fixed, documented constant, so the app can pin it.
    QCOMPARE(consentQuery.queryItemValue(QStringLiteral("application_id")),
             QStringLiteral("amzn1.sellerapps.app.5e11e4b0-0000-4000-8000-53414e44424f"));
    QCOMPARE(consentQuery.queryItemValue(QStringLiteral("version")), QStringLiteral("beta"));
    const QString state = consentQuery.queryItemValue(QStringLiteral("state"));
    QVERIFY(state.size() >= 32);
    const QDateTime expires =
        QDateTime::fromString(started.value(QStringLiteral("state_expires_at")).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 15 * 60) <= 60);

    // While the seller decides, the connection reads pending.
    const QJsonObject pending = m_client->get(QStringLiteral("/v1/amazon/connection"), bearer).json();
    QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(pending.value(QStringLiteral("authorization")).toObject().value(QStringLiteral("id")).toString(),
             started.value(QStringLiteral("id")).toString());

    // The browser: Seller Central's page, its form, Approve, the redirect to the callback.
    const HttpResult page = m_browser->get(consentUrl);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(page.body.contains("<title>Seller Central</title>"));
    const auto form = ConsentBrowser::parseForm(consentUrl, page.body);
    QVERIFY(form);
    QCOMPARE(form->state, state);
    QCOMPARE(form->decisions, (QStringList{QStringLiteral("approve"), QStringLiteral("deny")}));
    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("state"), form->state);
    fields.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
    const HttpResult confirmed = m_browser->postForm(form->action, fields);
    QCOMPARE(confirmed.status, 302);
    const QUrl callback(QString::fromLatin1(confirmed.header("Location")));
    QCOMPARE(callback.path(), QStringLiteral("/v1/amazon/callback"));
    QCOMPARE(callback.port(), m_sandbox->url().port());
    const QUrlQuery callbackQuery(callback);
    QCOMPARE(callbackQuery.queryItemValue(QStringLiteral("state")), state);
    const QString partnerId = callbackQuery.queryItemValue(QStringLiteral("selling_partner_id"));
    QVERIFY(QRegularExpression(QStringLiteral("^A[A-Z0-9]{13}$")).match(partnerId).hasMatch());
    QVERIFY(!callbackQuery.queryItemValue(QStringLiteral("spapi_oauth_code")).isEmpty());
    QVERIFY(!callbackQuery.hasQueryItem(QStringLiteral("error")));

    // The callback sends the browser on to the app's loopback with a handle; nothing is connected yet.
    const HttpResult landed = m_browser->get(callback);
    QCOMPARE(landed.status, 302);
    const QString handle = AmazonConnectFlow::handleOf(landed);
    QCOMPARE(handle.size(), 43);
    const QString id = started.value(QStringLiteral("id")).toString();
    const HttpResult awaiting = m_client->get(QStringLiteral("/v1/amazon/authorizations/%1").arg(id), bearer);
    QCOMPARE(awaiting.json().value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_confirmation"));
    QCOMPARE(awaiting.json().value(QStringLiteral("selling_partner_id")).toString(), partnerId);
    QCOMPARE(awaiting.json().value(QStringLiteral("marketplace_ids")).toArray().size(), 5);
    QCOMPARE(m_client->get(QStringLiteral("/v1/amazon/connection"), bearer)
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("pending"));
    QVERIFY(!adminTokenStored(accountId(bearer)));

    // The app confirms with the handle and its verifier: connected, with what was granted.
    const HttpResult confirmedByApp = m_flow->confirm(bearer, id, handle, m_flow->verifierOf(id));
    QCOMPARE(confirmedByApp.status, 200);
    QCOMPARE(confirmedByApp.json().value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    const HttpResult polled = m_client->get(QStringLiteral("/v1/amazon/authorizations/%1").arg(id), bearer);
    QCOMPARE(polled.status, 200);
    QCOMPARE(polled.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    const QJsonObject connection = m_client->get(QStringLiteral("/v1/amazon/connection"), bearer).json();
    QCOMPARE(connection.value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
    QCOMPARE(connection.value(QStringLiteral("selling_partner_id")).toString(), partnerId);
    QCOMPARE(connection.value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
    const QJsonArray roles = connection.value(QStringLiteral("roles")).toArray();
    QVERIFY(roles.contains(QStringLiteral("Selling Partner Insights")));
    QVERIFY(roles.contains(QStringLiteral("Finance and Accounting")));
    QVERIFY(roles.contains(QStringLiteral("Pricing")));
    // One grant covers the region: the seller's five EU marketplaces, not the US one.
    const QJsonArray marketplaces = connection.value(QStringLiteral("marketplace_ids")).toArray();
    QCOMPARE(marketplaces.size(), 5);
    QVERIFY(marketplaces.contains(QStringLiteral("A1PA6795UKMFR9")));
    QVERIFY(!marketplaces.contains(QStringLiteral("ATVPDKIKX0DER")));
    QVERIFY(QDateTime::fromString(connection.value(QStringLiteral("connected_at")).toString(), Qt::ISODate).isValid());
    QVERIFY(adminTokenStored(accountId(bearer)));
}

void TestSandboxAmazon::reusedStateIsRefused()
{
    const QByteArray bearer = signIn();
    const QJsonObject started = m_flow->start(bearer);
    const QUrl consentUrl(started.value(QStringLiteral("consent_url")).toString());
    const auto form = ConsentBrowser::parseForm(consentUrl, m_browser->get(consentUrl).body);
    QVERIFY(form);
    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("state"), form->state);
    fields.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
    const HttpResult confirmed = m_browser->postForm(form->action, fields);
    QCOMPARE(confirmed.status, 302);
    const QUrl callback(QString::fromLatin1(confirmed.header("Location")));
    const HttpResult landed = m_browser->get(callback);
    QCOMPARE(landed.status, 302);
    const QString id = started.value(QStringLiteral("id")).toString();
    QCOMPARE(m_flow->confirm(bearer, id, AmazonConnectFlow::handleOf(landed), m_flow->verifierOf(id)).status, 200);

    // The same callback again (a replayed redirect), the same form again, the consent page again: refused.
    const HttpResult replayed = m_browser->get(callback);
    QCOMPARE(replayed.status, 400);
    QVERIFY(replayed.header("Content-Type").startsWith("text/html"));
    QCOMPARE(m_browser->postForm(form->action, fields).status, 400);
    QCOMPARE(m_browser->get(consentUrl).status, 400);
    // The replay changed nothing: still connected, still approved.
    QCOMPARE(m_client->get(QStringLiteral("/v1/amazon/connection"), bearer)
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("connected"));
}

void TestSandboxAmazon::expiredStateIsRefused()
{
    const QByteArray bearer = signIn();
    // A state used by Seller Central but whose callback comes too late...
    const QJsonObject late = m_flow->start(bearer);
    const QUrl lateUrl(late.value(QStringLiteral("consent_url")).toString());
    const auto lateForm = ConsentBrowser::parseForm(lateUrl, m_browser->get(lateUrl).body);
    QVERIFY(lateForm);
    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("state"), lateForm->state);
    fields.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
    const HttpResult confirmed = m_browser->postForm(lateForm->action, fields);
    QCOMPARE(confirmed.status, 302);
    advanceClock(15 * 60 + 1);
    QCOMPARE(m_browser->get(QUrl(QString::fromLatin1(confirmed.header("Location")))).status, 400);
    const QJsonObject afterLate = m_client->get(QStringLiteral("/v1/amazon/connection"), bearer).json();
    QCOMPARE(afterLate.value(QStringLiteral("status")).toString(), QStringLiteral("not_connected"));
    QCOMPARE(afterLate.value(QStringLiteral("authorization")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("expired"));

    // ...and a consent link opened after 15 minutes: the page and the form refuse it.
    const QJsonObject stale = m_flow->start(bearer);
    const QUrl staleUrl(stale.value(QStringLiteral("consent_url")).toString());
    const auto staleForm = ConsentBrowser::parseForm(staleUrl, m_browser->get(staleUrl).body);
    QVERIFY(staleForm);
    advanceClock(15 * 60 + 1);
    QCOMPARE(m_browser->get(staleUrl).status, 400);
    QUrlQuery staleFields;
    staleFields.addQueryItem(QStringLiteral("state"), staleForm->state);
    staleFields.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
    QCOMPARE(m_browser->postForm(staleForm->action, staleFields).status, 400);
    const HttpResult polled = m_client->get(
        QStringLiteral("/v1/amazon/authorizations/%1").arg(stale.value(QStringLiteral("id")).toString()), bearer);
    QCOMPARE(polled.json().value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QVERIFY(!adminTokenStored(accountId(bearer)));
}

void TestSandboxAmazon::expiredCodeIsRefused()
{
    const QByteArray bearer = signIn();
    const QJsonObject started = m_flow->start(bearer);
    const QUrl consentUrl(started.value(QStringLiteral("consent_url")).toString());
    const auto form = ConsentBrowser::parseForm(consentUrl, m_browser->get(consentUrl).body);
    QVERIFY(form);
    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("state"), form->state);
    fields.addQueryItem(QStringLiteral("decision"), QStringLiteral("approve"));
    const HttpResult confirmed = m_browser->postForm(form->action, fields);
    QCOMPARE(confirmed.status, 302);
    // The state would still be valid (15 min), but Amazon's code lives 5 minutes.
    advanceClock(5 * 60 + 1);
    QCOMPARE(m_browser->get(QUrl(QString::fromLatin1(confirmed.header("Location")))).status, 400);
    QCOMPARE(m_client->get(QStringLiteral("/v1/amazon/connection"), bearer)
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("not_connected"));
    QVERIFY(!adminTokenStored(accountId(bearer)));
}

void TestSandboxAmazon::denyLeavesNotConnected()
{
    const QByteArray bearer = signIn();
    const QJsonObject started = m_flow->start(bearer);
    const QUrl consentUrl(started.value(QStringLiteral("consent_url")).toString());
    const auto form = ConsentBrowser::parseForm(consentUrl, m_browser->get(consentUrl).body);
    QVERIFY(form);
    QUrlQuery fields;
    fields.addQueryItem(QStringLiteral("state"), form->state);
    fields.addQueryItem(QStringLiteral("decision"), QStringLiteral("deny"));
    const HttpResult confirmed = m_browser->postForm(form->action, fields);
    QCOMPARE(confirmed.status, 302);
    const QUrl callback(QString::fromLatin1(confirmed.header("Location")));
    const QUrlQuery query(callback);
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("spapi_oauth_code")));
    const HttpResult landed = m_browser->get(callback);
    QCOMPARE(landed.status, 302);
    const QUrl loopback(QString::fromLatin1(landed.header("Location")));
    QCOMPARE(loopback.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(QUrlQuery(loopback).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(!QUrlQuery(loopback).hasQueryItem(QStringLiteral("handle")));

    const HttpResult polled = m_client->get(
        QStringLiteral("/v1/amazon/authorizations/%1").arg(started.value(QStringLiteral("id")).toString()), bearer);
    QCOMPARE(polled.json().value(QStringLiteral("status")).toString(), QStringLiteral("denied"));
    const QJsonObject connection = m_client->get(QStringLiteral("/v1/amazon/connection"), bearer).json();
    QCOMPARE(connection.value(QStringLiteral("status")).toString(), QStringLiteral("not_connected"));
    QVERIFY(connection.value(QStringLiteral("selling_partner_id")).isNull());
    QVERIFY(connection.value(QStringLiteral("roles")).toArray().isEmpty());
    QVERIFY(!adminTokenStored(accountId(bearer)));
}

void TestSandboxAmazon::unknownApplicationOrStateIsRefused()
{
    const QByteArray bearer = signIn();
    const QJsonObject started = m_flow->start(bearer);
    QUrl consentUrl(started.value(QStringLiteral("consent_url")).toString());
    QUrlQuery query(consentUrl);

    QUrl wrongApplication = consentUrl;
    QUrlQuery wrongApplicationQuery = query;
    wrongApplicationQuery.removeAllQueryItems(QStringLiteral("application_id"));
    wrongApplicationQuery.addQueryItem(QStringLiteral("application_id"), QStringLiteral("amzn1.sellerapps.app.other"));
    wrongApplication.setQuery(wrongApplicationQuery);
    QCOMPARE(m_browser->get(wrongApplication).status, 400);

    QUrl forgedState = consentUrl;
    QUrlQuery forgedQuery = query;
    forgedQuery.removeAllQueryItems(QStringLiteral("state"));
    forgedQuery.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-state-0123456789abcdefghijklmnop"));
    forgedState.setQuery(forgedQuery);
    QCOMPARE(m_browser->get(forgedState).status, 400);

    QUrl callback = m_sandbox->url();
    callback.setPath(QStringLiteral("/v1/amazon/callback"));
    callback.setQuery(QStringLiteral("state=forged&selling_partner_id=A1&spapi_oauth_code=x"));
    QCOMPARE(m_browser->get(callback).status, 400);
    // The real state still works after those attempts.
    QString failure;
    QCOMPARE(m_flow->consent(started, QStringLiteral("approve"), &failure).status, 302);
}

void TestSandboxAmazon::newAuthorizationEndsTheEarlierOne()
{
    const QByteArray bearer = signIn();
    const QJsonObject first = m_flow->start(bearer);
    const QJsonObject second = m_flow->start(bearer);
    QVERIFY(first.value(QStringLiteral("id")) != second.value(QStringLiteral("id")));
    QCOMPARE(m_browser->get(QUrl(first.value(QStringLiteral("consent_url")).toString())).status, 400);
    QString failure;
    QCOMPARE(m_flow->consent(second, QStringLiteral("approve"), &failure).status, 302);
    QCOMPARE(m_client
                 ->get(QStringLiteral("/v1/amazon/authorizations/%1").arg(first.value(QStringLiteral("id")).toString()),
                       bearer)
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("expired"));
}

void TestSandboxAmazon::authorizationsAreBoundToTheirAccount()
{
    const QByteArray demo = signIn();
    const QJsonObject started = m_flow->start(demo);
    QString error;
    QVERIFY2(m_sandbox->createAccount(QStringLiteral("second@sellerpulse.test"), QStringLiteral("second-password-1"),
                                      &error),
             qPrintable(error));
    const QByteArray other =
        m_client->login(QStringLiteral("second@sellerpulse.test"), QStringLiteral("second-password-1"))
            .value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    const HttpResult foreign = m_client->get(
        QStringLiteral("/v1/amazon/authorizations/%1").arg(started.value(QStringLiteral("id")).toString()), other);
    QCOMPARE(foreign.status, 404);
    QVERIFY(foreign.isProblem());
    // Approving the demo seller's consent, confirmed by the demo's app, connects the demo account only.
    QString failure;
    const HttpResult landed = m_flow->consent(started, QStringLiteral("approve"), &failure);
    QCOMPARE(landed.status, 302);
    const QString id = started.value(QStringLiteral("id")).toString();
    QCOMPARE(m_flow->confirm(demo, id, AmazonConnectFlow::handleOf(landed), m_flow->verifierOf(id)).status, 200);
    QCOMPARE(
        m_client->get(QStringLiteral("/v1/amazon/connection"), other).json().value(QStringLiteral("status")).toString(),
        QStringLiteral("not_connected"));
    QVERIFY(!adminTokenStored(accountId(other)));
    QVERIFY(adminTokenStored(accountId(demo)));
}

void TestSandboxAmazon::tokenIsEncryptedAndDisconnectDeletesIt()
{
    const QByteArray bearer = signIn();
    const QString account = accountId(bearer);
    QString failure;
    QVERIFY2(m_flow->connect(bearer, &failure), qPrintable(failure));
    QVERIFY(adminTokenStored(account));

    // The key file: its own class, owner-only; the store: owner-only, AES-256-GCM records.
    const QString keyPath = m_sandbox->dataDir() + QStringLiteral("/keys/amazon-refresh-tokens.key");
    const QString storePath = m_sandbox->dataDir() + QStringLiteral("/secrets/amazon-refresh-tokens.json");
    QCOMPARE(modeOf(keyPath), 0600);
    QCOMPARE(modeOf(storePath), 0600);
    QCOMPARE(modeOf(m_sandbox->dataDir() + QStringLiteral("/secrets")), 0700);
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray vaultKey = keyFile.readAll().trimmed();
    QFile jwtKey(m_sandbox->dataDir() + QStringLiteral("/keys/jwt-signing.key"));
    QVERIFY(jwtKey.open(QIODevice::ReadOnly));
    QVERIFY(jwtKey.readAll().trimmed() != vaultKey); // a key for this data class alone

    // Whoever holds the key file AND the store can read the token; the test does, to know what to look for.
    const QByteArray token = decryptStoredToken(account);
    QVERIFY2(token.startsWith("Atzr|") && token.size() > 40, token.left(5).constData());
    // The token in plain text appears in no file and not in the log; not even Amazon's prefix does.
    QCOMPARE(filesContaining(token), QStringList());
    QCOMPARE(filesContaining(QByteArrayLiteral("Atzr|")), QStringList());
    QCOMPARE(filesContaining(token.mid(5, 24)), QStringList());
    QVERIFY(!m_sandbox->capturedStderr().contains(QString::fromLatin1(token.mid(5, 24))));
    // The record is bound to its account: under another account id it does not decrypt.
    QFile storeFile(storePath);
    QVERIFY(storeFile.open(QIODevice::ReadOnly));
    const QByteArray storeBefore = storeFile.readAll();
    storeFile.close();
    const QJsonObject record =
        QJsonDocument::fromJson(storeBefore).object().value(QStringLiteral("records")).toArray().first().toObject();
    const QByteArray ciphertext = record.value(QStringLiteral("ciphertext")).toString().toLatin1();
    QVERIFY(!ciphertext.isEmpty());
    QCOMPARE(record.value(QStringLiteral("nonce")).toString().size(), 16); // 96 bits, base64

    // Disconnect: the connection reads revoked at once, the admin check says no token, and the
    // ciphertext itself is gone from the store.
    const HttpResult disconnected =
        m_client->send("DELETE", QStringLiteral("/v1/amazon/connection"), {},
                       {{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer}});
    QCOMPARE(disconnected.status, 204);
    const QJsonObject connection = m_client->get(QStringLiteral("/v1/amazon/connection"), bearer).json();
    QCOMPARE(connection.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QVERIFY(connection.value(QStringLiteral("roles")).toArray().isEmpty());
    QVERIFY(!adminTokenStored(account));
    QCOMPARE(filesContaining(ciphertext), QStringList());
    QCOMPARE(filesContaining(token), QStringList());
    QVERIFY(decryptStoredToken(account).isEmpty());

    // A restart does not bring it back.
    QString error;
    QVERIFY2(m_sandbox->restart(&error), qPrintable(error));
    const QByteArray again = signIn();
    QCOMPARE(
        m_client->get(QStringLiteral("/v1/amazon/connection"), again).json().value(QStringLiteral("status")).toString(),
        QStringLiteral("revoked"));
    QVERIFY(!adminTokenStored(account));
}

void TestSandboxAmazon::disconnectIsIdempotent()
{
    const QByteArray bearer = signIn();
    const QList<QPair<QByteArray, QByteArray>> auth{
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer}};
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/v1/amazon/connection"), {}, auth).status, 204);
    QCOMPARE(m_client->get(QStringLiteral("/v1/amazon/connection"), bearer)
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("not_connected"));
    QCOMPARE(m_client->send("DELETE", QStringLiteral("/v1/amazon/connection")).status, 401);
    const HttpResult unknown =
        m_client->send("GET", QStringLiteral("/admin/v1/accounts/acc_nobody/amazon-token"), {},
                       {{QByteArrayLiteral("X-Sandbox-Admin-Token"), m_sandbox->adminToken().toLatin1()}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(m_client->get(QStringLiteral("/admin/v1/accounts/%1/amazon-token").arg(accountId(bearer))).status, 401);
}

void TestSandboxAmazon::amazonRevocationReadsRevoked()
{
    const QByteArray bearer = signIn();
    const QString account = accountId(bearer);
    QString failure;
    QVERIFY2(m_flow->connect(bearer, &failure), qPrintable(failure));
    const QList<QPair<QByteArray, QByteArray>> admin{
        {QByteArrayLiteral("X-Sandbox-Admin-Token"), m_sandbox->adminToken().toLatin1()}};
    QCOMPARE(
        m_client->send("POST", QStringLiteral("/admin/v1/accounts/%1/amazon-revoke").arg(account), {}, admin).status,
        204);
    const QJsonObject connection = m_client->get(QStringLiteral("/v1/amazon/connection"), bearer).json();
    QCOMPARE(connection.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
    QVERIFY(!connection.value(QStringLiteral("selling_partner_id")).toString().isEmpty());
    QVERIFY(connection.value(QStringLiteral("connected_at")).isNull());
    QVERIFY(!adminTokenStored(account));
    // Connecting again works and reads connected.
    QVERIFY2(m_flow->connect(bearer, &failure), qPrintable(failure));
    QVERIFY(adminTokenStored(account));
}

void TestSandboxAmazon::heldTokenIsEncryptedUnderItsAuthorization()
{
    const QByteArray bearer = signIn();
    const QString account = accountId(bearer);
    const QJsonObject started = m_flow->start(bearer);
    QString failure;
    const HttpResult landed = m_flow->consent(started, QStringLiteral("approve"), &failure);
    QCOMPARE(landed.status, 302);
    const QString id = started.value(QStringLiteral("id")).toString();

    // Held: a record of its own, bound to "held:<authorization id>", not to the account.
    const QString heldId = QStringLiteral("held:") + id;
    const QByteArray held = decryptStoredToken(heldId);
    QVERIFY2(held.startsWith("Atzr|"), held.left(5).constData());
    QVERIFY(decryptStoredToken(heldId, account).isEmpty()); // never readable as the account's connection
    QVERIFY(decryptStoredToken(account).isEmpty());
    QCOMPARE(filesContaining(held), QStringList());
    QCOMPARE(filesContaining(QByteArrayLiteral("Atzr|")), QStringList());
    QVERIFY(!m_sandbox->capturedStderr().contains(QString::fromLatin1(held.mid(5, 24))));
    // The handle is stored only as a hash: it is in no file and not in the log.
    const QString handle = AmazonConnectFlow::handleOf(landed);
    QCOMPARE(filesContaining(handle.toLatin1()), QStringList());
    QVERIFY(!m_sandbox->capturedStderr().contains(handle));

    // Confirmed: the same token is now the account's, and the held record is gone.
    QCOMPARE(m_flow->confirm(bearer, id, handle, m_flow->verifierOf(id)).status, 200);
    QCOMPARE(decryptStoredToken(account), held);
    QVERIFY(decryptStoredToken(heldId).isEmpty());
    QVERIFY(!m_sandbox->capturedStderr().contains(QString::fromLatin1(held.mid(5, 24))));
}

void TestSandboxAmazon::restartDeletesHeldTokens()
{
    // Authorizations live in the sandbox's memory: a restart forgets them, so the tokens they held are deleted
    // at start (nobody could confirm them any more).
    const QByteArray bearer = signIn();
    const QJsonObject started = m_flow->start(bearer);
    QString failure;
    QCOMPARE(m_flow->consent(started, QStringLiteral("approve"), &failure).status, 302);
    const QString heldId = QStringLiteral("held:") + started.value(QStringLiteral("id")).toString();
    QVERIFY(!decryptStoredToken(heldId).isEmpty());
    QVERIFY(!filesContaining(heldId.toUtf8()).isEmpty());

    QString error;
    QVERIFY2(m_sandbox->restart(&error), qPrintable(error));
    QCOMPARE(filesContaining(heldId.toUtf8()), QStringList());
    const QByteArray again = signIn();
    QCOMPARE(
        m_client
            ->get(QStringLiteral("/v1/amazon/authorizations/%1").arg(started.value(QStringLiteral("id")).toString()),
                  again)
            .status,
        404);
    QCOMPARE(
        m_client->get(QStringLiteral("/v1/amazon/connection"), again).json().value(QStringLiteral("status")).toString(),
        QStringLiteral("not_connected"));
    QVERIFY(!adminTokenStored(accountId(again)));
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxAmazon)
#include "TestSandboxAmazon.moc"
