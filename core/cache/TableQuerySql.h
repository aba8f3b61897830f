#pragma once

#include "cache/CacheRows.h"
#include "cache/CipherDatabase.h"
#include "cache/TableQuery.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <algorithm>

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
    // The clause and its values in one key: equal for the same rows asked the same way.
    QByteArray signature() const;

private:
    QByteArray m_sql;
    QList<QVariant> m_values;
};

// The products ("p") whose SKU, ASIN or title contains `search` (none: all), as the products page asks.
Where productSearchWhere(const QString& search);

// One sort order of a table (issue 15): the sort key, then the table's unique key breaking its ties,
// both in one index (key, unique) (CacheSchema v8), so that a page is a walk of that index from either
// end and the rows after a given row are a seek into it.
struct Sort
{
    QByteArray key;    // the sort column or indexed expression; empty: the unique key alone
    QByteArray unique; // e.g. "o.id"
    Qt::SortOrder order = Qt::AscendingOrder;
    bool keyFixed = false;   // an equality filter fixes the key: the rows follow each other by unique key
    bool expression = false; // `key` is an indexed expression: SQLite takes no row-value range on one

    // " ORDER BY key, unique" in this order, or in the other when `reversed`.
    QByteArray orderBy(bool reversed = false) const;
    // Keeps the rows strictly after the row with `key` and `unique` in this order.
    void continueAfter(Where& where, const QVariant& keyValue, const QVariant& uniqueValue) const;
};

// The rows of a page of `limit` from `offset` when the filter matches `total` rows: past the middle,
// the same rows are read from the other end (the reversed order, at total - offset - limit) and
// reversed back, so that no page read by offset walks more than half of the index.
struct Window
{
    int offset = 0;
    int limit = 0;
    bool reversed = false;
};
Window windowOf(int offset, int limit, int total);

// From this offset on, a page read without the row before it counts the rows first, to know whether
// it is past the middle (a walk of this many index entries costs a few milliseconds; a count more).
constexpr int kFarOffset = 10000;

// Whether `where` alone matches at most kFewRows rows of `from` ("orders o"): such a filter is best read
// through its own index and its rows sorted; a larger one is checked row by row along the sort's
// index (its first page then needs about 200 x total / matching rows). Costs at most kFewRows + 1
// index entries. False also when the probe fails (it only chooses a plan).
constexpr int kFewRows = 10000;
bool matchesFew(CipherDatabase& db, const char* from, const Where& where);

// `countSql` ("SELECT count(*) FROM t") with `where` appended and bound: the count, or 0 with `*error` set.
int count(CipherDatabase& db, const QByteArray& countSql, const Where& where, QString* error);
// The rows of `from` ("orders o") matching `where`, counted no further than `cap` + 1 (0: all of
// them): `capped` when there are more than `cap`. 0 with `*error` set when the read failed.
CappedCount countUpTo(CipherDatabase& db, const char* from, const Where& where, qint64 cap, QString* error);
// `counted` stopped at `cap`: more than `cap` rows read as "cap, capped".
CappedCount capAt(qint64 counted, qint64 cap);

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

// `select` (columns FROM table) with `where`, the sort's ORDER BY (reversed for `window`) and the
// window's LIMIT/OFFSET: the rows in the sort's order.
template <typename Row, typename Read>
QList<Row> readPage(CipherDatabase& db, QString* error, const char* select, const Where& where, const Sort& sort,
                    const Window& window, Read read)
{
    const QByteArray sql =
        select + where.sql() + sort.orderBy(window.reversed) + QByteArrayLiteral(" LIMIT ? OFFSET ?");
    CipherDatabase::Statement s = db.prepare(sql.constData());
    if (!s.isValid()) {
        *error = db.lastError();
        return {};
    }
    const int next = where.bind(s);
    s.bind(next, qint64(qMax(0, window.limit)));
    s.bind(next + 1, qint64(qMax(0, window.offset)));
    QList<Row> rows = readAll<Row>(db, s, error, read);
    if (window.reversed)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

// The columns of a financial event and their reading (FinancialEventsQuery, OrdersQuery::eventsOf).
extern const char* const kEventColumns;
FinancialEventRow eventFrom(const CipherDatabase::Statement& s);

} // namespace TableQuerySql
} // namespace sp
