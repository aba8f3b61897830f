#pragma once

#include "reports/ReportTypes.h"

#include <QLocale>
#include <QString>

namespace sp {

// Cell values of a ReportTable as text: the plain machine form (CSV) and the localised form people
// read (PDF). A null QVariant is an empty cell in both.
class ReportCellText
{
public:
    // "1234.50" for money, "-3" for integers, "12.50" for percent, "2026-01-31" for dates.
    static QString machine(ReportColumn::Kind kind, const QVariant& value);
    // As machine(), with the locale's separators and "12.50 %" for percent; money without its
    // currency (the table has a currency column beside it).
    static QString display(ReportColumn::Kind kind, const QVariant& value, const QLocale& locale);
    // The index of the column whose key is "currency", or -1.
    static int currencyColumn(const ReportTable& table);
    static bool isNumeric(ReportColumn::Kind kind);
};

} // namespace sp
