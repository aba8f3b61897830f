#include "api/ApiClient.h"
#include "auth/RefreshAnswer.h"

#include <QTest>

#include <limits>

namespace sp::test {

// How the session reads an answer to /v1/auth/refresh: which answers end the session (and with which reason)
// and which keep it signed in, offline. The session acting on them is in TestSessionLogic and, against the
// real sandbox, in TestSessionIntegration.
class TestRefreshAnswer : public QObject
{
    Q_OBJECT

    static constexpr int kNoLimit = std::numeric_limits<int>::max();

    static ApiResponse pairAnswer(const QString& refreshToken = QStringLiteral("refresh-2"))
    {
        ApiResponse response;
        response.httpStatus = 200;
        response.requestId = QStringLiteral("req-1");
        response.json = QJsonObject{
            {QStringLiteral("access_token"), QStringLiteral("access-2")},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), 900},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("refresh_expires_in"), 86400},
            {QStringLiteral("account"), QJsonObject{{QStringLiteral("id"), QStringLiteral("acc_1")},
                                                    {QStringLiteral("email"), QStringLiteral("a@b.test")},
                                                    {QStringLiteral("display_name"), QStringLiteral("A")}}}};
        return response;
    }
    static ApiResponse problem(int status, const QString& code)
    {
        ApiResponse response;
        response.httpStatus = status;
        response.requestId = QStringLiteral("req-2");
        response.error.kind = ApiError::Kind::Problem;
        response.error.httpStatus = status;
        response.error.code = code;
        response.error.requestId = response.requestId;
        return response;
    }

private slots:
    void aNewPairIsDecoded()
    {
        const RefreshAnswer answer = RefreshAnswer::classify(pairAnswer(), kNoLimit);
        QCOMPARE(answer.kind, RefreshAnswer::Kind::NewPair);
        QVERIFY(answer.error.ok());
        QCOMPARE(answer.pair.refreshToken.toByteArray(), QByteArray("refresh-2"));
        QCOMPARE(answer.pair.accessToken.toByteArray(), QByteArray("access-2"));
        QCOMPARE(answer.pair.lifetimeMs, qint64(900) * 1000);
        QCOMPARE(answer.pair.account.id, QStringLiteral("acc_1"));
    }

    void refusalsEndTheSessionWithTheirReason_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Session::EndReason>("reason");
        QTest::newRow("reused") << 401 << "refresh_token_reused" << Session::EndReason::TokenReused;
        QTest::newRow("password changed") << 401 << "password_changed" << Session::EndReason::SignedOutElsewhere;
        QTest::newRow("revoked") << 401 << "session_revoked" << Session::EndReason::SignedOutElsewhere;
        QTest::newRow("expired") << 401 << "refresh_token_expired" << Session::EndReason::SessionExpired;
        QTest::newRow("bad request") << 400 << "invalid_request" << Session::EndReason::SessionExpired;
    }
    void refusalsEndTheSessionWithTheirReason()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(Session::EndReason, reason);
        const RefreshAnswer answer = RefreshAnswer::classify(problem(status, code), kNoLimit);
        QCOMPARE(answer.kind, RefreshAnswer::Kind::Refused);
        QCOMPARE(answer.endReason, reason);
    }

    void aChangedCertificateEndsTheSessionAsServerChanged()
    {
        ApiResponse response;
        response.error.kind = ApiError::Kind::Tls;
        response.error.code = QStringLiteral("server_certificate_changed");
        const RefreshAnswer answer = RefreshAnswer::classify(response, kNoLimit);
        QCOMPARE(answer.kind, RefreshAnswer::Kind::Refused);
        QCOMPARE(answer.endReason, Session::EndReason::ServerChanged);
    }

    // Offline, another TLS failure or the server in trouble: the session stays; the error (with its
    // Retry-After) goes to the waiting requests and the back-off.
    void transportAndServerFailuresKeepTheSession_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("network") << int(ApiError::Kind::Network) << 0;
        QTest::newRow("timeout") << int(ApiError::Kind::Timeout) << 0;
        QTest::newRow("other tls error") << int(ApiError::Kind::Tls) << 0;
        QTest::newRow("rate limited") << int(ApiError::Kind::RateLimited) << 429;
        QTest::newRow("server error") << int(ApiError::Kind::Problem) << 503;
        QTest::newRow("forbidden") << int(ApiError::Kind::Problem) << 403;
    }
    void transportAndServerFailuresKeepTheSession()
    {
        QFETCH(int, kind);
        QFETCH(int, status);
        ApiResponse response = pairAnswer(); // a body with a pair must not count when the request failed
        response.error.kind = ApiError::Kind(kind);
        response.error.httpStatus = status;
        response.error.retryAfterSeconds = 30;
        const RefreshAnswer answer = RefreshAnswer::classify(response, kNoLimit);
        QCOMPARE(answer.kind, RefreshAnswer::Kind::Failed);
        QCOMPARE(int(answer.error.kind), kind);
        QCOMPARE(answer.error.retryAfterSeconds, 30);
        QVERIFY(answer.pair.refreshToken.isEmpty());
    }

    void aMalformedPairKeepsTheSessionWithADecodeError()
    {
        ApiResponse response = pairAnswer();
        response.json.remove(QStringLiteral("token_type"));
        const RefreshAnswer answer = RefreshAnswer::classify(response, kNoLimit);
        QCOMPARE(answer.kind, RefreshAnswer::Kind::Failed);
        QCOMPARE(answer.error.kind, ApiError::Kind::Decode);
        QCOMPARE(answer.error.requestId, QStringLiteral("req-1"));
    }

    // A refresh token the keychain could not keep is not adopted: the old one stays usable.
    void aRefreshTokenOverTheKeychainLimitIsNotAdopted()
    {
        const RefreshAnswer answer = RefreshAnswer::classify(pairAnswer(QString(65, QLatin1Char('r'))), 64);
        QCOMPARE(answer.kind, RefreshAnswer::Kind::Failed);
        QCOMPARE(answer.error.kind, ApiError::Kind::Decode);
        QVERIFY(answer.pair.refreshToken.isEmpty());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestRefreshAnswer)
#include "TestRefreshAnswer.moc"
