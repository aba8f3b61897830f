#include "cache/ExchangeRateText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace sp::ExchangeRateText {

bool isKnownCurrency(const QString& code)
{
    static const QSet<QString> known = [] {
        QSet<QString> codes;
        const QList<QLocale> locales =
            QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale& locale : locales) {
            const QString iso = locale.currencySymbol(QLocale::CurrencyIsoCode);
            if (iso.size() == 3)
                codes.insert(iso);
        }
        codes.remove(QStringLiteral("EUR"));
        return codes;
    }();
    return known.contains(code);
}

bool parseMicros(const QString& text, qint64* micros)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,6})\\.([0-9]{1,6})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const QString fraction = match.captured(2).leftJustified(6, QLatin1Char('0'));
    const qint64 value = match.captured(1).toLongLong() * 1000000 + fraction.toLongLong();
    if (value <= 0)
        return false;
    *micros = value;
    return true;
}

} // namespace sp::ExchangeRateText
