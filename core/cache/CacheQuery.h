#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace sp {

class CipherDatabase;

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
    QString type;   // e.g. "Shipment", "Refund", "ServiceFee"
    QString charge; // e.g. "Principal", "FBAFee", "Commission"
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

// Read-only queries for views. Runs on the thread that owns it (the UI thread) over its own
// read connection to the cache, so reads never wait for the sync's writes (WAL). Every value a
// user typed is bound as a parameter; sort columns come from fixed lists.
class CacheQuery : public QObject
{
    Q_OBJECT
public:
    // Takes an open read connection.
    explicit CacheQuery(std::unique_ptr<CipherDatabase> db, QObject* parent = nullptr);
    ~CacheQuery() override;

    // `search` matches order id, SKU, ASIN or item title (case-insensitive substring); empty: all.
    int orderCount(const QString& search = QString()) const;
    // Newest purchase first.
    QList<OrderRow> orders(const QString& search, int offset, int limit) const;

    int orderCount(const OrderFilter& filter) const;
    // `after`: the row just before `offset` in this order, if the caller has it; for the indexed
    // orders (purchase date, id) the query then seeks past it instead of skipping `offset` rows.
    QList<OrderRow> orders(const OrderFilter& filter, OrderSort sort, Qt::SortOrder order, int offset,
                           int limit, const OrderRow* after = nullptr) const;
    QList<OrderItemRow> orderItems(const QString& orderId) const;
    // The fees, charges and refunds posted for one order, oldest first.
    QList<FinancialEventRow> financialEventsOfOrder(const QString& orderId) const;
    QStringList orderStatuses() const; // distinct, sorted

    int productCount(const QString& search) const;
    QList<ProductStockRow> products(const QString& search, ProductSort sort, Qt::SortOrder order, int offset,
                                    int limit) const;

    int financialEventCount(const FinancialEventFilter& filter) const;
    // `after`: as for orders(); the posting-time order is indexed (schema v4).
    QList<FinancialEventRow> financialEvents(const FinancialEventFilter& filter, FinancialEventSort sort,
                                             Qt::SortOrder order, int offset, int limit,
                                             const FinancialEventRow* after = nullptr) const;
    // The sum of the matching events per currency, sorted by currency (never added across them).
    QList<CurrencyAmount> financialEventTotals(const FinancialEventFilter& filter) const;
    QStringList financialEventTypes() const; // distinct, sorted

    QList<MarketplaceRow> marketplaces() const; // sorted by id
    // Every unit cost in the cache (a few per SKU); empty before the cache has the table (schema < 4).
    QList<UnitCostRow> unitCosts() const;

    qint64 productCount() const;
    qint64 inventoryCount() const;
    qint64 financialEventCount() const;
    qint64 marketplaceCount() const;
    // The last error of a query (readable), empty when the last one worked.
    QString lastError() const;
    // The read connection itself, for the report queries (core/reports) that run on this thread.
    CipherDatabase& database() const { return *m_db; }

signals:
    // A read failed with SQLITE_CORRUPT/NOTADB (`certain`) or in a way an integrity check must judge.
    void damageFound(bool certain);

private:
    QStringList distinct(const char* sql) const;

    std::unique_ptr<CipherDatabase> m_db;
    mutable QString m_lastError;
};

} // namespace sp
