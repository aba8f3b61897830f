#include "cache/PageDecoder.h"

#include "cache/CacheSchema.h"
#include "cache/ExchangeRateText.h"
#include "common/Money.h"
#include "expenses/ExpenseDecoding.h"
#include "restock/RestockSettingDecoding.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace sp {

namespace {

// Collects the first problem; every accessor returns a harmless value after it.
class Reader
{
public:
    explicit Reader(QString* error)
        : m_error(error)
    {}
    bool ok() const { return m_ok; }
    void fail(const QString& what)
    {
        if (m_ok && m_error)
            *m_error = what;
        m_ok = false;
    }
    QString string(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || v.toString().isEmpty())
            fail(QStringLiteral("missing or invalid field %1").arg(QLatin1String(key)));
        return v.toString();
    }
    QString nullableString(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isNull())
            return QString();
        if (!v.isString())
            fail(QStringLiteral("invalid field %1").arg(QLatin1String(key)));
        return v.toString();
    }
    qint64 integer(const QJsonObject& o, const char* key, qint64 minimum)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        const double d = v.toDouble(-1);
        // The range first: converting a double outside qint64 is undefined behaviour (found by
        // fuzz_page_decoder); above 2^53 doubles are no longer exact integers anyway.
        constexpr double kMaxExact = 9007199254740992.0;
        if (!v.isDouble() || !(d >= -kMaxExact && d <= kMaxExact) || d != double(qint64(d)) || qint64(d) < minimum) {
            fail(QStringLiteral("missing or invalid field %1").arg(QLatin1String(key)));
            return 0;
        }
        return qint64(d);
    }
    std::optional<qint64> money(const QJsonObject& o, const char* key, bool nullable)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (nullable && v.isNull())
            return std::nullopt;
        qint64 cents = 0;
        if (!v.isString() || !Money::parseCents(v.toString(), &cents))
            fail(QStringLiteral("missing or invalid amount %1").arg(QLatin1String(key)));
        return cents;
    }
    // An RFC 3339 time with its zone, as the contract's date-time; `nullable`: null gives a null string.
    QString dateTime(const QJsonObject& o, const char* key, bool nullable = false)
    {
        if (nullable && o.value(QLatin1String(key)).isNull())
            return QString();
        const QString text = string(o, key);
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        // Without "Z" or an offset Qt reads local time: refused, a time must say its zone.
        if (ok() && (!at.isValid() || at.timeSpec() == Qt::LocalTime))
            fail(QStringLiteral("invalid time %1").arg(QLatin1String(key)));
        return text;
    }
    // One of `allowed`, nothing else.
    QString oneOf(const QJsonObject& o, const char* key, std::initializer_list<const char*> allowed)
    {
        const QString text = string(o, key);
        for (const char* value : allowed)
            if (text == QLatin1String(value))
                return text;
        fail(QStringLiteral("invalid field %1").arg(QLatin1String(key)));
        return text;
    }
    QJsonArray array(const QJsonObject& o, const char* key)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isArray())
            fail(QStringLiteral("missing array %1").arg(QLatin1String(key)));
        return v.toArray();
    }
    QJsonObject object(const QJsonValue& v)
    {
        if (!v.isObject())
            fail(QStringLiteral("a row is not an object"));
        return v.toObject();
    }

private:
    QString* m_error;
    bool m_ok = true;
};

// Issue 17: every field of the contract's Settlement, checked; a page with one bad row is refused whole.
void decodeSettlements(Reader& r, const QJsonObject& json, DecodedPage* page)
{
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    static const QRegularExpression tail(QStringLiteral("^[0-9]{3,4}$"));
    for (const QJsonValue& value : r.array(json, "settlements")) {
        const QJsonObject o = r.object(value);
        DecodedPage::Settlement row;
        row.id = r.string(o, "id");
        row.marketplaceId = r.string(o, "marketplace_id");
        row.currency = r.string(o, "currency");
        if (!currency.match(row.currency).hasMatch())
            r.fail(QStringLiteral("invalid currency"));
        row.status = r.oneOf(o, "status", {"open", "closed"});
        row.periodStart = r.dateTime(o, "period_start");
        row.periodEnd = r.dateTime(o, "period_end");
        if (r.ok()
            && QDateTime::fromString(row.periodEnd, Qt::ISODateWithMs)
                   <= QDateTime::fromString(row.periodStart, Qt::ISODateWithMs))
            r.fail(QStringLiteral("period_end not after period_start"));
        row.beginningBalanceCents = r.integer(o, "beginning_balance_cents", std::numeric_limits<qint64>::min());
        row.originalTotalCents = r.integer(o, "original_total_cents", std::numeric_limits<qint64>::min());
        row.reserveHeldCents = r.integer(o, "reserve_held_cents", 0);
        row.reserveReleasedCents = r.integer(o, "reserve_released_cents", 0);
        row.eventCount = r.integer(o, "event_count", 0);
        row.fundTransferStatus =
            r.oneOf(o, "fund_transfer_status", {"Pending", "Processing", "Succeeded", "NotApplicable"});
        row.fundTransferDate = r.dateTime(o, "fund_transfer_date", true);
        // Only the last digits of the bank account, never more of it (and nothing else in its place).
        row.accountTail = r.string(o, "account_tail");
        if (!tail.match(row.accountTail).hasMatch())
            r.fail(QStringLiteral("invalid account_tail"));
        row.updatedAt = r.dateTime(o, "updated_at");
        page->settlements.append(row);
    }
}

} // namespace

qint64 DecodedPage::rowCount() const
{
    return marketplaces.size() + orders.size() + products.size() + inventory.size() + financialEvents.size()
           + unitCosts.size() + exchangeRates.size() + settlements.size() + expenses.size() + restockSettings.size();
}

bool PageDecoder::decode(const QString& resource, const QJsonObject& json, DecodedPage* page, QString* error)
{
    Reader r(error);
    page->resource = resource;
    if (resource == QLatin1String("marketplaces")) {
        for (const QJsonValue& value : r.array(json, "marketplaces")) {
            const QJsonObject o = r.object(value);
            page->marketplaces.append({r.string(o, "id"), r.string(o, "country_code"), r.string(o, "name"),
                                       r.string(o, "currency"), r.string(o, "region")});
        }
        return r.ok();
    }

    page->nextCursor = r.string(json, "next_cursor");
    const QJsonValue hasMore = json.value(QLatin1String("has_more"));
    if (!hasMore.isBool())
        r.fail(QStringLiteral("missing has_more"));
    page->hasMore = hasMore.toBool();

    if (resource == QLatin1String("orders")) {
        for (const QJsonValue& value : r.array(json, "orders")) {
            const QJsonObject o = r.object(value);
            DecodedPage::Order order;
            order.id = r.string(o, "id");
            order.marketplaceId = r.string(o, "marketplace_id");
            order.purchaseDate = r.string(o, "purchase_date");
            order.lastUpdateDate = r.string(o, "last_update_date");
            order.status = r.string(o, "status");
            order.fulfillmentChannel = r.string(o, "fulfillment_channel");
            order.currency = r.string(o, "currency");
            order.totalCents = r.money(o, "order_total", true);
            const QJsonArray items = r.array(o, "items");
            if (items.isEmpty())
                r.fail(QStringLiteral("an order without items"));
            // An order's items are one row_id range in the cache (CacheSchema::kItemRowShift).
            if (items.size() > CacheSchema::kMaxItemsPerOrder)
                r.fail(QStringLiteral("an order with more than %1 items").arg(CacheSchema::kMaxItemsPerOrder));
            for (const QJsonValue& itemValue : items) {
                const QJsonObject i = r.object(itemValue);
                DecodedPage::Item item;
                item.id = r.string(i, "id");
                item.sku = r.string(i, "sku");
                item.asin = r.string(i, "asin");
                item.title = r.string(i, "title");
                item.quantity = r.integer(i, "quantity", 1);
                item.price = r.money(i, "item_price", true);
                item.tax = r.money(i, "item_tax", true);
                item.shipping = r.money(i, "shipping_price", true);
                item.promotion = r.money(i, "promotion_discount", true);
                order.items.append(item);
            }
            page->orders.append(order);
        }
    } else if (resource == QLatin1String("products")) {
        for (const QJsonValue& value : r.array(json, "products")) {
            const QJsonObject o = r.object(value);
            QStringList ids;
            for (const QJsonValue& id : r.array(o, "marketplace_ids"))
                ids.append(id.toString());
            page->products.append({r.string(o, "sku"), r.string(o, "asin"), r.string(o, "title"),
                                   ids.join(QLatin1Char(',')), r.string(o, "updated_at")});
        }
    } else if (resource == QLatin1String("inventory")) {
        for (const QJsonValue& value : r.array(json, "inventory")) {
            const QJsonObject o = r.object(value);
            DecodedPage::Inventory row;
            row.sku = r.string(o, "sku");
            row.region = r.string(o, "region");
            row.updatedAt = r.string(o, "updated_at");
            row.fulfillable = r.integer(o, "fulfillable", 0);
            row.inbound = r.integer(o, "inbound", 0);
            row.reserved = r.integer(o, "reserved", 0);
            row.unfulfillable = r.integer(o, "unfulfillable", 0);
            page->inventory.append(row);
        }
    } else if (resource == QLatin1String("financial-events")) {
        for (const QJsonValue& value : r.array(json, "financial_events")) {
            const QJsonObject o = r.object(value);
            DecodedPage::FinancialEvent row;
            row.id = r.string(o, "id");
            row.type = r.string(o, "type");
            row.charge = r.string(o, "charge");
            row.postedAt = r.string(o, "posted_at");
            row.marketplaceId = r.string(o, "marketplace_id");
            row.currency = r.string(o, "currency");
            row.amountCents = r.money(o, "amount", false).value_or(0);
            row.orderId = r.nullableString(o, "order_id");
            row.orderItemId = r.nullableString(o, "order_item_id");
            row.sku = r.nullableString(o, "sku");
            // Absent (a server before settlements) or null (not grouped yet): no settlement.
            if (o.contains(QLatin1String("settlement_id"))) {
                row.settlementId = r.nullableString(o, "settlement_id");
                if (!row.settlementId.isNull() && row.settlementId.isEmpty())
                    r.fail(QStringLiteral("invalid field settlement_id"));
            }
            page->financialEvents.append(row);
        }
    } else if (resource == QLatin1String("unit-costs")) {
        for (const QJsonValue& value : r.array(json, "unit_costs")) {
            const QJsonObject o = r.object(value);
            DecodedPage::UnitCost row;
            row.sku = r.string(o, "sku");
            row.currency = r.string(o, "currency");
            row.effectiveFrom = r.string(o, "effective_from");
            row.updatedAt = r.string(o, "updated_at");
            row.costCents = r.money(o, "unit_cost", false).value_or(0);
            // Compared as text with purchase days (YYYY-MM-DD) by the summaries: only that form.
            if (row.effectiveFrom.size() != 10 || !QDate::fromString(row.effectiveFrom, Qt::ISODate).isValid())
                r.fail(QStringLiteral("invalid effective_from"));
            if (row.costCents < 0)
                r.fail(QStringLiteral("a negative unit cost"));
            page->unitCosts.append(row);
        }
    } else if (resource == QLatin1String("exchange-rates")) {
        for (const QJsonValue& value : r.array(json, "exchange_rates")) {
            const QJsonObject o = r.object(value);
            const QString day = r.string(o, "date");
            if (day.size() != 10 || !QDate::fromString(day, Qt::ISODate).isValid())
                r.fail(QStringLiteral("invalid date"));
            const QJsonValue rates = o.value(QLatin1String("rates"));
            if (!rates.isObject() || rates.toObject().isEmpty())
                r.fail(QStringLiteral("missing rates"));
            const QJsonObject byCurrency = rates.toObject();
            for (auto it = byCurrency.constBegin(); it != byCurrency.constEnd(); ++it) {
                qint64 micros = 0;
                QString problem;
                if (!ExchangeRateText::isKnownCurrency(it.key()))
                    r.fail(QStringLiteral("unknown currency %1").arg(it.key().left(8)));
                else if (!it.value().isString() || !ExchangeRateText::parseMicros(it.value().toString(), &micros))
                    r.fail(QStringLiteral("invalid rate of %1").arg(it.key()));
                page->exchangeRates.append({day, it.key(), micros});
            }
        }
    } else if (resource == QLatin1String("settlements")) {
        decodeSettlements(r, json, page);
    } else if (resource == QLatin1String("expenses")) {
        QSet<QString> ids; // each row at most once per page (the contract)
        for (const QJsonValue& value : r.array(json, "expenses")) {
            ExpenseRecord row;
            QString problem;
            if (!ExpenseDecoding::decode(r.object(value), &row, &problem))
                r.fail(problem);
            else if (ids.contains(row.id))
                r.fail(QStringLiteral("an expense twice in one page"));
            ids.insert(row.id);
            page->expenses.append(row);
        }
    } else if (resource == QLatin1String("restock-settings")) {
        QSet<QString> skus; // each SKU (and the default) at most once per page
        for (const QJsonValue& value : r.array(json, "restock_settings")) {
            RestockSetting row;
            QString problem;
            if (!RestockSettingDecoding::decode(r.object(value), &row, &problem))
                r.fail(problem);
            else if (skus.contains(row.isDefault() ? QStringLiteral("\n") : row.sku))
                r.fail(QStringLiteral("a restock setting twice in one page"));
            skus.insert(row.isDefault() ? QStringLiteral("\n") : row.sku);
            page->restockSettings.append(row);
        }
    } else {
        r.fail(QStringLiteral("unknown resource"));
    }
    return r.ok();
}

} // namespace sp
