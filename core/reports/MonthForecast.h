#pragma once

#include "reports/CurrencyConverter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sp {

class CacheQuery;
class CipherDatabase;

// Issue 18 part 3: the month-end forecast of the dashboard, per currency (money is never added
// across currencies). Read from the summary tables (summary_daily, a month's rows at most, and the
// seller's expenses), never from the order tables; runs on the dashboard's reader thread with its read.
//
// Method (docs/architecture.md, "Month-end forecast"): the complete days of the month so far (the 1st
// to yesterday; today is still running) give the run rate, so far / N days x days in the month. Where
// the cache holds a year of history (last year's month whole, with sales on its first N days), that is
// replaced by the month so far / last year's same days x last year's whole month: last year's shape of
// the month (a December that peaks late, a summer that fades) adjusts the straight line. The shape is
// the business's: units sold in every currency of the chosen marketplaces (units add up across
// currencies, and a small marketplace's few orders would bend its own shape by noise). Revenue, units
// and net profit follow it; the net profit forecast takes away the whole month's own expenses (they
// are known in advance) rather than extrapolating them. Tested (TestMonthForecast) within 15 % of the
// actual month on the sandbox's seasonal business, computed as if on the month's 15th.
class MonthForecast
{
public:
    // Sums of one currency over some days; profit before the seller's own expenses.
    struct Sums
    {
        qint64 revenueCents = 0;
        qint64 units = 0;
        qint64 profitCents = 0;
        bool isEmpty() const { return revenueCents == 0 && units == 0 && profitCents == 0; }
    };

    struct Currency
    {
        QString currency;
        Sums soFar;                    // the complete days counted
        qint64 soFarExpensesCents = 0; // the seller's expenses on those days
        qint64 monthExpensesCents = 0; // the seller's expenses of the whole month
        qint64 revenueCents = 0;       // forecast (or actual, when the month ended) of the whole month
        qint64 units = 0;
        qint64 netProfitCents = 0; // after the month's own expenses
        bool adjusted = false;     // by last year's shape of the month
        double shape = 1;          // last year's whole month / last year's same days, units (1: not adjusted)
    };

    enum class State {
        Forecast, // a forecast of a running month
        TooEarly, // the month's first day: no complete day to go by yet
        NoSales,  // complete days, but no sales in them
        Ended,    // the month is over: the figures are its actual ones
    };

    struct Result
    {
        State state = State::TooEarly;
        QDate month;         // the month's first day
        int daysCounted = 0; // complete days the forecast goes by
        int daysInMonth = 0;
        QList<Currency> currencies; // sorted by currency; empty unless Forecast or Ended
        QDate asOf;                 // the last complete day counted (the rates' day)
        CurrencyConverter rates;    // each currency's latest reference rate on or before asOf, if any
        const Currency* find(const QString& currency) const;
    };

    // Pure logic: one currency's forecast from its sums. `lastYearSoFar`/`lastYearMonth`: last year's
    // same days and whole month, when the cache has a year of history (else none): their units give the
    // shape when both have some.
    static Currency project(const QString& currency, const Sums& soFar, int daysCounted, int daysInMonth,
                            const std::optional<Sums>& lastYearSoFar, const std::optional<Sums>& lastYearMonth);

    // Every currency's forecast added up in `home` at the latest reference rates (the dashboard's home
    // currency box); none when a currency has no rate yet (never a made-up rate) or nothing to add.
    // The result's soFar, units and adjusted are the sums; shape is the first currency's.
    static std::optional<Currency> inCurrency(const Result& result, const QString& home);

    explicit MonthForecast(const CacheQuery& cache); // reads the cache's read connection
    explicit MonthForecast(CipherDatabase& db);

    // The forecast of the month of `month` (any day of it) as on `today` (a UTC day) over the
    // marketplaces `marketplaceIds` (empty: all). A `today` after the month: Ended, the actual figures;
    // on or before its first day: TooEarly. On a read error returns what it has and sets lastError().
    Result load(const QStringList& marketplaceIds, QDate month, QDate today);
    QString lastError() const { return m_lastError; }

    // The method in words for a tooltip: "Forecast from the run rate of 14 days" / "... adjusted by last
    // year's December" / "The month is over: these are its figures." (translated, the default locale).
    static QString methodText(const Result& result, const Currency& currency);

private:
    bool sums(const QStringList& marketplaceIds, QDate from, QDate to, QList<QPair<QString, Sums>>* out);

    CipherDatabase& m_db;
    QString m_lastError;
};

} // namespace sp
