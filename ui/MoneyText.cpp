#include "MoneyText.h"

#include "common/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sp {

QString MoneyText::format(qint64 cents, const QString& currency)
{
    const QString text = Money::formatCents(cents, QLocale());
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
