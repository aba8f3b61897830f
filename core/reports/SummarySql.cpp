#include "reports/SummarySql.h"

#include <QCoreApplication>
#include <QHash>

namespace sp {
namespace SummarySql {

QByteArray marketplaceClause(const QStringList& ids, int firstIndex, const char* column)
{
    if (ids.isEmpty())
        return {};
    QByteArray clause = QByteArrayLiteral(" AND ") + column + QByteArrayLiteral(" IN (");
    for (int i = 0; i < ids.size(); ++i) {
        if (i > 0)
            clause += ',';
        clause += '?' + QByteArray::number(firstIndex + i);
    }
    return clause + ')';
}

void bindMarketplaces(CipherDatabase::Statement& statement, const QStringList& ids, int firstIndex)
{
    for (int i = 0; i < ids.size(); ++i)
        statement.bind(firstIndex + i, ids.at(i));
}

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString readError(CipherDatabase& db)
{
    return QCoreApplication::translate("sp::SummarySql", "The offline cache could not be read (%1).")
        .arg(db.lastError());
}

void finish(CurrencyTotals* t)
{
    t->netProfitCents = t->revenueCents - t->amazonFeesCents - t->refundsCents - t->advertisingCents
                        + t->reimbursementsCents - t->cogsCents;
    t->marginPercent = t->revenueCents != 0
                           ? std::optional<double>(100.0 * double(t->netProfitCents) / double(t->revenueCents))
                           : std::nullopt;
    t->roiPercent = t->cogsCents != 0 ? std::optional<double>(100.0 * double(t->netProfitCents) / double(t->cogsCents))
                                      : std::nullopt;
}

bool totals(CipherDatabase& db, const DashboardFilter& filter, QList<CurrencyTotals>* out)
{
    out->clear();
    const QByteArray sql = QByteArrayLiteral(
                               "SELECT currency, SUM(revenue_cents), SUM(units), SUM(orders), SUM(pending_units), "
                               "SUM(pending_orders), SUM(fees_cents), SUM(refunds_cents), SUM(advertising_cents), "
                               "SUM(reimbursements_cents), SUM(cogs_cents), SUM(uncosted_units) "
                               "FROM summary_daily WHERE day >= ?1 AND day <= ?2")
                           + marketplaceClause(filter.marketplaceIds, 3)
                           + QByteArrayLiteral(" GROUP BY currency ORDER BY currency");
    CipherDatabase::Statement s = db.prepare(sql.constData());
    if (!s.isValid())
        return false;
    s.bind(1, dayText(filter.period.from));
    s.bind(2, dayText(filter.period.to));
    bindMarketplaces(s, filter.marketplaceIds, 3);
    for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
        if (step == CipherDatabase::Statement::Step::Error)
            return false;
        CurrencyTotals t;
        t.currency = s.text(0);
        t.revenueCents = s.int64(1);
        t.units = s.int64(2);
        t.orders = s.int64(3);
        t.pendingUnits = s.int64(4);
        t.pendingOrders = s.int64(5);
        t.amazonFeesCents = s.int64(6);
        t.refundsCents = s.int64(7);
        t.advertisingCents = s.int64(8);
        t.reimbursementsCents = s.int64(9);
        t.cogsCents = s.int64(10);
        t.cogsComplete = s.int64(11) == 0;
        finish(&t);
        out->append(t);
    }
    return true;
}

bool products(CipherDatabase& db, const DashboardFilter& filter, QList<ProductFigures>* out)
{
    out->clear();
    // Whole months inside the period come from the month rows; the rest from the day rows.
    QDate firstWhole(filter.period.from.year(), filter.period.from.month(), 1);
    if (firstWhole < filter.period.from)
        firstWhole = firstWhole.addMonths(1);
    const QDate afterLastWhole = QDate(filter.period.to.year(), filter.period.to.month(), 1)
                                     .addMonths(filter.period.to.day() == filter.period.to.daysInMonth() ? 1 : 0);
    const bool hasWhole = firstWhole < afterLastWhole;
    const char* const columns = "sku, currency, units, revenue_cents, fees_cents, refunds_cents, refund_count, "
                                "reimbursements_cents, cogs_cents, uncosted_units";
    QByteArray sql = QByteArrayLiteral("SELECT sku, currency, SUM(units), SUM(revenue_cents), SUM(fees_cents), "
                                       "SUM(refunds_cents), SUM(refund_count), SUM(reimbursements_cents), "
                                       "SUM(cogs_cents), SUM(uncosted_units) FROM (");
    const QByteArray mp = marketplaceClause(filter.marketplaceIds, 7);
    if (hasWhole) {
        // ?1/?2: the day edges' ends; ?3/?4: whole months (YYYY-MM); ?5/?6: day edges after them.
        sql += QByteArrayLiteral("SELECT ") + columns + QByteArrayLiteral(" FROM summary_product_month WHERE month >= ?3 AND month <= ?4") + mp
               + QByteArrayLiteral(" UNION ALL SELECT ") + columns
               + QByteArrayLiteral(" FROM summary_product_day WHERE ((day >= ?1 AND day < ?2) OR (day >= ?5 AND day <= ?6))") + mp;
    } else {
        sql += QByteArrayLiteral("SELECT ") + columns + QByteArrayLiteral(" FROM summary_product_day WHERE day >= ?1 AND day <= ?2") + mp;
    }
    sql += QByteArrayLiteral(") GROUP BY sku, currency");
    CipherDatabase::Statement s = db.prepare(sql.constData());
    if (!s.isValid())
        return false;
    if (hasWhole) {
        s.bind(1, dayText(filter.period.from));
        s.bind(2, dayText(firstWhole));
        s.bind(3, firstWhole.toString(QStringLiteral("yyyy-MM")));
        s.bind(4, afterLastWhole.addMonths(-1).toString(QStringLiteral("yyyy-MM")));
        s.bind(5, dayText(afterLastWhole));
        s.bind(6, dayText(filter.period.to));
    } else {
        s.bind(1, dayText(filter.period.from));
        s.bind(2, dayText(filter.period.to));
    }
    bindMarketplaces(s, filter.marketplaceIds, 7);
    for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
        if (step == CipherDatabase::Statement::Step::Error)
            return false;
        ProductFigures p;
        p.sku = s.text(0);
        p.currency = s.text(1);
        p.units = s.int64(2);
        p.revenueCents = s.int64(3);
        p.feesCents = s.int64(4);
        p.refundsCents = s.int64(5);
        p.refundCount = s.int64(6);
        p.reimbursementsCents = s.int64(7);
        p.cogsCents = s.int64(8);
        p.uncostedUnits = s.int64(9);
        out->append(p);
    }
    CipherDatabase::Statement names = db.prepare("SELECT asin, title FROM products WHERE sku = ?1");
    if (!names.isValid())
        return false;
    for (ProductFigures& p : *out) {
        names.bind(1, p.sku);
        if (names.step() == CipherDatabase::Statement::Step::Row) {
            p.asin = names.text(0);
            p.title = names.text(1);
        }
        names.reset();
    }
    return true;
}

} // namespace SummarySql
} // namespace sp
