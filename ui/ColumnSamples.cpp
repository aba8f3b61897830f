#include "ColumnSamples.h"

#include "MoneyText.h"
#include "amazon/AmazonMarketplaces.h"
#include "amazon/AmazonTerms.h"

#include <QLocale>

namespace sp::ColumnSamples {

namespace {
QStringList translated(const QStringList& apiNames, QString (*name)(const QString&))
{
    QStringList names;
    for (const QString& apiName : apiNames)
        names.append(name(apiName));
    return names;
}
} // namespace

QStringList dateTime() { return {MoneyText::dateTime(QStringLiteral("2026-12-28T23:58:58Z"))}; }

QStringList money() { return {MoneyText::format(-8888888, QStringLiteral("EUR"))}; }

QStringList orderStatuses() { return translated(AmazonTerms::knownOrderStatuses(), &AmazonTerms::orderStatus); }

QStringList eventTypes() { return translated(AmazonTerms::knownEventTypes(), &AmazonTerms::eventType); }

QStringList charges() { return translated(AmazonTerms::knownCharges(), &AmazonTerms::charge); }

QStringList stores() { return AmazonMarketplaces::storeNames(); }

QStringList number(int digits)
{
    qint64 value = 0;
    for (int i = 0; i < digits; ++i)
        value = value * 10 + 8;
    return {QLocale().toString(value)};
}

QString toolTip(const QString& text, const QString& detail)
{
    return detail.isEmpty() ? text : text + QLatin1Char('\n') + detail;
}

} // namespace sp::ColumnSamples
