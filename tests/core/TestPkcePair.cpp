// PKCE (RFC 7636, S256) for the Amazon consent, and the small helpers of the confirmation screen:
// marketplace names and the authorization the server reports.
#include "amazon/AmazonConnection.h"
#include "amazon/AmazonMarketplaces.h"
#include "amazon/PkcePair.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

namespace sp::test {

class TestPkcePair : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636TestVector();
    void generatedPairHasTheContractsShape();
    void generatedVerifiersDiffer();
    void marketplaceNames();
    void authorizationParsing_data();
    void authorizationParsing();
};

void TestPkcePair::rfc7636TestVector()
{
    // RFC 7636, appendix B: the 32 octets, their base64url verifier, and its S256 challenge.
    const unsigned char octets[] = {116, 24,  223, 180, 151, 153, 224, 37,  79, 250, 96, 125, 216, 173, 187, 186,
                                    22,  212, 37,  77,  105, 214, 191, 240, 91, 88,  5,  88,  83,  132, 141, 121};
    const QByteArray verifier = QByteArray(reinterpret_cast<const char*>(octets), sizeof(octets))
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(verifier, QByteArray("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
    QCOMPARE(PkcePair::challengeOf(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(QByteArray(PkcePair::kMethod), QByteArray("S256"));
}

void TestPkcePair::generatedPairHasTheContractsShape()
{
    const PkcePair pair = PkcePair::generate();
    QVERIFY(!pair.isEmpty());
    // 32 random bytes, base64url without padding: 43 characters; the challenge likewise.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    QVERIFY2(shape.match(QString::fromLatin1(pair.verifier())).hasMatch(), pair.verifier().toByteArray().constData());
    QVERIFY2(shape.match(QString::fromLatin1(pair.challenge())).hasMatch(), pair.challenge().constData());
    QCOMPARE(pair.challenge(), PkcePair::challengeOf(pair.verifier()));
    QCOMPARE(QByteArray::fromBase64(pair.verifier().toByteArray(), QByteArray::Base64UrlEncoding).size(),
             qsizetype(PkcePair::kVerifierRandomBytes));
}

void TestPkcePair::generatedVerifiersDiffer()
{
    const PkcePair a = PkcePair::generate();
    const PkcePair b = PkcePair::generate();
    QVERIFY(a.verifier() != b.verifier());
    QVERIFY(a.challenge() != b.challenge());
}

void TestPkcePair::marketplaceNames()
{
    QCOMPARE(AmazonMarketplaces::displayName(QStringLiteral("A1PA6795UKMFR9")), QStringLiteral("Amazon.de (Germany)"));
    QCOMPARE(AmazonMarketplaces::displayName(QStringLiteral("A13V1IB3VIYZZH")), QStringLiteral("Amazon.fr (France)"));
    QCOMPARE(AmazonMarketplaces::displayName(QStringLiteral("A1F83G8C2ARO7P")),
             QStringLiteral("Amazon.co.uk (United Kingdom)"));
    QCOMPARE(AmazonMarketplaces::displayName(QStringLiteral("ATVPDKIKX0DER")),
             QStringLiteral("Amazon.com (United States)"));
    QCOMPARE(AmazonMarketplaces::displayName(QStringLiteral("A1VC38T7YXB528")), QStringLiteral("Amazon.co.jp (Japan)"));
    // Unknown ids are shown as they are, never dropped.
    QCOMPARE(AmazonMarketplaces::displayNames({QStringLiteral("APJ6JRA9NG5V4"), QStringLiteral("AXXXXUNKNOWN")}),
             QStringList({QStringLiteral("Amazon.it (Italy)"), QStringLiteral("AXXXXUNKNOWN")}));
}

void TestPkcePair::authorizationParsing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("partner");
    QTest::addColumn<int>("marketplaces");
    QTest::newRow("pending") << QByteArray(R"({"id":"a1","status":"pending","expires_at":"2026-01-01T00:15:00Z",
        "selling_partner_id":null,"marketplace_ids":[]})")
                             << true << int(AmazonAuthorization::Status::Pending) << QString() << 0;
    QTest::newRow("awaiting") << QByteArray(R"({"id":"a1","status":"awaiting_confirmation",
        "selling_partner_id":"A3EXAMPLE1234Z","marketplace_ids":["A1PA6795UKMFR9","A13V1IB3VIYZZH"]})")
                              << true << int(AmazonAuthorization::Status::AwaitingConfirmation)
                              << QStringLiteral("A3EXAMPLE1234Z") << 2;
    QTest::newRow("older server without the fields") << QByteArray(R"({"id":"a1","status":"approved"})") << true
                                                     << int(AmazonAuthorization::Status::Approved) << QString() << 0;
    QTest::newRow("unknown status") << QByteArray(R"({"id":"a1","status":"cancelled"})") << false << 0 << QString()
                                    << 0;
    QTest::newRow("no id") << QByteArray(R"({"status":"pending"})") << false << 0 << QString() << 0;
    QTest::newRow("partner not a string")
        << QByteArray(R"({"id":"a1","status":"pending","selling_partner_id":7})") << false << 0 << QString() << 0;
    QTest::newRow("marketplaces not strings")
        << QByteArray(R"({"id":"a1","status":"pending","marketplace_ids":[1]})") << false << 0 << QString() << 0;
}

void TestPkcePair::authorizationParsing()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    AmazonAuthorization authorization;
    QString error;
    QCOMPARE(AmazonAuthorization::fromJson(QJsonDocument::fromJson(json).object(), &authorization, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QFETCH(int, status);
    QFETCH(QString, partner);
    QFETCH(int, marketplaces);
    QCOMPARE(int(authorization.status), status);
    QCOMPARE(authorization.sellingPartnerId, partner);
    QCOMPARE(authorization.marketplaceIds.size(), qsizetype(marketplaces));
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestPkcePair)
#include "TestPkcePair.moc"
