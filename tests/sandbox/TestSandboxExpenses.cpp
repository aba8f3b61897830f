// The sandbox's expenses (issue 17 part 3: GET/POST /v1/expenses, PUT/DELETE /v1/expenses/{expense_id}) over
// real loopback HTTPS: the demo business's generated expenses; create, list with cursor paging, replace (the
// expense comes again after the cursor, once, with a new change sequence), delete (a tombstone in the listing);
// bad bodies answer a problem naming the field and store nothing; every call needs the account's token and
// another account never sees or touches them; umlauts and emoji survive, and so does everything across a
// restart; at most 1,000 live expenses per account.

#include "DataListing.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace sp::test {

namespace {

const QString kPath = QStringLiteral("/v1/expenses");
const QString kGermany = QStringLiteral("A1PA6795UKMFR9");
const QString kUmlauts = QStringLiteral("Lagermiete Größe Süd – Büro für Ärger & Öl, ß, € 🚚");

QString text(const QJsonObject& row, const char* key) { return row.value(QLatin1String(key)).toString(); }
QDateTime timeOf(const QJsonObject& row, const char* key) { return QDateTime::fromString(text(row, key), Qt::ISODate); }

QJsonObject validBody()
{
    return QJsonObject{{QStringLiteral("description"), QStringLiteral("Accounting software")},
                       {QStringLiteral("category"), QStringLiteral("software")},
                       {QStringLiteral("amount_cents"), 3900},
                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                       {QStringLiteral("recurrence"), QStringLiteral("monthly")},
                       {QStringLiteral("starts_on"), QStringLiteral("2025-01-31")}};
}

QJsonObject with(QJsonObject body, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        body.remove(key);
    else
        body.insert(key, value);
    return body;
}

} // namespace

class TestSandboxExpenses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoBusinessHasGeneratedExpenses();
    void createAnswersTheStoredExpense();
    void listingPagesInChangeOrderWithEveryExpenseOnce();
    void replaceComesAgainAfterTheCursorWithANewSequence();
    void deleteLeavesATombstoneInTheListing();
    void badBodiesAreRefusedAndNothingIsStored_data();
    void badBodiesAreRefusedAndNothingIsStored();
    void bodiesThatAreNotJsonObjectsAreRefused();
    void everyCallNeedsTheAccountsToken();
    void anotherAccountNeitherSeesNorTouchesThem();
    void umlautsAndEmojiSurvive();
    void expensesAndTombstonesSurviveARestart();
    void atMostAThousandLiveExpensesPerAccount();

private:
    HttpResult call(const QByteArray& method, const QString& path, const QByteArray& body, const QByteArray& token,
                    const QByteArray& contentType = QByteArrayLiteral("application/json"));
    HttpResult create(const QJsonObject& body, const QByteArray& token = {});
    HttpResult replace(const QString& id, const QJsonObject& body);
    HttpResult remove(const QString& id, const QByteArray& token = {});
    DataListing listing(const QString& cursor = {}, int limit = 1000, const QByteArray& token = {});
    QByteArray signIn(const QString& email, const QString& password);

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
    QByteArray m_token;
};

HttpResult TestSandboxExpenses::call(const QByteArray& method, const QString& path, const QByteArray& body,
                                     const QByteArray& token, const QByteArray& contentType)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!body.isEmpty())
        headers.append({QByteArrayLiteral("Content-Type"), contentType});
    if (!token.isEmpty())
        headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token});
    return m_client->send(method, path, body, headers);
}

HttpResult TestSandboxExpenses::create(const QJsonObject& body, const QByteArray& token)
{
    return call("POST", kPath, QJsonDocument(body).toJson(QJsonDocument::Compact), token.isEmpty() ? m_token : token);
}

HttpResult TestSandboxExpenses::replace(const QString& id, const QJsonObject& body)
{
    return call("PUT", kPath + QLatin1Char('/') + id, QJsonDocument(body).toJson(QJsonDocument::Compact), m_token);
}

HttpResult TestSandboxExpenses::remove(const QString& id, const QByteArray& token)
{
    return call("DELETE", kPath + QLatin1Char('/') + id, {}, token.isEmpty() ? m_token : token);
}

DataListing TestSandboxExpenses::listing(const QString& cursor, int limit, const QByteArray& token)
{
    return DataListing::fetch(*m_client, kPath, QStringLiteral("expenses"), token.isEmpty() ? m_token : token, limit,
                              cursor);
}

QByteArray TestSandboxExpenses::signIn(const QString& email, const QString& password)
{
    return m_client->login(email, password).value(QStringLiteral("access_token")).toString().toLatin1();
}

void TestSandboxExpenses::initTestCase()
{
    QString error;
    SandboxProcess::Options options;
    options.demoOrders = 200; // the business data does not matter here, only its SKUs and marketplaces
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
    m_token = signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
    QVERIFY(!m_token.isEmpty());
}

// The demo shows expenses: a monthly 39.00 software subscription and a yearly 120.00 packaging order, and a
// one-off for one SKU; every row has the contract's fields, and the listing is in change order.
void TestSandboxExpenses::demoBusinessHasGeneratedExpenses()
{
    const DataListing all = listing();
    QVERIFY2(all.failure.isEmpty(), qPrintable(all.failure));
    QCOMPARE(all.rows.size(), 3);
    QHash<QString, QJsonObject> byRecurrence;
    for (const QJsonObject& row : all.rows) {
        QCOMPARE(row.keys().size(), 13);
        QVERIFY(!row.value(QStringLiteral("deleted")).toBool());
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{1,64}$")).match(text(row, "id")).hasMatch());
        QVERIFY(timeOf(row, "created_at").isValid());
        QVERIFY(timeOf(row, "updated_at") >= timeOf(row, "created_at"));
        byRecurrence.insert(text(row, "recurrence"), row);
    }
    for (qsizetype i = 1; i < all.rows.size(); ++i)
        QVERIFY(timeOf(all.rows.at(i), "updated_at") >= timeOf(all.rows.at(i - 1), "updated_at"));
    const QJsonObject monthly = byRecurrence.value(QStringLiteral("monthly"));
    QCOMPARE(text(monthly, "category"), QStringLiteral("software"));
    QCOMPARE(monthly.value(QStringLiteral("amount_cents")).toInteger(), 3900);
    QCOMPARE(text(monthly, "currency"), QStringLiteral("EUR"));
    QVERIFY(monthly.value(QStringLiteral("ends_on")).isNull());
    const QJsonObject yearly = byRecurrence.value(QStringLiteral("yearly"));
    QCOMPARE(text(yearly, "category"), QStringLiteral("packaging"));
    QCOMPARE(yearly.value(QStringLiteral("amount_cents")).toInteger(), 12000);
    QCOMPARE(text(yearly, "marketplace_id"), kGermany);
    const QJsonObject once = byRecurrence.value(QStringLiteral("once"));
    QVERIFY(!text(once, "sku").isEmpty());
    QCOMPARE(text(once, "ends_on"), text(once, "starts_on"));
}

void TestSandboxExpenses::createAnswersTheStoredExpense()
{
    const DataListing before = listing();
    QVERIFY2(before.failure.isEmpty(), qPrintable(before.failure));
    const QJsonObject body = with(with(validBody(), QStringLiteral("marketplace_id"), kGermany),
                                  QStringLiteral("ends_on"), QStringLiteral("2025-12-31"));
    const HttpResult created = create(body);
    QCOMPARE(created.status, 201);
    const QJsonObject expense = created.json();
    const QString id = text(expense, "id");
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{1,64}$")).match(id).hasMatch());
    QCOMPARE(created.header("Location"), QByteArray("/v1/expenses/" + id.toLatin1()));
    for (const QString& key : body.keys())
        QCOMPARE(expense.value(key), body.value(key));
    QVERIFY(expense.value(QStringLiteral("sku")).isNull());
    QCOMPARE(expense.value(QStringLiteral("deleted")), QJsonValue(false));
    QCOMPARE(text(expense, "created_at"), text(expense, "updated_at"));

    // The next sync (from the last cursor) brings exactly the new expense.
    const DataListing after = listing(before.nextCursor);
    QVERIFY2(after.failure.isEmpty(), qPrintable(after.failure));
    QCOMPARE(after.rows.size(), 1);
    QCOMPARE(after.rows.first(), expense);
    // The same body again is another expense (no idempotency key).
    const HttpResult again = create(body);
    QCOMPARE(again.status, 201);
    QVERIFY(text(again.json(), "id") != id);
}

void TestSandboxExpenses::listingPagesInChangeOrderWithEveryExpenseOnce()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(create(with(validBody(), QStringLiteral("amount_cents"), 100 + i)).status, 201);
    const DataListing whole = listing();
    const DataListing paged = listing({}, 2);
    QVERIFY2(paged.failure.isEmpty(), qPrintable(paged.failure));
    QVERIFY(paged.pages >= 5);
    QCOMPARE(paged.rows, whole.rows);
    QSet<QString> ids;
    for (const QJsonObject& row : paged.rows)
        ids.insert(text(row, "id"));
    QCOMPARE(ids.size(), paged.rows.size());
    // A page from the last cursor is empty, and has_more false; updated_since starts at a change time.
    QVERIFY(listing(paged.nextCursor).rows.isEmpty());
    const QString since = text(whole.rows.last(), "updated_at");
    const DataListing recent = DataListing::fetch(*m_client, kPath, QStringLiteral("expenses"), m_token, 1000, {},
                                                  QStringLiteral("updated_since=") + since);
    QVERIFY(!recent.rows.isEmpty());
    QCOMPARE(recent.rows.last(), whole.rows.last());
    // Bad listing parameters and cursors of another listing are refused.
    QCOMPARE(m_client->get(kPath + QStringLiteral("?limit=0"), m_token).code(), QStringLiteral("validation_failed"));
    QCOMPARE(m_client->get(kPath + QStringLiteral("?cursor=nope"), m_token).code(), QStringLiteral("invalid_cursor"));
    const QString unitCostCursor = m_client->get(QStringLiteral("/v1/unit-costs?limit=1"), m_token)
                                       .json()
                                       .value(QStringLiteral("next_cursor"))
                                       .toString();
    QCOMPARE(m_client->get(kPath + QStringLiteral("?cursor=") + unitCostCursor, m_token).code(),
             QStringLiteral("invalid_cursor"));
}

void TestSandboxExpenses::replaceComesAgainAfterTheCursorWithANewSequence()
{
    const HttpResult created = create(validBody());
    QCOMPARE(created.status, 201);
    const QJsonObject original = created.json();
    const QString id = text(original, "id");
    const DataListing before = listing();

    const QJsonObject changed{{QStringLiteral("description"), QStringLiteral("Accounting software, yearly plan")},
                              {QStringLiteral("category"), QStringLiteral("professional_services")},
                              {QStringLiteral("amount_cents"), 42000},
                              {QStringLiteral("currency"), QStringLiteral("CHF")},
                              {QStringLiteral("recurrence"), QStringLiteral("yearly")},
                              {QStringLiteral("starts_on"), QStringLiteral("2024-02-29")},
                              {QStringLiteral("ends_on"), QJsonValue::Null}};
    const HttpResult replaced = replace(id, changed);
    QCOMPARE(replaced.status, 200);
    const QJsonObject now = replaced.json();
    QCOMPARE(text(now, "id"), id);
    QCOMPARE(text(now, "created_at"), text(original, "created_at"));
    QVERIFY(timeOf(now, "updated_at") >= timeOf(original, "updated_at"));
    for (const QString& key : changed.keys())
        QCOMPARE(now.value(key), changed.value(key));
    // A field left out is null: the replace is whole.
    QVERIFY(now.value(QStringLiteral("marketplace_id")).isNull());

    // After the previous cursor: this expense only, in its new version; in a full listing it is there once, last.
    const DataListing after = listing(before.nextCursor);
    QCOMPARE(after.rows.size(), 1);
    QCOMPARE(after.rows.first(), now);
    const DataListing all = listing();
    int seen = 0;
    for (const QJsonObject& row : all.rows)
        seen += text(row, "id") == id;
    QCOMPARE(seen, 1);
    QCOMPARE(all.rows.last(), now);

    // Unknown ids answer 404; a malformed body leaves the expense as it was.
    QCOMPARE(replace(QStringLiteral("exp_nothing"), changed).status, 404);
    QCOMPARE(replace(QStringLiteral("exp_nothing"), changed).code(), QStringLiteral("not_found"));
    QCOMPARE(replace(id, with(changed, QStringLiteral("amount_cents"), -1)).status, 400);
    QVERIFY(listing(after.nextCursor).rows.isEmpty());
}

void TestSandboxExpenses::deleteLeavesATombstoneInTheListing()
{
    const HttpResult created = create(validBody());
    QCOMPARE(created.status, 201);
    const QString id = text(created.json(), "id");
    const DataListing before = listing();

    const HttpResult deleted = remove(id);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    const DataListing after = listing(before.nextCursor);
    QCOMPARE(after.rows.size(), 1);
    const QJsonObject tombstone = after.rows.first();
    QCOMPARE(text(tombstone, "id"), id);
    QCOMPARE(tombstone.value(QStringLiteral("deleted")), QJsonValue(true));
    QCOMPARE(text(tombstone, "description"), text(created.json(), "description")); // its last fields
    QVERIFY(timeOf(tombstone, "updated_at") >= timeOf(created.json(), "updated_at"));
    // A full listing holds the tombstone once, in place of the live row.
    int seen = 0;
    for (const QJsonObject& row : listing().rows)
        seen += text(row, "id") == id;
    QCOMPARE(seen, 1);

    // Deleting again changes nothing (204, nothing new to sync); a tombstone cannot be replaced.
    QCOMPARE(remove(id).status, 204);
    QVERIFY(listing(after.nextCursor).rows.isEmpty());
    QCOMPARE(replace(id, validBody()).status, 404);
    QCOMPARE(remove(QStringLiteral("exp_nothing")).status, 404);
    QCOMPARE(remove(QStringLiteral("exp_nothing")).code(), QStringLiteral("not_found"));
    QCOMPARE(remove(QStringLiteral("not%20an%20id")).status, 404);
}

void TestSandboxExpenses::badBodiesAreRefusedAndNothingIsStored_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    const auto row = [](const char* name, const QJsonObject& body, const char* field) {
        QTest::newRow(name) << body << QString::fromLatin1(field);
    };
    const QJsonObject good = validBody();
    const auto set = [&](const char* key, const QJsonValue& value) { return with(good, QLatin1String(key), value); };
    row("currency lower case", set("currency", QStringLiteral("eur")), "currency");
    row("currency four letters", set("currency", QStringLiteral("EURO")), "currency");
    row("currency not ISO 4217", set("currency", QStringLiteral("XYZ")), "currency");
    row("currency missing", set("currency", QJsonValue::Undefined), "currency");
    row("amount negative", set("amount_cents", -3900), "amount_cents");
    row("amount zero", set("amount_cents", 0), "amount_cents");
    row("amount fractional", set("amount_cents", 39.5), "amount_cents");
    row("amount as text", set("amount_cents", QStringLiteral("3900")), "amount_cents");
    row("amount too large", set("amount_cents", 1e15), "amount_cents");
    row("ends before starts", set("ends_on", QStringLiteral("2025-01-30")), "ends_on");
    row("once ends later",
        with(set("recurrence", QStringLiteral("once")), QStringLiteral("ends_on"), QStringLiteral("2025-02-28")),
        "ends_on");
    row("no such day", set("starts_on", QStringLiteral("2025-02-30")), "starts_on");
    row("date with a time", set("starts_on", QStringLiteral("2025-01-31T00:00:00Z")), "starts_on");
    row("date before 2000", set("starts_on", QStringLiteral("1999-12-31")), "starts_on");
    row("description too long", set("description", QString(201, QLatin1Char('x'))), "description");
    row("description empty", set("description", QString()), "description");
    row("description only spaces", set("description", QStringLiteral("   ")), "description");
    row("description with a line break", set("description", QStringLiteral("Rent\nMay")), "description");
    row("description a number", set("description", 5), "description");
    row("unknown category", set("category", QStringLiteral("fun")), "category");
    row("unknown recurrence", set("recurrence", QStringLiteral("weekly")), "recurrence");
    row("unknown field", set("note", QStringLiteral("x")), "note");
    row("unknown marketplace", set("marketplace_id", QStringLiteral("NOPE")), "marketplace_id");
    row("unknown SKU", set("sku", QStringLiteral("NO-SUCH-SKU")), "sku");
    row("description missing", set("description", QJsonValue::Undefined), "description");
}

void TestSandboxExpenses::badBodiesAreRefusedAndNothingIsStored()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const DataListing before = listing();
    const HttpResult refused = create(body);
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.isProblem(), refused.body.constData());
    QCOMPARE(refused.code(), QStringLiteral("validation_failed"));
    const QJsonArray errors = refused.json().value(QStringLiteral("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().toObject().value(QStringLiteral("field")).toString(), field);
    QVERIFY(!errors.first().toObject().value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(listing(before.nextCursor).rows.isEmpty());
}

void TestSandboxExpenses::bodiesThatAreNotJsonObjectsAreRefused()
{
    const DataListing before = listing();
    const HttpResult notJson = call("POST", kPath, "description=Rent", m_token);
    QCOMPARE(notJson.status, 400);
    QCOMPARE(notJson.code(), QStringLiteral("invalid_json"));
    const HttpResult array = call("POST", kPath, "[1, 2]", m_token);
    QCOMPARE(array.status, 400);
    QCOMPARE(array.code(), QStringLiteral("validation_failed"));
    const HttpResult text = call("POST", kPath, QJsonDocument(validBody()).toJson(), m_token, "text/plain");
    QCOMPARE(text.status, 415);
    QCOMPARE(text.code(), QStringLiteral("unsupported_media_type"));
    const HttpResult empty = call("POST", kPath, {}, m_token);
    QCOMPARE(empty.status, 415);
    // Several offending fields are all named.
    const HttpResult many = create(
        with(with(validBody(), QStringLiteral("currency"), QStringLiteral("x")), QStringLiteral("amount_cents"), -1));
    QCOMPARE(many.json().value(QStringLiteral("errors")).toArray().size(), 2);
    QVERIFY(listing(before.nextCursor).rows.isEmpty());
}

void TestSandboxExpenses::everyCallNeedsTheAccountsToken()
{
    const QString id = text(listing().rows.first(), "id");
    const QByteArray body = QJsonDocument(validBody()).toJson();
    for (const QByteArray& token : {QByteArray(), QByteArrayLiteral("not-a-token")}) {
        const QList<HttpResult> answers{call("GET", kPath, {}, token), call("POST", kPath, body, token),
                                        call("PUT", kPath + QLatin1Char('/') + id, body, token),
                                        call("DELETE", kPath + QLatin1Char('/') + id, {}, token)};
        for (const HttpResult& answer : answers) {
            QCOMPARE(answer.status, 401);
            QVERIFY2(answer.isProblem(), answer.body.constData());
        }
    }
    // Nothing changed: the expense is still live.
    for (const QJsonObject& row : listing().rows) {
        if (text(row, "id") == id)
            QVERIFY(!row.value(QStringLiteral("deleted")).toBool());
    }
    QCOMPARE(call("PATCH", kPath + QLatin1Char('/') + id, body, m_token).status, 405);
}

void TestSandboxExpenses::anotherAccountNeitherSeesNorTouchesThem()
{
    QString error;
    QVERIFY2(
        m_sandbox.createAccount(QStringLiteral("other@sellerpulse.test"), QStringLiteral("other-password-1"), &error),
        qPrintable(error));
    const QByteArray other = signIn(QStringLiteral("other@sellerpulse.test"), QStringLiteral("other-password-1"));
    QVERIFY(!other.isEmpty());
    const DataListing mine = listing();
    const DataListing theirs = listing({}, 1000, other);
    QVERIFY2(theirs.failure.isEmpty(), qPrintable(theirs.failure));
    QCOMPARE(theirs.rows.size(), 3); // their own generated ones
    QSet<QString> myIds;
    for (const QJsonObject& row : mine.rows)
        myIds.insert(text(row, "id"));
    for (const QJsonObject& row : theirs.rows)
        QVERIFY(!myIds.contains(text(row, "id")));

    const QString id = text(mine.rows.first(), "id");
    QCOMPARE(call("PUT", kPath + QLatin1Char('/') + id, QJsonDocument(validBody()).toJson(), other).status, 404);
    QCOMPARE(remove(id, other).status, 404);
    QCOMPARE(m_client->get(kPath + QStringLiteral("?cursor=") + mine.nextCursor, other).code(),
             QStringLiteral("invalid_cursor"));
    QVERIFY(listing(mine.nextCursor).rows.isEmpty());
    // The other account's business sells elsewhere or not: its own marketplaces are checked, not the demo's.
    QCOMPARE(create(validBody(), other).status, 201);
}

void TestSandboxExpenses::umlautsAndEmojiSurvive()
{
    const HttpResult created = create(with(validBody(), QStringLiteral("description"), kUmlauts));
    QCOMPARE(created.status, 201);
    QCOMPARE(text(created.json(), "description"), kUmlauts);
    bool found = false;
    for (const QJsonObject& row : listing().rows)
        found = found || (text(row, "id") == text(created.json(), "id") && text(row, "description") == kUmlauts);
    QVERIFY(found);
    // 200 characters are counted as characters (code points), not bytes or UTF-16 units.
    QString emoji;
    for (int i = 0; i < 200; ++i)
        emoji += QStringLiteral("🚚");
    QCOMPARE(create(with(validBody(), QStringLiteral("description"), emoji)).status, 201);
    QCOMPARE(create(with(validBody(), QStringLiteral("description"), QString(emoji + QStringLiteral("ü")))).status,
             400);
    QCOMPARE(create(with(validBody(), QStringLiteral("description"), QString(200, QChar(0x00FC)))).status, 201);
}

void TestSandboxExpenses::expensesAndTombstonesSurviveARestart()
{
    const DataListing before = listing();
    QVERIFY(before.rows.size() > 10);
    // The sellers' expenses are kept in the data folder, private to the user; a change cut short by a crash
    // (half a line at the end) loses only itself.
    m_sandbox.stop();
    QFile journal(m_sandbox.dataDir() + QStringLiteral("/expenses.jsonl"));
    QCOMPARE(journal.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(journal.open(QIODevice::Append));
    journal.write(R"({"account":"acc_x","id":"exp_torn","descr)");
    journal.close();
    QString error;
    QVERIFY2(m_sandbox.restart(&error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
    m_token = signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
    const DataListing after = listing();
    QVERIFY2(after.failure.isEmpty(), qPrintable(after.failure));
    QCOMPARE(after.rows, before.rows);
    QCOMPARE(after.nextCursor, before.nextCursor);
    QVERIFY(listing(before.nextCursor).rows.isEmpty()); // a cursor of before the restart still works
    QVERIFY(journal.open(QIODevice::ReadOnly));
    const QByteArray compacted = journal.readAll();
    QVERIFY(compacted.endsWith('\n'));
    QVERIFY(!compacted.contains("exp_torn"));
    journal.close();
    bool umlauts = false, tombstone = false;
    for (const QJsonObject& row : after.rows) {
        umlauts = umlauts || text(row, "description") == kUmlauts;
        tombstone = tombstone || row.value(QStringLiteral("deleted")).toBool();
    }
    QVERIFY(umlauts);
    QVERIFY(tombstone);
}

void TestSandboxExpenses::atMostAThousandLiveExpensesPerAccount()
{
    QString error;
    QVERIFY2(
        m_sandbox.createAccount(QStringLiteral("busy@sellerpulse.test"), QStringLiteral("busy-password-1"), &error),
        qPrintable(error));
    const QByteArray busy = signIn(QStringLiteral("busy@sellerpulse.test"), QStringLiteral("busy-password-1"));
    QVERIFY(!busy.isEmpty());
    int live = listing({}, 1000, busy).rows.size();
    QString last;
    for (; live < 1000; ++live) {
        const HttpResult created = create(validBody(), busy);
        QCOMPARE(created.status, 201);
        last = text(created.json(), "id");
    }
    const HttpResult refused = create(validBody(), busy);
    QCOMPARE(refused.status, 409);
    QVERIFY2(refused.isProblem(), refused.body.constData());
    QCOMPARE(refused.code(), QStringLiteral("expense_limit_reached"));
    // A tombstone does not count: after a delete there is room for one more.
    QCOMPARE(remove(last, busy).status, 204);
    QCOMPARE(create(validBody(), busy).status, 201);
    QCOMPARE(create(validBody(), busy).status, 409);
    const DataListing all = listing({}, 1000, busy);
    QVERIFY2(all.failure.isEmpty(), qPrintable(all.failure));
    QCOMPARE(all.rows.size(), 1001); // 1,000 live and the tombstone
    QCOMPARE(all.pages, 2);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxExpenses)
#include "TestSandboxExpenses.moc"
