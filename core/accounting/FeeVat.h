#pragma once

#include "accounting/Booking.h"

#include <QtGlobal>

namespace sp {

// VAT on Amazon's fees (issue 17 part 5). Amazon charges VAT on its seller fees and on advertising in
// the EU and the UK; the settlement's fee lines are taken as gross. A seller who may deduct that input VAT books each such line as net + input VAT.
class FeeVat
{
public:
    struct Split
    {
        qint64 netCents = 0;
        qint64 vatCents = 0;
    };

    // The rate in basis points: 1900 = 19 %, 0 = off. Valid from 0 to 10000 (100 %).
    static bool isValidRate(int rateBp) { return rateBp >= 0 && rateBp <= 10000; }

    // `grossCents` as net + VAT at `rateBp`: net = gross / (1 + rate), rounded half away from zero, and
    // vat = gross - net, so net + vat == gross always, and split(-g) == -split(g). Exact integers for
    // every qint64 (no floating point). A rate outside isValidRate counts as 0 (everything net).
    static Split split(qint64 grossCents, int rateBp);

    // The lines the VAT option splits: Amazon's fees (and their reversals) and advertising.
    static bool carriesVat(BookingLine::Kind kind)
    {
        return kind == BookingLine::Kind::AmazonFee || kind == BookingLine::Kind::Advertising;
    }
};

} // namespace sp
