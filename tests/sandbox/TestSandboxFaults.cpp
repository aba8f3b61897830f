// The sandbox's fault plan (PUT/DELETE /admin/v1/faults) over real loopback HTTPS: status codes with
// Retry-After, dropped connections, truncated JSON, slow answers, rate and count; data endpoints only.

#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace sp::test {

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void statusFaults_data();
    void statusFaults();
    void faultsOnlyHitDataEndpoints();
    void countStopsAfterThatManyFaults();
    void rateIsReproducible();
    void dropClosesTheConnectionMidBody();
    void truncateSendsACompleteResponseWithBrokenJson();
    void slowAnswersLaterWithoutBlockingOthers();
    void badPlansAreRefused_data();
    void badPlansAreRefused();

private:
    QNetworkRequest request(const QString& path) const;

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
    QByteArray m_token;
};

void TestSandboxFaults::initTestCase()
{
    QString error;
    SandboxProcess::Options options;
    options.demoOrders = 300;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
    m_token = m_client->login(m_sandbox.demoEmail(), m_sandbox.demoPassword())
                  .value(QStringLiteral("access_token"))
                  .toString()
                  .toLatin1();
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxFaults::cleanup()
{
    QString error;
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    QCOMPARE(m_client->get(QStringLiteral("/v1/orders?limit=1"), m_token).status, 200);
}

QNetworkRequest TestSandboxFaults::request(const QString& path) const
{
    QUrl url = m_sandbox.url();
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest result(url);
    result.setSslConfiguration(m_sandbox.sslConfiguration());
    result.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token);
    result.setTransferTimeout(20000);
    return result;
}

void TestSandboxFaults::statusFaults_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("code");
    QTest::newRow("500") << 500 << 0 << QStringLiteral("internal_error");
    QTest::newRow("503") << 503 << 0 << QStringLiteral("service_unavailable");
    QTest::newRow("503 retry") << 503 << 3 << QStringLiteral("service_unavailable");
    QTest::newRow("429 retry") << 429 << 7 << QStringLiteral("rate_limited");
}

void TestSandboxFaults::statusFaults()
{
    QFETCH(int, status);
    QFETCH(int, retryAfter);
    QFETCH(QString, code);
    QJsonObject plan{{QStringLiteral("mode"), QStringLiteral("status")}, {QStringLiteral("status"), status}};
    if (retryAfter > 0)
        plan.insert(QStringLiteral("retry_after"), retryAfter);
    QString error;
    QVERIFY2(m_sandbox.setFaults(plan, &error), qPrintable(error));
    for (const QString& path :
         {QStringLiteral("/v1/orders"), QStringLiteral("/v1/financial-events?limit=5"),
          QStringLiteral("/v1/marketplaces"), QStringLiteral("/v1/products"), QStringLiteral("/v1/inventory")}) {
        const HttpResult result = m_client->get(path, m_token);
        QCOMPARE(result.status, status);
        QVERIFY(result.isProblem());
        QCOMPARE(result.code(), code);
        if (retryAfter > 0)
            QCOMPARE(result.header("Retry-After"), QByteArray::number(retryAfter));
        else
            QVERIFY(result.header("Retry-After").isEmpty());
        QVERIFY(!result.header("Strict-Transport-Security").isEmpty());
    }
}

void TestSandboxFaults::faultsOnlyHitDataEndpoints()
{
    QString error;
    QVERIFY2(m_sandbox.setFaults({{QStringLiteral("mode"), QStringLiteral("status")}, {QStringLiteral("status"), 500}},
                                 &error),
             qPrintable(error));
    QCOMPARE(m_client->get(QStringLiteral("/v1/health")).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/account"), m_token).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/orders"), m_token).status, 500);
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    QCOMPARE(m_client->get(QStringLiteral("/v1/orders"), m_token).status, 200);
}

void TestSandboxFaults::countStopsAfterThatManyFaults()
{
    QString error;
    QVERIFY2(m_sandbox.setFaults({{QStringLiteral("mode"), QStringLiteral("status")},
                                  {QStringLiteral("status"), 503},
                                  {QStringLiteral("count"), 2}},
                                 &error),
             qPrintable(error));
    QCOMPARE(m_client->get(QStringLiteral("/v1/orders?limit=1"), m_token).status, 503);
    QCOMPARE(m_client->get(QStringLiteral("/v1/orders?limit=1"), m_token).status, 503);
    QCOMPARE(m_client->get(QStringLiteral("/v1/orders?limit=1"), m_token).status, 200);
    QCOMPARE(m_client->get(QStringLiteral("/v1/orders?limit=1"), m_token).status, 200);
}

void TestSandboxFaults::rateIsReproducible()
{
    const QJsonObject plan{{QStringLiteral("mode"), QStringLiteral("status")},
                           {QStringLiteral("status"), 500},
                           {QStringLiteral("rate"), 0.5}};
    auto pattern = [&]() {
        QString error;
        if (!m_sandbox.setFaults(plan, &error))
            return QString();
        QString hits;
        for (int i = 0; i < 40; ++i)
            hits += m_client->get(QStringLiteral("/v1/orders?limit=1"), m_token).status == 500 ? QLatin1Char('x')
                                                                                               : QLatin1Char('.');
        return hits;
    };
    const QString first = pattern();
    const QString second = pattern();
    QCOMPARE(first.size(), 40);
    QCOMPARE(second, first);
    QVERIFY2(first.count(QLatin1Char('x')) >= 8 && first.count(QLatin1Char('x')) <= 32, qPrintable(first));
}

void TestSandboxFaults::dropClosesTheConnectionMidBody()
{
    QString error;
    QVERIFY2(
        m_sandbox.setFaults({{QStringLiteral("mode"), QStringLiteral("drop")}, {QStringLiteral("count"), 1}}, &error),
        qPrintable(error));
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(request(QStringLiteral("/v1/orders?limit=200"))));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(20000));
    QVERIFY2(reply->error() != QNetworkReply::NoError, "a dropped body must not look like a success");
    QVERIFY2(reply->error() == QNetworkReply::RemoteHostClosedError
                 || reply->error() == QNetworkReply::UnknownNetworkError
                 || reply->error() == QNetworkReply::ProtocolFailure,
             qPrintable(reply->errorString()));
    QVERIFY(QJsonDocument::fromJson(reply->readAll()).isNull());
    // The next request (count 1) is served in full.
    QCOMPARE(m_client->get(QStringLiteral("/v1/orders?limit=200"), m_token).status, 200);
}

void TestSandboxFaults::truncateSendsACompleteResponseWithBrokenJson()
{
    QString error;
    QVERIFY2(m_sandbox.setFaults({{QStringLiteral("mode"), QStringLiteral("truncate")}}, &error), qPrintable(error));
    const HttpResult result = m_client->get(QStringLiteral("/v1/orders?limit=50"), m_token);
    QCOMPARE(result.status, 200);
    QVERIFY(result.networkError.isEmpty());
    QCOMPARE(result.header("Content-Length").toInt(), result.body.size());
    QVERIFY(result.body.size() > 100);
    QJsonParseError parseError{};
    QJsonDocument::fromJson(result.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);
}

void TestSandboxFaults::slowAnswersLaterWithoutBlockingOthers()
{
    constexpr int kDelayMs = 1500;
    QString error;
    QVERIFY2(m_sandbox.setFaults(
                 {{QStringLiteral("mode"), QStringLiteral("slow")}, {QStringLiteral("delay_ms"), kDelayMs}}, &error),
             qPrintable(error));
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QNetworkReply> slow(network.get(request(QStringLiteral("/v1/orders?limit=10"))));
    QSignalSpy slowFinished(slow.get(), &QNetworkReply::finished);
    // Another request meanwhile (not a data endpoint, so never delayed itself): the sandbox answers it at
    // once, because a slow answer waits on a timer, not by blocking the event loop.
    std::unique_ptr<QNetworkReply> quick(network.get(request(QStringLiteral("/v1/health"))));
    QSignalSpy quickFinished(quick.get(), &QNetworkReply::finished);
    QVERIFY(quickFinished.wait(kDelayMs * 10));
    QCOMPARE(quick->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY2(!slow->isFinished(), "the slow request must still be waiting when the quick one is answered");
    QVERIFY(slowFinished.wait(kDelayMs * 10));
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(timer.elapsed() >= kDelayMs);
    QVERIFY(QJsonDocument::fromJson(slow->readAll()).isObject());
}

void TestSandboxFaults::badPlansAreRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("unknown mode") << QByteArrayLiteral(R"({"mode":"explode"})");
    QTest::newRow("no mode") << QByteArrayLiteral(R"({"status":500})");
    QTest::newRow("status 404") << QByteArrayLiteral(R"({"mode":"status","status":404})");
    QTest::newRow("status missing") << QByteArrayLiteral(R"({"mode":"status"})");
    QTest::newRow("rate 2") << QByteArrayLiteral(R"({"mode":"drop","rate":2})");
    QTest::newRow("delay negative") << QByteArrayLiteral(R"({"mode":"slow","delay_ms":-1})");
    QTest::newRow("retry_after 0") << QByteArrayLiteral(R"({"mode":"status","status":429,"retry_after":0})");
    QTest::newRow("unknown field") << QByteArrayLiteral(R"({"mode":"drop","when":"now"})");
    QTest::newRow("not json") << QByteArrayLiteral("mode=drop");
}

void TestSandboxFaults::badPlansAreRefused()
{
    QFETCH(QByteArray, body);
    const HttpResult result =
        m_client->send("PUT", QStringLiteral("/admin/v1/faults"), body,
                       {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                        {QByteArrayLiteral("X-Sandbox-Admin-Token"), m_sandbox.adminToken().toLatin1()}});
    QCOMPARE(result.status, 400);
    QVERIFY(result.isProblem());
    const HttpResult noToken =
        m_client->send("PUT", QStringLiteral("/admin/v1/faults"), QByteArrayLiteral(R"({"mode":"drop"})"),
                       {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}});
    QCOMPARE(noToken.status, 401);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxFaults)
#include "TestSandboxFaults.moc"
