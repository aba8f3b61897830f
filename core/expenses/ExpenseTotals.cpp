#include "expenses/ExpenseTotals.h"

#include "expenses/ExpenseOccurrences.h"
#include "expenses/ExpenseRows.h"
#include "reports/SummarySql.h"

#include <algorithm>

namespace sp::ExpenseTotals {

bool occurrences(CipherDatabase& db, const DashboardFilter& filter, QList<Occurrence>* out)
{
    out->clear();
    QList<ExpenseRecord> expenses;
    if (!ExpenseRows::readAll(db, &expenses))
        return false;
    for (const ExpenseRecord& e : std::as_const(expenses)) {
        if (!ExpenseOccurrences::inScope(e, filter.marketplaceIds))
            continue;
        for (const QDate& day : ExpenseOccurrences::within(e, filter.period))
            out->append({day, e.currency, e.amountCents});
    }
    std::stable_sort(out->begin(), out->end(), [](const Occurrence& a, const Occurrence& b) { return a.day < b.day; });
    return true;
}

bool addTo(CipherDatabase& db, const DashboardFilter& filter, QList<CurrencyTotals>* totals)
{
    QList<Occurrence> found;
    if (!occurrences(db, filter, &found))
        return false;
    for (const Occurrence& o : std::as_const(found)) {
        auto it = std::find_if(totals->begin(), totals->end(),
                               [&](const CurrencyTotals& t) { return t.currency == o.currency; });
        if (it == totals->end()) {
            CurrencyTotals only;
            only.currency = o.currency;
            it = totals->insert(
                std::lower_bound(totals->begin(), totals->end(), o.currency,
                                 [](const CurrencyTotals& t, const QString& c) { return t.currency < c; }),
                only);
        }
        it->expensesCents += o.cents;
    }
    for (CurrencyTotals& t : *totals)
        SummarySql::finish(&t);
    return true;
}

bool byMonth(CipherDatabase& db, const DashboardFilter& filter, QMap<QString, QMap<QString, qint64>>* out)
{
    out->clear();
    QList<Occurrence> found;
    if (!occurrences(db, filter, &found))
        return false;
    for (const Occurrence& o : std::as_const(found))
        (*out)[o.day.toString(QStringLiteral("yyyy-MM"))][o.currency] += o.cents;
    return true;
}

} // namespace sp::ExpenseTotals
