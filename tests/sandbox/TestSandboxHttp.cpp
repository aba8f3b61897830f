// The sandbox's HTTP surface: security headers, request ids, strict validation and problem bodies.

#include "RawHttpConnection.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace sp::test {

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestSandboxHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void securityHeadersOnEveryResponse_data();
    void securityHeadersOnEveryResponse();
    void invalidBodiesAnswer400_data();
    void invalidBodiesAnswer400();
    void nonJsonContentTypeAnswers415_data();
    void nonJsonContentTypeAnswers415();
    void bodyOver64KiBAnswers413();
    void hugeContentLengthIsRefusedUnread();
    void chunkedBodyOverTheLimitIsStopped();
    void headOverTheLimitAnswers431();
    void keepAliveRequestsPassTheGuard();
    void emptyOrInvalidRequestIdIsReplaced();
    void hostileInputNeverAnswers500_data();
    void hostileInputNeverAnswers500();
    void requestIdIsEchoedOrGenerated_data();
    void requestIdIsEchoedOrGenerated();
    void unknownPathAndWrongMethod();
    void healthMatchesContract();

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
};

namespace {

const Headers kJson{{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};

void verifySecurityHeaders(const HttpResult& result)
{
    QCOMPARE(result.header("Strict-Transport-Security"),
             QByteArrayLiteral("max-age=63072000; includeSubDomains; preload"));
    QCOMPARE(result.header("X-Frame-Options"), QByteArrayLiteral("DENY"));
    QCOMPARE(result.header("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    QCOMPARE(result.header("Referrer-Policy"), QByteArrayLiteral("strict-origin-when-cross-origin"));
    QCOMPARE(result.header("Permissions-Policy"),
             QByteArrayLiteral("accelerometer=(), gyroscope=(), magnetometer=(), camera=(), microphone=(), "
                               "geolocation=(), payment=(), usb=()"));
    QVERIFY(!result.header("X-Request-Id").isEmpty());
}

// A field of /proc/<pid>/status in KiB (VmRSS now, VmHWM the peak so far); -1 when unreadable.
qint64 memoryKiB(qint64 pid, const QByteArray& field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray loginHead(const QByteArray& framing, const QByteArray& requestId)
{
    return QByteArrayLiteral("POST /v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n")
           + framing + QByteArrayLiteral("\r\nX-Request-Id: ") + requestId + QByteArrayLiteral("\r\n\r\n");
}

constexpr qint64 kHugeBody = 200LL * 1024 * 1024;
constexpr qint64 kMaxGrowthKiB = 100 * 1024;

// A 200 MB body sent by a real client: the answer is 413 before the body is complete, the connection closes,
// and the sandbox's peak memory stays within 100 MB of what it held before (it used to buffer it all, ~815 MB).
void verifyHugeBodyRefused(SandboxProcess& sandbox, SandboxHttpClient& client, bool chunked)
{
    const qint64 pid = sandbox.processId();
    const qint64 before = memoryKiB(pid, "VmRSS");
    QVERIFY(before > 0);
    RawHttpConnection connection(sandbox);
    QString error;
    QVERIFY2(connection.open({}, &error), qPrintable(error));
    const QByteArray requestId = chunked ? QByteArrayLiteral("huge-chunked") : QByteArrayLiteral("huge-length");
    const QByteArray framing = chunked
                                   ? QByteArrayLiteral("Transfer-Encoding: chunked")
                                   : QByteArray(QByteArrayLiteral("Content-Length: ") + QByteArray::number(kHugeBody));
    connection.write(loginHead(framing, requestId));
    const qint64 sent = connection.streamBody(kHugeBody, chunked);
    const HttpResult answer = connection.readResponse();
    QCOMPARE(answer.status, 413);
    QVERIFY2(answer.isProblem(), answer.body.constData());
    QCOMPARE(answer.code(), QStringLiteral("payload_too_large"));
    QCOMPARE(answer.header("X-Request-Id"), requestId);
    QCOMPARE(answer.header("Connection"), QByteArrayLiteral("close"));
    verifySecurityHeaders(answer);
    QVERIFY(connection.waitForServerClose());
    QVERIFY2(sent < kHugeBody, qPrintable(QString::number(sent))); // it answered without waiting for the body
    const qint64 peak = memoryKiB(pid, "VmHWM");
    qInfo("sandbox VmRSS before %lld KiB, peak (VmHWM) %lld KiB, body bytes the client got to send %lld", before, peak,
          sent);
    QVERIFY2(peak - before < kMaxGrowthKiB,
             qPrintable(QStringLiteral("VmRSS before %1 KiB, peak %2 KiB").arg(before).arg(peak)));
    QVERIFY2(memoryKiB(pid, "VmRSS") - before < kMaxGrowthKiB, "VmRSS after");
    QCOMPARE(client.get(QStringLiteral("/v1/health")).status, 200); // and it still serves
}

} // namespace

void TestSandboxHttp::initTestCase()
{
    QString error;
    QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
}

void TestSandboxHttp::securityHeadersOnEveryResponse_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    const QByteArray json = QByteArrayLiteral("application/json");
    QTest::newRow("200 health") << QByteArray("GET") << QStringLiteral("/v1/health") << QByteArray() << QByteArray()
                                << 200;
    QTest::newRow("404 unknown path") << QByteArray("GET") << QStringLiteral("/no/such/path") << QByteArray()
                                      << QByteArray() << 404;
    QTest::newRow("404 root") << QByteArray("GET") << QStringLiteral("/") << QByteArray() << QByteArray() << 404;
    QTest::newRow("405") << QByteArray("DELETE") << QStringLiteral("/v1/health") << QByteArray() << QByteArray() << 405;
    QTest::newRow("401") << QByteArray("GET") << QStringLiteral("/v1/account") << QByteArray() << QByteArray() << 401;
    QTest::newRow("400") << QByteArray("POST") << QStringLiteral("/v1/auth/login") << QByteArray("{") << json << 400;
    QTest::newRow("401 login") << QByteArray("POST") << QStringLiteral("/v1/auth/login")
                               << QByteArray(R"({"email":"nobody@example.com","password":"x"})") << json << 401;
    QTest::newRow("415") << QByteArray("POST") << QStringLiteral("/v1/auth/login") << QByteArray("a=b")
                         << QByteArray("application/x-www-form-urlencoded") << 415;
    QTest::newRow("413") << QByteArray("POST") << QStringLiteral("/v1/auth/refresh") << QByteArray(70 * 1024, ' ')
                         << json << 413;
}

void TestSandboxHttp::securityHeadersOnEveryResponse()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    Headers headers;
    if (!contentType.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
    const HttpResult result = m_client->send(method, path, body, headers);
    QCOMPARE(result.status, status);
    verifySecurityHeaders(result);
    if (status >= 400)
        QVERIFY2(result.isProblem(), result.body.constData());
}

void TestSandboxHttp::invalidBodiesAnswer400_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field"); // the field named in `errors`, for validation_failed

    const QString login = QStringLiteral("/v1/auth/login");
    const QString refresh = QStringLiteral("/v1/auth/refresh");
    QTest::newRow("malformed") << login << QByteArray(R"({"email": "a@b.c", "password": )")
                               << QStringLiteral("invalid_json") << QString();
    QTest::newRow("not json at all") << refresh << QByteArray("hello") << QStringLiteral("invalid_json") << QString();
    QTest::newRow("empty body") << refresh << QByteArray() << QStringLiteral("invalid_json") << QString();
    QTest::newRow("array, not object") << refresh << QByteArray("[1,2]") << QStringLiteral("validation_failed")
                                       << QString();
    QTest::newRow("wrong type number") << login << QByteArray(R"({"email":42,"password":"secret-pass"})")
                                       << QStringLiteral("validation_failed") << QStringLiteral("email");
    QTest::newRow("wrong type null") << refresh << QByteArray(R"({"refresh_token":null})")
                                     << QStringLiteral("validation_failed") << QStringLiteral("refresh_token");
    QTest::newRow("wrong type object") << login << QByteArray(R"({"email":"a@b.co","password":{"x":1}})")
                                       << QStringLiteral("validation_failed") << QStringLiteral("password");
    QTest::newRow("missing field") << login << QByteArray(R"({"email":"a@b.co"})")
                                   << QStringLiteral("validation_failed") << QStringLiteral("password");
    QTest::newRow("unknown field") << refresh << QByteArray(R"({"refresh_token":"abc","admin":true})")
                                   << QStringLiteral("validation_failed") << QStringLiteral("admin");
    QTest::newRow("too long") << refresh << (R"({"refresh_token":")" + QByteArray(513, 'a') + R"("})")
                              << QStringLiteral("validation_failed") << QStringLiteral("refresh_token");
    QTest::newRow("empty string") << refresh << QByteArray(R"({"refresh_token":""})")
                                  << QStringLiteral("validation_failed") << QStringLiteral("refresh_token");
    QTest::newRow("not an email") << login << QByteArray(R"({"email":"not-an-email","password":"x"})")
                                  << QStringLiteral("validation_failed") << QStringLiteral("email");
    QTest::newRow("client_name too long")
        << login << (R"({"email":"a@b.co","password":"x","client_name":")" + QByteArray(101, 'n') + R"("})")
        << QStringLiteral("validation_failed") << QStringLiteral("client_name");
}

void TestSandboxHttp::invalidBodiesAnswer400()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const HttpResult result = m_client->send("POST", path, body, kJson);
    QCOMPARE(result.status, 400);
    QVERIFY2(result.isProblem(), result.body.constData());
    QCOMPARE(result.code(), code);
    const QJsonObject problem = result.json();
    QVERIFY(!problem.value(QStringLiteral("detail")).toString().isEmpty());
    if (code == QLatin1String("validation_failed")) {
        const QJsonArray errors = problem.value(QStringLiteral("errors")).toArray();
        QVERIFY(!errors.isEmpty());
        QStringList fields;
        for (const QJsonValue& error : errors) {
            QVERIFY(!error.toObject().value(QStringLiteral("message")).toString().isEmpty());
            fields.append(error.toObject().value(QStringLiteral("field")).toString());
        }
        if (!field.isEmpty())
            QVERIFY2(fields.contains(field), qPrintable(fields.join(QLatin1Char(','))));
    }
}

void TestSandboxHttp::nonJsonContentTypeAnswers415_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("text/plain login") << QStringLiteral("/v1/auth/login") << QByteArrayLiteral("text/plain");
    QTest::newRow("form refresh") << QStringLiteral("/v1/auth/refresh")
                                  << QByteArrayLiteral("application/x-www-form-urlencoded");
    QTest::newRow("latin1 charset") << QStringLiteral("/v1/auth/logout")
                                    << QByteArrayLiteral("application/json; charset=latin1");
    QTest::newRow("json lookalike") << QStringLiteral("/v1/auth/login") << QByteArrayLiteral("application/jsonx");
}

void TestSandboxHttp::nonJsonContentTypeAnswers415()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    const HttpResult result = m_client->send("POST", path, QByteArrayLiteral(R"({"refresh_token":"x"})"),
                                             {{QByteArrayLiteral("Content-Type"), contentType}});
    QCOMPARE(result.status, 415);
    QVERIFY(result.isProblem());
    QCOMPARE(result.code(), QStringLiteral("unsupported_media_type"));
}

void TestSandboxHttp::bodyOver64KiBAnswers413()
{
    QByteArray body = R"({"refresh_token":")" + QByteArray(64 * 1024, 'a') + R"("})";
    const HttpResult result = m_client->send("POST", QStringLiteral("/v1/auth/refresh"), body, kJson);
    QCOMPARE(result.status, 413);
    QVERIFY(result.isProblem());
    QCOMPARE(result.code(), QStringLiteral("payload_too_large"));
    // Exactly 64 KiB is still read and judged on its content.
    const HttpResult atLimit =
        m_client->send("POST", QStringLiteral("/v1/auth/refresh"), QByteArray(64 * 1024, ' '), kJson);
    QCOMPARE(atLimit.status, 400);
    // The server is still fine afterwards.
    QCOMPARE(m_client->get(QStringLiteral("/v1/health")).status, 200);
}

void TestSandboxHttp::hugeContentLengthIsRefusedUnread() { verifyHugeBodyRefused(m_sandbox, *m_client, false); }

void TestSandboxHttp::chunkedBodyOverTheLimitIsStopped() { verifyHugeBodyRefused(m_sandbox, *m_client, true); }

void TestSandboxHttp::headOverTheLimitAnswers431()
{
    RawHttpConnection connection(m_sandbox);
    QString error;
    QVERIFY2(connection.open({}, &error), qPrintable(error));
    connection.write(
        QByteArrayLiteral("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: big-head\r\nX-Filler: ")
        + QByteArray(40 * 1024, 'h') + QByteArrayLiteral("\r\n\r\n"));
    const HttpResult answer = connection.readResponse();
    QCOMPARE(answer.status, 431);
    QVERIFY2(answer.isProblem(), answer.body.constData());
    QCOMPARE(answer.code(), QStringLiteral("headers_too_large"));
    QCOMPARE(answer.header("X-Request-Id"), QByteArrayLiteral("big-head"));
    QVERIFY(connection.waitForServerClose());
}

void TestSandboxHttp::keepAliveRequestsPassTheGuard()
{
    // The guard follows the framing of every request on a connection: bodies under the limit, by length or
    // chunked, in pieces, reach the routes (a wrong password answers 401, so the body was read), one after another.
    RawHttpConnection connection(m_sandbox);
    QString error;
    QVERIFY2(connection.open({}, &error), qPrintable(error));
    const QByteArray body = QByteArrayLiteral(R"({"email":"nobody@example.com","password":"not the password"})");
    connection.write(loginHead(QByteArrayLiteral("Content-Length: ") + QByteArray::number(body.size()), "first")
                     + body);
    HttpResult answer = connection.readResponse();
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.code(), QStringLiteral("invalid_credentials"));
    QCOMPARE(answer.header("X-Request-Id"), QByteArrayLiteral("first"));

    const QByteArray chunked = QByteArray::number(20, 16) + "\r\n" + body.left(20) + "\r\n"
                               + QByteArray::number(body.size() - 20, 16) + ";ext=1\r\n" + body.mid(20)
                               + "\r\n0\r\n\r\n";
    const QByteArray request = loginHead(QByteArrayLiteral("Transfer-Encoding: chunked"), "second") + chunked;
    connection.write(request.left(30)); // the head arrives in pieces
    connection.write(request.mid(30));
    answer = connection.readResponse();
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.code(), QStringLiteral("invalid_credentials"));
    QCOMPARE(answer.header("X-Request-Id"), QByteArrayLiteral("second"));

    connection.write(QByteArrayLiteral("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: third\r\n\r\n"));
    answer = connection.readResponse();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("X-Request-Id"), QByteArrayLiteral("third"));
}

void TestSandboxHttp::emptyOrInvalidRequestIdIsReplaced()
{
    // The contract says so: an empty or invalid X-Request-Id is not refused but replaced by a generated one.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    for (const QByteArray& sent :
         {QByteArray(""), QByteArray(65, 'a'), QByteArrayLiteral("a b"), QByteArrayLiteral("a;b")}) {
        RawHttpConnection connection(m_sandbox);
        QString error;
        QVERIFY2(connection.open({}, &error), qPrintable(error));
        connection.write(QByteArrayLiteral("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: ") + sent
                         + QByteArrayLiteral("\r\n\r\n"));
        const HttpResult answer = connection.readResponse();
        QCOMPARE(answer.status, 200);
        const QByteArray id = answer.header("X-Request-Id");
        QVERIFY2(pattern.match(QString::fromLatin1(id)).hasMatch(), id.constData());
        QVERIFY(id != sent);
    }
}

void TestSandboxHttp::hostileInputNeverAnswers500_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    const QString login = QStringLiteral("/v1/auth/login");
    QTest::newRow("deep nesting") << QByteArray("POST") << login << (QByteArray(5000, '[') + QByteArray(5000, ']'))
                                  << kJson;
    QTest::newRow("invalid utf-8") << QByteArray("POST") << login
                                   << QByteArray("{\"email\":\"\xff\xfe@x.io\",\"password\":\"\xc3\"}") << kJson;
    QTest::newRow("nul bytes") << QByteArray("POST") << login
                               << QByteArray("{\"email\":\"a\0b@c.de\",\"password\":\"x\"}", 36) << kJson;
    QTest::newRow("huge number") << QByteArray("POST") << login
                                 << QByteArray(R"({"email":1e999999,"password":-1e999999})") << kJson;
    QTest::newRow("duplicate keys") << QByteArray("POST") << login
                                    << QByteArray(R"({"email":"a@b.co","email":"c@d.co","password":"x"})") << kJson;
    QTest::newRow("bearer garbage") << QByteArray("GET") << QStringLiteral("/v1/account") << QByteArray()
                                    << Headers{{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ...")}};
    QTest::newRow("alg none") << QByteArray("GET") << QStringLiteral("/v1/sessions") << QByteArray()
                              << Headers{{QByteArrayLiteral("Authorization"),
                                          QByteArrayLiteral(
                                              "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJzdWIiOiJ4In0.")}};
    QTest::newRow("basic auth") << QByteArray("GET") << QStringLiteral("/v1/account") << QByteArray()
                                << Headers{{QByteArrayLiteral("Authorization"), QByteArrayLiteral("Basic YTpi")}};
    QTest::newRow("long session id") << QByteArray("DELETE")
                                     << (QStringLiteral("/v1/sessions/") + QString(300, QLatin1Char('x')))
                                     << QByteArray() << Headers{};
    QTest::newRow("traversal") << QByteArray("GET") << QStringLiteral("/v1/../../etc/passwd") << QByteArray()
                               << Headers{};
    QTest::newRow("patch") << QByteArray("PATCH") << QStringLiteral("/v1/account") << QByteArray("{}") << kJson;
    QTest::newRow("admin without token") << QByteArray("POST") << QStringLiteral("/admin/v1/accounts")
                                         << QByteArray(R"({"email":"x@y.zz","password":"0123456789"})") << kJson;
}

void TestSandboxHttp::hostileInputNeverAnswers500()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    const HttpResult result = m_client->send(method, path, body, headers);
    QVERIFY2(result.status >= 400 && result.status < 500,
             qPrintable(QString::number(result.status) + result.networkError));
    QVERIFY2(result.isProblem(), result.body.constData());
}

void TestSandboxHttp::requestIdIsEchoedOrGenerated_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("echoed");
    QTest::newRow("valid") << QByteArrayLiteral("client-Id_42") << true;
    QTest::newRow("64 chars") << QByteArray(64, 'a') << true;
    QTest::newRow("65 chars") << QByteArray(65, 'a') << false;
    QTest::newRow("bad characters") << QByteArrayLiteral("id with spaces") << false;
    QTest::newRow("injection") << QByteArrayLiteral("abc\";alert(1)") << false;
    QTest::newRow("none") << QByteArray() << false;
}

void TestSandboxHttp::requestIdIsEchoedOrGenerated()
{
    QFETCH(QByteArray, sent);
    QFETCH(bool, echoed);
    Headers headers = kJson;
    if (!sent.isEmpty())
        headers.append({QByteArrayLiteral("X-Request-Id"), sent});
    // Both a success and a problem carry the id.
    const HttpResult ok = m_client->send("GET", QStringLiteral("/v1/health"), {}, headers);
    const HttpResult problem =
        m_client->send("POST", QStringLiteral("/v1/auth/refresh"), QByteArrayLiteral("{"), headers);
    QCOMPARE(ok.status, 200);
    QCOMPARE(problem.status, 400);
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    for (const HttpResult* result : {&ok, &problem}) {
        const QByteArray id = result->header("X-Request-Id");
        QVERIFY(pattern.match(QString::fromLatin1(id)).hasMatch());
        if (echoed)
            QCOMPARE(id, sent);
        else
            QVERIFY(id != sent);
    }
    QCOMPARE(problem.json().value(QStringLiteral("request_id")).toString(),
             QString::fromLatin1(problem.header("X-Request-Id")));
    // Generated ids are unique per request.
    if (!echoed)
        QVERIFY(ok.header("X-Request-Id") != problem.header("X-Request-Id"));
}

void TestSandboxHttp::unknownPathAndWrongMethod()
{
    const HttpResult missing = m_client->get(QStringLiteral("/v2/health"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.code(), QStringLiteral("not_found"));
    const HttpResult wrongMethod =
        m_client->send("PUT", QStringLiteral("/v1/auth/login"), QByteArrayLiteral("{}"), kJson);
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.code(), QStringLiteral("method_not_allowed"));
    QVERIFY(wrongMethod.header("Allow").contains("POST"));
}

void TestSandboxHttp::healthMatchesContract()
{
    const HttpResult result = m_client->get(QStringLiteral("/v1/health"));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("Content-Type").startsWith("application/json"));
    const QJsonObject health = result.json();
    QCOMPARE(health.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(health.value(QStringLiteral("api_version")).toString(), QStringLiteral("v1"));
    QVERIFY(!health.value(QStringLiteral("version")).toString().isEmpty());
    QCOMPARE(health.size(), 3);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxHttp)
#include "TestSandboxHttp.moc"
