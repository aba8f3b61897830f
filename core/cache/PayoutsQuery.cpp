#include "cache/PayoutsQuery.h"

#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "cache/summary/FeeCharges.h"

#include <algorithm>
#include <tuple>

namespace sp {

namespace {

const char* const kColumns =
    "SELECT id, marketplace_id, currency, status, period_start, period_end, fund_transfer_status, "
    "fund_transfer_date, account_tail, beginning_balance_cents, original_total_cents, reserve_held_cents, "
    "reserve_released_cents, event_count FROM settlements ";

PayoutRow rowOf(const CipherDatabase::Statement& s)
{
    PayoutRow r;
    r.id = s.text(0), r.marketplaceId = s.text(1), r.currency = s.text(2), r.status = s.text(3);
    r.periodStart = s.text(4), r.periodEnd = s.text(5), r.fundTransferStatus = s.text(6);
    r.fundTransferDate = s.isNull(7) ? QString() : s.text(7);
    r.accountTail = s.text(8);
    r.beginningBalanceCents = s.int64(9), r.originalTotalCents = s.int64(10), r.reserveHeldCents = s.int64(11);
    r.reserveReleasedCents = s.int64(12), r.eventCount = s.int64(13);
    return r;
}

bool isFee(const QString& charge)
{
    // The one list (FeeCharges.h), read once from its SQL form: ('Commission','...',...).
    static const QStringList fees = [] {
        QString list = QLatin1String(SP_FEE_CHARGES);
        list.remove(QLatin1Char('(')).remove(QLatin1Char(')')).remove(QLatin1Char('\''));
        return list.split(QLatin1Char(','));
    }();
    return fees.contains(charge);
}

} // namespace

PayoutsQuery::PayoutsQuery(const CacheQuery& cache)
    : m_db(ReadConnection::of(cache))
{}

PayoutPart PayoutsQuery::partOf(const QString& type, const QString& charge)
{
    if (isFee(charge))
        return PayoutPart::Fee;
    if (type == QLatin1String("shipment"))
        return PayoutPart::Sales;
    if (type == QLatin1String("refund"))
        return PayoutPart::Refunds;
    if (type == QLatin1String("advertising"))
        return PayoutPart::Advertising;
    if (type == QLatin1String("reimbursement"))
        return PayoutPart::Reimbursements;
    return PayoutPart::Other;
}

QList<PayoutRow> PayoutsQuery::list() const
{
    m_lastError.clear();
    const QByteArray sql = QByteArray(kColumns) + "ORDER BY period_start DESC, currency, id";
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    QList<PayoutRow> rows;
    CipherDatabase::Statement::Step step = CipherDatabase::Statement::Step::Error;
    while (s.isValid() && (step = s.step()) == CipherDatabase::Statement::Step::Row)
        rows.append(rowOf(s));
    if (step == CipherDatabase::Statement::Step::Error)
        m_lastError = m_db.lastError();
    return rows;
}

QList<PayoutRow> PayoutsQuery::upcoming() const
{
    m_lastError.clear();
    const QByteArray sql = QByteArray(kColumns)
                           + "WHERE status = 'open' OR fund_transfer_status IN ('Pending', 'Processing') "
                             "ORDER BY currency, period_start, id";
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    QList<PayoutRow> rows;
    CipherDatabase::Statement::Step step = CipherDatabase::Statement::Step::Error;
    while (s.isValid() && (step = s.step()) == CipherDatabase::Statement::Step::Row)
        rows.append(rowOf(s));
    if (step == CipherDatabase::Statement::Step::Error)
        m_lastError = m_db.lastError();
    return rows;
}

PayoutBreakdown PayoutsQuery::breakdown(const QString& settlementId) const
{
    m_lastError.clear();
    PayoutBreakdown b;
    const QByteArray sql = QByteArray(kColumns) + "WHERE id = ?1";
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        m_lastError = m_db.lastError();
        return b;
    }
    s.bind(1, settlementId);
    const CipherDatabase::Statement::Step found = s.step();
    if (found == CipherDatabase::Statement::Step::Error)
        m_lastError = m_db.lastError();
    if (found != CipherDatabase::Statement::Step::Row)
        return b;
    b.found = true;
    b.payout = rowOf(s);

    // Its events by type and charge (the index on settlement_id), in one pass; the orders whose sale
    // it settles are those of its sales' item prices (every sold item has one).
    CipherDatabase::Statement e =
        m_db.prepare("SELECT type, charge, sum(amount_cents), count(*), count(DISTINCT order_id) FROM financial_events "
                     "WHERE settlement_id = ?1 GROUP BY type, charge");
    if (!e.isValid()) {
        m_lastError = m_db.lastError();
        return b;
    }
    e.bind(1, settlementId);
    CipherDatabase::Statement::Step step;
    while ((step = e.step()) == CipherDatabase::Statement::Step::Row) {
        const QString type = e.text(0), charge = e.text(1);
        const PayoutPart part = partOf(type, charge);
        // Fees by charge alone (a refunded commission is a fee whatever its type); the rest by type and charge.
        const QString lineType = part == PayoutPart::Fee ? QString() : type;
        auto line = std::find_if(b.lines.begin(), b.lines.end(), [&](const PayoutLine& l) {
            return l.part == part && l.type == lineType && l.charge == charge;
        });
        if (line == b.lines.end())
            line = b.lines.insert(b.lines.end(), PayoutLine{part, lineType, charge, 0, 0});
        line->cents += e.int64(2);
        line->events += e.int64(3);
        b.eventsCents += e.int64(2);
        b.cachedEvents += e.int64(3);
        if (type == QLatin1String("shipment") && charge == QLatin1String("Principal"))
            b.orders = e.int64(4);
    }
    if (step == CipherDatabase::Statement::Step::Error)
        m_lastError = m_db.lastError();
    if (b.payout.reserveReleasedCents != 0)
        b.lines.append({PayoutPart::ReserveReleased, QString(), QString(), b.payout.reserveReleasedCents, 0});
    if (b.payout.reserveHeldCents != 0)
        b.lines.append({PayoutPart::ReserveHeld, QString(), QString(), -b.payout.reserveHeldCents, 0});
    std::stable_sort(b.lines.begin(), b.lines.end(), [](const PayoutLine& a, const PayoutLine& c) {
        return std::tie(a.part, a.type, a.charge) < std::tie(c.part, c.type, c.charge);
    });
    b.differenceCents =
        b.eventsCents + b.payout.reserveReleasedCents - b.payout.reserveHeldCents - b.payout.originalTotalCents;
    return b;
}

PayoutOrders PayoutsQuery::orders(const QString& settlementId, int limit) const
{
    m_lastError.clear();
    PayoutOrders result;
    // One pass over the index on (settlement_id, type, charge, order_id, amount_cents), which covers it:
    // the orders grouped, their number counted over the groups before the limit (a separate
    // count(DISTINCT) was a second pass); the purchase day from the orders' unique index on id.
    CipherDatabase::Statement s = m_db.prepare(
        "SELECT e.order_id, e.cents, e.events, o.purchase_date, e.total FROM (SELECT order_id, "
        "sum(amount_cents) AS cents, count(*) AS events, count(*) OVER () AS total FROM financial_events "
        "WHERE settlement_id = ?1 AND order_id IS NOT NULL GROUP BY order_id ORDER BY order_id LIMIT ?2) e "
        "LEFT JOIN orders o ON o.id = e.order_id ORDER BY e.order_id");
    if (!s.isValid()) {
        m_lastError = m_db.lastError();
        return result;
    }
    s.bind(1, settlementId);
    s.bind(2, qint64(limit));
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row) {
        result.rows.append({s.text(0), s.isNull(3) ? QString() : s.text(3), s.int64(1), s.int64(2)});
        result.total = s.int64(4);
    }
    if (step == CipherDatabase::Statement::Step::Error)
        m_lastError = m_db.lastError();
    return result;
}

} // namespace sp
