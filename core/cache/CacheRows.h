#pragma once

#include <QDate>
#include <QString>
#include <QtGlobal>

namespace sp {

// The rows, filters and sort orders of the cache's read queries (OrdersQuery, FinancialEventsQuery,
// ProductsQuery, CatalogQuery): plain values a view can hold and show, with no database type in sight.

// One order as the orders table shows it. Money in integer cents; -1 when the server has no
// total yet (pending orders).
struct OrderRow
{
    QString id;
    QString marketplaceId;
    QString purchaseDate;   // ISO 8601 UTC, as the server sent it
    QString lastUpdateDate; // ISO 8601 UTC
    QString status;
    QString fulfillmentChannel;
    QString currency;
    qint64 totalCents = -1;
    int itemCount = 0;
};

// What the orders table shows: every field optional (empty/invalid: no restriction).
struct OrderFilter
{
    QString search;        // order id, SKU, ASIN or item title (case-insensitive substring)
    QString status;        // exact
    QString marketplaceId; // exact
    QDate from;            // purchase day (UTC), both ends included
    QDate to;
};

// The columns the orders table sorts by on the database side. The order id breaks ties.
enum class OrderSort { PurchaseDate, Id, Status, Marketplace, Total };

// One line of an order (money in cents, -1 where the server has no price yet).
struct OrderItemRow
{
    QString id;
    QString sku;
    QString asin;
    QString title;
    qint64 quantity = 0;
    qint64 itemPriceCents = -1;
    qint64 itemTaxCents = -1;
    qint64 shippingPriceCents = -1;
    qint64 promotionDiscountCents = -1;
};

// A fee, a charge, a refund... as the financial events table stores it.
struct FinancialEventRow
{
    QString id;
    QString type;     // e.g. "Shipment", "Refund", "ServiceFee"
    QString charge;   // e.g. "Principal", "FBAFee", "Commission"
    QString postedAt; // ISO 8601 UTC
    QString marketplaceId;
    QString currency;
    qint64 amountCents = 0;
    QString orderId;
    QString sku;
};

struct FinancialEventFilter
{
    QString search;        // event id, order id or SKU (substring)
    QString type;          // exact
    QString marketplaceId; // exact
    QDate from;            // posted day (UTC), both ends included
    QDate to;
};

enum class FinancialEventSort { PostedAt, Type, Charge, Marketplace, Amount };

// A product with its stock summed over the regions.
struct ProductStockRow
{
    QString sku;
    QString asin;
    QString title;
    QString marketplaceIds; // comma separated, as stored
    qint64 fulfillable = 0;
    qint64 inbound = 0;
    qint64 reserved = 0;
    qint64 unfulfillable = 0;
};

enum class ProductSort { Sku, Title, Fulfillable, Inbound };

struct MarketplaceRow
{
    QString id;
    QString countryCode;
    QString name;
    QString currency;
};

// The seller's cost of one unit of a SKU in a currency, from a day on (entered in the products view,
// saved on the server, brought into the cache by the sync).
struct UnitCostRow
{
    QString sku;
    QString currency;
    qint64 unitCostCents = 0;
    QDate effectiveFrom;
};

struct CurrencyAmount
{
    QString currency;
    qint64 cents = 0;
};

} // namespace sp
