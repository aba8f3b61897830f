#include "DataRoutes.h"

#include "CivilTime.h"
#include "ListingQuery.h"
#include "ProblemResponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::DataRoutes", text); }

// A hand-written JSON writer: a page holds up to 1000 rows and the benchmark lists millions, so the rows are
// written straight into the body instead of going through QJsonObject.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray* out)
        : m_out(*out)
    {}
    void key(const char* name)
    {
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }
    void string(const QString& text) { latin(text.toUtf8()); }
    void latin(const QByteArray& text)
    {
        m_out += '"';
        for (char c : text) {
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                m_out += escaped;
            } else {
                m_out += c;
            }
        }
        m_out += '"';
    }
    void raw(const char* text)
    {
        m_out += '"';
        m_out += text;
        m_out += '"';
    }
    void number(qint64 value) { m_out += QByteArray::number(value); }
    void null() { m_out += "null"; }
    void boolean(bool value) { m_out += value ? "true" : "false"; }
    void time(qint64 unixSeconds)
    {
        m_out += '"';
        CivilTime::appendRfc3339(&m_out, unixSeconds);
        m_out += '"';
    }
    void money(qint64 cents)
    {
        const qint64 magnitude = cents < 0 ? -cents : cents;
        char text[32];
        std::snprintf(text, sizeof text, "\"%s%lld.%02lld\"", cents < 0 ? "-" : "",
                      static_cast<long long>(magnitude / 100), static_cast<long long>(magnitude % 100));
        m_out += text;
    }
    void comma() { m_out += ','; }
    void put(char c) { m_out += c; }

private:
    QByteArray& m_out;
};

qint64 orderTotal(const Business& business, const OrderRow& order)
{
    const bool taxOnTop = kMarketplaces[order.marketplace].vatPermille == 0;
    qint64 total = 0;
    for (quint32 n = 0; n < order.itemCount; ++n) {
        const OrderItemRow& item = business.items[order.firstItem + n];
        total += item.priceCents + item.shippingCents - item.promotionCents + (taxOnTop ? item.taxCents : 0);
    }
    return total;
}

void writeOrder(JsonWriter& json, const Business& business, quint32 index)
{
    const OrderRow& order = business.orders[index];
    const MarketplaceInfo& market = kMarketplaces[order.marketplace];
    const bool priced = order.status != OrderStatus::Pending; // Amazon shows no prices while Pending
    json.put('{');
    json.key("id");
    json.string(business.orderId(index));
    json.comma();
    json.key("marketplace_id");
    json.raw(market.id);
    json.comma();
    json.key("purchase_date");
    json.time(order.purchasedAt);
    json.comma();
    json.key("last_update_date");
    json.time(order.updatedAt);
    json.comma();
    json.key("status");
    json.raw(orderStatusName(order.status));
    json.comma();
    json.key("fulfillment_channel");
    json.raw(order.afn ? "AFN" : "MFN");
    json.comma();
    json.key("currency");
    json.raw(market.currency);
    json.comma();
    json.key("order_total");
    if (priced)
        json.money(orderTotal(business, order));
    else
        json.null();
    json.comma();
    json.key("items");
    json.put('[');
    for (quint32 n = 0; n < order.itemCount; ++n) {
        const OrderItemRow& item = business.items[order.firstItem + n];
        const ProductRow& product = business.products[item.product];
        if (n > 0)
            json.comma();
        json.put('{');
        json.key("id");
        json.string(business.orderItemId(order.firstItem + n));
        json.comma();
        json.key("sku");
        json.string(product.sku);
        json.comma();
        json.key("asin");
        json.string(product.asin);
        json.comma();
        json.key("title");
        json.string(product.title);
        json.comma();
        json.key("quantity");
        json.number(item.quantity);
        json.comma();
        auto amount = [&](const char* name, qint32 cents) {
            json.key(name);
            if (priced)
                json.money(cents);
            else
                json.null();
        };
        amount("item_price", item.priceCents);
        json.comma();
        amount("item_tax", item.taxCents);
        json.comma();
        amount("shipping_price", item.shippingCents);
        json.comma();
        amount("promotion_discount", item.promotionCents);
        json.put('}');
    }
    json.put(']');
    json.put('}');
}

void writeProduct(JsonWriter& json, const ProductRow& product)
{
    json.put('{');
    json.key("sku");
    json.string(product.sku);
    json.comma();
    json.key("asin");
    json.string(product.asin);
    json.comma();
    json.key("title");
    json.string(product.title);
    json.comma();
    json.key("marketplace_ids");
    json.put('[');
    bool first = true;
    for (int m = 0; m < kMarketplaceCount; ++m) {
        if (!(product.marketplaceMask & (1u << m)))
            continue;
        if (!first)
            json.comma();
        first = false;
        json.raw(kMarketplaces[m].id);
    }
    json.put(']');
    json.comma();
    json.key("updated_at");
    json.time(product.updatedAt);
    json.put('}');
}

void writeInventory(JsonWriter& json, const Business& business, const InventoryRow& row)
{
    json.put('{');
    json.key("sku");
    json.string(business.products[row.product].sku);
    json.comma();
    json.key("region");
    json.raw(regionName(row.region));
    json.comma();
    json.key("fulfillable");
    json.number(row.fulfillable);
    json.comma();
    json.key("inbound");
    json.number(row.inbound);
    json.comma();
    json.key("reserved");
    json.number(row.reserved);
    json.comma();
    json.key("unfulfillable");
    json.number(row.unfulfillable);
    json.comma();
    json.key("updated_at");
    json.time(row.updatedAt);
    json.put('}');
}

void writeEvent(JsonWriter& json, const Business& business, quint32 index)
{
    const FinancialEventRow& event = business.events[index];
    const MarketplaceInfo& market = kMarketplaces[event.marketplace];
    json.put('{');
    json.key("id");
    json.string(business.eventId(index));
    json.comma();
    json.key("type");
    json.raw(eventTypeName(event.type));
    json.comma();
    json.key("charge");
    json.raw(chargeName(event.charge));
    json.comma();
    json.key("posted_at");
    json.time(event.postedAt);
    json.comma();
    json.key("marketplace_id");
    json.raw(market.id);
    json.comma();
    json.key("currency");
    json.raw(market.currency);
    json.comma();
    json.key("amount");
    json.money(event.amountCents);
    json.comma();
    json.key("order_id");
    if (event.order == kNoOrder)
        json.null();
    else
        json.string(business.orderId(event.order));
    json.comma();
    json.key("order_item_id");
    if (event.order == kNoOrder)
        json.null();
    else
        json.string(business.orderItemId(business.orders[event.order].firstItem + event.itemNumber));
    json.comma();
    json.key("sku");
    if (event.product == kNoProduct)
        json.null();
    else
        json.string(business.products[event.product].sku);
    json.comma();
    json.key("settlement_id");
    const qint64 group = business.settlements.rowOf(event.marketplace, event.postedAt);
    if (group < 0)
        json.null();
    else
        json.latin(business.settlementId(business.settlements.rows()[static_cast<size_t>(group)]));
    json.put('}');
}

// The marketplace a group is booked under: the first one of its currency where the business sells.
const char* settlementMarketplace(const Business& business, SettlementCurrency currency)
{
    for (int m = 0; m < kMarketplaceCount; ++m) {
        if ((business.marketplaceMask & (1u << m)) && settlementCurrencyOf(m) == currency)
            return kMarketplaces[m].id;
    }
    return kMarketplaces[currency == SettleUsd ? 5 : currency == SettleGbp ? 4 : 0].id;
}

void writeSettlement(JsonWriter& json, const Business& business, const SettlementRow& row)
{
    static const char* const currencies[] = {"EUR", "GBP", "USD"};
    json.put('{');
    json.key("id");
    json.latin(business.settlementId(row));
    json.comma();
    json.key("marketplace_id");
    json.raw(settlementMarketplace(business, row.currency));
    json.comma();
    json.key("currency");
    json.raw(currencies[row.currency]);
    json.comma();
    json.key("status");
    json.raw(row.closed ? "closed" : "open");
    json.comma();
    json.key("period_start");
    json.time(row.periodStart);
    json.comma();
    json.key("period_end");
    json.time(row.periodEnd());
    json.comma();
    json.key("beginning_balance_cents");
    json.number(row.reserveReleasedCents);
    json.comma();
    json.key("original_total_cents");
    json.number(row.originalTotalCents());
    json.comma();
    json.key("reserve_held_cents");
    json.number(row.reserveHeldCents);
    json.comma();
    json.key("reserve_released_cents");
    json.number(row.reserveReleasedCents);
    json.comma();
    json.key("event_count");
    json.number(row.eventCount);
    json.comma();
    json.key("fund_transfer_status");
    json.raw(fundTransferName(row.transfer));
    json.comma();
    json.key("fund_transfer_date");
    if (row.fundTransferDate() == 0)
        json.null();
    else
        json.time(row.fundTransferDate());
    json.comma();
    json.key("account_tail");
    json.latin(business.accountTail(row.currency));
    json.comma();
    json.key("updated_at");
    json.time(row.updatedAt);
    json.put('}');
}

// One listing seen as a sequence of change entries; stale entries (the row changed again later) are skipped.
struct ChangeView
{
    size_t size;
    std::function<quint64(size_t)> seqAt;
    std::function<qint64(size_t)> timeAt;
    std::function<bool(size_t)> isCurrent;
    std::function<void(JsonWriter&, size_t)> write;
};

} // namespace

DataRoutes::DataRoutes(RouteServices& services, BusinessRegistry& registry, const ListingCursor& cursors)
    : m_services(services)
    , m_registry(registry)
    , m_cursors(cursors)
{}

bool DataRoutes::isDataPath(const QString& path)
{
    return path == QLatin1String("/v1/marketplaces") || path == QLatin1String("/v1/orders")
           || path == QLatin1String("/v1/products") || path == QLatin1String("/v1/inventory")
           || path == QLatin1String("/v1/financial-events") || path == QLatin1String("/v1/settlements");
}

void DataRoutes::registerOn(Router& router)
{
    router.add("GET", QStringLiteral("/v1/marketplaces"),
               [this](const HttpRequest& r, const QStringList&) { return marketplaces(r); });
    router.add("GET", QStringLiteral("/v1/orders"),
               [this](const HttpRequest& r, const QStringList&) { return list(r, Listing::Orders); });
    router.add("GET", QStringLiteral("/v1/products"),
               [this](const HttpRequest& r, const QStringList&) { return list(r, Listing::Products); });
    router.add("GET", QStringLiteral("/v1/inventory"),
               [this](const HttpRequest& r, const QStringList&) { return list(r, Listing::Inventory); });
    router.add("GET", QStringLiteral("/v1/financial-events"),
               [this](const HttpRequest& r, const QStringList&) { return list(r, Listing::FinancialEvents); });
    router.add("GET", QStringLiteral("/v1/settlements"),
               [this](const HttpRequest& r, const QStringList&) { return list(r, Listing::Settlements); });
}

HttpReply DataRoutes::marketplaces(const HttpRequest& request)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    QJsonArray list;
    // Only where the account's business sells (all six unless shaped by --from-bundle).
    const Business* business = m_registry.business(auth.caller.account->id);
    const quint8 mask = business ? business->marketplaceMask : quint8(0x3F);
    for (int m = 0; m < kMarketplaceCount; ++m) {
        const MarketplaceInfo& market = kMarketplaces[m];
        if (!(mask & (1u << m)))
            continue;
        list.append(QJsonObject{{QStringLiteral("id"), QLatin1String(market.id)},
                                {QStringLiteral("country_code"), QLatin1String(market.countryCode)},
                                {QStringLiteral("name"), QLatin1String(market.name)},
                                {QStringLiteral("currency"), QLatin1String(market.currency)},
                                {QStringLiteral("region"), QLatin1String(market.region)}});
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("marketplaces"), list}});
}

HttpReply DataRoutes::list(const HttpRequest& request, Listing listing)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    Business* business = m_registry.business(accountId);
    if (!business)
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The account has no data."),
                                     request.requestId);

    HttpReply problem;
    const std::optional<ListingQuery> parameters =
        ListingQuery::parse(request, m_cursors, accountId, static_cast<char>(listing), &problem);
    if (!parameters)
        return problem;
    const int limit = parameters->limit;
    const std::optional<qint64> since = parameters->updatedSince;
    const std::optional<quint64> after = parameters->after;

    const Business& data = *business;
    ChangeView view;
    const char* arrayName = "orders";
    auto fromChanges = [&](const std::vector<ChangeEntry>& changes) {
        view.size = changes.size();
        view.seqAt = [&changes](size_t i) { return changes[i].seq; };
        view.timeAt = [&changes](size_t i) { return changes[i].changedAt; };
    };
    switch (listing) {
    case Listing::Orders:
        fromChanges(data.orderChanges);
        view.isCurrent = [&data](size_t i) {
            return data.orders[data.orderChanges[i].row].seq == data.orderChanges[i].seq;
        };
        view.write = [&data](JsonWriter& json, size_t i) { writeOrder(json, data, data.orderChanges[i].row); };
        break;
    case Listing::Products:
        arrayName = "products";
        fromChanges(data.productChanges);
        view.isCurrent = [&data](size_t i) {
            return data.products[data.productChanges[i].row].seq == data.productChanges[i].seq;
        };
        view.write = [&data](JsonWriter& json, size_t i) {
            writeProduct(json, data.products[data.productChanges[i].row]);
        };
        break;
    case Listing::Inventory:
        arrayName = "inventory";
        fromChanges(data.inventoryChanges);
        view.isCurrent = [&data](size_t i) {
            return data.inventory[data.inventoryChanges[i].row].seq == data.inventoryChanges[i].seq;
        };
        view.write = [&data](JsonWriter& json, size_t i) {
            writeInventory(json, data, data.inventory[data.inventoryChanges[i].row]);
        };
        break;
    case Listing::FinancialEvents:
        arrayName = "financial_events";
        view.size = data.events.size();
        view.seqAt = [&data](size_t i) { return data.events[i].seq; };
        view.timeAt = [&data](size_t i) { return data.events[i].postedAt; };
        view.isCurrent = [](size_t) { return true; }; // events never change
        view.write = [&data](JsonWriter& json, size_t i) { writeEvent(json, data, static_cast<quint32>(i)); };
        break;
    case Listing::Settlements:
        arrayName = "settlements";
        fromChanges(data.settlements.changes());
        view.isCurrent = [&data](size_t i) {
            const ChangeEntry& change = data.settlements.changes()[i];
            return data.settlements.rows()[change.row].seq == change.seq;
        };
        view.write = [&data](JsonWriter& json, size_t i) {
            writeSettlement(json, data, data.settlements.rows()[data.settlements.changes()[i].row]);
        };
        break;
    }

    // Both searches rely on entries being in ascending seq and change-time order (see Business).
    size_t position = 0;
    quint64 resumeSeq = 0;
    if (after) {
        size_t low = 0, high = view.size;
        while (low < high) {
            const size_t middle = (low + high) / 2;
            if (view.seqAt(middle) <= *after)
                low = middle + 1;
            else
                high = middle;
        }
        position = low;
        resumeSeq = *after;
    } else if (since) {
        size_t low = 0, high = view.size;
        while (low < high) {
            const size_t middle = (low + high) / 2;
            if (view.timeAt(middle) < *since)
                low = middle + 1;
            else
                high = middle;
        }
        position = low;
        resumeSeq = position > 0 ? view.seqAt(position - 1) : 0;
    }

    QByteArray body;
    body.reserve(listing == Listing::Orders ? limit * 600 : limit * 320);
    JsonWriter json(&body);
    json.put('{');
    json.key(arrayName);
    json.put('[');
    int written = 0;
    for (; position < view.size && written < limit; ++position) {
        resumeSeq = std::max(resumeSeq, view.seqAt(position)); // stale entries are passed over for good
        if (!view.isCurrent(position))
            continue;
        if (written > 0)
            json.comma();
        view.write(json, position);
        ++written;
    }
    bool hasMore = false;
    for (size_t rest = position; rest < view.size; ++rest) {
        if (view.isCurrent(rest)) {
            hasMore = true;
            break;
        }
    }
    json.put(']');
    json.comma();
    json.key("next_cursor");
    json.string(m_cursors.encode(accountId, static_cast<char>(listing), resumeSeq));
    json.comma();
    json.key("has_more");
    json.boolean(hasMore);
    json.comma();
    json.key("remaining"); // entries left, superseded ones included: an estimate in O(1)
    json.number(hasMore ? qint64(view.size - position) : 0);
    json.comma();
    json.key("server_time");
    json.time(m_registry.now());
    json.put('}');

    HttpReply reply;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = std::move(body);
    return reply;
}

} // namespace sp
