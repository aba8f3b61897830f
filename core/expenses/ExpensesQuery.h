#pragma once

#include "expenses/ExpenseRecord.h"

#include <QList>
#include <QString>

namespace sp {

class CacheQuery;
class CipherDatabase;

// The expenses page's read (issue 17 part 3): every cached expense with the name of its marketplace,
// on the thread that owns the CacheQuery (the views' CacheReader thread, never the UI thread).
class ExpensesQuery
{
public:
    struct Row
    {
        ExpenseRecord expense;
        QString marketplaceName; // empty for the whole business (or a marketplace not cached)
    };
    struct Result
    {
        QList<Row> rows;
        QList<QPair<QString, QString>> marketplaces; // id, name: the dialog's choices
        QString error;                               // readable; empty when the read worked
    };

    explicit ExpensesQuery(const CacheQuery& cache);
    Result load() const;

private:
    CipherDatabase& m_db;
};

} // namespace sp
