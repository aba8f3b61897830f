#include "reports/CurrencyConverter.h"

#include <algorithm>

namespace sp {

namespace {
const QString kEuro = QStringLiteral("EUR");
}

void CurrencyConverter::addRate(const QString& currency, QDate day, double perEur)
{
    if (currency == kEuro || !day.isValid() || !(perEur > 0))
        return;
    Series& series = m_series[currency];
    const auto at = std::lower_bound(series.days.begin(), series.days.end(), day);
    const qsizetype index = at - series.days.begin();
    if (at != series.days.end() && *at == day) {
        series.rates[index] = perEur;
        return;
    }
    series.days.insert(index, day);
    series.rates.insert(index, perEur);
}

bool CurrencyConverter::covers(const QString& currency) const
{
    return currency == kEuro || m_series.contains(currency);
}

QStringList CurrencyConverter::currencies() const
{
    QStringList codes = m_series.keys();
    codes.append(kEuro);
    std::sort(codes.begin(), codes.end());
    return codes;
}

std::optional<CurrencyConverter::Rate> CurrencyConverter::rateOn(const QString& currency, QDate day) const
{
    if (currency == kEuro)
        return Rate{1.0, QDate()};
    const auto found = m_series.constFind(currency);
    if (found == m_series.constEnd() || found->days.isEmpty())
        return std::nullopt;
    const Series& series = *found;
    // The last rate on or before the day; before the first one, the first one.
    const auto after = std::upper_bound(series.days.begin(), series.days.end(), day);
    const qsizetype index = after == series.days.begin() ? 0 : (after - series.days.begin()) - 1;
    return Rate{series.rates.at(index), series.days.at(index)};
}

std::optional<double> CurrencyConverter::convert(double cents, const QString& from, const QString& to, QDate day,
                                                 QList<QDate>* rateDays) const
{
    if (from == to)
        return cents;
    const std::optional<Rate> source = rateOn(from, day);
    const std::optional<Rate> target = rateOn(to, day);
    if (!source || !target)
        return std::nullopt;
    if (rateDays) {
        for (const Rate& used : {*source, *target}) {
            if (used.day.isValid())
                rateDays->append(used.day);
        }
    }
    return cents / source->perEur * target->perEur;
}

} // namespace sp
