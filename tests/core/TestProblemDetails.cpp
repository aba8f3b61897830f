#include "api/ApiError.h"
#include "api/ProblemDetails.h"

#include <QTest>

namespace sp::test {

class TestProblemDetails : public QObject
{
    Q_OBJECT
private slots:
    void mapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<int>("retrySeconds");

        const int problem = int(ApiError::Kind::Problem);
        const int limited = int(ApiError::Kind::RateLimited);
        QTest::newRow("401 invalid credentials")
            << 401
            << QByteArray(
                   R"({"type":"about:blank","title":"Unauthorized","status":401,"code":"invalid_credentials","request_id":"srv-1"})")
            << QByteArray() << problem << QStringLiteral("invalid_credentials") << QStringLiteral("client-id") << 0;
        QTest::newRow("400 validation")
            << 400 << QByteArray(R"({"status":400,"code":"validation_failed","title":"Bad","detail":"email"})")
            << QByteArray() << problem << QStringLiteral("validation_failed") << QStringLiteral("client-id") << 0;
        QTest::newRow("429 header wins") << 429 << QByteArray(R"({"status":429,"code":"rate_limited","retry_after":9})")
                                         << QByteArray("30") << limited << QStringLiteral("rate_limited")
                                         << QStringLiteral("client-id") << 30;
        QTest::newRow("429 body only") << 429 << QByteArray(R"({"status":429,"code":"rate_limited","retry_after":7})")
                                       << QByteArray() << limited << QStringLiteral("rate_limited")
                                       << QStringLiteral("client-id") << 7;
        QTest::newRow("429 no hint at all") << 429 << QByteArray() << QByteArray() << limited
                                            << QStringLiteral("rate_limited") << QStringLiteral("client-id") << 1;
        QTest::newRow("429 absurd header capped")
            << 429 << QByteArray() << QByteArray("999999999") << limited << QStringLiteral("rate_limited")
            << QStringLiteral("client-id") << 24 * 3600;
        QTest::newRow("500 html body") << 500 << QByteArray("<html>oops</html>") << QByteArray() << problem << QString()
                                       << QStringLiteral("client-id") << 0;
        QTest::newRow("503 with Retry-After") << 503 << QByteArray() << QByteArray("7") << problem << QString()
                                              << QStringLiteral("client-id") << 7;
        QTest::newRow("500 Retry-After ignored") << 500 << QByteArray() << QByteArray("7") << problem << QString()
                                                 << QStringLiteral("client-id") << 0;
        QTest::newRow("502 empty") << 502 << QByteArray() << QByteArray() << problem << QString()
                                   << QStringLiteral("client-id") << 0;
        QTest::newRow("code of wrong type ignored") << 403 << QByteArray(R"({"code":17})") << QByteArray() << problem
                                                    << QString() << QStringLiteral("client-id") << 0;
    }

    void mapping()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, requestId);
        QFETCH(int, retrySeconds);

        const ApiError error = ProblemDetails::fromHttp(status, body, QStringLiteral("client-id"), retryAfter);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QCOMPARE(error.requestId, requestId);
        QCOMPARE(error.retryAfterSeconds, retrySeconds);
        QVERIFY(!error.ok());
        QVERIFY(!error.userMessage().isEmpty());
    }

    void requestIdFromBodyWhenHeaderMissing()
    {
        const ApiError error =
            ProblemDetails::fromHttp(404, R"({"code":"not_found","request_id":"abc-1"})", QString(), {});
        QCOMPARE(error.requestId, QStringLiteral("abc-1"));
        QVERIFY(error.userMessage().contains(QStringLiteral("abc-1")));
    }

    void userMessages()
    {
        ApiError limited;
        limited.kind = ApiError::Kind::RateLimited;
        limited.retryAfterSeconds = 30;
        QVERIFY2(limited.userMessage().contains(QStringLiteral("30")), qPrintable(limited.userMessage()));

        ApiError tls;
        tls.kind = ApiError::Kind::Tls;
        tls.technical = QStringLiteral("The certificate is self-signed, and untrusted");
        QVERIFY(tls.userMessage().contains(tls.technical));
        QVERIFY(tls.userMessage().contains(QStringLiteral("not trusted")));

        ApiError unknown;
        unknown.kind = ApiError::Kind::Problem;
        unknown.httpStatus = 418;
        unknown.code = QStringLiteral("teapot");
        unknown.title = QStringLiteral("<b>raw server text</b>");
        // Server texts of unknown codes are not shown raw.
        QVERIFY(!unknown.userMessage().contains(unknown.title));
        QVERIFY(unknown.userMessage().contains(QStringLiteral("418")));

        QVERIFY(ApiError{}.ok());
        QVERIFY(ApiError{}.userMessage().isEmpty());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestProblemDetails)
#include "TestProblemDetails.moc"
