#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sp {

// Converts amounts between currencies at daily EUR-based reference rates (1 EUR = rate x, EUR
// implicit at 1), via EUR: amount / rate(from) * rate(to). A day without a rate (weekend, holiday)
// uses the currency's latest rate on or before it; a day before its first rate uses the first one
// (the rates start with the seller's data, which may start on a weekend). A currency without any
// rate cannot be converted: the answer is empty, never a silent 1.
// Plain values, no database: filled by HomeCurrencyQuery, unit tested on its own.
class CurrencyConverter
{
public:
    struct Rate
    {
        double perEur = 0; // units of the currency one EUR buys
        QDate day;         // the day the rate was fixed (invalid for EUR)
    };

    // Rates may be added in any order; a second rate of the same currency and day replaces the first.
    void addRate(const QString& currency, QDate day, double perEur);

    bool covers(const QString& currency) const;
    QStringList currencies() const; // EUR and every currency with a rate, sorted
    std::optional<Rate> rateOn(const QString& currency, QDate day) const;
    // `cents` of `from` on `day` in `to`; empty when either currency has no rate. `rateDays` gets
    // the days of the rates used (for "converted at the rates of ...").
    std::optional<double> convert(double cents, const QString& from, const QString& to, QDate day,
                                  QList<QDate>* rateDays = nullptr) const;

private:
    struct Series
    {
        QList<QDate> days; // ascending
        QList<double> rates;
    };
    QHash<QString, Series> m_series;
};

} // namespace sp
