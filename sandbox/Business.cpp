#include "Business.h"

#include "CivilTime.h"
#include "DeterministicRandom.h"

#include <algorithm>
#include <cstdio>

namespace sp {

// Prices: EU and UK prices include VAT (item_tax is the VAT they contain); US prices exclude sales tax,
// which is charged on top (see sandbox/README.md).
const MarketplaceInfo kMarketplaces[kMarketplaceCount] = {
    {"A1PA6795UKMFR9", "DE", "Amazon.de", "EUR", "eu", 190, 100},
    {"A13V1IB3VIYZZH", "FR", "Amazon.fr", "EUR", "eu", 200, 100},
    {"APJ6JRA9NG5V4", "IT", "Amazon.it", "EUR", "eu", 220, 100},
    {"A1RKKUPIHCS9HS", "ES", "Amazon.es", "EUR", "eu", 210, 100},
    {"A1F83G8C2ARO7P", "GB", "Amazon.co.uk", "GBP", "eu", 200, 86},
    {"ATVPDKIKX0DER", "US", "Amazon.com", "USD", "na", 0, 108},
};

namespace {

// Bijective maps of (account, index) onto 14-digit numbers: unique ids that do not look sequential.
__extension__ typedef unsigned __int128 Wide;
constexpr quint64 kFourteenDigits = 100000000000000ULL;

quint64 scramble(quint64 value, quint64 multiplier, quint64 offset)
{
    return static_cast<quint64>((static_cast<Wide>(value) * multiplier + offset) % kFourteenDigits);
}

constexpr qint64 kDay = CivilTime::kDay;

constexpr int kCommissionPercent = 15;
constexpr int kRefundedCommissionPercent = 80; // Amazon keeps a refund administration fee

qint32 fbaFeePerUnit(const ProductRow& product) { return 250 + product.listPriceCents % 400; }

} // namespace

Region regionOf(int marketplace) { return marketplace == 5 ? RegionNa : RegionEu; }

const char* regionName(Region region) { return region == RegionNa ? "na" : "eu"; }

const char* orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return "Pending";
    case OrderStatus::Unshipped:
        return "Unshipped";
    case OrderStatus::Shipped:
        return "Shipped";
    case OrderStatus::Canceled:
        return "Canceled";
    }
    return "Pending";
}

const char* chargeName(EventCharge charge)
{
    static const char* const names[] = {
        "Principal",        "Tax",           "ShippingCharge", "Promotion",  "Commission", "FBAPerUnitFulfillmentFee",
        "RefundCommission", "Reimbursement", "Subscription",   "StorageFee", "Advertising"};
    return names[static_cast<int>(charge)];
}

const char* eventTypeName(EventType type)
{
    static const char* const names[] = {"shipment", "refund", "reimbursement", "service_fee", "advertising"};
    return names[static_cast<int>(type)];
}

QString Business::orderId(quint32 order) const
{
    const quint64 number = scramble(static_cast<quint64>(accountIndex) * 10000000ULL + order, 73939133924357ULL,
                                    DeterministicRandom::from(seed, 11).next() % kFourteenDigits);
    static const char* const euPrefixes[] = {"302", "303", "304", "305", "028", "171"};
    static const char* const ukPrefixes[] = {"026", "202", "203", "204", "205", "206"};
    static const char* const usPrefixes[] = {"111", "112", "113", "114", "113", "112"};
    const int market = orders[order].marketplace;
    const char* prefix = market == 5   ? usPrefixes[number % 6]
                         : market == 4 ? ukPrefixes[number % 6]
                                       : euPrefixes[number % 6];
    char text[24];
    std::snprintf(text, sizeof text, "%s-%07llu-%07llu", prefix, static_cast<unsigned long long>(number / 10000000ULL),
                  static_cast<unsigned long long>(number % 10000000ULL));
    return QString::fromLatin1(text);
}

QString Business::orderItemId(quint32 item) const
{
    const quint64 number = scramble(static_cast<quint64>(accountIndex) * 1000000000ULL + item, 58271896491237ULL,
                                    DeterministicRandom::from(seed, 13).next() % kFourteenDigits);
    char text[24];
    std::snprintf(text, sizeof text, "%014llu", static_cast<unsigned long long>(number));
    return QString::fromLatin1(text);
}

QString Business::eventId(quint32 event) const
{
    return QStringLiteral("FE-%1-%2").arg(QString::fromLatin1(sellerCode)).arg(event, 9, 10, QLatin1Char('0'));
}

QByteArray Business::settlementId(const SettlementRow& row) const
{
    // Stable across restarts: the seller, the currency and the period's number.
    static const char* const currencies[] = {"EUR", "GBP", "USD"};
    char text[48];
    std::snprintf(text, sizeof text, "FEG-%s-%s-%06d", sellerCode.constData(), currencies[row.currency], row.period);
    return QByteArray(text);
}

QByteArray Business::accountTail(SettlementCurrency currency) const
{
    // Only the last digits of a (fictitious) bank account: the sandbox, like Amazon, never shows more.
    const quint64 digits =
        DeterministicRandom::from(seed, static_cast<quint64>(accountIndex) + 31, static_cast<quint64>(currency)).next()
        % 1000;
    char text[8];
    std::snprintf(text, sizeof text, "%03llu", static_cast<unsigned long long>(digits));
    return QByteArray(text);
}

namespace {

void appendChange(std::vector<ChangeEntry>* changes, quint64 seq, qint64 at, quint32 row)
{
    // Keeps change times in change order, so updated_since can be found by binary search.
    const qint64 time = changes->empty() ? at : std::max(at, changes->back().changedAt);
    changes->push_back({seq, time, row});
}

} // namespace

void Business::touchOrder(quint32 order, qint64 at)
{
    OrderRow& row = orders[order];
    row.seq = nextSeq();
    row.updatedAt = orderChanges.empty() ? at : std::max(at, orderChanges.back().changedAt);
    appendChange(&orderChanges, row.seq, row.updatedAt, order);
}

void Business::touchInventory(quint32 index, qint64 at)
{
    InventoryRow& row = inventory[index];
    row.seq = nextSeq();
    row.updatedAt = inventoryChanges.empty() ? at : std::max(at, inventoryChanges.back().changedAt);
    appendChange(&inventoryChanges, row.seq, row.updatedAt, index);
}

namespace {

void pushEvent(Business* business, qint64 at, quint32 order, quint8 itemNumber, quint16 product, int marketplace,
               EventType type, EventCharge charge, qint32 amount)
{
    FinancialEventRow event;
    // Live postings keep the listing in time order (the initial generation sorts its events afterwards).
    const bool live = business->lastSeq > 0;
    event.postedAt = live && !business->events.empty() ? std::max(at, business->events.back().postedAt) : at;
    event.seq = 0; // assigned by the caller once the batch is complete
    event.order = order;
    event.itemNumber = itemNumber;
    event.product = product;
    event.marketplace = static_cast<quint8>(marketplace);
    event.type = type;
    event.charge = charge;
    event.amountCents = amount;
    business->events.push_back(event);
}

void assignEventSeqs(Business* business, size_t from)
{
    for (size_t i = from; i < business->events.size(); ++i)
        business->events[i].seq = business->nextSeq();
}

qint32 commissionOf(const OrderItemRow& item)
{
    return (item.priceCents + item.shippingCents - item.promotionCents) * kCommissionPercent / 100;
}

} // namespace

void Business::shipOrder(quint32 order, qint64 at)
{
    const size_t from = events.size();
    OrderRow& row = orders[order];
    row.status = OrderStatus::Shipped;
    const bool vatIncluded = kMarketplaces[row.marketplace].vatPermille > 0;
    for (quint8 n = 0; n < row.itemCount; ++n) {
        const OrderItemRow& item = items[row.firstItem + n];
        auto post = [&](EventCharge charge, qint32 amount) {
            pushEvent(this, at, order, n, item.product, row.marketplace, EventType::Shipment, charge, amount);
        };
        post(EventCharge::Principal, vatIncluded ? item.priceCents - item.taxCents : item.priceCents);
        if (item.taxCents > 0)
            post(EventCharge::Tax, item.taxCents);
        if (item.shippingCents > 0)
            post(EventCharge::ShippingCharge, item.shippingCents);
        if (item.promotionCents > 0)
            post(EventCharge::Promotion, -item.promotionCents);
        post(EventCharge::Commission, -commissionOf(item));
        if (row.afn)
            post(EventCharge::FBAPerUnitFulfillmentFee, -fbaFeePerUnit(products[item.product]) * item.quantity);
    }
    if (lastSeq > 0 || !orderChanges.empty()) {
        // Live change (not the initial generation, which orders its rows itself).
        assignEventSeqs(this, from);
        touchOrder(order, at);
    } else {
        row.updatedAt = at;
    }
}

void Business::refundOrder(quint32 order, qint64 at)
{
    const size_t from = events.size();
    OrderRow& row = orders[order];
    row.refunded = true;
    const bool vatIncluded = kMarketplaces[row.marketplace].vatPermille > 0;
    for (quint8 n = 0; n < row.itemCount; ++n) {
        const OrderItemRow& item = items[row.firstItem + n];
        const qint32 principal = vatIncluded ? item.priceCents - item.taxCents : item.priceCents;
        pushEvent(this, at, order, n, item.product, row.marketplace, EventType::Refund, EventCharge::Principal,
                  -principal);
        pushEvent(this, at, order, n, item.product, row.marketplace, EventType::Refund, EventCharge::RefundCommission,
                  commissionOf(item) * kRefundedCommissionPercent / 100);
    }
    if (lastSeq > 0 || !orderChanges.empty()) {
        assignEventSeqs(this, from);
        touchOrder(order, at);
    } else {
        row.updatedAt = at;
    }
}

void Business::postReimbursement(quint16 product, int marketplace, qint32 amountCents, qint64 at)
{
    const size_t from = events.size();
    pushEvent(this, at, kNoOrder, 0, product, marketplace, EventType::Reimbursement, EventCharge::Reimbursement,
              amountCents);
    if (lastSeq > 0)
        assignEventSeqs(this, from);
}

void Business::postPeriodicFees(qint64 until)
{
    // Advertising for day D is posted at D+1 01:00 UTC; monthly fees on the 1st at 02:00 UTC.
    const size_t from = events.size();
    qint64 day =
        CivilTime::floorDiv(periodicUntil - 3600, kDay) + 1; // the first day whose posting is after periodicUntil
    for (;; ++day) {
        const qint64 advertisingAt = day * kDay + 3600;
        if (advertisingAt > until)
            break;
        if (advertisingAt <= periodicUntil)
            continue;
        DeterministicRandom random =
            DeterministicRandom::from(seed, static_cast<quint64>(accountIndex) + 7, static_cast<quint64>(day));
        for (int market = 0; market < kMarketplaceCount; ++market) {
            if (!(marketplaceMask & (1u << market)))
                continue;
            const double share = market == 0 ? 0.35 : market == 5 ? 0.25 : 0.1;
            const qint64 spend = static_cast<qint64>(dailyOrderRate * 900.0 * share * (0.6 + random.uniform()));
            if (spend > 0)
                pushEvent(this, advertisingAt, kNoOrder, 0, kNoProduct, market, EventType::Advertising,
                          EventCharge::Advertising, -static_cast<qint32>(spend));
        }
        int year = 0, month = 0, dayOfMonth = 0;
        CivilTime::fromDays(day, &year, &month, &dayOfMonth);
        if (dayOfMonth == 1) {
            const qint64 feeAt = advertisingAt;
            {
                // One Pan-European subscription (billed on DE), one on UK, one in the US.
                // Drawn whether posted or not, so the amounts do not depend on the marketplaces.
                const qint32 euStorage = -static_cast<qint32>(2000 + random.between(0, 180) * dailyOrderRate);
                const qint32 usStorage = -static_cast<qint32>(1000 + random.between(0, 90) * dailyOrderRate);
                auto post = [&](int market, EventCharge charge, qint32 cents) {
                    if (marketplaceMask & (1u << market))
                        pushEvent(this, feeAt, kNoOrder, 0, kNoProduct, market, EventType::ServiceFee, charge, cents);
                };
                post(0, EventCharge::Subscription, -3900);
                post(4, EventCharge::Subscription, -2500);
                post(5, EventCharge::Subscription, -3999);
                post(0, EventCharge::StorageFee, euStorage);
                post(5, EventCharge::StorageFee, usStorage);
            }
        }
    }
    periodicUntil = until;
    if (lastSeq > 0)
        assignEventSeqs(this, from);
}

} // namespace sp
