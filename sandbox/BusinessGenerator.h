#pragma once

#include "Business.h"
#include "DeterministicRandom.h"

#include <memory>

namespace sp {

// The shape of a business (sellerpulse-sandbox --from-bundle): where it sells, how far back its
// orders go and how many products it has. The defaults are the standard demo business.
struct BusinessShape
{
    quint8 marketplaceMask = (1u << kMarketplaceCount) - 1; // bit i: sells in kMarketplaces[i]
    int historyDays = 548;
    int productCount = 0; // 0: 280-320
};

// Generates one seller's business deterministically from (seed, account index): the same inputs give the
// same products, orders, ids and amounts. Orders spread over the 18 months before `anchor` with a Q4
// peak, a summer dip and a weekly rhythm. No buyer data exists anywhere in it.
class BusinessGenerator
{
public:
    static constexpr int kHistoryDays = 548; // 18 months

    static std::unique_ptr<Business> generate(quint64 seed, int accountIndex, int orderCount, qint64 anchor,
                                              const BusinessShape& shape = BusinessShape());

    // Relative order volume at a time (season and weekday), about 1 on average.
    static double demandWeight(qint64 unixSeconds);
    // Fills a new order's items and amounts (no status); used for the history and for orders that arrive later.
    static void fillOrder(Business* business, DeterministicRandom* random, qint64 purchasedAt);
};

} // namespace sp
