#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace sp {

// Issue 18 part 4: one what-if the seller tries on a SKU or a group of SKUs. Kept on this computer
// only (the encrypted cache's whatif_scenarios, WhatIfScenarios), never sent to the server.
// Zero in every field is "no change": the projection then equals the baseline exactly.
struct WhatIfScenario
{
    enum class PriceChange { None, Percent, Amount };

    QString name;
    QStringList skus;
    // The currency the amounts below are in: the price amount, the unit cost, the advertising and
    // the FBA fee change apply to that currency's sales only. A percent applies to every currency.
    QString currency;
    PriceChange priceKind = PriceChange::None;
    qint64 priceChange = 0;              // Percent: basis points (1000 = +10.00 %); Amount: cents per unit
    std::optional<qint64> unitCostCents; // the new unit cost; none: the cost of goods as sold
    qint64 advertisingChangeCents = 0;   // added to the 30 days' advertising (negative: less)
    qint64 fbaFeeChangeCents = 0;        // added to each unit's fees (negative: lower)
    int elasticityHundredths = 0;        // the price elasticity x 100 (150 = 1.5); 0: units stay
    QDateTime savedAt;                   // UTC; set when saved

    bool sameChanges(const WhatIfScenario& o) const
    {
        return skus == o.skus && currency == o.currency && priceKind == o.priceKind && priceChange == o.priceChange
               && unitCostCents == o.unitCostCents && advertisingChangeCents == o.advertisingChangeCents
               && fbaFeeChangeCents == o.fbaFeeChangeCents && elasticityHundredths == o.elasticityHundredths;
    }
    bool operator==(const WhatIfScenario& o) const { return name == o.name && sameChanges(o); }
};

} // namespace sp

Q_DECLARE_METATYPE(sp::WhatIfScenario)
