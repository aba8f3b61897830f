#pragma once

#include "cache/CacheRows.h"
#include "cache/CipherDatabase.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

namespace sp {

// The SQL pieces the per-table queries share (internal to core/cache): a WHERE clause built from
// fixed text with the user's values bound, LIKE patterns, sort directions, the row loop.
namespace TableQuerySql {

// "%text%" with LIKE's own wildcards (and the escape character) escaped: % and _ match themselves.
QString likePattern(const QString& search);
QByteArray direction(Qt::SortOrder order); // " ASC" / " DESC"

// A WHERE clause and the values bound to its `?`s, in order. Only fixed SQL text is appended;
// whatever the user typed goes into the bound values.
class Where
{
public:
    void add(const char* clause, const QList<QVariant>& values = {});
    // Whole days on an ISO 8601 UTC time column (text sorts like time: a range on its index).
    void addDays(const char* column, const QDate& from, const QDate& to);
    const QByteArray& sql() const { return m_sql; }
    // Binds the clause's values from `first` on; returns the next free index.
    int bind(CipherDatabase::Statement& s, int first = 1) const;

private:
    QByteArray m_sql;
    QList<QVariant> m_values;
};

// `countSql` ("SELECT count(*) FROM t") with `where` appended and bound: the count, or 0 with `*error` set.
int count(CipherDatabase& db, const QByteArray& countSql, const Where& where, QString* error);

// Steps `s` to its end, appending read(s) for each row; `*error` empty when all went well.
template <typename Row, typename Read>
QList<Row> readAll(CipherDatabase& db, CipherDatabase::Statement& s, QString* error, Read read)
{
    QList<Row> rows;
    CipherDatabase::Statement::Step step;
    while ((step = s.step()) == CipherDatabase::Statement::Step::Row)
        rows.append(read(s));
    *error = step == CipherDatabase::Statement::Step::Done ? QString() : db.lastError();
    return rows;
}

// The columns of a financial event and their reading (FinancialEventsQuery, OrdersQuery::eventsOf).
extern const char* const kEventColumns;
FinancialEventRow eventFrom(const CipherDatabase::Statement& s);

} // namespace TableQuerySql
} // namespace sp
