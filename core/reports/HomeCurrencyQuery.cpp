#include "reports/HomeCurrencyQuery.h"

#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "expenses/ExpenseTotals.h"
#include "reports/CurrencyConverter.h"
#include "reports/DashboardQuery.h"
#include "reports/HomeCurrency.h"
#include "reports/SummarySql.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

using Step = CipherDatabase::Statement::Step;

bool readRates(CipherDatabase& db, CurrencyConverter* converter)
{
    CipherDatabase::Statement s = db.prepare("SELECT currency, day, rate_micros FROM exchange_rates");
    if (!s.isValid())
        return false;
    for (auto step = s.step(); step != Step::Done; step = s.step()) {
        if (step == Step::Error)
            return false;
        converter->addRate(s.text(0), QDate::fromString(s.text(1), Qt::ISODate), double(s.int64(2)) / 1e6);
    }
    return true;
}

// Each SKU's figures of every currency converted at one day's rates and added up, ranked.
bool rankProducts(CipherDatabase& db, const DashboardFilter& filter, const CurrencyConverter& converter,
                  HomeCurrencyTotals* out)
{
    QList<SummarySql::ProductFigures> products;
    if (!SummarySql::products(db, filter, &products, false))
        return false;
    out->rankRateDay = filter.period.to;
    QHash<QString, ProductRank> bySku;
    QHash<QString, double> revenue, profit;
    for (const SummarySql::ProductFigures& p : std::as_const(products)) {
        const auto r = converter.convert(double(p.revenueCents), p.currency, out->currency, filter.period.to);
        const auto n = converter.convert(double(p.netProfitCents()), p.currency, out->currency, filter.period.to);
        if (!r || !n)
            continue; // its currency has no rate: listed in missingRates
        ProductRank& rank = bySku[p.sku];
        rank.sku = p.sku;
        rank.currency = out->currency;
        rank.units += p.units;
        revenue[p.sku] += *r;
        profit[p.sku] += *n;
    }
    QList<ProductRank> ranks;
    for (auto it = bySku.begin(); it != bySku.end(); ++it) {
        it->revenueCents = qint64(std::llround(revenue.value(it.key())));
        it->netProfitCents = qint64(std::llround(profit.value(it.key())));
        ranks.append(*it);
    }
    std::sort(ranks.begin(), ranks.end(), [](const ProductRank& a, const ProductRank& b) {
        return a.netProfitCents != b.netProfitCents ? a.netProfitCents > b.netProfitCents : a.sku < b.sku;
    });
    for (const ProductRank& rank : std::as_const(ranks)) {
        if (rank.netProfitCents > 0 && out->topEarners.size() < DashboardQuery::kTopProducts)
            out->topEarners.append(rank);
    }
    for (auto it = ranks.crbegin(); it != ranks.crend(); ++it) {
        if (it->netProfitCents < 0 && out->topLosers.size() < DashboardQuery::kTopProducts)
            out->topLosers.append(*it);
    }
    return SummarySql::titles(db, &out->topEarners) && SummarySql::titles(db, &out->topLosers);
}

} // namespace

HomeCurrencyQuery::HomeCurrencyQuery(const CacheQuery& cache)
    : m_db(ReadConnection::of(cache))
{}

HomeCurrencyTotals HomeCurrencyQuery::load(const DashboardFilter& filter, const QString& storedChoice,
                                           const QLocale& locale)
{
    HomeCurrencyTotals totals;
    m_lastError.clear();
    CurrencyConverter converter;
    if (!readRates(m_db, &converter)) {
        m_lastError = SummarySql::readError(m_db);
        return totals;
    }
    totals.covered = converter.currencies();
    totals.defaulted = storedChoice.isEmpty();
    totals.currency = HomeCurrency::resolve(storedChoice, locale, totals.covered);
    if (!filter.period.isValid())
        return totals;

    const QByteArray sql =
        QByteArrayLiteral("SELECT day, currency, SUM(revenue_cents), SUM(fees_cents), SUM(refunds_cents), "
                          "SUM(revenue_cents - fees_cents - refunds_cents - advertising_cents + reimbursements_cents "
                          "- cogs_cents) FROM summary_daily WHERE day >= ?1 AND day <= ?2")
        + SummarySql::marketplaceClause(filter.marketplaceIds, 3) + QByteArrayLiteral(" GROUP BY day, currency");
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid()) {
        m_lastError = SummarySql::readError(m_db);
        return totals;
    }
    s.bind(1, SummarySql::dayText(filter.period.from));
    s.bind(2, SummarySql::dayText(filter.period.to));
    SummarySql::bindMarketplaces(s, filter.marketplaceIds, 3);
    for (auto step = s.step(); step != Step::Done; step = s.step()) {
        if (step == Step::Error) {
            m_lastError = SummarySql::readError(m_db);
            return totals;
        }
        totals.hasFigures = true;
        const QDate day = QDate::fromString(s.text(0), Qt::ISODate);
        const QString currency = s.text(1);
        if (!totals.fromCurrencies.contains(currency))
            totals.fromCurrencies.append(currency);
        QList<QDate> rateDays;
        const auto factor = converter.convert(1.0, currency, totals.currency, day, &rateDays);
        if (!factor) {
            // Whichever of the two has no rate at all (the home currency's missing blocks every other).
            const QString missing = converter.covers(currency) ? totals.currency : currency;
            if (!totals.missingRates.contains(missing))
                totals.missingRates.append(missing);
            continue;
        }
        // amount / rate(from) * rate(to), with the same day's rates for every figure.
        totals.revenueCents += double(s.int64(2)) * *factor;
        totals.feesCents += double(s.int64(3)) * *factor;
        totals.refundsCents += double(s.int64(4)) * *factor;
        totals.netProfitCents += double(s.int64(5)) * *factor;
        for (const QDate& used : std::as_const(rateDays)) {
            totals.firstRateDay = totals.firstRateDay.isValid() ? std::min(totals.firstRateDay, used) : used;
            totals.lastRateDay = std::max(totals.lastRateDay, used);
        }
    }
    // Issue 17: the seller's expenses, each occurrence converted at its own day's rate like the rest.
    QList<ExpenseTotals::Occurrence> expenses;
    if (!ExpenseTotals::occurrences(m_db, filter, &expenses)) {
        m_lastError = SummarySql::readError(m_db);
        return totals;
    }
    for (const ExpenseTotals::Occurrence& o : std::as_const(expenses)) {
        totals.hasFigures = true;
        if (!totals.fromCurrencies.contains(o.currency))
            totals.fromCurrencies.append(o.currency);
        const auto converted = converter.convert(double(o.cents), o.currency, totals.currency, o.day);
        if (!converted) {
            const QString missing = converter.covers(o.currency) ? totals.currency : o.currency;
            if (!totals.missingRates.contains(missing))
                totals.missingRates.append(missing);
            continue;
        }
        totals.expensesCents += *converted;
        totals.netProfitCents -= *converted;
    }
    std::sort(totals.fromCurrencies.begin(), totals.fromCurrencies.end());
    std::sort(totals.missingRates.begin(), totals.missingRates.end());
    if (!rankProducts(m_db, filter, converter, &totals))
        m_lastError = SummarySql::readError(m_db);
    return totals;
}

} // namespace sp
