#include "expenses/ExpensesQuery.h"

#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "expenses/ExpenseRows.h"
#include "reports/SummarySql.h"

#include <QHash>

namespace sp {

ExpensesQuery::ExpensesQuery(const CacheQuery& cache)
    : m_db(ReadConnection::of(cache))
{}

ExpensesQuery::Result ExpensesQuery::load() const
{
    Result result;
    CipherDatabase::Statement s = m_db.prepare("SELECT id, name FROM marketplaces ORDER BY name, id");
    QHash<QString, QString> names;
    if (!s.isValid()) {
        result.error = SummarySql::readError(m_db);
        return result;
    }
    for (auto step = s.step(); step != CipherDatabase::Statement::Step::Done; step = s.step()) {
        if (step == CipherDatabase::Statement::Step::Error) {
            result.error = SummarySql::readError(m_db);
            return result;
        }
        names.insert(s.text(0), s.text(1));
        result.marketplaces.append({s.text(0), s.text(1)});
    }
    QList<ExpenseRecord> expenses;
    if (!ExpenseRows::readAll(m_db, &expenses)) {
        result.error = SummarySql::readError(m_db);
        return result;
    }
    for (const ExpenseRecord& e : std::as_const(expenses))
        result.rows.append({e, names.value(e.marketplaceId)});
    return result;
}

} // namespace sp
