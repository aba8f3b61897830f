#pragma once

#include "expenses/ExpenseRecord.h"
#include "restock/RestockSetting.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sp {

// One page of a listing, decoded and checked completely before anything is written: a page with a
// single bad row is rejected whole (the sync retries it), so no half page ever reaches the cache.
struct DecodedPage
{
    struct Marketplace
    {
        QString id, countryCode, name, currency, region;
    };
    struct Item
    {
        QString id, sku, asin, title;
        qint64 quantity = 0;
        std::optional<qint64> price, tax, shipping, promotion;
    };
    struct Order
    {
        QString id, marketplaceId, purchaseDate, lastUpdateDate, status, fulfillmentChannel, currency;
        std::optional<qint64> totalCents;
        QList<Item> items;
    };
    struct Product
    {
        QString sku, asin, title, marketplaceIds, updatedAt;
    };
    struct Inventory
    {
        QString sku, region, updatedAt;
        qint64 fulfillable = 0, inbound = 0, reserved = 0, unfulfillable = 0;
    };
    struct FinancialEvent
    {
        QString id, type, charge, postedAt, marketplaceId, currency, orderId, orderItemId, sku;
        qint64 amountCents = 0;
        QString settlementId; // null while the event is not grouped (or the server predates settlements)
    };

    // One settlement (Amazon's financial event group, docs/api/openapi.yaml Settlement), amounts in cents.
    struct Settlement
    {
        QString id, marketplaceId, currency, status, periodStart, periodEnd, fundTransferStatus;
        QString fundTransferDate; // null when there is none
        QString accountTail, updatedAt;
        qint64 beginningBalanceCents = 0, originalTotalCents = 0, reserveHeldCents = 0, reserveReleasedCents = 0;
        qint64 eventCount = 0;
    };

    struct UnitCost
    {
        QString sku, currency, effectiveFrom, updatedAt; // effectiveFrom: YYYY-MM-DD
        qint64 costCents = 0;
    };

    // One currency's reference rate of a day (1 EUR = rateMicros / 1,000,000 of it).
    struct ExchangeRate
    {
        QString day, currency; // day: YYYY-MM-DD
        qint64 rateMicros = 0;
    };

    QString resource;
    QString nextCursor; // empty for marketplaces
    bool hasMore = false;
    QList<Marketplace> marketplaces;
    QList<Order> orders;
    QList<Product> products;
    QList<Inventory> inventory;
    QList<FinancialEvent> financialEvents;
    QList<UnitCost> unitCosts;
    QList<ExchangeRate> exchangeRates; // one per day and currency
    QList<Settlement> settlements;
    QList<ExpenseRecord> expenses;     // tombstones (deleted) included: the writer removes those
    QList<RestockSetting> restockSettings; // issue 18; tombstones included, as the expenses

    qint64 rowCount() const;
};

class PageDecoder
{
public:
    // `resource`: marketplaces, products, inventory, orders, financial-events, unit-costs, exchange-rates,
    // settlements, expenses, restock-settings.
    static bool decode(const QString& resource, const QJsonObject& json, DecodedPage* page, QString* error);
};

} // namespace sp
