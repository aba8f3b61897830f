#pragma once

#include "whatif/WhatIfProjection.h"
#include "whatif/WhatIfScenario.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sp {

class CacheQuery;
class CipherDatabase;

// The what-if page's reads (issue 18 part 4), on the thread that owns the CacheQuery (the views'
// CacheReader thread, never the UI thread). The history comes from the summary tables only
// (summary_product_day for the SKUs, summary_daily for each marketplace's advertising), read by the
// day range of their primary keys; the SKUs are bound as one JSON array parameter.
class WhatIfQuery
{
public:
    explicit WhatIfQuery(const CacheQuery& cache);

    struct History
    {
        QList<WhatIfHistory> currencies; // by currency code
        QDate from, to;                  // the 90 days read: from <= day < to
        QString error;                   // readable; empty when the read worked
    };
    // The last WhatIfProjection::kHistoryDays whole days before `today` (UTC).
    History history(const QStringList& skus, QDate today) const;

    struct Choices
    {
        QList<QPair<QString, QString>> products; // sku, title; by SKU
        QList<WhatIfScenario> scenarios;         // saved, by name
        QString error;
    };
    Choices choices() const;
    Choices scenarios() const; // the saved scenarios only (after a save or a delete)

    // The saved scenarios (whatif_scenarios), by name; false with `error` when the read failed.
    static bool readScenarios(CipherDatabase& db, QList<WhatIfScenario>* out, QString* error);

private:
    CipherDatabase& m_db;
};

} // namespace sp
