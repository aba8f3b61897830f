// The Amazon connection end to end against the real sandbox over HTTPS, with the real keychain
// (scripts/with-keyring.sh): the app starts the authorization, the test plays the seller's browser,
// the app polls until connected. Also: reused and expired state, Deny, a consent URL outside the
// allow-list, disconnect (the sandbox's store holds no token after), and a write operation that is
// refused until the seller opts in.
#include "SessionHarness.h"
#include "TestAmazonBrowser.h"
#include "account/PermissionsClient.h"
#include "amazon/AmazonConnectionClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace sp::test {

class TestAmazonConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connectsEndToEnd();
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
    };
    std::unique_ptr<Seller> signedInSeller(const QString& email, bool allowSandbox = true);
    // Starts an authorization and returns the consent URL the app opened (invalid on failure).
    QUrl startAuthorization(Seller& seller, AmazonRegion region = AmazonRegion::Europe);
    bool connect(Seller& seller);

    SandboxProcess m_sandbox;
    int m_accounts = 0;
};

void TestAmazonConnection::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
}

std::unique_ptr<TestAmazonConnection::Seller> TestAmazonConnection::signedInSeller(const QString& email, bool allowSandbox)
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
            return true;
        },
        &seller->client->clock);
    seller->amazon->setPollIntervalMs(500);
    return seller;
}

QUrl TestAmazonConnection::startAuthorization(Seller& seller, AmazonRegion region)
{
    QSignalSpy started(seller.amazon.get(), &AmazonConnectionClient::authorizationStarted);
    seller.amazon->startAuthorization(region);
    if (!started.wait(15000) || seller.opened.isEmpty())
        return QUrl();
    return seller.opened.constLast();
}

bool TestAmazonConnection::connect(Seller& seller)
{
    const QUrl consent = startAuthorization(seller);
    if (!consent.isValid())
        return false;
    QSignalSpy finished(seller.amazon.get(), &AmazonConnectionClient::authorizationFinished);
    SellerCentralBrowser browser(&m_sandbox);
    if (browser.visit(consent, QStringLiteral("approve")) != 200)
        return false;
    if (!finished.wait(15000))
        return false;
    return finished.constFirst().at(0).value<AmazonConnectionClient::Outcome>()
           == AmazonConnectionClient::Outcome::Connected;
}

void TestAmazonConnection::connectsEndToEnd()
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
    QVERIFY(seller->amazon->isAuthorizing());
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
    QSignalSpy finished(seller->amazon.get(), &AmazonConnectionClient::authorizationFinished);
    const SellerCentralBrowser::Answer redirect = browser.decide(state, QStringLiteral("approve"));
    QCOMPARE(redirect.status, 302);
    const QUrlQuery callback(redirect.location);
    QCOMPARE(redirect.location.path(), QStringLiteral("/v1/amazon/callback"));
    QCOMPARE(callback.queryItemValue(QStringLiteral("state")), state);
    QVERIFY(!callback.queryItemValue(QStringLiteral("spapi_oauth_code")).isEmpty());
    QVERIFY(!callback.queryItemValue(QStringLiteral("selling_partner_id")).isEmpty());
    QCOMPARE(browser.get(redirect.location).status, 200);

    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().at(0).value<AmazonConnectionClient::Outcome>(),
             AmazonConnectionClient::Outcome::Connected);
    QVERIFY(!seller->amazon->isAuthorizing());
    QTRY_COMPARE_WITH_TIMEOUT(seller->amazon->connection().status, AmazonConnection::Status::Connected, 15000);
    const AmazonConnection connection = seller->amazon->connection();
    QCOMPARE(connection.sellingPartnerId, callback.queryItemValue(QStringLiteral("selling_partner_id")));
    QCOMPARE(connection.region, QStringLiteral("eu"));
    QVERIFY(connection.roles.contains(QStringLiteral("Selling Partner Insights")));
    QVERIFY(!connection.marketplaceIds.isEmpty());
    QVERIFY(connection.connectedAt.isValid());
    QCOMPARE(browser.tokenStored(seller->client->session->account().id), 1);
}

void TestAmazonConnection::reusedStateIsRefused()
{
    auto seller = signedInSeller(QStringLiteral("amazon-reuse@sellerpulse.test"));
    QVERIFY(seller);
    const QUrl consent = startAuthorization(*seller);
    QVERIFY(consent.isValid());
    SellerCentralBrowser browser(&m_sandbox);
    QString state;
    QUrl callback;
    QCOMPARE(browser.visit(consent, QStringLiteral("approve"), &state, &callback), 200);

    // The same state again: at the form, at the callback, and the consent page itself.
    QCOMPARE(browser.decide(state, QStringLiteral("approve")).status, 400);
    QCOMPARE(browser.get(callback).status, 400);
    QCOMPARE(browser.openConsent(consent, nullptr).status, 400);
    QTRY_COMPARE_WITH_TIMEOUT(seller->amazon->connection().status, AmazonConnection::Status::Connected, 15000);
}

void TestAmazonConnection::expiredStateIsRefused()
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
    QCOMPARE(finished.constFirst().at(0).value<AmazonConnectionClient::Outcome>(),
             AmazonConnectionClient::Outcome::Expired);
    QVERIFY(finished.constFirst().at(1).toString().contains(QLatin1String("15 minutes")));
    QVERIFY(!seller->amazon->isAuthorizing());
    QTRY_COMPARE_WITH_TIMEOUT(seller->amazon->connection().status, AmazonConnection::Status::NotConnected, 15000);
    QCOMPARE(browser.tokenStored(seller->client->session->account().id), 0);
}

void TestAmazonConnection::denyLeavesNotConnected()
{
    auto seller = signedInSeller(QStringLiteral("amazon-deny@sellerpulse.test"));
    QVERIFY(seller);
    const QUrl consent = startAuthorization(*seller);
    QVERIFY(consent.isValid());
    QSignalSpy finished(seller->amazon.get(), &AmazonConnectionClient::authorizationFinished);
    SellerCentralBrowser browser(&m_sandbox);
    QUrl callback;
    QCOMPARE(browser.visit(consent, QStringLiteral("deny"), nullptr, &callback), 200);
    QCOMPARE(QUrlQuery(callback).queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().at(0).value<AmazonConnectionClient::Outcome>(),
             AmazonConnectionClient::Outcome::Denied);
    QTRY_COMPARE_WITH_TIMEOUT(seller->amazon->connection().status, AmazonConnection::Status::NotConnected, 15000);
    QCOMPARE(browser.tokenStored(seller->client->session->account().id), 0);
}

void TestAmazonConnection::consentUrlOutsideTheAllowListIsNeverOpened()
{
    // An app configured for production trusts only Amazon's hosts: the sandbox's consent URL is then
    // a host outside the allow-list, and the app must refuse it without opening anything.
    auto seller = signedInSeller(QStringLiteral("amazon-refused@sellerpulse.test"), false);
    QVERIFY(seller);
    QSignalSpy finished(seller->amazon.get(), &AmazonConnectionClient::authorizationFinished);
    QSignalSpy started(seller->amazon.get(), &AmazonConnectionClient::authorizationStarted);
    seller->amazon->startAuthorization(AmazonRegion::Europe);
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().at(0).value<AmazonConnectionClient::Outcome>(),
             AmazonConnectionClient::Outcome::Refused);
    const QString message = finished.constFirst().at(1).toString();
    QVERIFY2(message.contains(QLatin1String("not opened")) && message.contains(m_sandbox.url().host()),
             qPrintable(message));
    QVERIFY(seller->opened.isEmpty());
    QCOMPARE(started.count(), 0);
    QVERIFY(!seller->amazon->isAuthorizing());
}

void TestAmazonConnection::disconnectDeletesTheStoredToken()
{
    auto seller = signedInSeller(QStringLiteral("amazon-disconnect@sellerpulse.test"));
    QVERIFY(seller);
    QVERIFY(connect(*seller));
    SellerCentralBrowser browser(&m_sandbox);
    const QString accountId = seller->client->session->account().id;
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

void TestAmazonConnection::writeIsRefusedUntilOptIn()
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
    const QJsonObject body{{QStringLiteral("marketplace_id"), marketplace}, {QStringLiteral("price"), QStringLiteral("12.34")}};

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

QTEST_GUILESS_MAIN(sp::test::TestAmazonConnection)
#include "TestAmazonConnection.moc"
