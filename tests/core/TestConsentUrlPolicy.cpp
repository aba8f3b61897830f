// The consent URL allow-list: only Seller Central of the chosen region, or the configured sandbox
// itself, over https; every trick that makes another host look like Amazon's is refused. And the
// application the seller is asked to authorize must be SellerPulse's (pinned id, exactly once).
#include "amazon/AmazonApplication.h"
#include "amazon/ConsentUrlPolicy.h"

#include <QTest>

namespace sp::test {

class TestConsentUrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void decides_data();
    void decides();
    void noSandboxConfiguredRefusesTheSandboxPath();
    void refusalSaysWhy();
};

namespace {

const QString kQuery =
    QStringLiteral("?application_id=%1&state=abc&version=beta").arg(QLatin1String(AmazonApplication::kSellerPulseId));
const QString kSandboxQuery =
    QStringLiteral("?application_id=%1&state=abc&version=beta").arg(QLatin1String(AmazonApplication::kSandboxId));
const QString kSandboxConsent = QStringLiteral("https://127.0.0.1:8443/sandbox/sellercentral/apps/authorize/consent");

QString amazon(const QString& host, const QString& query = kQuery)
{
    return QStringLiteral("https://") + host + QStringLiteral("/apps/authorize/consent") + query;
}

QString withApplication(const QString& applicationIds)
{
    return QStringLiteral("?") + applicationIds + QStringLiteral("&state=abc&version=beta");
}

} // namespace

void TestConsentUrlPolicy::decides_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("region");
    QTest::addColumn<bool>("allowed");
    const int eu = int(AmazonRegion::Europe), na = int(AmazonRegion::NorthAmerica), fe = int(AmazonRegion::FarEast);

    QTest::newRow("eu host") << amazon(QStringLiteral("sellercentral-europe.amazon.com")) << eu << true;
    QTest::newRow("na host") << amazon(QStringLiteral("sellercentral.amazon.com")) << na << true;
    QTest::newRow("fe host") << amazon(QStringLiteral("sellercentral.amazon.co.jp")) << fe << true;
    QTest::newRow("upper-case host") << amazon(QStringLiteral("SellerCentral.Amazon.com")) << na << true;
    QTest::newRow("explicit 443") << amazon(QStringLiteral("sellercentral.amazon.com:443")) << na << true;
    QTest::newRow("sandbox") << kSandboxConsent + kSandboxQuery << eu << true;

    QTest::newRow("other region's host") << amazon(QStringLiteral("sellercentral.amazon.com")) << eu << false;
    QTest::newRow("nl host (not a region host)") << amazon(QStringLiteral("sellercentral.amazon.nl")) << eu << false;
    QTest::newRow("http") << QStringLiteral("http://sellercentral.amazon.com/apps/authorize/consent") + kQuery << na
                          << false;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << na << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << na << false;
    QTest::newRow("other port") << amazon(QStringLiteral("sellercentral.amazon.com:8443")) << na << false;
    QTest::newRow("suffix lookalike") << amazon(QStringLiteral("sellercentral.amazon.com.evil.example")) << na << false;
    QTest::newRow("prefix lookalike") << amazon(QStringLiteral("evil-sellercentral.amazon.com")) << na << false;
    QTest::newRow("subdomain") << amazon(QStringLiteral("x.sellercentral.amazon.com")) << na << false;
    QTest::newRow("hyphen lookalike") << amazon(QStringLiteral("sellercentral-amazon.com")) << na << false;
    QTest::newRow("trailing dot") << amazon(QStringLiteral("sellercentral.amazon.com.")) << na << false;
    QTest::newRow("userinfo trick") << amazon(QStringLiteral("sellercentral.amazon.com@evil.example")) << na << false;
    QTest::newRow("userinfo on the real host")
        << amazon(QStringLiteral("user:pw@sellercentral.amazon.com")) << na << false;
    QTest::newRow("IDN homograph (Cyrillic o)")
        << amazon(QStringLiteral("sellercentral.amaz") + QChar(0x043E) + QStringLiteral("n.com")) << na << false;
    QTest::newRow("punycode host") << amazon(QStringLiteral("xn--sellercentral-amazon-xyz.com")) << na << false;
    QTest::newRow("fullwidth dot") << amazon(QStringLiteral("sellercentral") + QChar(0xFF0E)
                                             + QStringLiteral("amazon.com.evil.example"))
                                   << na << false;
    QTest::newRow("other path") << QStringLiteral("https://sellercentral.amazon.com/ap/signin") + kQuery << na << false;
    QTest::newRow("fragment") << amazon(QStringLiteral("sellercentral.amazon.com")) + QStringLiteral("#x") << na
                              << false;
    QTest::newRow("no state") << QStringLiteral("https://sellercentral.amazon.com/apps/authorize/consent"
                                                "?application_id=a")
                              << na << false;
    QTest::newRow("empty") << QString() << na << false;
    QTest::newRow("relative") << QStringLiteral("/apps/authorize/consent") + kQuery << na << false;

    const QString seller = QStringLiteral("application_id=") + QLatin1String(AmazonApplication::kSellerPulseId);
    const QString sandboxApp = QStringLiteral("application_id=") + QLatin1String(AmazonApplication::kSandboxId);
    const QString naHost = QStringLiteral("sellercentral.amazon.com");
    QTest::newRow("app id: another application on Amazon's host")
        << amazon(naHost, withApplication(QStringLiteral("application_id=amzn1.sp.solution.attacker"))) << na << false;
    QTest::newRow("app id: the sandbox's on Amazon's host") << amazon(naHost, kSandboxQuery) << na << false;
    QTest::newRow("app id: SellerPulse's on the sandbox") << kSandboxConsent + kQuery << eu << false;
    QTest::newRow("app id: another application on the sandbox")
        << kSandboxConsent + withApplication(QStringLiteral("application_id=amzn1.sellerapps.app.other")) << eu
        << false;
    QTest::newRow("app id: missing") << amazon(naHost, QStringLiteral("?state=abc&version=beta")) << na << false;
    QTest::newRow("app id: empty") << amazon(naHost, withApplication(QStringLiteral("application_id="))) << na << false;
    QTest::newRow("app id: prefix of SellerPulse's")
        << amazon(naHost, withApplication(seller.chopped(1))) << na << false;
    QTest::newRow("app id: SellerPulse's with a suffix")
        << amazon(naHost, withApplication(seller + QStringLiteral("0"))) << na << false;
    QTest::newRow("app id: upper case") << amazon(
        naHost, withApplication(QStringLiteral("application_id=")
                                + QString::fromLatin1(AmazonApplication::kSellerPulseId).toUpper()))
                                        << na << false;
    QTest::newRow("app id: duplicated, attacker's second")
        << amazon(naHost, withApplication(seller + QStringLiteral("&application_id=amzn1.sp.solution.attacker"))) << na
        << false;
    QTest::newRow("app id: duplicated, attacker's first")
        << amazon(naHost, withApplication(QStringLiteral("application_id=amzn1.sp.solution.attacker&") + seller)) << na
        << false;
    QTest::newRow("app id: duplicated, same value")
        << amazon(naHost, withApplication(seller + QLatin1Char('&') + seller)) << na << false;
    QTest::newRow("app id: duplicated on the sandbox")
        << kSandboxConsent + withApplication(sandboxApp + QLatin1Char('&') + sandboxApp) << eu << false;
    QTest::newRow("app id: percent-encoded SellerPulse's")
        << amazon(naHost, withApplication(QStringLiteral("application_id=")
                                          + QString::fromLatin1(QUrl::toPercentEncoding(
                                              QLatin1String(AmazonApplication::kSellerPulseId), "", "."))))
        << na << true;
    QTest::newRow("state duplicated") << amazon(naHost,
                                                QStringLiteral("?") + seller + QStringLiteral("&state=abc&state=def"))
                                      << na << false;

    QTest::newRow("sandbox other port") << QStringLiteral(
                                               "https://127.0.0.1:9443/sandbox/sellercentral/apps/authorize/consent")
                                               + kSandboxQuery
                                        << eu << false;
    QTest::newRow("sandbox http") << QStringLiteral(
                                         "http://127.0.0.1:8443/sandbox/sellercentral/apps/authorize/consent")
                                         + kSandboxQuery
                                  << eu << false;
    QTest::newRow("sandbox other host") << QStringLiteral(
                                               "https://localhost:8443/sandbox/sellercentral/apps/authorize/consent")
                                               + kSandboxQuery
                                        << eu << false;
    QTest::newRow("sandbox other path") << QStringLiteral("https://127.0.0.1:8443/v1/account") + kSandboxQuery << eu
                                        << false;
    QTest::newRow("sandbox path traversal")
        << QStringLiteral("https://127.0.0.1:8443/sandbox/sellercentral/apps/authorize/consent/../../../v1")
               + kSandboxQuery
        << eu << false;
    QTest::newRow("sandbox path on Amazon's host")
        << QStringLiteral("https://sellercentral.amazon.com/sandbox/sellercentral/apps/authorize/consent") + kQuery
        << na << false;
}

void TestConsentUrlPolicy::decides()
{
    QFETCH(QString, url);
    QFETCH(int, region);
    QFETCH(bool, allowed);
    const ConsentUrlPolicy policy(QUrl(QStringLiteral("https://127.0.0.1:8443")));
    QString whyNot;
    const bool result = policy.isAllowed(QUrl(url), AmazonRegion(region), &whyNot);
    QVERIFY2(result == allowed, qPrintable(url + QStringLiteral(" -> ") + whyNot));
    QCOMPARE(whyNot.isEmpty(), allowed);
}

void TestConsentUrlPolicy::noSandboxConfiguredRefusesTheSandboxPath()
{
    const ConsentUrlPolicy production;
    QString whyNot;
    QVERIFY(!production.isAllowed(QUrl(kSandboxConsent + kSandboxQuery), AmazonRegion::Europe, &whyNot));
    QVERIFY(production.isAllowed(QUrl(amazon(QStringLiteral("sellercentral-europe.amazon.com"))), AmazonRegion::Europe,
                                 &whyNot));
}

void TestConsentUrlPolicy::refusalSaysWhy()
{
    {
        const ConsentUrlPolicy policy;
        QString whyNot;
        QVERIFY(!policy.isAllowed(QUrl(amazon(QStringLiteral("sellercentral.amazon.com"), kSandboxQuery)),
                                  AmazonRegion::NorthAmerica, &whyNot));
        QVERIFY2(whyNot.contains(QLatin1String("another application")), qPrintable(whyNot));
    }
    const ConsentUrlPolicy policy;
    QString whyNot;
    QVERIFY(!policy.isAllowed(QUrl(amazon(QStringLiteral("sellercentral.amazon.com.evil.example"))),
                              AmazonRegion::NorthAmerica, &whyNot));
    QVERIFY2(whyNot.contains(QLatin1String("sellercentral.amazon.com.evil.example"))
                 && whyNot.contains(QLatin1String("not opened")),
             qPrintable(whyNot));
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestConsentUrlPolicy)
#include "TestConsentUrlPolicy.moc"
