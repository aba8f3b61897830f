#pragma once

// Shared by the sync tests: the server's complete records (fetched directly, page by page) and the
// cache's records (read from the SQLCipher file with the key from the keychain), in one comparable form.
#include "SessionHarness.h"

#include "cache/CacheKey.h"
#include "cache/CipherDatabase.h"
#include "common/Money.h"
#include "cache/SecureBytes.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QMap>
#include <QUrlQuery>

namespace sp::test {

// Everything the comparison looks at: ids, counts and amounts (cents).
struct Records
{
    QMap<QString, QString> orders;         // id -> "status|total cents|item ids and prices"
    QMap<QString, qint64> financialEvents; // id -> amount cents
    QMap<QString, QString> products;       // sku -> asin|title
    QMap<QString, QString> inventory;      // sku/region -> counts
    QStringList marketplaces;
    qint64 itemCount = 0;
    bool operator==(const Records& o) const
    {
        return orders == o.orders && financialEvents == o.financialEvents && products == o.products
               && inventory == o.inventory && marketplaces == o.marketplaces && itemCount == o.itemCount;
    }
    QString summary() const
    {
        return QStringLiteral("%1 orders, %2 items, %3 events, %4 products, %5 inventory, %6 marketplaces")
            .arg(orders.size())
            .arg(itemCount)
            .arg(financialEvents.size())
            .arg(products.size())
            .arg(inventory.size())
            .arg(marketplaces.size());
    }
};

inline QString centsOrNull(const QJsonValue& v)
{
    if (v.isNull())
        return QStringLiteral("null");
    qint64 cents = 0;
    if (!Money::parseCents(v.toString(), &cents))
        return QStringLiteral("bad:") + v.toString();
    return QString::number(cents);
}

// Lists one resource completely, page by page, with the client's session.
inline std::optional<QJsonArray> listAll(Client& client, const QString& path, const QString& key)
{
    QJsonArray all;
    QString cursor;
    for (int page = 0; page < 10000; ++page) {
        ApiRequest request;
        request.path = path;
        request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty())
            request.query.addQueryItem(QStringLiteral("cursor"), cursor);
        std::optional<ApiResponse> result;
        QObject context;
        client.session->sendAuthorized(request, &context, [&result](const ApiResponse& r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000) || !result->error.ok())
            return std::nullopt;
        for (const QJsonValue& row : result->json.value(key).toArray())
            all.append(row);
        if (!result->json.value(QStringLiteral("has_more")).toBool())
            return all;
        cursor = result->json.value(QStringLiteral("next_cursor")).toString();
    }
    return std::nullopt;
}

// The server's view. Rows may appear more than once across pages of one listing only if they changed
// meanwhile; the latest wins, as in the cache.
inline std::optional<Records> serverRecords(Client& client)
{
    Records r;
    const auto orders = listAll(client, QStringLiteral("/v1/orders"), QStringLiteral("orders"));
    const auto events = listAll(client, QStringLiteral("/v1/financial-events"), QStringLiteral("financial_events"));
    const auto products = listAll(client, QStringLiteral("/v1/products"), QStringLiteral("products"));
    const auto inventory = listAll(client, QStringLiteral("/v1/inventory"), QStringLiteral("inventory"));
    if (!orders || !events || !products || !inventory)
        return std::nullopt;
    QMap<QString, int> items;
    for (const QJsonValue& value : *orders) {
        const QJsonObject o = value.toObject();
        QStringList parts{o.value(QStringLiteral("status")).toString(),
                          centsOrNull(o.value(QStringLiteral("order_total")))};
        const QJsonArray orderItems = o.value(QStringLiteral("items")).toArray();
        for (const QJsonValue& itemValue : orderItems) {
            const QJsonObject i = itemValue.toObject();
            parts << i.value(QStringLiteral("id")).toString() << centsOrNull(i.value(QStringLiteral("item_price")))
                  << QString::number(i.value(QStringLiteral("quantity")).toInt());
        }
        const QString id = o.value(QStringLiteral("id")).toString();
        r.orders.insert(id, parts.join(QLatin1Char('|')));
        items.insert(id, int(orderItems.size()));
    }
    for (int n : std::as_const(items))
        r.itemCount += n;
    for (const QJsonValue& value : *events) {
        qint64 cents = 0;
        const QJsonObject e = value.toObject();
        Money::parseCents(e.value(QStringLiteral("amount")).toString(), &cents);
        r.financialEvents.insert(e.value(QStringLiteral("id")).toString(), cents);
    }
    for (const QJsonValue& value : *products) {
        const QJsonObject p = value.toObject();
        r.products.insert(p.value(QStringLiteral("sku")).toString(), p.value(QStringLiteral("asin")).toString()
                                                                         + QLatin1Char('|')
                                                                         + p.value(QStringLiteral("title")).toString());
    }
    for (const QJsonValue& value : *inventory) {
        const QJsonObject v = value.toObject();
        r.inventory.insert(v.value(QStringLiteral("sku")).toString() + QLatin1Char('/')
                               + v.value(QStringLiteral("region")).toString(),
                           QStringLiteral("%1/%2/%3/%4")
                               .arg(v.value(QStringLiteral("fulfillable")).toInt())
                               .arg(v.value(QStringLiteral("inbound")).toInt())
                               .arg(v.value(QStringLiteral("reserved")).toInt())
                               .arg(v.value(QStringLiteral("unfulfillable")).toInt()));
    }
    std::optional<ApiResponse> markets = client.authorized("GET", QStringLiteral("/v1/marketplaces"));
    if (!markets || !markets->error.ok())
        return std::nullopt;
    for (const QJsonValue& value : markets->json.value(QStringLiteral("marketplaces")).toArray())
        r.marketplaces.append(value.toObject().value(QStringLiteral("id")).toString());
    r.marketplaces.sort();
    return r;
}

// The cache key as the keychain holds it (64 hex digits), read with a fresh store.
inline SecureBytes cacheKeyFromKeychain(const Profile& profile, const QString& accountId)
{
    const SecretResult result = readKeychain(CacheKey::secretName(profile, accountId));
    if (result.status != SecretResult::Status::Ok)
        return SecureBytes();
    return SecureBytes::fromHex(result.value);
}

// The cache's view, read from the file. `integrity` gets PRAGMA integrity_check's answer.
inline std::optional<Records> cacheRecords(const QString& dbPath, const QByteArray& key, QString* integrity = nullptr)
{
    CipherDatabase::OpenError error;
    QString message;
    auto db = CipherDatabase::open(dbPath, key, CipherDatabase::Role::Reader, &error, &message);
    if (!db) {
        qWarning() << "cannot open the cache:" << message;
        return std::nullopt;
    }
    if (integrity) {
        auto check = db->prepare("PRAGMA integrity_check");
        *integrity = check.step() == CipherDatabase::Statement::Step::Row ? check.text(0) : db->lastError();
    }
    Records r;
    auto orders = db->prepare("SELECT id, status, order_total_cents FROM orders");
    auto items =
        db->prepare("SELECT id, item_price_cents, quantity FROM order_items WHERE order_id = ?1 ORDER BY rowid");
    while (orders.step() == CipherDatabase::Statement::Step::Row) {
        QStringList parts{orders.text(1), orders.isNull(2) ? QStringLiteral("null") : QString::number(orders.int64(2))};
        items.bind(1, orders.text(0));
        while (items.step() == CipherDatabase::Statement::Step::Row)
            parts << items.text(0) << (items.isNull(1) ? QStringLiteral("null") : QString::number(items.int64(1)))
                  << QString::number(items.int64(2));
        items.reset();
        r.orders.insert(orders.text(0), parts.join(QLatin1Char('|')));
    }
    r.itemCount = db->scalar("SELECT count(*) FROM order_items", -1);
    auto events = db->prepare("SELECT id, amount_cents FROM financial_events");
    while (events.step() == CipherDatabase::Statement::Step::Row)
        r.financialEvents.insert(events.text(0), events.int64(1));
    auto products = db->prepare("SELECT sku, asin, title FROM products");
    while (products.step() == CipherDatabase::Statement::Step::Row)
        r.products.insert(products.text(0), products.text(1) + QLatin1Char('|') + products.text(2));
    auto inventory = db->prepare("SELECT sku, region, fulfillable, inbound, reserved, unfulfillable FROM inventory");
    while (inventory.step() == CipherDatabase::Statement::Step::Row)
        r.inventory.insert(inventory.text(0) + QLatin1Char('/') + inventory.text(1), QStringLiteral("%1/%2/%3/%4")
                                                                                         .arg(inventory.int64(2))
                                                                                         .arg(inventory.int64(3))
                                                                                         .arg(inventory.int64(4))
                                                                                         .arg(inventory.int64(5)));
    auto markets = db->prepare("SELECT id FROM marketplaces ORDER BY id");
    while (markets.step() == CipherDatabase::Statement::Step::Row)
        r.marketplaces.append(markets.text(0));
    return r;
}

// Everything that makes two caches the same, row for row: counts and a checksum of every table's
// rows in natural-key order (all columns but row_id, whose values depend on arrival order), the
// indexes (name and SQL), bulk loads not finished, and PRAGMA integrity_check.
struct CacheFingerprint
{
    QMap<QString, qint64> counts;
    QMap<QString, QByteArray> checksums;
    QStringList indexes;
    qint64 bulkLoads = -1;
    qint64 misplacedItems = -1; // items whose row_id is not inside their order's range
    QString integrity;
    bool operator==(const CacheFingerprint& o) const
    {
        return counts == o.counts && checksums == o.checksums && indexes == o.indexes && bulkLoads == o.bulkLoads
               && misplacedItems == o.misplacedItems && integrity == o.integrity;
    }
    QString summary() const
    {
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1=%2 (%3)")
                         .arg(it.key())
                         .arg(it.value())
                         .arg(QString::fromLatin1(checksums.value(it.key()).toHex().left(12)));
        return parts.join(QLatin1Char(' ')) + QStringLiteral("; indexes: ") + indexes.join(QLatin1Char(','))
               + QStringLiteral("; bulk loads: %1; misplaced items: %2; integrity: %3")
                     .arg(bulkLoads)
                     .arg(misplacedItems)
                     .arg(integrity);
    }
};

inline std::optional<CacheFingerprint> cacheFingerprint(const QString& dbPath, const QByteArray& key)
{
    CipherDatabase::OpenError error;
    QString message;
    auto db = CipherDatabase::open(dbPath, key, CipherDatabase::Role::Reader, &error, &message);
    if (!db) {
        qWarning() << "cannot open the cache:" << message;
        return std::nullopt;
    }
    static const char* const kTables[][3] = {
        {"orders", "id",
         "id, marketplace_id, purchase_date, last_update_date, status, fulfillment_channel, currency, "
         "order_total_cents"},
        {"order_items", "id",
         "id, order_id, sku, asin, title, quantity, item_price_cents, item_tax_cents, "
         "shipping_price_cents, promotion_discount_cents"},
        {"financial_events", "id",
         "id, type, charge, posted_at, marketplace_id, currency, amount_cents, order_id, "
         "order_item_id, sku"},
        {"products", "sku", "sku, asin, title, marketplace_ids, updated_at"},
        {"inventory", "sku, region", "sku, region, fulfillable, inbound, reserved, unfulfillable, updated_at"},
        {"marketplaces", "id", "id, country_code, name, currency, region"},
        {"sync_state", "resource", "resource, cursor, item_count, last_error"},
    };
    CacheFingerprint f;
    for (const auto& table : kTables) {
        const QByteArray sql = QByteArrayLiteral("SELECT ") + table[2] + " FROM " + table[0] + " ORDER BY " + table[1];
        auto rows = db->prepare(sql.constData());
        if (!rows.isValid())
            return std::nullopt;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 count = 0;
        const int columns = int(QByteArray(table[2]).count(',')) + 1;
        while (rows.step() == CipherDatabase::Statement::Step::Row) {
            for (int c = 0; c < columns; ++c)
                hash.addData(QByteArray((rows.isNull(c) ? QStringLiteral("\\N") : rows.text(c)).toUtf8() + '\x1f'));
            hash.addData(QByteArrayView("\n"));
            ++count;
        }
        f.counts.insert(QLatin1String(table[0]), count);
        f.checksums.insert(QLatin1String(table[0]), hash.result());
    }
    auto indexes = db->prepare("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               "ORDER BY name");
    while (indexes.step() == CipherDatabase::Statement::Step::Row)
        f.indexes << indexes.text(0);
    f.bulkLoads = db->scalar("SELECT count(*) FROM meta WHERE key LIKE 'bulk_load:%'");
    f.misplacedItems = db->scalar("SELECT count(*) FROM order_items i WHERE (i.row_id >> 16) "
                                  "IS NOT (SELECT o.row_id FROM orders o WHERE o.id = i.order_id)");
    auto check = db->prepare("PRAGMA integrity_check");
    f.integrity = check.step() == CipherDatabase::Statement::Step::Row ? check.text(0) : db->lastError();
    return f;
}

// Names the first difference, for a readable failure.
inline QString firstDifference(const Records& cache, const Records& server)
{
    if (cache.orders.size() != server.orders.size())
        return QStringLiteral("orders: cache %1, server %2").arg(cache.orders.size()).arg(server.orders.size());
    for (auto it = server.orders.cbegin(); it != server.orders.cend(); ++it)
        if (cache.orders.value(it.key()) != it.value())
            return QStringLiteral("order %1: cache '%2', server '%3'")
                .arg(it.key(), cache.orders.value(it.key()), it.value());
    if (cache.financialEvents != server.financialEvents)
        return QStringLiteral("financial events: cache %1, server %2")
            .arg(cache.financialEvents.size())
            .arg(server.financialEvents.size());
    if (cache.itemCount != server.itemCount)
        return QStringLiteral("items: cache %1, server %2").arg(cache.itemCount).arg(server.itemCount);
    return QStringLiteral("cache: %1; server: %2").arg(cache.summary(), server.summary());
}

} // namespace sp::test
