// Write permissions, account exports, deletion and rate limits of the sensitive actions, over real loopback HTTPS.

#include "ConsentBrowser.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <algorithm>
#include <memory>

namespace sp::test {

class TestSandboxAccountData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void permissionsAreReadOnlyByDefault();
    void writeNeedsOptInThenSucceeds();
    void securityContactNeedsNoSignIn();
    void exportZipMatchesItsChecksum();
    void exportDownloadCanBeCorruptedOrTruncated();
    void exportsAreBoundToTheirAccount();
    void deletionSignsOutEverySession();
    void passwordChangeEndsOtherSessions();
    void sensitiveActionsAreRateLimited();

private:
    void startSandbox(int rateLimit = 0);
    QByteArray signIn(const QString& clientName = {});
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& bearer,
                    const QJsonObject& body = {});
    // Starts an export and polls it until ready (bounded; the sandbox needs a few polls, no waiting).
    QJsonObject readyExport(const QByteArray& bearer);

    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
    std::unique_ptr<ConsentBrowser> m_browser;
    std::unique_ptr<AmazonConnectFlow> m_flow;
};

void TestSandboxAccountData::init() { startSandbox(); }

void TestSandboxAccountData::cleanup()
{
    m_flow.reset();
    m_browser.reset();
    m_client.reset();
    m_sandbox.reset();
}

void TestSandboxAccountData::startSandbox(int rateLimit)
{
    cleanup();
    m_sandbox = std::make_unique<SandboxProcess>();
    SandboxProcess::Options options;
    options.demoOrders = 200;
    if (rateLimit > 0) {
        options.rateLimit = rateLimit;
        options.rateWindowSeconds = 60;
    }
    QString error;
    QVERIFY2(m_sandbox->start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(*m_sandbox);
    m_browser = std::make_unique<ConsentBrowser>(*m_sandbox);
    m_flow = std::make_unique<AmazonConnectFlow>(*m_client, *m_browser);
}

QByteArray TestSandboxAccountData::signIn(const QString& clientName)
{
    return m_client->login(m_sandbox->demoEmail(), m_sandbox->demoPassword(), clientName)
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

HttpResult TestSandboxAccountData::send(const QByteArray& method, const QString& path, const QByteArray& bearer,
                                        const QJsonObject& body)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!bearer.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + bearer});
    QByteArray payload;
    if (!body.isEmpty()) {
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    return m_client->send(method, path, payload, headers);
}

namespace {

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// The ZIP's entries by name, read with an independent reader (QuaZip on a buffer).
QHash<QString, QByteArray> unzip(const QByteArray& zipBytes, bool* ok)
{
    QHash<QString, QByteArray> files;
    QBuffer buffer;
    buffer.setData(zipBytes);
    QuaZip zip(&buffer);
    *ok = zip.open(QuaZip::mdUnzip);
    if (!*ok)
        return files;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::ReadOnly)) {
            *ok = false;
            return files;
        }
        files.insert(zip.getCurrentFileName(), entry.readAll());
        entry.close();
        *ok = *ok && entry.getZipError() == 0; // CRC checked on close
    }
    zip.close();
    return files;
}

void verifyRateLimited(const HttpResult& result)
{
    QCOMPARE(result.status, 429);
    QVERIFY(result.isProblem());
    QCOMPARE(result.code(), QStringLiteral("rate_limited"));
    bool ok = false;
    const int retryAfter = result.header("Retry-After").toInt(&ok);
    QVERIFY(ok && retryAfter >= 1 && retryAfter <= 60);
    QCOMPARE(result.json().value(QStringLiteral("retry_after")).toInt(), retryAfter);
}

} // namespace

void TestSandboxAccountData::permissionsAreReadOnlyByDefault()
{
    const QByteArray bearer = signIn();
    const HttpResult listed = send("GET", QStringLiteral("/v1/permissions"), bearer);
    QCOMPARE(listed.status, 200);
    const QJsonArray features = listed.json().value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 3);
    QStringList ids;
    for (const QJsonValue& feature : features) {
        ids.append(feature.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(feature.toObject().value(QStringLiteral("enabled")).toBool(true), false);
        QVERIFY(feature.toObject().value(QStringLiteral("enabled_at")).isNull());
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("inventory_updates"), QStringLiteral("price_changes"),
                               QStringLiteral("review_requests")}));
    QCOMPARE(send("GET", QStringLiteral("/v1/permissions"), {}).status, 401);
    const HttpResult unknown = send("PUT", QStringLiteral("/v1/permissions/delete_everything"), bearer,
                                    {{QStringLiteral("enabled"), true}, {QStringLiteral("confirmed"), true}});
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.isProblem());
}

void TestSandboxAccountData::writeNeedsOptInThenSucceeds()
{
    const QByteArray bearer = signIn();
    const QString sku = send("GET", QStringLiteral("/v1/products?limit=1"), bearer)
                            .json()
                            .value(QStringLiteral("products"))
                            .toArray()
                            .first()
                            .toObject()
                            .value(QStringLiteral("sku"))
                            .toString();
    QVERIFY(!sku.isEmpty());
    const QString path = QStringLiteral("/v1/listings/%1/price").arg(sku);
    const QJsonObject change{{QStringLiteral("marketplace_id"), QStringLiteral("A1PA6795UKMFR9")},
                             {QStringLiteral("price"), QStringLiteral("19.99")}};

    // Read-only by default: refused before opt-in, even when connected.
    QString failure;
    QVERIFY2(m_flow->connect(bearer, &failure), qPrintable(failure));
    const HttpResult before = send("POST", path, bearer, change);
    QCOMPARE(before.status, 403);
    QVERIFY(before.isProblem());
    QCOMPARE(before.code(), QStringLiteral("feature_disabled"));

    // Turning it on needs the seller's confirmation.
    const QString feature = QStringLiteral("/v1/permissions/price_changes");
    const HttpResult unconfirmed = send("PUT", feature, bearer, {{QStringLiteral("enabled"), true}});
    QCOMPARE(unconfirmed.status, 400);
    QCOMPARE(unconfirmed.code(), QStringLiteral("confirmation_required"));
    QCOMPARE(send("POST", path, bearer, change).status, 403);
    const HttpResult enabled =
        send("PUT", feature, bearer, {{QStringLiteral("enabled"), true}, {QStringLiteral("confirmed"), true}});
    QCOMPARE(enabled.status, 200);
    QCOMPARE(enabled.json().value(QStringLiteral("enabled")).toBool(), true);
    QVERIFY(
        QDateTime::fromString(enabled.json().value(QStringLiteral("enabled_at")).toString(), Qt::ISODate).isValid());

    const HttpResult after = send("POST", path, bearer, change);
    QCOMPARE(after.status, 202);
    QCOMPARE(after.json().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    // Only this feature: the others stay off.
    const QJsonArray features =
        send("GET", QStringLiteral("/v1/permissions"), bearer).json().value(QStringLiteral("features")).toArray();
    int on = 0;
    for (const QJsonValue& value : features)
        on += value.toObject().value(QStringLiteral("enabled")).toBool() ? 1 : 0;
    QCOMPARE(on, 1);
    // Bad input: a marketplace outside the connection, a malformed price, an unknown SKU.
    QCOMPARE(send("POST", path, bearer,
                  {{QStringLiteral("marketplace_id"), QStringLiteral("ATVPDKIKX0DER")},
                   {QStringLiteral("price"), QStringLiteral("19.99")}})
                 .code(),
             QStringLiteral("validation_failed"));
    QCOMPARE(send("POST", path, bearer,
                  {{QStringLiteral("marketplace_id"), QStringLiteral("A1PA6795UKMFR9")},
                   {QStringLiteral("price"), QStringLiteral("19,99")}})
                 .code(),
             QStringLiteral("validation_failed"));
    QCOMPARE(send("POST", QStringLiteral("/v1/listings/NO-SUCH-SKU/price"), bearer, change).status, 404);

    // The permission survives a restart; the connection is needed: after disconnect, 409.
    QString error;
    QVERIFY2(m_sandbox->restart(&error), qPrintable(error));
    const QByteArray again = signIn();
    QCOMPARE(send("POST", path, again, change).status, 202);
    QCOMPARE(send("DELETE", QStringLiteral("/v1/amazon/connection"), again).status, 204);
    const HttpResult disconnected = send("POST", path, again, change);
    QCOMPARE(disconnected.status, 409);
    QCOMPARE(disconnected.code(), QStringLiteral("amazon_not_connected"));
    // Turning it off again needs no confirmation and closes the door at once.
    QCOMPARE(send("PUT", feature, again, {{QStringLiteral("enabled"), false}}).status, 200);
    QCOMPARE(send("POST", path, again, change).code(), QStringLiteral("feature_disabled"));
}

void TestSandboxAccountData::securityContactNeedsNoSignIn()
{
    const HttpResult contact = send("GET", QStringLiteral("/v1/security-contact"), {});
    QCOMPARE(contact.status, 200);
    QCOMPARE(contact.json().value(QStringLiteral("email")).toString(), QStringLiteral("info@getsellerpulse.com"));
    QVERIFY(contact.json().value(QStringLiteral("page_url")).toString().startsWith(QStringLiteral("https://")));
    QCOMPARE(contact.json().value(QStringLiteral("response_hours")).toInt(), 48);
}

QJsonObject TestSandboxAccountData::readyExport(const QByteArray& bearer)
{
    const HttpResult started = send("POST", QStringLiteral("/v1/account/exports"), bearer);
    if (started.status != 202
        || started.json().value(QStringLiteral("status")).toString() != QLatin1String("preparing"))
        return {};
    const QString id = started.json().value(QStringLiteral("id")).toString();
    int lastProgress = -1;
    for (int poll = 0; poll < 10; ++poll) {
        const QJsonObject job = send("GET", QStringLiteral("/v1/account/exports/%1").arg(id), bearer).json();
        const int progress = job.value(QStringLiteral("progress")).toInt(-1);
        if (progress < lastProgress)
            return {}; // progress never goes back
        lastProgress = progress;
        if (job.value(QStringLiteral("status")).toString() == QLatin1String("ready"))
            return job;
    }
    return {};
}

void TestSandboxAccountData::exportZipMatchesItsChecksum()
{
    const QByteArray bearer = signIn();
    QString failure;
    QVERIFY2(m_flow->connect(bearer, &failure), qPrintable(failure));
    // What the seller entered is theirs too: a restock default set now must be in the export.
    QCOMPARE(send("PUT", QStringLiteral("/v1/restock-default"), bearer,
                  QJsonObject{{QStringLiteral("lead_time_days"), 45}, {QStringLiteral("safety_days"), 9}})
                 .status,
             200);
    const HttpResult started = send("POST", QStringLiteral("/v1/account/exports"), bearer);
    QCOMPARE(started.status, 202);
    const QString id = started.json().value(QStringLiteral("id")).toString();
    QVERIFY(started.json().value(QStringLiteral("sha256")).isNull());
    // Not downloadable while preparing.
    const HttpResult early = send("GET", QStringLiteral("/v1/account/exports/%1/download").arg(id), bearer);
    QCOMPARE(early.status, 409);
    QCOMPARE(early.code(), QStringLiteral("export_not_ready"));

    QJsonObject job;
    for (int poll = 0; poll < 10 && job.value(QStringLiteral("status")).toString() != QLatin1String("ready"); ++poll)
        job = send("GET", QStringLiteral("/v1/account/exports/%1").arg(id), bearer).json();
    QCOMPARE(job.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QCOMPARE(job.value(QStringLiteral("progress")).toInt(), 100);
    const QByteArray advertised = job.value(QStringLiteral("sha256")).toString().toLatin1();
    QCOMPARE(advertised.size(), 64);

    const HttpResult download = send("GET", QStringLiteral("/v1/account/exports/%1/download").arg(id), bearer);
    QCOMPARE(download.status, 200);
    QVERIFY(download.header("Content-Type").startsWith("application/zip"));
    QVERIFY(download.header("Content-Disposition").startsWith("attachment;"));
    QCOMPARE(download.body.size(), job.value(QStringLiteral("size_bytes")).toInteger());
    QCOMPARE(sha256Hex(download.body), advertised);

    bool ok = false;
    const QHash<QString, QByteArray> files = unzip(download.body, &ok);
    QVERIFY(ok);
    QStringList names = files.keys();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("account.json"), QStringLiteral("amazon-connection.json"),
                                 QStringLiteral("expenses.json"), QStringLiteral("financial-events.json"),
                                 QStringLiteral("inventory.json"), QStringLiteral("manifest.json"),
                                 QStringLiteral("orders.json"), QStringLiteral("permissions.json"),
                                 QStringLiteral("products.json"), QStringLiteral("restock-settings.json"),
                                 QStringLiteral("unit-costs.json")}));
    // The manifest lists every other file with its size and checksum.
    const QJsonObject manifest = QJsonDocument::fromJson(files.value(QStringLiteral("manifest.json"))).object();
    const QJsonArray listed = manifest.value(QStringLiteral("files")).toArray();
    QCOMPARE(listed.size(), 10);
    for (const QJsonValue& value : listed) {
        const QJsonObject entry = value.toObject();
        const QByteArray content = files.value(entry.value(QStringLiteral("name")).toString());
        QCOMPARE(entry.value(QStringLiteral("size_bytes")).toInteger(), content.size());
        QCOMPARE(entry.value(QStringLiteral("sha256")).toString().toLatin1(), sha256Hex(content));
    }
    // The data is the account's: the same orders as the API, the connection, no secret anywhere.
    const QJsonObject account = QJsonDocument::fromJson(files.value(QStringLiteral("account.json"))).object();
    QCOMPARE(account.value(QStringLiteral("email")).toString(), m_sandbox->demoEmail());
    QCOMPARE(manifest.value(QStringLiteral("account_id")).toString(), account.value(QStringLiteral("id")).toString());
    QCOMPARE(QJsonDocument::fromJson(files.value(QStringLiteral("orders.json")))
                 .object()
                 .value(QStringLiteral("orders"))
                 .toArray()
                 .size(),
             200);
    QVERIFY(!QJsonDocument::fromJson(files.value(QStringLiteral("financial-events.json")))
                 .object()
                 .value(QStringLiteral("financial_events"))
                 .toArray()
                 .isEmpty());
    // The seller's own entries, as the API lists them, without deleted ones.
    const auto rowsOf = [&files](const char* file, const char* key) {
        return QJsonDocument::fromJson(files.value(QLatin1String(file))).object().value(QLatin1String(key)).toArray();
    };
    const QJsonArray unitCosts = rowsOf("unit-costs.json", "unit_costs");
    QVERIFY(!unitCosts.isEmpty());
    QVERIFY(unitCosts.first().toObject().contains(QStringLiteral("unit_cost")));
    const QJsonArray expenses = rowsOf("expenses.json", "expenses");
    QVERIFY(!expenses.isEmpty());
    for (const QJsonValue& expense : expenses)
        QVERIFY(!expense.toObject().value(QStringLiteral("deleted")).toBool());
    const QJsonArray restock = rowsOf("restock-settings.json", "restock_settings");
    QVERIFY(std::any_of(restock.begin(), restock.end(), [](const QJsonValue& row) {
        return row.toObject().value(QStringLiteral("sku")).isNull()
               && row.toObject().value(QStringLiteral("lead_time_days")).toInt() == 45;
    }));
    QCOMPARE(QJsonDocument::fromJson(files.value(QStringLiteral("amazon-connection.json")))
                 .object()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("connected"));
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QVERIFY2(!it.value().contains("Atzr|"), qPrintable(it.key()));
        QVERIFY2(!it.value().contains("$2b$"), qPrintable(it.key())); // no password hash
        QVERIFY2(!it.value().contains(m_sandbox->demoPassword().toUtf8()), qPrintable(it.key()));
    }
}

void TestSandboxAccountData::exportDownloadCanBeCorruptedOrTruncated()
{
    const QByteArray bearer = signIn();
    const QJsonObject job = readyExport(bearer);
    QVERIFY(!job.isEmpty());
    const QString path =
        QStringLiteral("/v1/account/exports/%1/download").arg(job.value(QStringLiteral("id")).toString());
    const QByteArray advertised = job.value(QStringLiteral("sha256")).toString().toLatin1();

    QString error;
    // Only the download is hit: the job's status still answers cleanly.
    QVERIFY2(m_sandbox->setFaults({{QStringLiteral("mode"), QStringLiteral("corrupt")},
                                   {QStringLiteral("path_prefix"), QStringLiteral("/v1/account/exports")}},
                                  &error),
             qPrintable(error));
    const HttpResult corrupted = send("GET", path, bearer);
    QCOMPARE(corrupted.status, 200);
    QCOMPARE(corrupted.body.size(), job.value(QStringLiteral("size_bytes")).toInteger());
    QVERIFY(sha256Hex(corrupted.body) != advertised);
    QCOMPARE(
        send("GET", QStringLiteral("/v1/account/exports/%1").arg(job.value(QStringLiteral("id")).toString()), bearer)
            .status,
        200);

    QVERIFY2(m_sandbox->setFaults({{QStringLiteral("mode"), QStringLiteral("truncate")},
                                   {QStringLiteral("path_prefix"), QStringLiteral("/v1/account/exports")}},
                                  &error),
             qPrintable(error));
    const HttpResult truncated = send("GET", path, bearer);
    QCOMPARE(truncated.status, 200);
    QVERIFY(truncated.body.size() < job.value(QStringLiteral("size_bytes")).toInteger());
    QVERIFY(sha256Hex(truncated.body) != advertised);

    // A plan for another path leaves the download alone.
    QVERIFY2(m_sandbox->setFaults({{QStringLiteral("mode"), QStringLiteral("corrupt")},
                                   {QStringLiteral("path_prefix"), QStringLiteral("/v1/orders")}},
                                  &error),
             qPrintable(error));
    QCOMPARE(sha256Hex(send("GET", path, bearer).body), advertised);
    QVERIFY2(m_sandbox->clearFaults(&error), qPrintable(error));
    QCOMPARE(sha256Hex(send("GET", path, bearer).body), advertised);
}

void TestSandboxAccountData::exportsAreBoundToTheirAccount()
{
    const QByteArray demo = signIn();
    const QJsonObject job = readyExport(demo);
    QVERIFY(!job.isEmpty());
    QString error;
    QVERIFY2(
        m_sandbox->createAccount(QStringLiteral("other@sellerpulse.test"), QStringLiteral("other-password-1"), &error),
        qPrintable(error));
    const QByteArray other =
        m_client->login(QStringLiteral("other@sellerpulse.test"), QStringLiteral("other-password-1"))
            .value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    const QString id = job.value(QStringLiteral("id")).toString();
    QCOMPARE(send("GET", QStringLiteral("/v1/account/exports/%1").arg(id), other).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/v1/account/exports/%1/download").arg(id), other).status, 404);
    QCOMPARE(send("GET", QStringLiteral("/v1/account/exports/%1/download").arg(id), {}).status, 401);
}

void TestSandboxAccountData::deletionSignsOutEverySession()
{
    const auto first = m_client->login(m_sandbox->demoEmail(), m_sandbox->demoPassword(), QStringLiteral("first"));
    const auto second = m_client->login(m_sandbox->demoEmail(), m_sandbox->demoPassword(), QStringLiteral("second"));
    const QByteArray firstAccess = first.value(QStringLiteral("access_token")).toString().toLatin1();
    const QByteArray secondAccess = second.value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(!firstAccess.isEmpty() && !secondAccess.isEmpty());
    QString failure;
    QVERIFY2(m_flow->connect(firstAccess, &failure), qPrintable(failure));
    const QString accountId =
        send("GET", QStringLiteral("/v1/account"), firstAccess).json().value(QStringLiteral("id")).toString();

    const HttpResult wrong = send("POST", QStringLiteral("/v1/account/deletion"), firstAccess,
                                  {{QStringLiteral("password"), QStringLiteral("not the password")}});
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.code(), QStringLiteral("invalid_password"));
    QCOMPARE(send("GET", QStringLiteral("/v1/account"), secondAccess).status, 200); // nothing happened

    const HttpResult deleted = send("POST", QStringLiteral("/v1/account/deletion"), firstAccess,
                                    {{QStringLiteral("password"), m_sandbox->demoPassword()}});
    QCOMPARE(deleted.status, 202);
    const QDateTime scheduled =
        QDateTime::fromString(deleted.json().value(QStringLiteral("scheduled_for")).toString(), Qt::ISODate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().daysTo(scheduled) - 30) <= 1);

    // Every session ends at once: both access tokens, both refresh tokens; sign-in is refused with a clear code.
    for (const QByteArray& access : {firstAccess, secondAccess}) {
        const HttpResult refused = send("GET", QStringLiteral("/v1/account"), access);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.code(), QStringLiteral("account_deleted"));
    }
    for (const QJsonObject& pair : {first, second}) {
        const HttpResult refreshed =
            m_client->postJson(QStringLiteral("/v1/auth/refresh"),
                               {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}});
        QCOMPARE(refreshed.status, 401);
        QCOMPARE(refreshed.code(), QStringLiteral("account_deleted"));
    }
    const HttpResult login =
        m_client->postJson(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), m_sandbox->demoEmail()},
                                                              {QStringLiteral("password"), m_sandbox->demoPassword()}});
    QCOMPARE(login.status, 403);
    QCOMPARE(login.code(), QStringLiteral("account_deleted"));
    // A wrong password still says only that: the deletion is not revealed to a guesser.
    const HttpResult guess = m_client->postJson(QStringLiteral("/v1/auth/login"),
                                                {{QStringLiteral("email"), m_sandbox->demoEmail()},
                                                 {QStringLiteral("password"), QStringLiteral("a wrong password")}});
    QCOMPARE(guess.code(), QStringLiteral("invalid_credentials"));
    // The Amazon token went at once too.
    const HttpResult stored =
        m_client->send("GET", QStringLiteral("/admin/v1/accounts/%1/amazon-token").arg(accountId), {},
                       {{QByteArrayLiteral("X-Sandbox-Admin-Token"), m_sandbox->adminToken().toLatin1()}});
    QCOMPARE(stored.json().value(QStringLiteral("stored")).toBool(true), false);

    // And it stays so after a restart.
    QString error;
    QVERIFY2(m_sandbox->restart(&error), qPrintable(error));
    QCOMPARE(send("GET", QStringLiteral("/v1/account"), secondAccess).code(), QStringLiteral("account_deleted"));
}

void TestSandboxAccountData::passwordChangeEndsOtherSessions()
{
    QString error;
    QVERIFY2(
        m_sandbox->createAccount(QStringLiteral("pw@sellerpulse.test"), QStringLiteral("first-password-1"), &error),
        qPrintable(error));
    const auto one = m_client->login(QStringLiteral("pw@sellerpulse.test"), QStringLiteral("first-password-1"));
    const auto two = m_client->login(QStringLiteral("pw@sellerpulse.test"), QStringLiteral("first-password-1"));
    const HttpResult changed = send("POST", QStringLiteral("/v1/account/password"),
                                    one.value(QStringLiteral("access_token")).toString().toLatin1(),
                                    {{QStringLiteral("current_password"), QStringLiteral("first-password-1")},
                                     {QStringLiteral("new_password"), QStringLiteral("second-password-2")}});
    QCOMPARE(changed.status, 200);
    QCOMPARE(send("GET", QStringLiteral("/v1/account"), two.value(QStringLiteral("access_token")).toString().toLatin1())
                 .code(),
             QStringLiteral("password_changed"));
    QCOMPARE(send("GET", QStringLiteral("/v1/account"),
                  changed.json().value(QStringLiteral("access_token")).toString().toLatin1())
                 .status,
             200);
}

void TestSandboxAccountData::sensitiveActionsAreRateLimited()
{
    startSandbox(2);
    if (QTest::currentTestFailed())
        return;
    QString error;
    QVERIFY2(m_sandbox->createAccount(QStringLiteral("limited@sellerpulse.test"), QStringLiteral("limited-password-1"),
                                      &error),
             qPrintable(error));
    const QByteArray bearer =
        m_client->login(QStringLiteral("limited@sellerpulse.test"), QStringLiteral("limited-password-1"))
            .value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    QVERIFY(!bearer.isEmpty());

    // Disconnect: every attempt counts, per account.
    QCOMPARE(send("DELETE", QStringLiteral("/v1/amazon/connection"), bearer).status, 204);
    QCOMPARE(send("DELETE", QStringLiteral("/v1/amazon/connection"), bearer).status, 204);
    verifyRateLimited(send("DELETE", QStringLiteral("/v1/amazon/connection"), bearer));

    // Deletion: wrong passwords cannot be tried on and on; then even the right one waits.
    const QJsonObject wrong{{QStringLiteral("password"), QStringLiteral("guess-1")}};
    QCOMPARE(send("POST", QStringLiteral("/v1/account/deletion"), bearer, wrong).code(),
             QStringLiteral("invalid_password"));
    QCOMPARE(send("POST", QStringLiteral("/v1/account/deletion"), bearer, wrong).code(),
             QStringLiteral("invalid_password"));
    verifyRateLimited(send("POST", QStringLiteral("/v1/account/deletion"), bearer,
                           {{QStringLiteral("password"), QStringLiteral("limited-password-1")}}));
    QCOMPARE(send("GET", QStringLiteral("/v1/account"), bearer).status, 200); // not deleted

    // Password change.
    const QJsonObject change{{QStringLiteral("current_password"), QStringLiteral("wrong-password-1")},
                             {QStringLiteral("new_password"), QStringLiteral("a-new-password-1")}};
    QCOMPARE(send("POST", QStringLiteral("/v1/account/password"), bearer, change).status, 403);
    QCOMPARE(send("POST", QStringLiteral("/v1/account/password"), bearer, change).status, 403);
    verifyRateLimited(send("POST", QStringLiteral("/v1/account/password"), bearer, change));

    // Export requests.
    QCOMPARE(send("POST", QStringLiteral("/v1/account/exports"), bearer).status, 202);
    QCOMPARE(send("POST", QStringLiteral("/v1/account/exports"), bearer).status, 202);
    verifyRateLimited(send("POST", QStringLiteral("/v1/account/exports"), bearer));

    // Limits are per account: the demo account is not affected.
    const QByteArray demo = signIn();
    QCOMPARE(send("DELETE", QStringLiteral("/v1/amazon/connection"), demo).status, 204);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxAccountData)
#include "TestSandboxAccountData.moc"
