#pragma once

#include <QString>
#include <QtGlobal>

namespace sp {

// The sandbox's daily reference exchange rates, ECB style (1 EUR = rate x): a deterministic, smooth
// history around realistic levels, the same for every account and every start, so tests can
// recompute it. Business days only (Monday to Friday, without the fixed-date TARGET holidays);
// a day's rates are published at 15:00 UTC (the ECB's 16:00 CET).
namespace ReferenceRates {

constexpr qint64 kPublishSecondOfDay = 15 * 3600;

// Whether `day` (days since 1970-01-01) is a day rates are fixed on.
bool isBusinessDay(qint64 day);
// The rate of `currency` on `day` as the decimal text the listing sends (5 significant digits, as
// the ECB's), or empty for EUR and for a currency the sandbox has no level for.
QString rateText(const QString& currency, qint64 day);

} // namespace ReferenceRates
} // namespace sp
