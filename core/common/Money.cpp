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

namespace {

// |cents| without overflow: -INT64_MIN is not a qint64, it is a quint64.
quint64 magnitudeOf(qint64 cents) { return cents < 0 ? quint64(0) - quint64(cents) : quint64(cents); }

QString twoDigits(quint64 magnitude)
{
    const auto fraction = int(magnitude % 100);
    QString text;
    text += QLatin1Char(char('0' + fraction / 10));
    text += QLatin1Char(char('0' + fraction % 10));
    return text;
}

} // namespace

QString Money::formatCents(qint64 cents)
{
    // Built by hand, not with arg(): the exporters format hundreds of thousands of amounts.
    const quint64 magnitude = magnitudeOf(cents);
    QString text = QString::number(magnitude / 100) + QLatin1Char('.') + twoDigits(magnitude);
    if (cents < 0)
        text.prepend(QLatin1Char('-'));
    return text;
}

QString Money::formatCents(qint64 cents, const QLocale& locale)
{
    const quint64 magnitude = magnitudeOf(cents);
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint() + twoDigits(magnitude);
    if (cents < 0)
        text.prepend(locale.negativeSign());
    return text;
}

} // namespace sp
