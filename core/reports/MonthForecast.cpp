#include "reports/MonthForecast.h"

#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "expenses/ExpenseTotals.h"
#include "reports/SummarySql.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

#include <cmath>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::MonthForecast", text); }

using Step = CipherDatabase::Statement::Step;

qint64 scaled(qint64 value, double factor) { return qint64(std::llround(double(value) * factor)); }

} // namespace

const MonthForecast::Currency* MonthForecast::Result::find(const QString& currency) const
{
    for (const Currency& c : currencies) {
        if (c.currency == currency)
            return &c;
    }
    return nullptr;
}

MonthForecast::Currency MonthForecast::project(const QString& currency, const Sums& soFar, int daysCounted,
                                               int daysInMonth, const std::optional<Sums>& lastYearSoFar,
                                               const std::optional<Sums>& lastYearMonth)
{
    Currency c;
    c.currency = currency;
    c.soFar = soFar;
    if (daysCounted <= 0 || daysInMonth <= 0)
        return c;
    // Last year's shape: the share of last year's month its first N days made (by units sold).
    if (lastYearSoFar && lastYearMonth && lastYearSoFar->units > 0 && lastYearMonth->units >= lastYearSoFar->units) {
        c.adjusted = true;
        c.shape = double(lastYearMonth->units) / double(lastYearSoFar->units);
    } else {
        c.shape = double(daysInMonth) / double(daysCounted); // the run rate
    }
    c.revenueCents = scaled(soFar.revenueCents, c.shape);
    c.units = scaled(soFar.units, c.shape);
    c.netProfitCents = scaled(soFar.profitCents, c.shape);
    if (!c.adjusted)
        c.shape = 1;
    return c;
}

std::optional<MonthForecast::Currency> MonthForecast::inCurrency(const Result& result, const QString& home)
{
    if (result.currencies.isEmpty() || home.isEmpty())
        return std::nullopt;
    Currency sum;
    sum.currency = home;
    sum.adjusted = result.currencies.first().adjusted;
    sum.shape = result.currencies.first().shape;
    double revenue = 0, profit = 0, soFarRevenue = 0, expenses = 0;
    for (const Currency& c : result.currencies) {
        const auto r = result.rates.convert(double(c.revenueCents), c.currency, home, result.asOf);
        const auto p = result.rates.convert(double(c.netProfitCents), c.currency, home, result.asOf);
        const auto s = result.rates.convert(double(c.soFar.revenueCents), c.currency, home, result.asOf);
        const auto e = result.rates.convert(double(c.monthExpensesCents), c.currency, home, result.asOf);
        if (!r || !p || !s || !e)
            return std::nullopt;
        revenue += *r;
        profit += *p;
        soFarRevenue += *s;
        expenses += *e;
        sum.units += c.units;
        sum.soFar.units += c.soFar.units;
    }
    sum.revenueCents = std::llround(revenue);
    sum.netProfitCents = std::llround(profit);
    sum.soFar.revenueCents = std::llround(soFarRevenue);
    sum.monthExpensesCents = std::llround(expenses);
    return sum;
}

MonthForecast::MonthForecast(const CacheQuery& cache)
    : m_db(ReadConnection::of(cache))
{}

MonthForecast::MonthForecast(CipherDatabase& db)
    : m_db(db)
{}

bool MonthForecast::sums(const QStringList& marketplaceIds, QDate from, QDate to, QList<QPair<QString, Sums>>* out)
{
    out->clear();
    const QByteArray sql =
        QByteArrayLiteral("SELECT currency, SUM(revenue_cents), SUM(units), SUM(revenue_cents - fees_cents - "
                          "refunds_cents - advertising_cents + reimbursements_cents - cogs_cents) "
                          "FROM summary_daily WHERE day >= ?1 AND day <= ?2")
        + SummarySql::marketplaceClause(marketplaceIds, 3) + QByteArrayLiteral(" GROUP BY currency ORDER BY currency");
    CipherDatabase::Statement s = m_db.prepare(sql.constData());
    if (!s.isValid())
        return false;
    s.bind(1, SummarySql::dayText(from));
    s.bind(2, SummarySql::dayText(to));
    SummarySql::bindMarketplaces(s, marketplaceIds, 3);
    for (auto step = s.step(); step != Step::Done; step = s.step()) {
        if (step == Step::Error)
            return false;
        out->append({s.text(0), Sums{s.int64(1), s.int64(2), s.int64(3)}});
    }
    return true;
}

MonthForecast::Result MonthForecast::load(const QStringList& marketplaceIds, QDate month, QDate today)
{
    Result result;
    m_lastError.clear();
    if (!month.isValid() || !today.isValid())
        return result;
    result.month = QDate(month.year(), month.month(), 1);
    result.daysInMonth = result.month.daysInMonth();
    const QDate monthEnd = result.month.addDays(result.daysInMonth - 1);
    const bool ended = today > monthEnd;
    result.daysCounted = ended ? result.daysInMonth : int(qBound(qint64(0), result.month.daysTo(today), qint64(31)));
    if (result.daysCounted == 0)
        return result; // TooEarly
    auto fail = [&]() {
        m_lastError = SummarySql::readError(m_db);
        return result;
    };

    QList<QPair<QString, Sums>> soFar;
    if (!sums(marketplaceIds, result.month, result.month.addDays(result.daysCounted - 1), &soFar))
        return fail();
    // The seller's expenses of the whole month, split at the days counted.
    QMap<QString, QPair<qint64, qint64>> expenses; // currency -> (so far, whole month)
    {
        DashboardFilter filter;
        filter.period = {result.month, monthEnd};
        filter.marketplaceIds = marketplaceIds;
        QList<ExpenseTotals::Occurrence> occurrences;
        if (!ExpenseTotals::occurrences(m_db, filter, &occurrences))
            return fail();
        for (const ExpenseTotals::Occurrence& o : std::as_const(occurrences)) {
            auto& e = expenses[o.currency];
            e.second += o.cents;
            if (result.month.daysTo(o.day) < result.daysCounted)
                e.first += o.cents;
        }
    }

    // Last year's month, when the cache's history reaches back to its first day.
    // The business's shape of the month: units (comparable across currencies) of every currency in the
    // chosen marketplaces, so that a small marketplace's few orders do not bend its own forecast by noise.
    Sums lastYearSoFar, lastYearMonth;
    bool haveYear = false;
    if (!ended) {
        const QDate lastYear = result.month.addYears(-1);
        CipherDatabase::Statement first = m_db.prepare("SELECT MIN(day) FROM summary_daily");
        if (!first.isValid())
            return fail();
        const Step step = first.step();
        if (step == Step::Error)
            return fail();
        const QDate historyFrom = step == Step::Row ? QDate::fromString(first.text(0), Qt::ISODate) : QDate();
        haveYear = historyFrom.isValid() && historyFrom <= lastYear;
        if (haveYear) {
            const int lastYearDays = std::min(result.daysCounted, lastYear.daysInMonth());
            QList<QPair<QString, Sums>> rows;
            if (!sums(marketplaceIds, lastYear, lastYear.addDays(lastYearDays - 1), &rows))
                return fail();
            for (const auto& r : std::as_const(rows))
                lastYearSoFar.units += r.second.units;
            if (!sums(marketplaceIds, lastYear, lastYear.addDays(lastYear.daysInMonth() - 1), &rows))
                return fail();
            for (const auto& r : std::as_const(rows))
                lastYearMonth.units += r.second.units;
        }
    }

    for (const auto& [currency, figures] : std::as_const(soFar)) {
        if (figures.isEmpty())
            continue;
        Currency c;
        if (ended) {
            c.currency = currency;
            c.soFar = figures;
            c.revenueCents = figures.revenueCents;
            c.units = figures.units;
            c.netProfitCents = figures.profitCents;
        } else {
            c = project(currency, figures, result.daysCounted, result.daysInMonth,
                        haveYear ? std::optional(lastYearSoFar) : std::nullopt,
                        haveYear ? std::optional(lastYearMonth) : std::nullopt);
        }
        c.soFarExpensesCents = expenses.value(currency).first;
        c.monthExpensesCents = expenses.value(currency).second;
        c.netProfitCents -= c.monthExpensesCents;
        result.currencies.append(c);
    }
    result.state = ended ? State::Ended : result.currencies.isEmpty() ? State::NoSales : State::Forecast;
    // Every currency's latest reference rate on or before the last day counted (or its first one, as
    // CurrencyConverter does), for the sum in the home currency, whichever that is: a small table
    // (a rate per currency and working day).
    result.asOf = result.month.addDays(result.daysCounted - 1);
    CipherDatabase::Statement rates =
        m_db.prepare("SELECT currency, MAX(day), rate_micros FROM exchange_rates WHERE day <= ?1 GROUP BY currency "
                     "UNION ALL SELECT currency, MIN(day), rate_micros FROM exchange_rates GROUP BY currency");
    if (!rates.isValid())
        return fail();
    rates.bind(1, SummarySql::dayText(result.asOf));
    for (auto step = rates.step(); step != Step::Done; step = rates.step()) {
        if (step == Step::Error)
            return fail();
        if (!result.rates.covers(rates.text(0))) // the latest earlier one first
            result.rates.addRate(rates.text(0), QDate::fromString(rates.text(1), Qt::ISODate),
                                 double(rates.int64(2)) / 1e6);
    }
    return result;
}

QString MonthForecast::methodText(const Result& result, const Currency& currency)
{
    switch (result.state) {
    case State::TooEarly:
        return tr("No forecast on the first day of a month: it starts from the first complete day.");
    case State::NoSales:
        return tr("No sales so far this month: nothing to forecast from.");
    case State::Ended:
        return tr("The month is over: these are its actual figures.");
    case State::Forecast:
        break;
    }
    // Two strings rather than %n: the English plural needs no numerus translation.
    const QString runRate =
        result.daysCounted == 1
            ? tr("Forecast from the run rate of 1 day")
            : tr("Forecast from the run rate of %1 days").arg(QLocale().toString(result.daysCounted));
    if (!currency.adjusted)
        return runRate;
    //: %1 is "Forecast from the run rate of N days", %2 a month's name ("December")
    return tr("%1, adjusted by last year's %2")
        .arg(runRate, QLocale().standaloneMonthName(result.month.month(), QLocale::LongFormat));
}

} // namespace sp
