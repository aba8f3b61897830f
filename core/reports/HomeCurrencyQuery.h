#pragma once

#include "reports/ReportTypes.h"

#include <QLocale>
#include <QString>

namespace sp {

class CacheQuery;
class CipherDatabase;

// Every marketplace's figures over a period added up in one currency, the seller's home currency.
struct HomeCurrencyTotals
{
    QString currency;       // the home currency
    bool defaulted = false; // the seller chose none: the locale's currency or EUR
    // Unrounded cents of the home currency (rounded only when shown).
    double revenueCents = 0, feesCents = 0, refundsCents = 0, netProfitCents = 0;
    double expensesCents = 0; // issue 17: the seller's expenses, each occurrence at its day's rate (in net profit)
    QStringList fromCurrencies;      // the period's currencies added in, the home one included
    QStringList missingRates;        // the period's currencies without any rate yet: left out, totals incomplete
    QDate firstRateDay, lastRateDay; // the span of the rates used
    bool hasFigures = false;         // the period has sales or money movements
    QStringList covered;             // the currencies with rates (EUR included)
    // Top earners and losers across currencies, by net profit converted at the rates of rankRateDay
    // (the latest on or before the period's last day), each SKU's currencies added up; currency = home.
    QList<ProductRank> topEarners, topLosers;
    QDate rankRateDay;

    bool complete() const { return missingRates.isEmpty(); }
};

// Reads the per-day, per-currency summaries (summary_daily) and the cached reference rates
// (exchange_rates) and converts each day's totals at that day's rate (CurrencyConverter), so a
// year's figures are not converted at one rate. Runs on the thread that owns the connection (the
// dashboard's CacheReader thread).
class HomeCurrencyQuery
{
public:
    explicit HomeCurrencyQuery(const CacheQuery& cache);

    // `storedChoice`: HomeCurrency::stored() (empty: the default for `locale`).
    HomeCurrencyTotals load(const DashboardFilter& filter, const QString& storedChoice, const QLocale& locale);
    QString lastError() const { return m_lastError; } // empty after a load that worked

private:
    CipherDatabase& m_db;
    QString m_lastError;
};

} // namespace sp
