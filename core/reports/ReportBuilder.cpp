#include "reports/ReportBuilder.h"

#include "amazon/AmazonMarketplaces.h"
#include "amazon/AmazonTerms.h"
#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "cache/summary/FeeCharges.h"
#include "expenses/ExpenseTotals.h"
#include "reports/SummarySql.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::ReportBuilder", text); }

using Step = CipherDatabase::Statement::Step;
using Kind = ReportColumn::Kind;

ReportColumn column(const char* key, const QString& title, Kind kind)
{
    return ReportColumn{QLatin1String(key), title, kind};
}

QVariant percentOf(qint64 part, qint64 whole)
{
    return whole != 0 ? QVariant(100.0 * double(part) / double(whole)) : QVariant();
}

// The fee charges as the seller reads them.
QString chargeTitle(const QString& charge) { return AmazonTerms::charge(charge); }

} // namespace

ReportBuilder::ReportBuilder(const CacheQuery& cache)
    : m_db(ReadConnection::of(cache))
{}

QList<ReportKind> ReportBuilder::allKinds()
{
    return {ReportKind::ProfitAndLoss,     ReportKind::SalesByProduct,  ReportKind::FeeBreakdown,
            ReportKind::RefundsAndReturns, ReportKind::InventoryHealth, ReportKind::Orders};
}

QString ReportBuilder::idOf(ReportKind kind)
{
    switch (kind) {
    case ReportKind::ProfitAndLoss:
        return QStringLiteral("profit-and-loss");
    case ReportKind::SalesByProduct:
        return QStringLiteral("sales-by-product");
    case ReportKind::FeeBreakdown:
        return QStringLiteral("fee-breakdown");
    case ReportKind::RefundsAndReturns:
        return QStringLiteral("refunds");
    case ReportKind::InventoryHealth:
        return QStringLiteral("inventory-health");
    case ReportKind::Orders:
        return QStringLiteral("orders");
    }
    return {};
}

std::optional<ReportKind> ReportBuilder::kindFromId(const QString& id)
{
    for (ReportKind kind : allKinds()) {
        if (idOf(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QString ReportBuilder::titleOf(ReportKind kind)
{
    switch (kind) {
    case ReportKind::ProfitAndLoss:
        return tr("Profit and loss by month");
    case ReportKind::SalesByProduct:
        return tr("Sales by product");
    case ReportKind::FeeBreakdown:
        return tr("Fee breakdown");
    case ReportKind::RefundsAndReturns:
        return tr("Refunds and returns");
    case ReportKind::InventoryHealth:
        return tr("Inventory health");
    case ReportKind::Orders:
        return tr("Orders");
    }
    return {};
}

ReportTable ReportBuilder::build(ReportKind kind, const DashboardFilter& filter, QDate today)
{
    m_lastError.clear();
    ReportTable table;
    if (kind != ReportKind::InventoryHealth && !filter.period.isValid()) {
        m_lastError = tr("Choose a period whose first day is on or before its last day.");
    } else {
        switch (kind) {
        case ReportKind::ProfitAndLoss:
            table = profitAndLoss(filter);
            break;
        case ReportKind::SalesByProduct:
            table = salesByProduct(filter);
            break;
        case ReportKind::FeeBreakdown:
            table = feeBreakdown(filter);
            break;
        case ReportKind::RefundsAndReturns:
            table = refundsAndReturns(filter);
            break;
        case ReportKind::InventoryHealth:
            table = inventoryHealth(today);
            break;
        case ReportKind::Orders:
            table = orders(filter);
            break;
        }
    }
    table.id = idOf(kind);
    table.title = titleOf(kind);
    table.period = kind == ReportKind::InventoryHealth ? Period() : filter.period;
    table.marketplaceIds = filter.marketplaceIds;
    table.marketplaceNames = AmazonMarketplaces::displayNames(filter.marketplaceIds);
    CipherDatabase::Statement s = m_db.prepare("SELECT value FROM meta WHERE key = 'last_synced_at'");
    if (s.isValid() && s.step() == Step::Row)
        table.dataAsOf = QDateTime::fromString(s.text(0), Qt::ISODateWithMs);
    if (!m_lastError.isEmpty())
        table.rows.clear();
    return table;
}

ReportTable ReportBuilder::profitAndLoss(const DashboardFilter& filter)
{
    ReportTable t;
    t.columns = {column("month", tr("Month"), Kind::Text),
                 column("currency", tr("Currency"), Kind::Text),
                 column("revenue", tr("Revenue"), Kind::Money),
                 column("units", tr("Units"), Kind::Integer),
                 column("orders", tr("Orders"), Kind::Integer),
                 column("pending_orders", tr("Pending orders (estimated)"), Kind::Integer),
                 column("amazon_fees", tr("Amazon fees"), Kind::Money),
                 column("refunds", tr("Refunds"), Kind::Money),
                 column("advertising", tr("Advertising"), Kind::Money),
                 column("reimbursements", tr("Reimbursements"), Kind::Money),
                 column("cogs", tr("Cost of goods"), Kind::Money),
                 column("other_expenses", tr("Other expenses"), Kind::Money),
                 column("net_profit", tr("Net profit"), Kind::Money),
                 column("margin", tr("Margin"), Kind::Percent)};
    // Issue 17: the seller's expenses by month and currency, their own column; a month with only
    // expenses gets its row too.
    QMap<QString, QMap<QString, qint64>> expenses;
    if (!ExpenseTotals::byMonth(m_db, filter, &expenses)) {
        m_lastError = SummarySql::readError(m_db);
        return t;
    }
    const QByteArray sql =
        QByteArrayLiteral("SELECT substr(day, 1, 7) AS month, currency, SUM(revenue_cents), SUM(units), SUM(orders), "
                          "SUM(pending_orders), SUM(fees_cents), SUM(refunds_cents), SUM(advertising_cents), "
                          "SUM(reimbursements_cents), SUM(cogs_cents) FROM summary_daily WHERE day >= ?1 AND day <= ?2")
        + SummarySql::marketplaceClause(filter.marketplaceIds, 3)
        + QByteArrayLiteral(" GROUP BY month, currency ORDER BY month, currency");
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        m_lastError = SummarySql::readError(m_db);
        return t;
    }
    s.bind(1, SummarySql::dayText(filter.period.from));
    s.bind(2, SummarySql::dayText(filter.period.to));
    SummarySql::bindMarketplaces(s, filter.marketplaceIds, 3);
    QMap<QString, QMap<QString, QPair<qint64, qint64>>> chartValues; // currency -> month -> revenue, net
    QMap<QPair<QString, QString>, QVariantList> rows;                // (month, currency) -> row
    auto addRow = [&](const QString& month, const QString& currency, CurrencyTotals totals, qint64 units, qint64 orders,
                      qint64 pendingOrders) {
        totals.expensesCents = expenses[month].take(currency);
        SummarySql::finish(&totals);
        rows.insert({month, currency},
                    {month, currency, totals.revenueCents, units, orders, pendingOrders, totals.amazonFeesCents,
                     totals.refundsCents, totals.advertisingCents, totals.reimbursementsCents, totals.cogsCents,
                     totals.expensesCents, totals.netProfitCents,
                     totals.marginPercent ? QVariant(*totals.marginPercent) : QVariant()});
        chartValues[currency][month] = {totals.revenueCents, totals.netProfitCents};
    };
    for (auto step = s.step(); step != Step::Done; step = s.step()) {
        if (step == Step::Error) {
            m_lastError = SummarySql::readError(m_db);
            return t;
        }
        CurrencyTotals totals;
        totals.revenueCents = s.int64(2);
        totals.amazonFeesCents = s.int64(6);
        totals.refundsCents = s.int64(7);
        totals.advertisingCents = s.int64(8);
        totals.reimbursementsCents = s.int64(9);
        totals.cogsCents = s.int64(10);
        addRow(s.text(0), s.text(1), totals, s.int64(3), s.int64(4), s.int64(5));
    }
    const auto onlyExpenses = expenses; // what no sales row took (addRow takes from `expenses`)
    for (auto month = onlyExpenses.cbegin(); month != onlyExpenses.cend(); ++month) {
        for (auto currency = month.value().cbegin(); currency != month.value().cend(); ++currency) {
            CurrencyTotals totals;
            totals.currency = currency.key();
            addRow(month.key(), currency.key(), totals, 0, 0, 0);
        }
    }
    t.rows = rows.values(); // by month, then currency
    t.chart.title = tr("Revenue and net profit by month");
    for (QDate month(filter.period.from.year(), filter.period.from.month(), 1); month <= filter.period.to;
         month = month.addMonths(1))
        t.chart.labels.append(month.toString(QStringLiteral("yyyy-MM")));
    for (auto it = chartValues.cbegin(); it != chartValues.cend(); ++it) {
        ReportSeries revenue{tr("Revenue"), it.key(), {}};
        ReportSeries net{tr("Net profit"), it.key(), {}};
        for (const QString& label : std::as_const(t.chart.labels)) {
            revenue.valuesCents.append(it.value().value(label).first);
            net.valuesCents.append(it.value().value(label).second);
        }
        t.chart.series.append(revenue);
        t.chart.series.append(net);
    }
    return t;
}

ReportTable ReportBuilder::salesByProduct(const DashboardFilter& filter)
{
    ReportTable t;
    t.columns = {column("sku", tr("SKU"), Kind::Text),
                 column("asin", tr("ASIN"), Kind::Text),
                 column("title", tr("Title"), Kind::Text),
                 column("currency", tr("Currency"), Kind::Text),
                 column("units", tr("Units"), Kind::Integer),
                 column("revenue", tr("Revenue"), Kind::Money),
                 column("amazon_fees", tr("Amazon fees"), Kind::Money),
                 column("refunds", tr("Refunds"), Kind::Money),
                 column("reimbursements", tr("Reimbursements"), Kind::Money),
                 column("cogs", tr("Cost of goods"), Kind::Money),
                 column("net_profit", tr("Net profit (before advertising)"), Kind::Money),
                 column("margin", tr("Margin"), Kind::Percent)};
    QList<SummarySql::ProductFigures> products;
    if (!SummarySql::products(m_db, filter, &products)) {
        m_lastError = SummarySql::readError(m_db);
        return t;
    }
    std::sort(products.begin(), products.end(), [](const auto& a, const auto& b) {
        return a.currency != b.currency           ? a.currency < b.currency
               : a.revenueCents != b.revenueCents ? a.revenueCents > b.revenueCents
                                                  : a.sku < b.sku;
    });
    for (const auto& p : std::as_const(products)) {
        if (p.units == 0 && p.revenueCents == 0 && p.feesCents == 0 && p.refundsCents == 0
            && p.reimbursementsCents == 0)
            continue;
        t.rows.append({p.sku, p.asin, p.title, p.currency, p.units, p.revenueCents, p.feesCents, p.refundsCents,
                       p.reimbursementsCents, p.cogsCents, p.netProfitCents(),
                       percentOf(p.netProfitCents(), p.revenueCents)});
    }
    return t;
}

ReportTable ReportBuilder::feeBreakdown(const DashboardFilter& filter)
{
    ReportTable t;
    t.columns = {column("fee", tr("Fee"), Kind::Text),
                 column("charge", tr("Charge"), Kind::Text),
                 column("currency", tr("Currency"), Kind::Text),
                 column("amount", tr("Amount"), Kind::Money),
                 column("events", tr("Postings"), Kind::Integer),
                 column("share", tr("Share of fees"), Kind::Percent)};
    const QByteArray sql =
        QByteArrayLiteral("SELECT charge, currency, -SUM(amount_cents), SUM(events) FROM summary_fee_day "
                          "WHERE day >= ?1 AND day <= ?2 AND charge IN " SP_FEE_CHARGES)
        + SummarySql::marketplaceClause(filter.marketplaceIds, 3)
        + QByteArrayLiteral(" GROUP BY charge, currency ORDER BY currency, 3 DESC");
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        m_lastError = SummarySql::readError(m_db);
        return t;
    }
    s.bind(1, SummarySql::dayText(filter.period.from));
    s.bind(2, SummarySql::dayText(filter.period.to));
    SummarySql::bindMarketplaces(s, filter.marketplaceIds, 3);
    QHash<QString, qint64> totalByCurrency;
    struct Row
    {
        QString charge, currency;
        qint64 amount, events;
    };
    QList<Row> rows;
    for (auto step = s.step(); step != Step::Done; step = s.step()) {
        if (step == Step::Error) {
            m_lastError = SummarySql::readError(m_db);
            return t;
        }
        rows.append({s.text(0), s.text(1), s.int64(2), s.int64(3)});
        totalByCurrency[s.text(1)] += s.int64(2);
    }
    t.chart.title = tr("Fees by kind");
    QStringList charges;
    for (const Row& row : rows) {
        t.rows.append({chargeTitle(row.charge), row.charge, row.currency, row.amount, row.events,
                       percentOf(row.amount, totalByCurrency.value(row.currency))});
        if (!charges.contains(row.charge))
            charges.append(row.charge);
    }
    for (const QString& charge : std::as_const(charges))
        t.chart.labels.append(chargeTitle(charge));
    QStringList currencies = totalByCurrency.keys();
    std::sort(currencies.begin(), currencies.end());
    for (const QString& currency : std::as_const(currencies)) {
        ReportSeries series{tr("Fees"), currency, {}};
        for (const QString& charge : std::as_const(charges)) {
            qint64 value = 0;
            for (const Row& row : rows)
                value += row.charge == charge && row.currency == currency ? row.amount : 0;
            series.valuesCents.append(value);
        }
        t.chart.series.append(series);
    }
    return t;
}

ReportTable ReportBuilder::refundsAndReturns(const DashboardFilter& filter)
{
    ReportTable t;
    t.columns = {column("sku", tr("SKU"), Kind::Text),
                 column("title", tr("Title"), Kind::Text),
                 column("currency", tr("Currency"), Kind::Text),
                 column("units_sold", tr("Units sold"), Kind::Integer),
                 column("refunded_items", tr("Refunded items"), Kind::Integer),
                 column("refunds", tr("Refunded amount"), Kind::Money),
                 column("refund_rate", tr("Refunded items per 100 units sold"), Kind::Percent)};
    QList<SummarySql::ProductFigures> products;
    if (!SummarySql::products(m_db, filter, &products)) {
        m_lastError = SummarySql::readError(m_db);
        return t;
    }
    std::sort(products.begin(), products.end(), [](const auto& a, const auto& b) {
        return a.currency != b.currency           ? a.currency < b.currency
               : a.refundsCents != b.refundsCents ? a.refundsCents > b.refundsCents
                                                  : a.sku < b.sku;
    });
    for (const auto& p : std::as_const(products)) {
        if (p.refundCount == 0 && p.refundsCents == 0)
            continue;
        t.rows.append(
            {p.sku, p.title, p.currency, p.units, p.refundCount, p.refundsCents, percentOf(p.refundCount, p.units)});
    }
    return t;
}

ReportTable ReportBuilder::inventoryHealth(QDate today)
{
    ReportTable t;
    t.columns = {column("sku", tr("SKU"), Kind::Text),
                 column("title", tr("Title"), Kind::Text),
                 column("region", tr("Region"), Kind::Text),
                 column("fulfillable", tr("Fulfillable"), Kind::Integer),
                 column("inbound", tr("Inbound"), Kind::Integer),
                 column("reserved", tr("Reserved"), Kind::Integer),
                 column("unfulfillable", tr("Unfulfillable"), Kind::Integer),
                 column("units_30_days", tr("Units sold (30 days)"), Kind::Integer),
                 column("days_of_cover", tr("Days of cover"), Kind::Integer)};
    CipherDatabase::Statement s = m_db.prepare(
        "SELECT i.sku, IFNULL(p.title, ''), i.region, i.fulfillable, i.inbound, i.reserved, i.unfulfillable, "
        "IFNULL((SELECT SUM(d.units) FROM summary_product_day d JOIN marketplaces m ON m.id = d.marketplace_id "
        "        WHERE d.sku = i.sku AND m.region = i.region AND d.day >= ?1 AND d.day <= ?2), 0) "
        "FROM inventory i LEFT JOIN products p ON p.sku = i.sku ORDER BY i.sku, i.region");
    if (!s.isValid()) {
        m_lastError = SummarySql::readError(m_db);
        return t;
    }
    s.bind(1, SummarySql::dayText(today.addDays(-29)));
    s.bind(2, SummarySql::dayText(today));
    for (auto step = s.step(); step != Step::Done; step = s.step()) {
        if (step == Step::Error) {
            m_lastError = SummarySql::readError(m_db);
            return t;
        }
        const qint64 sold = s.int64(7);
        const QVariant cover =
            sold > 0 ? QVariant(qint64(std::floor(double(s.int64(3)) * 30.0 / double(sold)))) : QVariant();
        t.rows.append({s.text(0), s.text(1), s.text(2), s.int64(3), s.int64(4), s.int64(5), s.int64(6), sold, cover});
    }
    return t;
}

ReportTable ReportBuilder::orders(const DashboardFilter& filter)
{
    ReportTable t;
    t.columns = {column("purchase_date", tr("Purchase date"), Kind::Date),
                 column("order_id", tr("Order"), Kind::Text),
                 column("marketplace", tr("Marketplace"), Kind::Text),
                 column("status", tr("Status"), Kind::Text),
                 column("fulfillment", tr("Fulfilment"), Kind::Text),
                 column("currency", tr("Currency"), Kind::Text),
                 column("units", tr("Units"), Kind::Integer),
                 column("order_total", tr("Order total"), Kind::Money)};
    const QByteArray sql =
        QByteArrayLiteral("SELECT o.purchase_date, o.id, IFNULL(m.name, o.marketplace_id), o.status, "
                          "o.fulfillment_channel, o.currency, "
                          "(SELECT SUM(quantity) FROM order_items WHERE order_id = o.id), o.order_total_cents "
                          "FROM orders o LEFT JOIN marketplaces m ON m.id = o.marketplace_id "
                          "WHERE o.purchase_date >= ?1 AND o.purchase_date < ?2")
        + SummarySql::marketplaceClause(filter.marketplaceIds, 3, "o.marketplace_id")
        + QByteArrayLiteral(" ORDER BY o.purchase_date DESC");
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        m_lastError = SummarySql::readError(m_db);
        return t;
    }
    s.bind(1, SummarySql::dayText(filter.period.from));
    s.bind(2, SummarySql::dayText(filter.period.to.addDays(1)));
    SummarySql::bindMarketplaces(s, filter.marketplaceIds, 3);
    for (auto step = s.step(); step != Step::Done; step = s.step()) {
        if (step == Step::Error) {
            m_lastError = SummarySql::readError(m_db);
            return t;
        }
        t.rows.append({QDate::fromString(s.text(0).left(10), Qt::ISODate), s.text(1), s.text(2),
                       AmazonTerms::orderStatus(s.text(3)), AmazonTerms::fulfillment(s.text(4)), s.text(5), s.int64(6),
                       s.isNull(7) ? QVariant() : QVariant(s.int64(7))});
    }
    return t;
}

} // namespace sp
