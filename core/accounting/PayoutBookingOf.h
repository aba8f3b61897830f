#pragma once

#include "accounting/Booking.h"
#include "cache/PayoutsQuery.h"

namespace sp {

// A payout as the Payouts page shows it (its breakdown from the cache), as the accountant books it:
// one line per part and charge, dated the payout's day (the money's day at the bank; its period's last
// day while it is not paid yet), referenced by the settlement id. The lines add up to the payout when
// the breakdown reconciles (difference 0); payoutProblem() refuses it otherwise.
PayoutBooking payoutBookingOf(const PayoutBreakdown& breakdown);

} // namespace sp
