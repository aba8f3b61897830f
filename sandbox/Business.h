#pragma once

#include "ChangeEntry.h"
#include "SettlementLedger.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace sp {

// The marketplaces every generated seller sells in, with Amazon's real ids.
struct MarketplaceInfo
{
    const char* id;
    const char* countryCode;
    const char* name;
    const char* currency;
    const char* region;
    int vatPermille;        // VAT included in prices (EU, UK); 0 where tax is charged on top (US)
    int priceFactorPercent; // local price relative to the EUR list price
};
constexpr int kMarketplaceCount = 6;
extern const MarketplaceInfo kMarketplaces[kMarketplaceCount];
enum Region : quint8 { RegionEu = 0, RegionNa = 1, kRegionCount = 2 };
Region regionOf(int marketplace);
const char* regionName(Region region);

enum class OrderStatus : quint8 { Pending, Unshipped, Shipped, Canceled };
const char* orderStatusName(OrderStatus status);

enum class EventCharge : quint8 {
    Principal,
    Tax,
    ShippingCharge,
    Promotion,
    Commission,
    FBAPerUnitFulfillmentFee,
    RefundCommission,
    Reimbursement,
    Subscription,
    StorageFee,
    Advertising
};
enum class EventType : quint8 { Shipment, Refund, Reimbursement, ServiceFee, Advertising };
const char* chargeName(EventCharge charge);
const char* eventTypeName(EventType type);

// Compact rows: integers, cents and indices (200,000 orders must fit comfortably in memory).
// Times are Unix seconds (UTC). `seq` is the row's change sequence: it grows with every change.
struct ProductRow
{
    QString sku;
    QString asin;
    QString title;
    quint8 marketplaceMask = 0; // bit i: listed in kMarketplaces[i]
    qint32 listPriceCents = 0;  // EUR, VAT included
    quint64 seq = 0;
    qint64 updatedAt = 0;
};

struct InventoryRow
{
    quint16 product = 0;
    Region region = RegionEu;
    qint32 fulfillable = 0;
    qint32 inbound = 0;
    qint32 reserved = 0;
    qint32 unfulfillable = 0;
    quint64 seq = 0;
    qint64 updatedAt = 0;
};

struct OrderItemRow
{
    quint16 product = 0;
    quint8 quantity = 1;
    qint32 priceCents = 0; // unit price times quantity (VAT included in the EU and UK)
    qint32 taxCents = 0;   // EU/UK: the VAT contained in the price; US: sales tax on top
    qint32 shippingCents = 0;
    qint32 promotionCents = 0; // a discount, positive
};

struct OrderRow
{
    quint64 seq = 0;
    qint64 purchasedAt = 0;
    qint64 updatedAt = 0;
    quint32 firstItem = 0;
    quint8 itemCount = 0;
    quint8 marketplace = 0;
    OrderStatus status = OrderStatus::Pending;
    bool afn = true; // fulfilled by Amazon
    bool refunded = false;
};

// Financial events never change once posted, so their vector is already in change order.
struct FinancialEventRow
{
    quint64 seq = 0;
    qint64 postedAt = 0;
    quint32 order = 0; // kNoOrder for fees, advertising and reimbursements
    qint32 amountCents = 0;
    quint16 product = 0; // kNoProduct when there is none
    quint8 itemNumber = 0;
    quint8 marketplace = 0;
    EventCharge charge = EventCharge::Principal;
    EventType type = EventType::Shipment;
};
constexpr quint32 kNoOrder = 0xFFFFFFFFu;
constexpr quint16 kNoProduct = 0xFFFFu;

// One seller's business: the generated rows, their change order and the account's own change counter.
// The counter is per account: a listing only ever shows one account's rows, and the cursor is bound to it.
struct Business
{
    int accountIndex = 0;
    quint64 seed = 0;
    QByteArray sellerCode;    // two or more letters, part of every SKU, so accounts never share one
    qint64 anchor = 0;        // the simulated time the business was generated for
    qint64 periodicUntil = 0; // service fees and advertising are posted up to this time
    double dailyOrderRate = 0;
    quint8 marketplaceMask = 0x3F; // the marketplaces it sells in (bit i: kMarketplaces[i])
    int productCount = 0;          // 0: the generator's own choice

    std::vector<ProductRow> products;
    std::vector<std::vector<quint16>> productsByMarketplace;
    std::vector<InventoryRow> inventory;
    std::vector<OrderRow> orders;
    std::vector<OrderItemRow> items;
    std::vector<FinancialEventRow> events;
    std::vector<ChangeEntry> productChanges;
    std::vector<ChangeEntry> inventoryChanges;
    std::vector<ChangeEntry> orderChanges;
    SettlementLedger settlements; // the financial event groups of `events`
    quint64 lastSeq = 0;

    quint64 nextSeq() { return ++lastSeq; }
    QString orderId(quint32 order) const;
    QString orderItemId(quint32 item) const;
    QString eventId(quint32 event) const;
    QByteArray settlementId(const SettlementRow& row) const;
    QByteArray accountTail(SettlementCurrency currency) const; // the last 3 digits of the payout account

    // Changes, each with a new change sequence at simulated time `at`.
    void touchOrder(quint32 order, qint64 at);
    void touchInventory(quint32 row, qint64 at);
    // Ships an order (Pending or Unshipped) at `at` and posts its shipment events.
    void shipOrder(quint32 order, qint64 at);
    void refundOrder(quint32 order, qint64 at);
    void postReimbursement(quint16 product, int marketplace, qint32 amountCents, qint64 at);
    // Monthly subscription and storage fees, daily advertising, for every period ending in (periodicUntil, until].
    void postPeriodicFees(qint64 until);
};

} // namespace sp
