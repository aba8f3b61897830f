#pragma once

#include "reports/ReportTypes.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace sp {

// The lines above a report's table in the XLSX and PDF exports: period, marketplaces, data as of.
class ReportHeaderText
{
    Q_DECLARE_TR_FUNCTIONS(sp::ReportHeaderText)

public:
    // "Period: 2026-01-01 to 2026-01-31" (ISO dates: unambiguous for an accountant in any country),
    // or "Snapshot" for reports without a period.
    static QString period(const ReportTable& table);
    // "Marketplaces: A1PA6795UKMFR9, A1F83G8C2ARO7P" or "Marketplaces: all".
    static QString marketplaces(const ReportTable& table);
    // "Data as of 2026-01-31 18:04 UTC", or a note that the data was never synced.
    static QString dataAsOf(const ReportTable& table);
};

} // namespace sp
