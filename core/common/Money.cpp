#include "common/Money.h"

#include <QString>

namespace sp {

bool Money::parseCents(QStringView text, qint64* cents)
{
    qsizetype i = 0;
    const bool negative = !text.isEmpty() && text.at(0) == QLatin1Char('-');
    if (negative)
        ++i;
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const qsizetype integerDigits = dot - i;
    if (dot < 0 || integerDigits < 1 || integerDigits > 12 || text.size() != dot + 3)
        return false;
    qint64 value = 0;
    for (qsizetype k = i; k < text.size(); ++k) {
        if (k == dot)
            continue;
        const QChar c = text.at(k);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        value = value * 10 + (c.unicode() - '0');
    }
    if (cents)
        *cents = negative ? -value : value;
    return true;
}

QString Money::formatCents(qint64 cents)
{
    const bool negative = cents < 0;
    const qint64 magnitude = negative ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

} // namespace sp
