#include "reports/SummarySql.h"

#include "expenses/ExpenseTotals.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>
#include <unordered_map>

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
                        + t->reimbursementsCents - t->cogsCents - t->expensesCents;
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
    return ExpenseTotals::addTo(db, filter, out); // issue 17: the seller's expenses, their own line
}

namespace {

// The parts of a period to add (+1) or take away (-1): month rows (keys YYYY-MM) and day rows (YYYY-MM-DD).
struct Part
{
    bool months;
    QString from, to;
    int sign;
};

QList<Part> partsOf(const Period& period)
{
    QList<Part> parts;
    auto addDays = [&](QDate from, QDate to, int sign) {
        if (from <= to)
            parts.append({false, dayText(from), dayText(to), sign});
    };
    const QDate from = period.from, to = period.to;
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
    return parts;
}

// One statement reading the key columns and the values of every part's rows, a value negated in a
// part taken away. The rows are added up by PartSums rather than by a GROUP BY: SQLite would sort
// every row of every part in a temporary B-tree first, which costs several times the reading itself.
CipherDatabase::Statement partRows(CipherDatabase& db, const QList<Part>& parts, const QByteArray& keyColumns,
                                   const QList<QByteArray>& values, const QStringList& marketplaceIds)
{
    const int mpIndex = 2 * int(parts.size()) + 1;
    const QByteArray mp = marketplaceClause(marketplaceIds, mpIndex);
    QByteArray sql;
    for (int i = 0; i < parts.size(); ++i) {
        const Part& part = parts.at(i);
        if (i > 0)
            sql += " UNION ALL ";
        sql += "SELECT " + keyColumns;
        for (const QByteArray& value : values)
            sql += (part.sign > 0 ? ", " : ", -") + value;
        sql += QByteArray(" FROM ") + (part.months ? "summary_product_month WHERE month" : "summary_product_day WHERE day")
               + " >= ?" + QByteArray::number(2 * i + 1) + " AND " + (part.months ? "month" : "day") + " <= ?"
               + QByteArray::number(2 * i + 2) + mp;
    }
    CipherDatabase::Statement s = db.prepare(sql.constData());
    if (!s.isValid())
        return s;
    for (int i = 0; i < parts.size(); ++i) {
        s.bind(2 * i + 1, parts.at(i).from);
        s.bind(2 * i + 2, parts.at(i).to);
    }
    bindMarketplaces(s, marketplaceIds, mpIndex);
    return s;
}

// Sums of rows per key (the first `keyCount` columns). Keys are the columns' UTF-8 bytes joined
// by NUL, so that sorted keys come in the order SQLite's BINARY collation would have grouped them.
template <typename Sum>
class PartSums
{
public:
    explicit PartSums(int keyCount)
        : m_keyCount(keyCount)
    {
    }

    // The entry of the statement's current row; `isNew` when this is its first row.
    Sum& entryOf(const CipherDatabase::Statement& s, bool* isNew)
    {
        m_key.resize(0); // keeps its capacity: no allocation per row
        for (int column = 0; column < m_keyCount; ++column) {
            if (column > 0)
                m_key += '\0';
            m_key += s.utf8(column);
        }
        const std::string_view key(m_key.constData(), size_t(m_key.size()));
        auto found = m_indexOf.find(key);
        *isNew = found == m_indexOf.end();
        if (*isNew) {
            m_keys.append(QByteArray(m_key.constData(), m_key.size())); // its own bytes: the map's key views them
            const QByteArray& kept = m_keys.constLast();
            found = m_indexOf.emplace(std::string_view(kept.constData(), size_t(kept.size())), m_sums.size()).first;
            m_sums.append(Sum());
        }
        return m_sums[found->second];
    }

    // The sums in key order.
    QList<Sum> sorted() const
    {
        QList<qsizetype> order(m_sums.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) { return m_keys.at(a) < m_keys.at(b); });
        QList<Sum> sums;
        sums.reserve(order.size());
        for (const qsizetype i : order)
            sums.append(m_sums.at(i));
        return sums;
    }

private:
    int m_keyCount;
    QByteArray m_key;
    // libstdc++'s hash of the bytes: tens of thousands of rows per read (a dashboard's 30 days), and
    // QHash's AES hash of a QByteArray measured several times slower per row here (issue 15).
    std::unordered_map<std::string_view, qsizetype> m_indexOf;
    QList<QByteArray> m_keys;
    QList<Sum> m_sums;
};

} // namespace

namespace {

// The value columns of a product's summary rows, in ProductFigures' order (addProductValues).
QList<QByteArray> productValueColumns()
{
    return {"units",        "revenue_cents",        "fees_cents", "refunds_cents",
            "refund_count", "reimbursements_cents", "cogs_cents", "uncosted_units"};
}

void addProductValues(const CipherDatabase::Statement& s, int first, ProductFigures* p)
{
    p->units += s.int64(first);
    p->revenueCents += s.int64(first + 1);
    p->feesCents += s.int64(first + 2);
    p->refundsCents += s.int64(first + 3);
    p->refundCount += s.int64(first + 4);
    p->reimbursementsCents += s.int64(first + 5);
    p->cogsCents += s.int64(first + 6);
    p->uncostedUnits += s.int64(first + 7);
}

void addFigures(const ProductFigures& from, ProductFigures* into)
{
    into->units += from.units;
    into->revenueCents += from.revenueCents;
    into->feesCents += from.feesCents;
    into->refundsCents += from.refundsCents;
    into->refundCount += from.refundCount;
    into->reimbursementsCents += from.reimbursementsCents;
    into->cogsCents += from.cogsCents;
    into->uncostedUnits += from.uncostedUnits;
}

// A SKU whose day rows cancel its month row exactly had nothing in the period.
bool isEmpty(const ProductFigures& p)
{
    return p.units == 0 && p.revenueCents == 0 && p.feesCents == 0 && p.refundsCents == 0 && p.refundCount == 0
           && p.reimbursementsCents == 0 && p.cogsCents == 0 && p.uncostedUnits == 0;
}

} // namespace

bool products(CipherDatabase& db, const DashboardFilter& filter, QList<ProductFigures>* out, bool withTitles)
{
    out->clear();
    const QList<Part> parts = partsOf(filter.period);
    if (parts.isEmpty())
        return true;
    CipherDatabase::Statement s =
        partRows(db, parts, QByteArrayLiteral("sku, currency"), productValueColumns(), filter.marketplaceIds);
    if (!s.isValid())
        return false;
    PartSums<ProductFigures> sums(2);
    for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
        if (step == CipherDatabase::Statement::Step::Error)
            return false;
        bool isNew = false;
        ProductFigures& p = sums.entryOf(s, &isNew);
        if (isNew) {
            p.sku = s.text(0);
            p.currency = s.text(1);
        }
        addProductValues(s, 2, &p);
    }
    for (const ProductFigures& p : sums.sorted()) {
        if (!isEmpty(p))
            out->append(p);
    }
    if (!withTitles)
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

bool unitsSold(CipherDatabase& db, const Period& period, QList<UnitsSold>* out)
{
    out->clear();
    const QList<Part> parts = partsOf(period);
    if (parts.isEmpty())
        return true;
    CipherDatabase::Statement s = partRows(db, parts, QByteArrayLiteral("sku, marketplace_id"), {"units"}, {});
    if (!s.isValid())
        return false;
    PartSums<UnitsSold> sums(2);
    for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
        if (step == CipherDatabase::Statement::Step::Error)
            return false;
        bool isNew = false;
        UnitsSold& sold = sums.entryOf(s, &isNew);
        if (isNew) {
            sold.sku = s.text(0);
            sold.marketplaceId = s.text(1);
        }
        sold.units += s.int64(2);
    }
    for (const UnitsSold& sold : sums.sorted()) {
        if (sold.units != 0)
            out->append(sold);
    }
    return true;
}

bool productsAndUnitsSold(CipherDatabase& db, const Period& period, QList<ProductFigures>* products,
                          QList<UnitsSold>* units)
{
    products->clear();
    units->clear();
    const QList<Part> parts = partsOf(period);
    if (parts.isEmpty())
        return true;
    CipherDatabase::Statement s =
        partRows(db, parts, QByteArrayLiteral("sku, currency, marketplace_id"), productValueColumns(), {});
    if (!s.isValid())
        return false;
    struct Sold
    {
        ProductFigures figures;
        QString marketplaceId;
    };
    PartSums<Sold> sums(3);
    for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
        if (step == CipherDatabase::Statement::Step::Error)
            return false;
        bool isNew = false;
        Sold& sold = sums.entryOf(s, &isNew);
        if (isNew) {
            sold.figures.sku = s.text(0);
            sold.figures.currency = s.text(1);
            sold.marketplaceId = s.text(2);
        }
        addProductValues(s, 3, &sold.figures);
    }
    // In key order a product's marketplaces are next to each other: added up in products()' order. The
    // units per SKU and marketplace are added up across currencies, in unitsSold()'s order.
    QList<ProductFigures> all;
    std::map<QByteArray, UnitsSold> bySkuAndMarketplace;
    for (const Sold& sold : sums.sorted()) {
        const ProductFigures& f = sold.figures;
        if (all.isEmpty() || all.constLast().sku != f.sku || all.constLast().currency != f.currency) {
            all.append(ProductFigures{});
            all.last().sku = f.sku;
            all.last().currency = f.currency;
        }
        addFigures(f, &all.last());
        UnitsSold& u = bySkuAndMarketplace[f.sku.toUtf8() + '\0' + sold.marketplaceId.toUtf8()];
        u.sku = f.sku;
        u.marketplaceId = sold.marketplaceId;
        u.units += f.units;
    }
    for (const ProductFigures& p : std::as_const(all)) {
        if (!isEmpty(p))
            products->append(p);
    }
    for (const auto& [key, sold] : bySkuAndMarketplace) {
        if (sold.units != 0)
            units->append(sold);
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
