#pragma once

#include <QString>

namespace sp {

// Money and figures as the locale writes them. Integer cents, never floating point, so that what
// the user reads is exact to the cent.
struct MoneyText
{
    // e.g. "1,234.50 EUR"; `currency` empty: the number alone.
    static QString format(qint64 cents, const QString& currency);
    // e.g. "12.5 %"
    static QString percent(double value, int decimals = 1);
    // An ISO 8601 UTC time as the locale writes it in local time; the text itself when unreadable.
    static QString dateTime(const QString& iso);
};

} // namespace sp
