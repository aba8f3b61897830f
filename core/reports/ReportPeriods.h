#pragma once

#include "reports/ReportTypes.h"

namespace sp {

// The days a range preset covers on `today` (UTC days, both ends included). Custom returns
// `custom` as given (an invalid custom period stays invalid: the caller says so).
// Last7Days/Last30Days/Last12Months end today; Last12Months starts on the same day one year
// earlier plus one day (365 or 366 days).
Period periodFor(RangePreset preset, QDate today, Period custom = Period());

// The period of the same length that ends the day before `period` starts.
Period previousPeriod(Period period);

} // namespace sp
