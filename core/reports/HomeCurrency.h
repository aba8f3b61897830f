#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

namespace sp {

// The seller's home currency: the one the dashboard adds every marketplace up in. Stored in the
// profile's settings (settingsKey()) when the seller picks one; absent, it follows the system's
// locale where the rates cover that currency, otherwise EUR.
namespace HomeCurrency {

QString settingsKey(); // "dashboard/homeCurrency"
// The currencies offered: those of Amazon's marketplaces that reference rates are published for, EUR first.
QStringList choices();
// The stored choice, empty when the seller never picked one (or the stored text is not a choice).
QString stored(const QSettings& settings);
void store(QSettings& settings, const QString& currency); // empty: back to the default
// The locale's ISO currency when `covered` (the currencies with rates, EUR included) has it, else EUR.
QString defaultFor(const QLocale& locale, const QStringList& covered);
// The currency to show: the stored choice, or the default.
QString resolve(const QString& stored, const QLocale& locale, const QStringList& covered);

} // namespace HomeCurrency
} // namespace sp
