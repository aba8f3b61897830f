#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sp {

class CacheQuery;
class CipherDatabase;

// One payout (a settlement, Amazon's financial event group) as the Payouts page lists it. Money in
// integer cents of `currency`; times ISO 8601 UTC as the server sent them.
struct PayoutRow
{
    QString id;
    QString marketplaceId;
    QString currency;
    QString status;             // open, closed
    QString periodStart;        // inclusive
    QString periodEnd;          // exclusive
    QString fundTransferStatus; // Pending, Processing, Succeeded, NotApplicable
    QString fundTransferDate;   // empty when there is none
    QString accountTail;        // the last 3-4 digits of the bank account, never more
    qint64 beginningBalanceCents = 0;
    qint64 originalTotalCents = 0; // the payout's amount
    qint64 reserveHeldCents = 0;
    qint64 reserveReleasedCents = 0;
    qint64 eventCount = 0; // as the server counts them
};

// What a payout is made of.
enum class PayoutPart { Sales, Refunds, Fee, Advertising, Reimbursements, Other, ReserveReleased, ReserveHeld };

struct PayoutLine
{
    PayoutPart part = PayoutPart::Other;
    QString type;   // the events' type (API word; empty for the reserves)
    QString charge; // the events' charge (API word; empty for the reserves)
    qint64 cents = 0;
    qint64 events = 0;
};

// An order a payout settles: the sum of the payout's events of that order (its sale, fees, refunds).
struct PayoutOrder
{
    QString orderId;
    QString purchaseDate; // ISO 8601 UTC; empty when the order is not in the cache
    qint64 cents = 0;
    qint64 events = 0;
};

struct PayoutOrders
{
    QList<PayoutOrder> rows; // by order id, at most the limit asked for
    qint64 total = 0;        // how many orders the payout holds events of
};

struct PayoutBreakdown
{
    PayoutRow payout;
    bool found = false;
    QList<PayoutLine> lines; // in PayoutPart order, then by charge
    qint64 eventsCents = 0;  // the sum of the cached events
    qint64 cachedEvents = 0; // how many of them the cache holds
    qint64 orders = 0;       // the orders whose sale the payout settles (distinct, of its item prices)
    // eventsCents + reserve released - reserve held - the payout's amount: 0 when it reconciles.
    qint64 differenceCents = 0;
    PayoutOrders settled; // the orders it settles (orders(), filled by the page's read)
};

// The payouts (the settlements table) and one payout's breakdown from its events (the index on
// financial_events (settlement_id, type, charge, order_id, amount_cents), which covers it), on the thread that owns the CacheQuery (the views'
// CacheReader thread). Every value is bound as a parameter.
class PayoutsQuery
{
public:
    explicit PayoutsQuery(const CacheQuery& cache);

    // Newest period first, then by currency.
    QList<PayoutRow> list() const;
    // The payouts not yet in the bank: closed ones on their way (Processing) and the open ones still
    // growing, by currency then period (the dashboard's "next payout").
    QList<PayoutRow> upcoming() const;
    // `found` false when the cache has no such payout.
    PayoutBreakdown breakdown(const QString& settlementId) const;
    // The orders of the payout's events (events without an order left out), each with the sum of
    // its events in the payout; the first `limit` by order id, and how many there are.
    PayoutOrders orders(const QString& settlementId, int limit) const;
    // Which part an event of `type` and `charge` is (the fees: cache/summary/FeeCharges.h).
    static PayoutPart partOf(const QString& type, const QString& charge);
    QString lastError() const { return m_lastError; } // empty after a read that worked

private:
    CipherDatabase& m_db;
    mutable QString m_lastError;
};

} // namespace sp

Q_DECLARE_METATYPE(sp::PayoutRow)
Q_DECLARE_METATYPE(sp::PayoutBreakdown)
