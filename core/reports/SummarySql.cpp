#include "reports/SummarySql.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

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

QString dayText(QDate day) { return day.toString(Qt::ISODate); }

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
    const QByteArray sql =
        QByteArrayLiteral("SELECT currency, SUM(revenue_cents), SUM(units), SUM(orders), SUM(pending_units), "
                          "SUM(pending_orders), SUM(fees_cents), SUM(refunds_cents), SUM(advertising_cents), "
                          "SUM(reimbursements_cents), SUM(cogs_cents), SUM(uncosted_units) "
                          "FROM summary_daily WHERE day >= ?1 AND day <= ?2")
        + marketplaceClause(filter.marketplaceIds, 3) + QByteArrayLiteral(" GROUP BY currency ORDER BY currency");
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

bool products(CipherDatabase& db, const DashboardFilter& filter, QList<ProductFigures>* out, bool byMarketplace,
              bool withTitles)
{
    out->clear();
    // The parts to add (+1) or take away (-1): month rows (keys YYYY-MM) and day rows (YYYY-MM-DD).
    struct Part
    {
        bool months;
        QString from, to;
        int sign;
    };
    QList<Part> parts;
    auto addDays = [&](QDate from, QDate to, int sign) {
        if (from <= to)
            parts.append({false, dayText(from), dayText(to), sign});
    };
    const QDate from = filter.period.from, to = filter.period.to;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const QDate monthEnd = month.addDays(month.daysInMonth() - 1);
        const QDate first = std::max(month, from), last = std::min(monthEnd, to);
        const qint64 covered = first.daysTo(last) + 1;
        if (covered * 2 <= month.daysInMonth()) {
            addDays(first, last, +1);
            continue;
        }
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        if (!parts.isEmpty() && parts.last().months && parts.last().sign > 0
            && QDate::fromString(parts.last().to + QStringLiteral("-01"), Qt::ISODate).addMonths(1) == month)
            parts.last().to = key; // whole months in a row: one range
        else
            parts.append({true, key, key, +1});
        addDays(month, first.addDays(-1), -1);
        addDays(last.addDays(1), monthEnd, -1);
    }
    const QByteArray groupColumns =
        byMarketplace ? QByteArrayLiteral("sku, currency, marketplace_id") : QByteArrayLiteral("sku, currency");
    const int mpIndex = 2 * int(parts.size()) + 1;
    const QByteArray mp = marketplaceClause(filter.marketplaceIds, mpIndex);
    QByteArray sql = QByteArrayLiteral("SELECT ") + groupColumns
                     + QByteArrayLiteral(", SUM(units), SUM(revenue_cents), SUM(fees_cents), SUM(refunds_cents), "
                                         "SUM(refund_count), SUM(reimbursements_cents), SUM(cogs_cents), "
                                         "SUM(uncosted_units) FROM (");
    for (int i = 0; i < parts.size(); ++i) {
        const Part& part = parts.at(i);
        const QByteArray sign = part.sign > 0 ? QByteArray() : QByteArrayLiteral("-");
        if (i > 0)
            sql += " UNION ALL ";
        sql += "SELECT " + groupColumns + ", " + sign + "units AS units, " + sign + "revenue_cents AS revenue_cents, "
               + sign + "fees_cents AS fees_cents, " + sign + "refunds_cents AS refunds_cents, " + sign
               + "refund_count AS refund_count, " + sign + "reimbursements_cents AS reimbursements_cents, " + sign
               + "cogs_cents AS cogs_cents, " + sign + "uncosted_units AS uncosted_units FROM "
               + (part.months ? "summary_product_month WHERE month" : "summary_product_day WHERE day") + " >= ?"
               + QByteArray::number(2 * i + 1) + " AND " + (part.months ? "month" : "day") + " <= ?"
               + QByteArray::number(2 * i + 2) + mp;
    }
    sql += QByteArrayLiteral(") GROUP BY ") + groupColumns;
    if (parts.isEmpty())
        return true;
    CipherDatabase::Statement s = db.prepare(sql.constData());
    if (!s.isValid())
        return false;
    for (int i = 0; i < parts.size(); ++i) {
        s.bind(2 * i + 1, parts.at(i).from);
        s.bind(2 * i + 2, parts.at(i).to);
    }
    bindMarketplaces(s, filter.marketplaceIds, mpIndex);
    const int c = byMarketplace ? 3 : 2;
    for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
        if (step == CipherDatabase::Statement::Step::Error)
            return false;
        ProductFigures p;
        p.sku = s.text(0);
        p.currency = s.text(1);
        if (byMarketplace)
            p.marketplaceId = s.text(2);
        p.units = s.int64(c);
        p.revenueCents = s.int64(c + 1);
        p.feesCents = s.int64(c + 2);
        p.refundsCents = s.int64(c + 3);
        p.refundCount = s.int64(c + 4);
        p.reimbursementsCents = s.int64(c + 5);
        p.cogsCents = s.int64(c + 6);
        p.uncostedUnits = s.int64(c + 7);
        // A SKU whose day rows cancel its month row exactly had nothing in the period.
        if (p.units == 0 && p.revenueCents == 0 && p.feesCents == 0 && p.refundsCents == 0 && p.refundCount == 0
            && p.reimbursementsCents == 0 && p.cogsCents == 0 && p.uncostedUnits == 0)
            continue;
        out->append(p);
    }
    if (byMarketplace || !withTitles)
        return true;
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

bool titles(CipherDatabase& db, QList<ProductRank>* ranks)
{
    CipherDatabase::Statement names = db.prepare("SELECT asin, title FROM products WHERE sku = ?1");
    if (!names.isValid())
        return false;
    for (ProductRank& rank : *ranks) {
        names.bind(1, rank.sku);
        if (names.step() == CipherDatabase::Statement::Step::Row) {
            rank.asin = names.text(0);
            rank.title = names.text(1);
        }
        names.reset();
    }
    return true;
}

} // namespace SummarySql
} // namespace sp
