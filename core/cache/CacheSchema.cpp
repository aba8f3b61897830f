#include "cache/CacheSchema.h"

#include "cache/CipherDatabase.h"

#include <QCoreApplication>

namespace sp {

namespace {

// Version 1: the base tables. Money in integer cents; NULL where the server has no price yet
// (pending orders). No buyer name or address is ever stored.
const char* const kVersion1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE marketplaces (
    id TEXT PRIMARY KEY, country_code TEXT NOT NULL, name TEXT NOT NULL,
    currency TEXT NOT NULL, region TEXT NOT NULL);
CREATE TABLE orders (
    id TEXT PRIMARY KEY, marketplace_id TEXT NOT NULL, purchase_date TEXT NOT NULL,
    last_update_date TEXT NOT NULL, status TEXT NOT NULL, fulfillment_channel TEXT NOT NULL,
    currency TEXT NOT NULL, order_total_cents INTEGER);
CREATE TABLE order_items (
    id TEXT PRIMARY KEY, order_id TEXT NOT NULL, sku TEXT NOT NULL, asin TEXT NOT NULL,
    title TEXT NOT NULL, quantity INTEGER NOT NULL, item_price_cents INTEGER, item_tax_cents INTEGER,
    shipping_price_cents INTEGER, promotion_discount_cents INTEGER);
CREATE INDEX order_items_by_order ON order_items(order_id);
CREATE TABLE products (
    sku TEXT PRIMARY KEY, asin TEXT NOT NULL, title TEXT NOT NULL, marketplace_ids TEXT NOT NULL,
    updated_at TEXT NOT NULL);
CREATE TABLE inventory (
    sku TEXT NOT NULL, region TEXT NOT NULL, fulfillable INTEGER NOT NULL, inbound INTEGER NOT NULL,
    reserved INTEGER NOT NULL, unfulfillable INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (sku, region));
CREATE TABLE financial_events (
    id TEXT PRIMARY KEY, type TEXT NOT NULL, charge TEXT NOT NULL, posted_at TEXT NOT NULL,
    marketplace_id TEXT NOT NULL, currency TEXT NOT NULL, amount_cents INTEGER NOT NULL,
    order_id TEXT, order_item_id TEXT, sku TEXT);
CREATE TABLE sync_state (
    resource TEXT PRIMARY KEY, cursor TEXT, last_synced_at TEXT, item_count INTEGER NOT NULL DEFAULT 0);
)sql";

// Version 2: the last error of each resource (shown beside "data as of"), and the index the orders
// view sorts by. Deliberately no index on random keys that no query needs yet (SKU search is a
// substring match, which no index serves): every such index makes each commit re-encrypt pages
// all over the file.
const char* const kVersion2 = R"sql(
ALTER TABLE sync_state ADD COLUMN last_error TEXT;
CREATE INDEX orders_by_purchase_date ON orders(purchase_date);
)sql";

const char* const kMigrations[] = {kVersion1, kVersion2};

QString tr(const char* text)
{
    return QCoreApplication::translate("sp::CacheSchema", text);
}

} // namespace

CacheSchema::Result CacheSchema::migrate(CipherDatabase& db, QString* message, int target)
{
    const int version = db.userVersion();
    if (version < 0) {
        if (message)
            *message = tr("The offline cache could not be read (%1).").arg(db.lastError());
        return Result::Failed;
    }
    if (version > kCurrentVersion) {
        if (message)
            *message = tr("The offline cache was written by a newer version of SellerPulse. "
                          "Update SellerPulse, or reset the cache and download your data again.");
        return Result::TooNew;
    }
    for (int next = version + 1; next <= target && next <= kCurrentVersion; ++next) {
        if (!db.begin()) {
            if (message)
                *message = tr("The offline cache could not be updated (%1).").arg(db.lastError());
            return Result::Failed;
        }
        if (!db.exec(kMigrations[next - 1]) || !db.setUserVersion(next) || !db.commit()) {
            const QString detail = db.lastError();
            db.rollback();
            if (message)
                *message = tr("The offline cache could not be updated (%1).").arg(detail);
            return Result::Failed;
        }
    }
    return Result::Ok;
}

} // namespace sp
