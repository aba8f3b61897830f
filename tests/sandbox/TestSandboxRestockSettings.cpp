// The sandbox's restock settings (issue 18 part 1: GET /v1/restock-settings, PUT and DELETE
// /v1/restock-settings/{sku}, PUT /v1/restock-default) over real loopback HTTPS: a new account's listing is
// empty (clients use the contract's 30/14); a SKU's setting and the default are stored, answered and listed
// after the previous cursor, once, with a new change sequence; bad bodies answer a problem naming the field and
// store nothing; an unknown SKU is 404; DELETE leaves a tombstone after the cursor; every call needs the
// account's token, another account neither sees nor changes them; everything survives a restart; the admin
// faults hit the listing, never a write.

#include "DataListing.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

namespace sp::test {

namespace {

const QString kListPath = QStringLiteral("/v1/restock-settings");
const QString kDefaultPath = QStringLiteral("/v1/restock-default");
const QString kRows = QStringLiteral("restock_settings");

QJsonObject body(const QJsonValue& leadTimeDays, const QJsonValue& safetyDays)
{
    QJsonObject object;
    if (!leadTimeDays.isUndefined())
        object.insert(QStringLiteral("lead_time_days"), leadTimeDays);
    if (!safetyDays.isUndefined())
        object.insert(QStringLiteral("safety_days"), safetyDays);
    return object;
}

QString skuOf(const QJsonObject& row) { return row.value(QStringLiteral("sku")).toString(); }
int leadOf(const QJsonObject& row) { return row.value(QStringLiteral("lead_time_days")).toInt(); }
int safetyOf(const QJsonObject& row) { return row.value(QStringLiteral("safety_days")).toInt(); }
bool deletedOf(const QJsonObject& row) { return row.value(QStringLiteral("deleted")).toBool(); }
QDateTime updatedOf(const QJsonObject& row)
{
    return QDateTime::fromString(row.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
}

// Exactly the contract's five fields, well-typed.
bool isWellFormed(const QJsonObject& row)
{
    const QSet<QString> keys{QStringLiteral("sku"), QStringLiteral("lead_time_days"), QStringLiteral("safety_days"),
                             QStringLiteral("deleted"), QStringLiteral("updated_at")};
    const QStringList rowKeys = row.keys();
    return QSet<QString>(rowKeys.begin(), rowKeys.end()) == keys
           && (row.value(QStringLiteral("sku")).isNull() || !skuOf(row).isEmpty())
           && row.value(QStringLiteral("lead_time_days")).isDouble()
           && row.value(QStringLiteral("safety_days")).isDouble() && row.value(QStringLiteral("deleted")).isBool()
           && updatedOf(row).isValid();
}

} // namespace

class TestSandboxRestockSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aNewAccountsListingIsEmpty();
    void putSkuAnswersAndListsTheSetting();
    void theDefaultIsOneRowWithoutSku();
    void listingPagesInChangeOrderWithEveryRowOnce();
    void badBodiesAreRefusedAndNothingIsStored_data();
    void badBodiesAreRefusedAndNothingIsStored();
    void bodiesThatAreNotJsonObjectsAreRefused();
    void theRangesEndsAreAccepted();
    void anUnknownSkuIsNotFound();
    void deleteLeavesATombstoneAfterTheCursor();
    void everyCallNeedsTheAccountsToken();
    void anotherAccountNeitherSeesNorChangesThem();
    void settingsSurviveARestart();
    void faultsHitTheListingNeverAWrite();

private:
    HttpResult call(const QByteArray& method, const QString& path, const QByteArray& body, const QByteArray& token,
                    const QByteArray& contentType = QByteArrayLiteral("application/json"));
    HttpResult put(const QString& path, const QJsonObject& object, const QByteArray& token = {});
    HttpResult remove(const QString& sku, const QByteArray& token = {});
    DataListing listing(const QString& cursor = {}, int limit = 1000, const QByteArray& token = {});
    QByteArray signIn(const QString& email, const QString& password);
    static QString skuPath(const QString& sku) { return kListPath + QLatin1Char('/') + sku; }

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
    QByteArray m_token;
    QStringList m_skus; // the demo business's first SKUs
};

HttpResult TestSandboxRestockSettings::call(const QByteArray& method, const QString& path, const QByteArray& body,
                                            const QByteArray& token, const QByteArray& contentType)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!body.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token});
    return m_client->send(method, path, body, headers);
}

HttpResult TestSandboxRestockSettings::put(const QString& path, const QJsonObject& object, const QByteArray& token)
{
    return call("PUT", path, QJsonDocument(object).toJson(QJsonDocument::Compact), token.isEmpty() ? m_token : token);
}

HttpResult TestSandboxRestockSettings::remove(const QString& sku, const QByteArray& token)
{
    return call("DELETE", skuPath(sku), {}, token.isEmpty() ? m_token : token);
}

DataListing TestSandboxRestockSettings::listing(const QString& cursor, int limit, const QByteArray& token)
{
    return DataListing::fetch(*m_client, kListPath, kRows, token.isEmpty() ? m_token : token, limit, cursor);
}

QByteArray TestSandboxRestockSettings::signIn(const QString& email, const QString& password)
{
    return m_client->login(email, password).value(QStringLiteral("access_token")).toString().toLatin1();
}

void TestSandboxRestockSettings::initTestCase()
{
    QString error;
    SandboxProcess::Options options;
    options.demoOrders = 200; // only the SKUs matter here
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
    m_token = signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
    QVERIFY(!m_token.isEmpty());
    const QJsonArray products =
        m_client->get(QStringLiteral("/v1/products?limit=8"), m_token).json().value(QStringLiteral("products")).toArray();
    for (const QJsonValue& product : products)
        m_skus.append(product.toObject().value(QStringLiteral("sku")).toString());
    QCOMPARE(m_skus.size(), 8);
}

// Nothing is generated: before the seller sets anything the listing holds no row, not even a default (clients
// use the contract's 30 and 14 then), and its cursor answers an empty page too.
void TestSandboxRestockSettings::aNewAccountsListingIsEmpty()
{
    const HttpResult first = m_client->get(kListPath, m_token);
    QCOMPARE(first.status, 200);
    const QJsonObject page = first.json();
    QVERIFY(page.value(kRows).toArray().isEmpty());
    QCOMPARE(page.value(QStringLiteral("has_more")), QJsonValue(false));
    QCOMPARE(page.value(QStringLiteral("remaining")).toInt(-1), 0);
    QVERIFY(!page.value(QStringLiteral("next_cursor")).toString().isEmpty());
    const DataListing again = listing(page.value(QStringLiteral("next_cursor")).toString());
    QVERIFY2(again.failure.isEmpty(), qPrintable(again.failure));
    QVERIFY(again.rows.isEmpty());
}

void TestSandboxRestockSettings::putSkuAnswersAndListsTheSetting()
{
    const DataListing before = listing();
    const HttpResult stored = put(skuPath(m_skus.at(0)), body(45, 10));
    QCOMPARE(stored.status, 200);
    const QJsonObject row = stored.json();
    QVERIFY2(isWellFormed(row), stored.body.constData());
    QCOMPARE(skuOf(row), m_skus.at(0));
    QCOMPARE(leadOf(row), 45);
    QCOMPARE(safetyOf(row), 10);
    QVERIFY(!deletedOf(row));

    // The next sync (from the last cursor) brings exactly this row; a replace brings it again, once, changed.
    const DataListing after = listing(before.nextCursor);
    QVERIFY2(after.failure.isEmpty(), qPrintable(after.failure));
    QCOMPARE(after.rows, QList<QJsonObject>{row});
    const HttpResult replaced = put(skuPath(m_skus.at(0)), body(60, 0));
    QCOMPARE(replaced.status, 200);
    QVERIFY(updatedOf(replaced.json()) >= updatedOf(row));
    QCOMPARE(listing(after.nextCursor).rows, QList<QJsonObject>{replaced.json()});
    const DataListing all = listing();
    QCOMPARE(all.rows, QList<QJsonObject>{replaced.json()});
}

void TestSandboxRestockSettings::theDefaultIsOneRowWithoutSku()
{
    const DataListing before = listing();
    const HttpResult stored = put(kDefaultPath, body(21, 7));
    QCOMPARE(stored.status, 200);
    const QJsonObject row = stored.json();
    QVERIFY2(isWellFormed(row), stored.body.constData());
    QVERIFY(row.value(QStringLiteral("sku")).isNull());
    QCOMPARE(leadOf(row), 21);
    QCOMPARE(safetyOf(row), 7);
    QVERIFY(!deletedOf(row));
    QCOMPARE(listing(before.nextCursor).rows, QList<QJsonObject>{row});

    const HttpResult changed = put(kDefaultPath, body(30, 14));
    QCOMPARE(changed.status, 200);
    int defaults = 0;
    const DataListing all = listing();
    for (const QJsonObject& r : all.rows)
        defaults += r.value(QStringLiteral("sku")).isNull();
    QCOMPARE(defaults, 1);
    QCOMPARE(all.rows.last(), changed.json());
    // The default cannot be removed.
    QCOMPARE(call("DELETE", kDefaultPath, {}, m_token).status, 405);
}

void TestSandboxRestockSettings::listingPagesInChangeOrderWithEveryRowOnce()
{
    for (int i = 1; i < m_skus.size(); ++i)
        QCOMPARE(put(skuPath(m_skus.at(i)), body(10 + i, i)).status, 200);
    const DataListing whole = listing();
    QVERIFY2(whole.failure.isEmpty(), qPrintable(whole.failure));
    QCOMPARE(whole.rows.size(), m_skus.size() + 1); // every SKU once, and the default
    const DataListing paged = listing({}, 2);
    QVERIFY2(paged.failure.isEmpty(), qPrintable(paged.failure));
    QCOMPARE(paged.pages, 5);
    QCOMPARE(paged.rows, whole.rows);
    QSet<QString> skus;
    for (qsizetype i = 0; i < whole.rows.size(); ++i) {
        QVERIFY(isWellFormed(whole.rows.at(i)));
        skus.insert(skuOf(whole.rows.at(i)));
        if (i > 0)
            QVERIFY(updatedOf(whole.rows.at(i)) >= updatedOf(whole.rows.at(i - 1)));
    }
    QCOMPARE(skus.size(), whole.rows.size());
    // A page from the last cursor is empty; updated_since starts at a change time; `remaining` counts down.
    QVERIFY(listing(paged.nextCursor).rows.isEmpty());
    const QString since = whole.rows.last().value(QStringLiteral("updated_at")).toString();
    const DataListing recent =
        DataListing::fetch(*m_client, kListPath, kRows, m_token, 1000, {}, QStringLiteral("updated_since=") + since);
    QVERIFY(!recent.rows.isEmpty());
    QCOMPARE(recent.rows.last(), whole.rows.last());
    const QJsonObject firstPage = m_client->get(kListPath + QStringLiteral("?limit=2"), m_token).json();
    QCOMPARE(firstPage.value(QStringLiteral("remaining")).toInteger(), static_cast<qint64>(whole.rows.size() - 2));
    QCOMPARE(firstPage.value(QStringLiteral("has_more")), QJsonValue(true));
    // Bad listing parameters and another listing's cursor are refused.
    QCOMPARE(m_client->get(kListPath + QStringLiteral("?limit=0"), m_token).code(), QStringLiteral("validation_failed"));
    QCOMPARE(m_client->get(kListPath + QStringLiteral("?updated_since=yesterday"), m_token).code(),
             QStringLiteral("validation_failed"));
    QCOMPARE(m_client->get(kListPath + QStringLiteral("?cursor=nope"), m_token).code(), QStringLiteral("invalid_cursor"));
    const QString unitCostCursor = m_client->get(QStringLiteral("/v1/unit-costs?limit=1"), m_token)
                                       .json()
                                       .value(QStringLiteral("next_cursor"))
                                       .toString();
    QCOMPARE(m_client->get(kListPath + QStringLiteral("?cursor=") + unitCostCursor, m_token).code(),
             QStringLiteral("invalid_cursor"));
}

void TestSandboxRestockSettings::badBodiesAreRefusedAndNothingIsStored_data()
{
    QTest::addColumn<bool>("forDefault");
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QStringList>("fields");
    const auto row = [](const char* name, const QJsonObject& object, const QStringList& fields) {
        QTest::newRow(QByteArray(QByteArray("sku: ") + name).constData()) << false << object << fields;
        QTest::newRow(QByteArray(QByteArray("default: ") + name).constData()) << true << object << fields;
    };
    const QString lead = QStringLiteral("lead_time_days");
    const QString safety = QStringLiteral("safety_days");
    const QJsonValue none(QJsonValue::Undefined);
    row("lead time 0", body(0, 14), {lead});
    row("lead time 366", body(366, 14), {lead});
    row("lead time negative", body(-5, 14), {lead});
    row("lead time fractional", body(30.5, 14), {lead});
    row("lead time as text", body(QStringLiteral("30"), 14), {lead});
    row("lead time null", body(QJsonValue::Null, 14), {lead});
    row("lead time a boolean", body(true, 14), {lead});
    row("lead time huge", body(1e300, 14), {lead});
    row("lead time missing", body(none, 14), {lead});
    row("safety negative", body(30, -1), {safety});
    row("safety 366", body(30, 366), {safety});
    row("safety fractional", body(30, 1.5), {safety});
    row("safety as text", body(30, QStringLiteral("14")), {safety});
    row("safety missing", body(30, none), {safety});
    row("both bad", body(0, -1), {lead, safety});
    row("empty object", QJsonObject(), {lead, safety});
    QJsonObject extra = body(30, 14);
    extra.insert(QStringLiteral("sku"), QStringLiteral("X"));
    row("unknown field", extra, {QStringLiteral("sku")});
}

void TestSandboxRestockSettings::badBodiesAreRefusedAndNothingIsStored()
{
    QFETCH(bool, forDefault);
    QFETCH(QJsonObject, object);
    QFETCH(QStringList, fields);
    const DataListing before = listing();
    const HttpResult refused = put(forDefault ? kDefaultPath : skuPath(m_skus.at(0)), object);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.isProblem(), refused.body.constData());
    QCOMPARE(refused.code(), QStringLiteral("validation_failed"));
    QStringList named;
    for (const QJsonValue& error : refused.json().value(QStringLiteral("errors")).toArray()) {
        named.append(error.toObject().value(QStringLiteral("field")).toString());
        QVERIFY(!error.toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    named.sort();
    QCOMPARE(named, fields);
    QVERIFY(listing(before.nextCursor).rows.isEmpty());
}

void TestSandboxRestockSettings::bodiesThatAreNotJsonObjectsAreRefused()
{
    const DataListing before = listing();
    for (const QString& path : {skuPath(m_skus.at(0)), kDefaultPath}) {
        const HttpResult notJson = call("PUT", path, "lead_time_days=30", m_token);
        QCOMPARE(notJson.status, 400);
        QCOMPARE(notJson.code(), QStringLiteral("invalid_json"));
        QCOMPARE(call("PUT", path, "[30, 14]", m_token).code(), QStringLiteral("validation_failed"));
        const HttpResult text = call("PUT", path, QJsonDocument(body(30, 14)).toJson(), m_token, "text/plain");
        QCOMPARE(text.status, 415);
        QCOMPARE(text.code(), QStringLiteral("unsupported_media_type"));
        QCOMPARE(call("PUT", path, {}, m_token).status, 415);
        const HttpResult huge = put(path, QJsonObject{{QStringLiteral("x"), QString(70 * 1024, QLatin1Char('x'))}});
        QCOMPARE(huge.status, 413);
    }
    QVERIFY(listing(before.nextCursor).rows.isEmpty());
}

void TestSandboxRestockSettings::theRangesEndsAreAccepted()
{
    const HttpResult shortest = put(skuPath(m_skus.at(1)), body(1, 0));
    QCOMPARE(shortest.status, 200);
    QCOMPARE(leadOf(shortest.json()), 1);
    QCOMPARE(safetyOf(shortest.json()), 0);
    const HttpResult longest = put(kDefaultPath, body(365, 365));
    QCOMPARE(longest.status, 200);
    QCOMPARE(leadOf(longest.json()), 365);
    QCOMPARE(safetyOf(longest.json()), 365);
    // A whole number written with a fraction is a whole number.
    const HttpResult fraction = call("PUT", kDefaultPath, R"({"lead_time_days": 30.0, "safety_days": 14.0})", m_token);
    QCOMPARE(fraction.status, 200);
    QCOMPARE(leadOf(fraction.json()), 30);
}

void TestSandboxRestockSettings::anUnknownSkuIsNotFound()
{
    const DataListing before = listing();
    for (const QString& sku : {QStringLiteral("NO-SUCH-SKU"), QStringLiteral("not%20a%20sku")}) {
        const HttpResult refused = put(skuPath(sku), body(30, 14));
        QCOMPARE(refused.status, 404);
        QVERIFY2(refused.isProblem(), refused.body.constData());
        QCOMPARE(refused.code(), QStringLiteral("not_found"));
        QCOMPARE(remove(sku).status, 404);
        QCOMPARE(remove(sku).code(), QStringLiteral("not_found"));
    }
    QVERIFY(listing(before.nextCursor).rows.isEmpty());
}

void TestSandboxRestockSettings::deleteLeavesATombstoneAfterTheCursor()
{
    const QString sku = m_skus.at(2);
    const HttpResult stored = put(skuPath(sku), body(40, 12));
    QCOMPARE(stored.status, 200);
    const DataListing before = listing();

    const HttpResult deleted = remove(sku);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    const DataListing after = listing(before.nextCursor);
    QCOMPARE(after.rows.size(), 1);
    const QJsonObject tombstone = after.rows.first();
    QVERIFY(isWellFormed(tombstone));
    QCOMPARE(skuOf(tombstone), sku);
    QVERIFY(deletedOf(tombstone));
    QCOMPARE(leadOf(tombstone), 40); // its last values
    QCOMPARE(safetyOf(tombstone), 12);
    QVERIFY(updatedOf(tombstone) >= updatedOf(stored.json()));
    // A full listing holds the tombstone once, in place of the live row.
    int seen = 0;
    for (const QJsonObject& row : listing().rows)
        seen += skuOf(row) == sku;
    QCOMPARE(seen, 1);

    // A tombstone is no own setting: deleting again is 404 and changes nothing.
    const HttpResult again = remove(sku);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.code(), QStringLiteral("not_found"));
    QVERIFY(listing(after.nextCursor).rows.isEmpty());
    // A SKU of the seller's that never had a setting of its own: 404 too.
    const QJsonArray products = m_client->get(QStringLiteral("/v1/products?limit=20"), m_token)
                                    .json()
                                    .value(QStringLiteral("products"))
                                    .toArray();
    const QString neverSet = products.last().toObject().value(QStringLiteral("sku")).toString();
    QVERIFY(!m_skus.contains(neverSet));
    QCOMPARE(remove(neverSet).status, 404);
    // Setting it again makes the row live again, after the cursor.
    const HttpResult revived = put(skuPath(sku), body(50, 5));
    QCOMPARE(revived.status, 200);
    QVERIFY(!deletedOf(revived.json()));
    QCOMPARE(listing(after.nextCursor).rows, QList<QJsonObject>{revived.json()});
    QCOMPARE(remove(sku).status, 204);
}

void TestSandboxRestockSettings::everyCallNeedsTheAccountsToken()
{
    const QString sku = m_skus.at(3);
    const DataListing before = listing();
    const QByteArray json = QJsonDocument(body(99, 9)).toJson();
    for (const QByteArray& token : {QByteArray(), QByteArrayLiteral("not-a-token")}) {
        const QList<HttpResult> answers{call("GET", kListPath, {}, token), call("PUT", skuPath(sku), json, token),
                                        call("PUT", kDefaultPath, json, token),
                                        call("DELETE", skuPath(sku), {}, token)};
        for (const HttpResult& answer : answers) {
            QCOMPARE(answer.status, 401);
            QVERIFY2(answer.isProblem(), answer.body.constData());
        }
    }
    QVERIFY(listing(before.nextCursor).rows.isEmpty());
}

void TestSandboxRestockSettings::anotherAccountNeitherSeesNorChangesThem()
{
    QString error;
    QVERIFY2(
        m_sandbox.createAccount(QStringLiteral("other@sellerpulse.test"), QStringLiteral("other-password-1"), &error),
        qPrintable(error));
    const QByteArray other = signIn(QStringLiteral("other@sellerpulse.test"), QStringLiteral("other-password-1"));
    QVERIFY(!other.isEmpty());
    const DataListing mine = listing();
    QVERIFY(!mine.rows.isEmpty());
    const DataListing theirs = listing({}, 1000, other);
    QVERIFY2(theirs.failure.isEmpty(), qPrintable(theirs.failure));
    QVERIFY(theirs.rows.isEmpty()); // neither my SKUs' settings nor my default

    // My SKUs are not theirs: they can neither set nor remove my settings; my cursor is not theirs.
    const QString sku = m_skus.at(0);
    QCOMPARE(put(skuPath(sku), body(2, 2), other).status, 404);
    QCOMPARE(remove(sku, other).status, 404);
    QCOMPARE(m_client->get(kListPath + QStringLiteral("?cursor=") + mine.nextCursor, other).code(),
             QStringLiteral("invalid_cursor"));
    // Their default is their own.
    const HttpResult theirDefault = put(kDefaultPath, body(90, 30), other);
    QCOMPARE(theirDefault.status, 200);
    QCOMPARE(listing({}, 1000, other).rows, QList<QJsonObject>{theirDefault.json()});
    QVERIFY(listing(mine.nextCursor).rows.isEmpty());
    QCOMPARE(listing().rows, mine.rows);
}

void TestSandboxRestockSettings::settingsSurviveARestart()
{
    const DataListing before = listing();
    QVERIFY(before.rows.size() > 5);
    m_sandbox.stop();
    QFile file(m_sandbox.dataDir() + QStringLiteral("/restock-settings.json"));
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                   | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QString error;
    QVERIFY2(m_sandbox.restart(&error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
    m_token = signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
    const DataListing after = listing();
    QVERIFY2(after.failure.isEmpty(), qPrintable(after.failure));
    QCOMPARE(after.rows, before.rows);
    QCOMPARE(after.nextCursor, before.nextCursor);
    QVERIFY(listing(before.nextCursor).rows.isEmpty()); // a cursor of before the restart still works
    bool tombstone = false, defaultRow = false;
    for (const QJsonObject& row : after.rows) {
        tombstone = tombstone || deletedOf(row);
        defaultRow = defaultRow || row.value(QStringLiteral("sku")).isNull();
    }
    QVERIFY(tombstone);
    QVERIFY(defaultRow);
    // Changes go on from where they were: the next write comes after the old cursor.
    const HttpResult next = put(skuPath(m_skus.at(4)), body(33, 3));
    QCOMPARE(next.status, 200);
    QCOMPARE(listing(before.nextCursor).rows, QList<QJsonObject>{next.json()});
}

void TestSandboxRestockSettings::faultsHitTheListingNeverAWrite()
{
    QString error;
    QVERIFY2(m_sandbox.setFaults(QJsonObject{{QStringLiteral("mode"), QStringLiteral("status")},
                                             {QStringLiteral("status"), 503},
                                             {QStringLiteral("retry_after"), 2}},
                                 &error),
             qPrintable(error));
    const HttpResult faulted = m_client->get(kListPath, m_token);
    QCOMPARE(faulted.status, 503);
    QCOMPARE(faulted.code(), QStringLiteral("service_unavailable"));
    QCOMPARE(put(skuPath(m_skus.at(5)), body(8, 8)).status, 200);
    QCOMPARE(put(kDefaultPath, body(30, 14)).status, 200);
    QCOMPARE(remove(m_skus.at(5)).status, 204);
    QVERIFY2(m_sandbox.clearFaults(&error), qPrintable(error));
    const DataListing all = listing();
    QVERIFY2(all.failure.isEmpty(), qPrintable(all.failure));
    QVERIFY(deletedOf(all.rows.last()));
    QCOMPARE(skuOf(all.rows.last()), m_skus.at(5));
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxRestockSettings)
#include "TestSandboxRestockSettings.moc"
