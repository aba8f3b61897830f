#include "MoneyText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sp {

QString MoneyText::format(qint64 cents, const QString& currency)
{
    const QLocale locale;
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (cents < 0)
        text.prepend(locale.negativeSign());
    return currency.isEmpty() ? text : text + QLatin1Char(' ') + currency;
}

QString MoneyText::percent(double value, int decimals)
{
    return QCoreApplication::translate("sp::MoneyText", "%1 %").arg(QLocale().toString(value, 'f', decimals));
}

QString MoneyText::dateTime(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

} // namespace sp
