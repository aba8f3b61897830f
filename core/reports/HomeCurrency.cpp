#include "reports/HomeCurrency.h"

#include <QSettings>

namespace sp::HomeCurrency {

QString settingsKey() { return QStringLiteral("dashboard/homeCurrency"); }

QStringList choices()
{
    // Amazon's marketplaces' currencies with an ECB reference rate (AED, SAR, EGP have none there).
    return {QStringLiteral("EUR"), QStringLiteral("AUD"), QStringLiteral("BRL"), QStringLiteral("CAD"),
            QStringLiteral("GBP"), QStringLiteral("INR"), QStringLiteral("JPY"), QStringLiteral("MXN"),
            QStringLiteral("PLN"), QStringLiteral("SEK"), QStringLiteral("SGD"), QStringLiteral("TRY"),
            QStringLiteral("USD")};
}

QString stored(const QSettings& settings)
{
    const QString value = settings.value(settingsKey()).toString();
    return choices().contains(value) ? value : QString();
}

void store(QSettings& settings, const QString& currency)
{
    if (currency.isEmpty() || !choices().contains(currency))
        settings.remove(settingsKey());
    else
        settings.setValue(settingsKey(), currency);
}

QString defaultFor(const QLocale& locale, const QStringList& covered)
{
    const QString own = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return covered.contains(own) ? own : QStringLiteral("EUR");
}

QString resolve(const QString& stored, const QLocale& locale, const QStringList& covered)
{
    return stored.isEmpty() ? defaultFor(locale, covered) : stored;
}

} // namespace sp::HomeCurrency
