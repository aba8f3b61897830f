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
        QVERIFY(!error.userMessage().contains(QStringLiteral("abc-1")));
        QVERIFY(error.details().contains(QStringLiteral("Request ID: abc-1")));
    }

    // One shape for every error: what happened and what to do, never the request id; the id, the status and
    // the problem's code in the details, once each. Also for answers that are not problem+json at all.
    void messageAndDetailsKeepTheirPlaces_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("problem") << 401 << QByteArray("{\"code\":\"invalid_credentials\",\"title\":\"x\"}");
        QTest::newRow("truncated json") << 400 << QByteArray("{\"code\":\"validation_fa");
        QTest::newRow("html") << 502 << QByteArray("<html><body>Bad gateway</body></html>");
        QTest::newRow("json array") << 409 << QByteArray("[1,2,3]");
        QTest::newRow("wrong types") << 422 << QByteArray("{\"code\":7,\"title\":[\"a\"],\"detail\":{}}");
        QTest::newRow("empty") << 500 << QByteArray();
    }

    void messageAndDetailsKeepTheirPlaces()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const QString id = QStringLiteral("req-7f3a9c");
        const ApiError error = ProblemDetails::fromHttp(status, body, id, {});
        const QString message = error.userMessage();
        QVERIFY(message.size() > 20);
        QVERIFY2(!message.contains(id), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('<')), qPrintable(message)); // no raw server body
        // "What to do": every message of this kind ends with advice.
        QVERIFY2(message.contains(QLatin1String("again")) || message.contains(QLatin1String("support")),
                 qPrintable(message));
        const QString details = error.details();
        QCOMPARE(details.count(id), 1);
        QVERIFY2(details.contains(QStringLiteral("HTTP status: %1").arg(status)), qPrintable(details));
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
