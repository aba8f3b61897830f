#pragma once

#include "accounting/AccountMapping.h"
#include "accounting/DatevExport.h"

class QSettings;

namespace sp {

// What the seller sets up once for the accountant's files: the chart of accounts (SKR03/SKR04 and
// any account of the mapping), the DATEV header's numbers, and the VAT Amazon charges on its fees.
// Kept in the profile's settings (0600, beside the home currency): account and adviser numbers are
// bookkeeping, not secrets.
struct AccountantSetup
{
    AccountMapping mapping = AccountMapping::defaults(AccountMapping::Chart::Skr03);
    DatevSettings datev;
    int feeVatRateBp = 0; // VAT on Amazon's fees and advertising, basis points (1900 = 19 %); 0: none

    static AccountantSetup load(const QSettings* settings); // defaults for what is missing or broken
    void save(QSettings* settings) const;
};

} // namespace sp
