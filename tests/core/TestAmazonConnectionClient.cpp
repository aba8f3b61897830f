// The Amazon connection end to end against the real sandbox over HTTPS, with the real keychain
// (scripts/with-keyring.sh): the app starts the authorization (loopback listener, PKCE), the test
// plays the seller's browser, whose last step is the callback's redirect to the app's loopback port;
// the app shows the approving Amazon account and connects it only when confirmed. Also the
// attacks the binding stops: a forwarded consent link approved in a browser that is not on this
// computer connects nothing, a handle of another authorization sent to the listener is ignored;
// cancel deletes the held token; reused and expired state, Deny, a consent URL outside the
// allow-list, disconnect (the sandbox's store holds no token after), and a write operation that is
// refused until the seller opts in.
#include "SessionHarness.h"
#include "TestAmazonBrowser.h"
#include "account/PermissionsClient.h"
#include "amazon/AmazonApplication.h"
#include "amazon/AmazonConnectionClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace sp::test {

class TestAmazonConnectionClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsEndToEnd();
    void forwardedLinkConnectsNothing();
    void handleOfAnotherAuthorizationIsIgnored();
    void cancelDeletesTheHeldToken();
    void cancelWhilePendingEndsTheAuthorization();
    void withoutBrowserTheLinkStillWorks();
    void reusedStateIsRefused();
    void expiredStateIsRefused();
    void denyLeavesNotConnected();
    void consentUrlOutsideTheAllowListIsNeverOpened();
    void disconnectDeletesTheStoredToken();
    void writeIsRefusedUntilOptIn();

private:
    struct Seller
    {
        std::unique_ptr<Client> client;
        std::unique_ptr<AmazonConnectionClient> amazon;
        QList<QUrl> opened; // what the app handed to the "browser"
        bool browserStarts = true;
        QString accountId() const { return client->session->account().id; }
    };
    std::unique_ptr<Seller> signedInSeller(const QString& email, bool allowSandbox = true);
    // Starts an authorization and returns the consent URL the app opened (invalid on failure).
    QUrl startAuthorization(Seller& seller, AmazonRegion region = AmazonRegion::Europe);
    // Approve in a browser on this computer, then "Connect this account".
    bool connect(Seller& seller);
    // The signal may have come already while the "browser" waited for its answers.
    static bool arrived(QSignalSpy& spy, int timeoutMs = 15000) { return !spy.isEmpty() || spy.wait(timeoutMs); }
    static AmazonConnectionClient::Outcome outcomeOf(const QSignalSpy& finished)
    {
        return finished.constFirst().at(0).value<AmazonConnectionClient::Outcome>();
    }

    SandboxProcess m_sandbox;
};

void TestAmazonConnectionClient::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
}

std::unique_ptr<TestAmazonConnectionClient::Seller> TestAmazonConnectionClient::signedInSeller(const QString& email,
                                                                                               bool allowSandbox)
{
    const QString password = QStringLiteral("amazon-test-password-1");
    QString error;
    if (!m_sandbox.createAccount(email, password, &error)) {
        qWarning() << error;
        return nullptr;
    }
    auto seller = std::make_unique<Seller>();
    seller->client = std::make_unique<Client>();
    if (!seller->client->init(m_sandbox.url(), {QSslCertificate::fromPath(m_sandbox.certificatePath())}))
        return nullptr;
    if (!seller->client->signIn(email, password))
        return nullptr;
    Seller* raw = seller.get();
    seller->amazon = std::make_unique<AmazonConnectionClient>(
        seller->client->session.get(), ConsentUrlPolicy(allowSandbox ? m_sandbox.url() : QUrl()),
        [raw](const QUrl& url) {
            raw->opened.append(url);
            return raw->browserStarts;
        },
        &seller->client->clock);
    seller->amazon->setPollIntervalMs(500);
    return seller;
}

QUrl TestAmazonConnectionClient::startAuthorization(Seller& seller, AmazonRegion region)
{
    QSignalSpy started(seller.amazon.get(), &AmazonConnectionClient::authorizationStarted);
    seller.amazon->startAuthorization(region);
    if (!started.wait(15000) || seller.opened.isEmpty())
        return QUrl();
    return seller.opened.constLast();
}

bool TestAmazonConnectionClient::connect(Seller& seller)
{
    const QUrl consent = startAuthorization(seller);
    if (!consent.isValid())
        return false;
    QSignalSpy approval(seller.amazon.get(), &AmazonConnectionClient::approvalReceived);
    QSignalSpy finished(seller.amazon.get(), &AmazonConnectionClient::authorizationFinished);
    SellerCentralBrowser browser(&m_sandbox);
    if (browser.visit(consent, QStringLiteral("approve")).appStatus != 200)
        return false;
    if (!arrived(approval))
        return false;
    seller.amazon->confirmAuthorization();
    if (!finished.wait(15000))
        return false;
    return outcomeOf(finished) == AmazonConnectionClient::Outcome::Connected;
}

void TestAmazonConnectionClient::connectsEndToEnd()
{
    auto seller = signedInSeller(QStringLiteral("amazon-connect@sellerpulse.test"));
    QVERIFY(seller);
    QSignalSpy changed(seller->amazon.get(), &AmazonConnectionClient::connectionChanged);
    seller->amazon->refresh();
    QVERIFY(changed.wait(15000));
    QCOMPARE(seller->amazon->connection().status, AmazonConnection::Status::NotConnected);

    const QUrl consent = startAuthorization(*seller);
    QVERIFY(consent.isValid());
    QCOMPARE(seller->opened.size(), qsizetype(1));
    QCOMPARE(consent.host(), m_sandbox.url().host());
    QCOMPARE(consent.port(), m_sandbox.url().port());
    QCOMPARE(consent.path(), QStringLiteral("/sandbox/sellercentral/apps/authorize/consent"));
    // The sandbox's fixed application id, which the app pins.
    QCOMPARE(QUrlQuery(consent).queryItemValue(QStringLiteral("application_id")),
             QLatin1String(AmazonApplication::kSandboxId));
    QVERIFY(seller->amazon->isAuthorizing());
    QVERIFY(seller->amazon->redirectPort() > 0);
    // The countdown starts at the state's 15 minutes, never more.
    QVERIFY(seller->amazon->secondsLeft() > 14 * 60);
    QVERIFY(seller->amazon->secondsLeft() <= 15 * 60);
    QCOMPARE(seller->amazon->connection().status, AmazonConnection::Status::Pending);

    SellerCentralBrowser browser(&m_sandbox);
    QString state;
    const SellerCentralBrowser::Answer page = browser.openConsent(consent, &state);
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("Seller Central"));
    QVERIFY(!state.isEmpty());
    QSignalSpy approval(seller->amazon.get(), &AmazonConnectionClient::approvalReceived);
    QSignalSpy finished(seller->amazon.get(), &AmazonConnectionClient::authorizationFinished);
    const SellerCentralBrowser::Answer redirect = browser.decide(state, QStringLiteral("approve"));
    QCOMPARE(redirect.status, 302);
    const QUrlQuery callback(redirect.location);
    QCOMPARE(redirect.location.path(), QStringLiteral("/v1/amazon/callback"));
    QCOMPARE(callback.queryItemValue(QStringLiteral("state")), state);
    QVERIFY(!callback.queryItemValue(QStringLiteral("spapi_oauth_code")).isEmpty());
    const QString partnerId = callback.queryItemValue(QStringLiteral("selling_partner_id"));
    QVERIFY(!partnerId.isEmpty());

    // The callback sends the browser to this app's loopback port with a one-time handle.
    const SellerCentralBrowser::Answer toApp = browser.get(redirect.location);
    QCOMPARE(toApp.status, 302);
    QCOMPARE(toApp.location.scheme(), QStringLiteral("http"));
    QCOMPARE(toApp.location.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(toApp.location.port(), int(seller->amazon->redirectPort()));
    QCOMPARE(toApp.location.path(), QStringLiteral("/sellerpulse/amazon-consent"));
    const QString authorizationId = QUrlQuery(toApp.location).queryItemValue(QStringLiteral("authorization_id"));
    QVERIFY(!authorizationId.isEmpty());

    // Held, not connected: Amazon's approval alone connects nothing.
    const QString accountId = seller->accountId();
    QCOMPARE(browser.tokenStored(accountId), 0);
    QJsonObject held = browser.authorization(accountId, authorizationId);
    QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_confirmation"));
    QCOMPARE(held.value(QStringLiteral("token_held")).toBool(), true);

    const SellerCentralBrowser::Answer appPage = browser.get(toApp.location);
    QCOMPARE(appPage.status, 200);
    QVERIFY(appPage.body.contains("Return to SellerPulse"));

    // The app names the Amazon account that approved, and waits for the seller's click.
    QVERIFY(arrived(approval));
    const AmazonAuthorization approved = approval.constFirst().at(0).value<AmazonAuthorization>();
    QCOMPARE(approved.id, authorizationId);
    QCOMPARE(approved.sellingPartnerId, partnerId);
    QVERIFY(!approved.marketplaceIds.isEmpty());
    QVERIFY(seller->amazon->isAwaitingConfirmation());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(browser.tokenStored(accountId), 0);

    seller->amazon->confirmAuthorization();
    QVERIFY(finished.wait(15000));
    QCOMPARE(outcomeOf(finished), AmazonConnectionClient::Outcome::Connected);
    QVERIFY(!seller->amazon->isAuthorizing());
    QCOMPARE(seller->amazon->redirectPort(), quint16(0));
    QTRY_COMPARE_WITH_TIMEOUT(seller->amazon->connection().status, AmazonConnection::Status::Connected, 15000);
    const AmazonConnection connection = seller->amazon->connection();
    QCOMPARE(connection.sellingPartnerId, partnerId);
    QCOMPARE(connection.region, QStringLiteral("eu"));
    QCOMPARE(connection.marketplaceIds, approved.marketplaceIds);
    QVERIFY(connection.roles.contains(QStringLiteral("Selling Partner Insights")));
    QVERIFY(connection.connectedAt.isValid());
    QCOMPARE(browser.tokenStored(accountId), 1);
    held = browser.authorization(accountId, authorizationId);
    QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(held.value(QStringLiteral("token_held")).toBool(), false);

    // The listener answered once and is gone: the redirect replayed reaches nobody.
    QCOMPARE(browser.deliver(toApp.location).status, 0);
}

void TestAmazonConnectionClient::forwardedLinkConnectsNothing()
{
    // The attack: the app's consent link is forwarded (or was started by somebody else) and
    // approved in a browser that is not on this computer. That browser follows the callback's
    // redirect to ITS 127.0.0.1, where no SellerPulse of this flow listens: the test does not
    // follow the final redirect.
    auto seller = signedInSeller(QStringLiteral("amazon-forwarded@sellerpulse.test"));
    QVERIFY(seller);
    seller->amazon->setHandleWaitMs(1500);
    const QUrl consent = startAuthorization(*seller);
    QVERIFY(consent.isValid());
    QSignalSpy approval(seller->amazon.get(), &AmazonConnectionClient::approvalReceived);
    QSignalSpy finished(seller->amazon.get(), &AmazonConnectionClient::authorizationFinished);
    SellerCentralBrowser elsewhere(&m_sandbox);
    const SellerCentralBrowser::Visit visit = elsewhere.visit(consent, QStringLiteral("approve"), false);
    QCOMPARE(visit.callbackStatus, 302);
    QCOMPARE(visit.loopback.host(), QStringLiteral("127.0.0.1"));
    const QString authorizationId = QUrlQuery(visit.loopback).queryItemValue(QStringLiteral("authorization_id"));

    // Polling sees Amazon's approval, no handle arrives: the app says where to approve instead.
    QVERIFY(arrived(finished, 20000));
    QCOMPARE(outcomeOf(finished), AmazonConnectionClient::Outcome::ApprovedElsewhere);
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("browser on this computer")), qPrintable(message));
    QCOMPARE(approval.count(), 0);
    QVERIFY(!seller->amazon->isAuthorizing());

    // Nothing connected, and the app cancelled the authorization: no token held for it either.
    const QString accountId = seller->accountId();
    SellerCentralBrowser admin(&m_sandbox);
    QCOMPARE(admin.tokenStored(accountId), 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        admin.authorization(accountId, authorizationId).value(QStringLiteral("status")).toString(),
        QStringLiteral("expired"), 15000);
    QCOMPARE(admin.authorization(accountId, authorizationId).value(QStringLiteral("token_held")).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(seller->amazon->connection().status, AmazonConnection::Status::NotConnected, 15000);

    // The handle arriving late (the forwarded browser's redirect replayed here) finds nobody.
    QCOMPARE(admin.deliver(visit.loopback).status, 0);
    QCOMPARE(admin.tokenStored(accountId), 0);
}

void TestAmazonConnectionClient::handleOfAnotherAuthorizationIsIgnored()
{
    auto seller = signedInSeller(QStringLiteral("amazon-other-handle@sellerpulse.test"));
    auto other = signedInSeller(QStringLiteral("amazon-other-handle-2@sellerpulse.test"));
    QVERIFY(seller && other);
    other->amazon->setHandleWaitMs(60000); // its handle is delivered last, below
    const QUrl consent = startAuthorization(*seller);
    const QUrl otherConsent = startAuthorization(*other);
    QVERIFY(consent.isValid() && otherConsent.isValid());
    QSignalSpy approval(seller->amazon.get(), &AmazonConnectionClient::approvalReceived);
    QSignalSpy finished(seller->amazon.get(), &AmazonConnectionClient::authorizationFinished);

    // The other authorization's redirect (its id, its valid handle) sent to this app's port.
    SellerCentralBrowser browser(&m_sandbox);
    const SellerCentralBrowser::Visit otherVisit = browser.visit(otherConsent, QStringLiteral("approve"), false);
    QCOMPARE(otherVisit.callbackStatus, 302);
    QUrl misdirected = otherVisit.loopback;
    misdirected.setPort(seller->amazon->redirectPort());
    QCOMPARE(browser.deliver(misdirected).status, 404);

    // Ignored: this app waits on, and its own approval still goes through.
    QVERIFY(seller->amazon->isAuthorizing());
    QVERIFY(!seller->amazon->isAwaitingConfirmation());
    QCOMPARE(finished.count(), 0);
    const SellerCentralBrowser::Visit visit = browser.visit(consent, QStringLiteral("approve"));
    QCOMPARE(visit.appStatus, 200);
    QVERIFY(arrived(approval));
    seller->amazon->confirmAuthorization();
    QVERIFY(finished.wait(15000));
    QCOMPARE(outcomeOf(finished), AmazonConnectionClient::Outcome::Connected);
    // Each account got its own Amazon seller account, the other's nothing yet.
    QCOMPARE(browser.tokenStored(seller->accountId()), 1);
    QCOMPARE(browser.tokenStored(other->accountId()), 0);

    // The other handle, where it belongs, still works: it was not used up by the misdirection.
    QSignalSpy otherApproval(other->amazon.get(), &AmazonConnectionClient::approvalReceived);
    QCOMPARE(browser.deliver(otherVisit.loopback).status, 200);
    QVERIFY(arrived(otherApproval));
}

void TestAmazonConnectionClient::cancelDeletesTheHeldToken()
{
    auto seller = signedInSeller(QStringLiteral("amazon-cancel@sellerpulse.test"));
    QVERIFY(seller);
    const QUrl consent = startAuthorization(*seller);
    QVERIFY(consent.isValid());
    QSignalSpy approval(seller->amazon.get(), &AmazonConnectionClient::approvalReceived);
    SellerCentralBrowser browser(&m_sandbox);
    const SellerCentralBrowser::Visit visit = browser.visit(consent, QStringLiteral("approve"));
    QCOMPARE(visit.appStatus, 200);
    QVERIFY(arrived(approval));
    const QString accountId = seller->accountId();
    const QString id = approval.constFirst().at(0).value<AmazonAuthorization>().id;
    QCOMPARE(browser.authorization(accountId, id).value(QStringLiteral("token_held")).toBool(), true);

    // Not my Amazon account: Cancel. The server deletes the held token at once.
    QSignalSpy finished(seller->amazon.get(), &AmazonConnectionClient::authorizationFinished);
    QSignalSpy changed(seller->amazon.get(), &AmazonConnectionClient::connectionChanged);
    seller->amazon->cancelAuthorization();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(outcomeOf(finished), AmazonConnectionClient::Outcome::Cancelled);
    QVERIFY(changed.wait(15000)); // the refresh after the cancellation
    const QJsonObject cancelled = browser.authorization(accountId, id);
    QCOMPARE(cancelled.value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    QCOMPARE(cancelled.value(QStringLiteral("token_held")).toBool(), false);
    QCOMPARE(browser.tokenStored(accountId), 0);
    QCOMPARE(seller->amazon->connection().status, AmazonConnection::Status::NotConnected);
}

void TestAmazonConnectionClient::cancelWhilePendingEndsTheAuthorization()
{
    auto seller = signedInSeller(QStringLiteral("amazon-cancel-pending@sellerpulse.test"));
    QVERIFY(seller);
    const QUrl consent = startAuthorization(*seller);
    QVERIFY(consent.isValid());
    QSignalSpy changed(seller->amazon.get(), &AmazonConnectionClient::connectionChanged);
    seller->amazon->cancelAuthorization();
    QVERIFY(changed.wait(15000));
    SellerCentralBrowser browser(&m_sandbox);
    const QJsonArray all = browser.authorizations(seller->accountId());
    QCOMPARE(all.size(), qsizetype(1));
    QCOMPARE(all.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
    // The link is dead: its state no longer opens the consent page.
    QCOMPARE(browser.openConsent(consent, nullptr).status, 400);
}

void TestAmazonConnectionClient::withoutBrowserTheLinkStillWorks()
{
    // No browser could be started: the app keeps waiting and offers the link (the UI's Copy link);
    // pasted into a browser on this computer, it connects as usual.
    auto seller = signedInSeller(QStringLiteral("amazon-no-browser@sellerpulse.test"));
    QVERIFY(seller);
    seller->browserStarts = false;
    QSignalSpy started(seller->amazon.get(), &AmazonConnectionClient::authorizationStarted);
    seller->amazon->startAuthorization(AmazonRegion::Europe);
    QVERIFY(started.wait(15000));
    QCOMPARE(started.constFirst().at(2).toBool(), false);
    QVERIFY(seller->amazon->isAuthorizing());
    const QUrl link = seller->amazon->consentUrl();
    QCOMPARE(link, seller->opened.constFirst());
    QSignalSpy approval(seller->amazon.get(), &AmazonConnectionClient::approvalReceived);
    SellerCentralBrowser browser(&m_sandbox);
    QCOMPARE(browser.visit(link, QStringLiteral("approve")).appStatus, 200);
    QVERIFY(arrived(approval));
}

void TestAmazonConnectionClient::reusedStateIsRefused()
{
    auto seller = signedInSeller(QStringLiteral("amazon-reuse@sellerpulse.test"));
    QVERIFY(seller);
    const QUrl consent = startAuthorization(*seller);
    QVERIFY(consent.isValid());
    QSignalSpy approval(seller->amazon.get(), &AmazonConnectionClient::approvalReceived);
    SellerCentralBrowser browser(&m_sandbox);
    QString state;
    const SellerCentralBrowser::Visit visit = browser.visit(consent, QStringLiteral("approve"), true, &state);
    QCOMPARE(visit.appStatus, 200);

    // The same state again: at the form, at the callback, and the consent page itself.
    QCOMPARE(browser.decide(state, QStringLiteral("approve")).status, 400);
    QCOMPARE(browser.get(visit.callback).status, 400);
    QCOMPARE(browser.openConsent(consent, nullptr).status, 400);
    QVERIFY(arrived(approval));
    seller->amazon->confirmAuthorization();
    QTRY_COMPARE_WITH_TIMEOUT(seller->amazon->connection().status, AmazonConnection::Status::Connected, 15000);
}

void TestAmazonConnectionClient::expiredStateIsRefused()
{
    auto seller = signedInSeller(QStringLiteral("amazon-expired@sellerpulse.test"));
    QVERIFY(seller);
    const QUrl consent = startAuthorization(*seller);
    QVERIFY(consent.isValid());
    SellerCentralBrowser browser(&m_sandbox);
    QString state;
    QCOMPARE(browser.openConsent(consent, &state).status, 200);

    QSignalSpy finished(seller->amazon.get(), &AmazonConnectionClient::authorizationFinished);
    QString error;
    QVERIFY2(m_sandbox.advanceClock(QJsonObject{{QStringLiteral("seconds"), 16 * 60}}, &error), qPrintable(error));
    QCOMPARE(browser.decide(state, QStringLiteral("approve")).status, 400);
    QCOMPARE(browser.openConsent(consent, nullptr).status, 400);

    // The app's poll hears "expired" from the server and stops.
    QVERIFY(finished.wait(15000));
    QCOMPARE(outcomeOf(finished), AmazonConnectionClient::Outcome::Expired);
    QVERIFY(finished.constFirst().at(1).toString().contains(QLatin1String("15 minutes")));
    QVERIFY(!seller->amazon->isAuthorizing());
    QCOMPARE(seller->amazon->redirectPort(), quint16(0));
    QTRY_COMPARE_WITH_TIMEOUT(seller->amazon->connection().status, AmazonConnection::Status::NotConnected, 15000);
    QCOMPARE(browser.tokenStored(seller->accountId()), 0);
}

void TestAmazonConnectionClient::denyLeavesNotConnected()
{
    auto seller = signedInSeller(QStringLiteral("amazon-deny@sellerpulse.test"));
    QVERIFY(seller);
    const QUrl consent = startAuthorization(*seller);
    QVERIFY(consent.isValid());
    QSignalSpy finished(seller->amazon.get(), &AmazonConnectionClient::authorizationFinished);
    SellerCentralBrowser browser(&m_sandbox);
    const SellerCentralBrowser::Visit visit = browser.visit(consent, QStringLiteral("deny"));
    QCOMPARE(QUrlQuery(visit.callback).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(visit.callbackStatus, 302);
    QCOMPARE(QUrlQuery(visit.loopback).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(visit.appStatus, 200);
    QVERIFY(arrived(finished));
    QCOMPARE(outcomeOf(finished), AmazonConnectionClient::Outcome::Denied);
    QTRY_COMPARE_WITH_TIMEOUT(seller->amazon->connection().status, AmazonConnection::Status::NotConnected, 15000);
    QCOMPARE(browser.tokenStored(seller->accountId()), 0);
}

void TestAmazonConnectionClient::consentUrlOutsideTheAllowListIsNeverOpened()
{
    // An app configured for production trusts only Amazon's hosts (and SellerPulse's application
    // id): the sandbox's consent URL is then a host outside the allow-list, and the app must refuse
    // it without opening anything, and end the authorization it started on the server.
    auto seller = signedInSeller(QStringLiteral("amazon-refused@sellerpulse.test"), false);
    QVERIFY(seller);
    QSignalSpy finished(seller->amazon.get(), &AmazonConnectionClient::authorizationFinished);
    QSignalSpy started(seller->amazon.get(), &AmazonConnectionClient::authorizationStarted);
    QSignalSpy changed(seller->amazon.get(), &AmazonConnectionClient::connectionChanged);
    seller->amazon->startAuthorization(AmazonRegion::Europe);
    QVERIFY(finished.wait(15000));
    QCOMPARE(outcomeOf(finished), AmazonConnectionClient::Outcome::Refused);
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("not opened")) && message.contains(m_sandbox.url().host()),
             qPrintable(message));
    QVERIFY(seller->opened.isEmpty());
    QCOMPARE(started.count(), 0);
    QVERIFY(!seller->amazon->isAuthorizing());
    QVERIFY(changed.wait(15000));
    SellerCentralBrowser browser(&m_sandbox);
    const QJsonArray all = browser.authorizations(seller->accountId());
    QCOMPARE(all.size(), qsizetype(1));
    QCOMPARE(all.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("expired"));
}

void TestAmazonConnectionClient::disconnectDeletesTheStoredToken()
{
    auto seller = signedInSeller(QStringLiteral("amazon-disconnect@sellerpulse.test"));
    QVERIFY(seller);
    QVERIFY(connect(*seller));
    SellerCentralBrowser browser(&m_sandbox);
    const QString accountId = seller->accountId();
    QCOMPARE(browser.tokenStored(accountId), 1);

    QSignalSpy disconnected(seller->amazon.get(), &AmazonConnectionClient::disconnected);
    seller->amazon->disconnectAmazon();
    QVERIFY(disconnected.wait(15000));
    QTRY_VERIFY_WITH_TIMEOUT(seller->amazon->connection().status == AmazonConnection::Status::Revoked
                                 || seller->amazon->connection().status == AmazonConnection::Status::NotConnected,
                             15000);
    QVERIFY(seller->amazon->connection().roles.isEmpty());
    QCOMPARE(browser.tokenStored(accountId), 0);
}

void TestAmazonConnectionClient::writeIsRefusedUntilOptIn()
{
    auto seller = signedInSeller(QStringLiteral("amazon-write@sellerpulse.test"));
    QVERIFY(seller);
    QVERIFY(connect(*seller));
    const auto products = seller->client->authorized("GET", QStringLiteral("/v1/products"));
    QVERIFY(products && products->error.ok());
    const QJsonArray list = products->json.value(QStringLiteral("products")).toArray();
    QVERIFY(!list.isEmpty());
    const QString sku = list.first().toObject().value(QStringLiteral("sku")).toString();
    const QString marketplace = seller->amazon->connection().marketplaceIds.constFirst();
    const QString path = QStringLiteral("/v1/listings/%1/price").arg(QString::fromLatin1(QUrl::toPercentEncoding(sku)));
    const QJsonObject body{{QStringLiteral("marketplace_id"), marketplace},
                           {QStringLiteral("price"), QStringLiteral("12.34")}};

    auto before = seller->client->authorized("POST", path, body);
    QVERIFY(before);
    QCOMPARE(before->httpStatus, 403);
    QCOMPARE(before->error.code, QStringLiteral("feature_disabled"));

    PermissionsClient permissions(seller->client->session.get());
    QSignalSpy listed(&permissions, &PermissionsClient::featuresChanged);
    permissions.refresh();
    QVERIFY(listed.wait(15000));
    QCOMPARE(permissions.features().size(), qsizetype(3));
    for (const WriteFeature& feature : permissions.features())
        QVERIFY2(!feature.enabled, qPrintable(feature.id)); // read-only by default
    QSignalSpy changed(&permissions, &PermissionsClient::featureChanged);
    permissions.setEnabled(QStringLiteral("price_changes"), true);
    QVERIFY(changed.wait(15000));
    QVERIFY(changed.constFirst().at(0).value<WriteFeature>().enabled);

    auto after = seller->client->authorized("POST", path, body);
    QVERIFY(after);
    QCOMPARE(after->httpStatus, 202);
    QCOMPARE(after->json.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));

    // Off again: refused again.
    changed.clear();
    permissions.setEnabled(QStringLiteral("price_changes"), false);
    QVERIFY(changed.wait(15000));
    auto again = seller->client->authorized("POST", path, body);
    QVERIFY(again);
    QCOMPARE(again->httpStatus, 403);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestAmazonConnectionClient)
#include "TestAmazonConnectionClient.moc"
