// Rate limits on sensitive actions: 429 with Retry-After, and recovery once the window has passed.
// The sandbox runs with --rate-limit 3 --rate-window 2, so recovery takes about two seconds.

#include "RawHttpConnection.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QJsonDocument>
#include <QTest>

namespace sp::test {

class TestSandboxRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void failedLoginsAreLimitedThenRecover();
    void successfulLoginsDoNotCount();
    void failedLoginsSpreadOverAddressesHitTheAccountLimit();
    void refreshIsLimitedPerFamily();
    void passwordChangeIsLimited();
    void sessionRevokeIsLimited();

private:
    HttpResult login(const QString& email, const QString& password);
    static void verifyRateLimited(const HttpResult& result);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
};

namespace {
constexpr int kLimit = 3;
constexpr int kWindowSeconds = 2;
constexpr int kRecoveryTimeoutMs = 8000;
const QString kPassword = QStringLiteral("correct horse battery");
} // namespace

void TestSandboxRateLimit::init()
{
    // A fresh sandbox per test: the limiter's memory must not leak from one test into the next.
    m_sandbox = std::make_unique<SandboxProcess>();
    SandboxProcess::Options options;
    options.rateLimit = kLimit;
    options.rateWindowSeconds = kWindowSeconds;
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(*m_sandbox);
}

void TestSandboxRateLimit::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

HttpResult TestSandboxRateLimit::login(const QString& email, const QString& password)
{
    return m_client->postJson(QStringLiteral("/v1/auth/login"),
                              {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
}

void TestSandboxRateLimit::verifyRateLimited(const HttpResult& result)
{
    QCOMPARE(result.status, 429);
    QVERIFY(result.isProblem());
    QCOMPARE(result.code(), QStringLiteral("rate_limited"));
    bool ok = false;
    const int retryAfter = result.header("Retry-After").toInt(&ok);
    QVERIFY2(ok, result.header("Retry-After").constData());
    QVERIFY(retryAfter >= 1 && retryAfter <= kWindowSeconds);
    QCOMPARE(result.json().value(QStringLiteral("retry_after")).toInt(), retryAfter);
}

void TestSandboxRateLimit::failedLoginsAreLimitedThenRecover()
{
    const QString email = m_sandbox->demoEmail();
    for (int i = 0; i < kLimit; ++i)
        QCOMPARE(login(email, QStringLiteral("wrong password")).code(), QStringLiteral("invalid_credentials"));
    verifyRateLimited(login(email, QStringLiteral("wrong password")));
    // While limited even the right password is refused, so guessing gains nothing.
    verifyRateLimited(login(email, m_sandbox->demoPassword()));
    // The limit also holds per client address, for other emails.
    verifyRateLimited(login(QStringLiteral("someone-else@example.com"), QStringLiteral("x")));

    QTRY_COMPARE_WITH_TIMEOUT(login(email, m_sandbox->demoPassword()).status, 200, kRecoveryTimeoutMs);
}

void TestSandboxRateLimit::failedLoginsSpreadOverAddressesHitTheAccountLimit()
{
    // A guesser with many addresses (here 127.0.0.2, .3, ... on loopback) stays under every per-address limit;
    // the account's own limit must still stop them. A long window, so a slow machine cannot outlast it.
    SandboxProcess::Options options;
    options.rateLimit = kLimit;
    options.rateWindowSeconds = 600;
    QString startError;
    QVERIFY2(m_sandbox->start(options, &startError), qPrintable(startError));
    auto limited = [](const HttpResult& result) {
        return result.status == 429 && result.code() == QLatin1String("rate_limited") && result.isProblem();
    };
    auto loginFrom = [&](int lastOctet, const QString& email, const QString& password) {
        RawHttpConnection connection(*m_sandbox);
        QString error;
        if (!connection.open(QHostAddress(QStringLiteral("127.0.0.%1").arg(lastOctet)), &error)) {
            HttpResult failed;
            failed.networkError = error;
            return failed;
        }
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}})
                .toJson(QJsonDocument::Compact);
        connection.write(QByteArrayLiteral("POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                           "Content-Type: application/json\r\nContent-Length: ")
                         + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body);
        return connection.readResponse();
    };
    const QString email = m_sandbox->demoEmail();
    for (int i = 0; i < kLimit; ++i) {
        const HttpResult result = loginFrom(2 + i, email, QStringLiteral("wrong password"));
        QVERIFY2(result.status == 401, qPrintable(result.networkError + QString::fromUtf8(result.body)));
        QCOMPARE(result.code(), QStringLiteral("invalid_credentials"));
    }
    // A fresh address, the right password: still refused, the account has had its attempts.
    QVERIFY(limited(loginFrom(2 + kLimit, email, m_sandbox->demoPassword())));
    QVERIFY(limited(loginFrom(3 + kLimit, email.toUpper(), QStringLiteral("wrong password")))); // the same account
    // Other accounts are not locked by it, from any address, the guessers' included.
    QVERIFY(m_sandbox->createAccount(QStringLiteral("bystander@example.com"), kPassword));
    QCOMPARE(loginFrom(2, QStringLiteral("bystander@example.com"), kPassword).status, 200);
    QCOMPARE(loginFrom(4 + kLimit, QStringLiteral("bystander@example.com"), kPassword).status, 200);
}

void TestSandboxRateLimit::successfulLoginsDoNotCount()
{
    for (int i = 0; i < kLimit * 2; ++i)
        QCOMPARE(login(m_sandbox->demoEmail(), m_sandbox->demoPassword()).status, 200);
}

void TestSandboxRateLimit::refreshIsLimitedPerFamily()
{
    QString token = m_client->login(m_sandbox->demoEmail(), m_sandbox->demoPassword())
                        .value(QStringLiteral("refresh_token"))
                        .toString();
    auto refresh = [&] {
        return m_client->postJson(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), token}});
    };
    for (int i = 0; i < kLimit; ++i) {
        const HttpResult result = refresh();
        QCOMPARE(result.status, 200);
        token = result.json().value(QStringLiteral("refresh_token")).toString();
    }
    verifyRateLimited(refresh());
    // Another session of the same account has its own budget.
    const QString other = m_client->login(m_sandbox->demoEmail(), m_sandbox->demoPassword())
                              .value(QStringLiteral("refresh_token"))
                              .toString();
    QCOMPARE(m_client->postJson(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), other}}).status,
             200);

    // A refused attempt did not consume the token: it works once the window has passed. QTRY_ evaluates its
    // expression once more after success, so remember the answer instead of refreshing (rotating) twice.
    int status = 0;
    auto refreshUntilAccepted = [&] {
        if (status != 200)
            status = refresh().status;
        return status;
    };
    QTRY_COMPARE_WITH_TIMEOUT(refreshUntilAccepted(), 200, kRecoveryTimeoutMs);
}

void TestSandboxRateLimit::passwordChangeIsLimited()
{
    const QByteArray access = m_client->login(m_sandbox->demoEmail(), m_sandbox->demoPassword())
                                  .value(QStringLiteral("access_token"))
                                  .toString()
                                  .toLatin1();
    auto change = [&] {
        return m_client->postJson(QStringLiteral("/v1/account/password"),
                                  {{QStringLiteral("current_password"), QStringLiteral("a wrong guess")},
                                   {QStringLiteral("new_password"), QStringLiteral("long enough password")}},
                                  access);
    };
    for (int i = 0; i < kLimit; ++i)
        QCOMPARE(change().status, 403);
    verifyRateLimited(change());
    QTRY_COMPARE_WITH_TIMEOUT(change().status, 403, kRecoveryTimeoutMs);
}

void TestSandboxRateLimit::sessionRevokeIsLimited()
{
    const QByteArray bearer = "Bearer "
                              + m_client->login(m_sandbox->demoEmail(), m_sandbox->demoPassword())
                                    .value(QStringLiteral("access_token"))
                                    .toString()
                                    .toLatin1();
    auto revoke = [&] {
        return m_client->send("DELETE", QStringLiteral("/v1/sessions/ses_unknown"), {},
                              {{QByteArrayLiteral("Authorization"), bearer}});
    };
    for (int i = 0; i < kLimit; ++i)
        QCOMPARE(revoke().status, 404);
    verifyRateLimited(revoke());
    // Sign-out everywhere has a budget of its own, and is counted too.
    auto logoutAll = [&] {
        return m_client->send("POST", QStringLiteral("/v1/auth/logout-all"), {},
                              {{QByteArrayLiteral("Authorization"), bearer}});
    };
    QCOMPARE(logoutAll().status, 204);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxRateLimit)
#include "TestSandboxRateLimit.moc"
