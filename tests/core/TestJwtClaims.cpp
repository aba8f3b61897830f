#include "auth/JwtClaims.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace sp::test {

namespace {
QByteArray part(const QByteArray& json)
{
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray token(const QByteArray& payloadJson)
{
    return part(R"({"alg":"HS256","typ":"JWT"})") + '.' + part(payloadJson) + '.' + part("signature-bytes");
}
} // namespace

class TestJwtClaims : public QObject
{
    Q_OBJECT
private slots:
    void readsValidClaims()
    {
        const auto claims = JwtClaims::read(token(
            R"({"iss":"sellerpulse-sandbox","sub":"acc_1","sid":"fam_2","iat":1700000000,"exp":1700000900,"jti":"x"})"));
        QVERIFY(claims.has_value());
        QCOMPARE(claims->subject, QStringLiteral("acc_1"));
        QCOMPARE(claims->sessionId, QStringLiteral("fam_2"));
        QCOMPARE(claims->issuedAt, qint64(1700000000));
        QCOMPARE(claims->expiresAt, qint64(1700000900));
    }

    void signatureIsNotChecked()
    {
        // A refresh hint only: the server verifies, the client never trusts the claims for anything else.
        QByteArray jwt = token(R"({"exp":42})");
        jwt.chop(3);
        const auto claims = JwtClaims::read(jwt);
        QVERIFY(claims.has_value());
        QCOMPARE(claims->expiresAt, qint64(42));
        QCOMPARE(claims->issuedAt, qint64(0));
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("jwt");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("two parts") << part(R"({"alg":"HS256"})") + '.' + part(R"({"exp":1})");
        QTest::newRow("four parts") << token(R"({"exp":1})") + ".x";
        QTest::newRow("payload not base64") << QByteArray("aGVsbG8.!!!.c2ln");
        QTest::newRow("payload not json") << part("{}") + '.' + part("not json") + '.' + part("s");
        QTest::newRow("payload an array") << token("[1,2,3]");
        QTest::newRow("missing exp") << token(R"({"sub":"a","iat":1})");
        QTest::newRow("exp a string") << token(R"({"exp":"1700000000"})");
        QTest::newRow("exp fractional") << token(R"({"exp":1.5})");
        QTest::newRow("exp negative") << token(R"({"exp":-5})");
        QTest::newRow("iat a string") << token(R"({"exp":5,"iat":"x"})");
        QTest::newRow("huge") << QByteArray(9000, 'a');
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, jwt);
        QVERIFY(!JwtClaims::read(jwt).has_value());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestJwtClaims)
#include "TestJwtClaims.moc"
