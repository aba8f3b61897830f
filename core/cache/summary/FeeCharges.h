#pragma once

// The charges that are Amazon's fees (a refunded commission, positive, lowers them): the one list
// the summaries (SalesSummary, SummaryDeltas) and the reports' fee breakdown (core/reports) use,
// so a fee is a fee everywhere. An SQL list spliced into SQL text at compile time, hence a macro:
//     "... WHERE charge IN " SP_FEE_CHARGES
#define SP_FEE_CHARGES "('Commission','FBAPerUnitFulfillmentFee','RefundCommission','Subscription','StorageFee')"
