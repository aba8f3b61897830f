#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>

namespace sp {

class CipherDatabase;
namespace TableQuerySql {
class Where;
struct Sort;
} // namespace TableQuerySql

// Where a page far down a sorted table starts, without walking to it (issue 15: "any later page
// within 100 ms"). SQLite's OFFSET walks every row it skips: the middle of 5.5 million events is a
// walk of 2.7 million index entries (0.4-0.6 s). One walk of the whole order, done when the reader
// is idle after a table is shown, keeps every `stride`-th row's sort key and id (an anchor); a page
// at any offset then seeks to the anchor before it and skips fewer than `stride` rows.
//
// Kept per read connection (in its CacheQuery, on the reader's thread), per table, filter and order,
// for the few orders looked at last. An index is used only while the cache is unchanged since it was
// walked (PRAGMA data_version: a sync's commit makes it stale), so it never points at a wrong row.
class PageJumps
{
public:
    static constexpr int kDefaultStride = 2000;
    explicit PageJumps(int stride = kDefaultStride)
        : m_stride(qMax(1, stride))
    {}
    void setStride(int rows); // tests: small tables with many anchors; forgets every index
    int stride() const { return m_stride; }

    // Walks the rows of `from` ("orders o") matching `where` in `sort`'s order, from where an earlier
    // walk of the same order stopped (a newer read interrupts a walk: SQLITE_INTERRUPT). True when the
    // index is complete; false when stopped or failed (`*error`: the failure; empty when interrupted).
    bool prepare(CipherDatabase& db, const char* from, const TableQuerySql::Where& where,
                 const TableQuerySql::Sort& sort, QString* error);

    // The anchor to continue after for the page at `offset`, and the rows still to skip after it;
    // nothing when no complete and current index of this order reaches `offset` (read by offset then).
    struct Jump
    {
        QVariant key; // invalid when the sort has no key (the unique key alone)
        QVariant unique;
        int skip = 0;
    };
    std::optional<Jump> find(CipherDatabase& db, const TableQuerySql::Where& where, const TableQuerySql::Sort& sort,
                             int offset);
    // The rows of that order counted by its complete, current index; nothing otherwise.
    std::optional<int> total(CipherDatabase& db, const TableQuerySql::Where& where, const TableQuerySql::Sort& sort);

private:
    struct Anchor
    {
        QVariant key;
        QVariant unique;
    };
    struct Index
    {
        qint64 dataVersion = -1;
        QList<Anchor> anchors; // anchors[i]: the row at (i + 1) x stride - 1
        qint64 walked = 0;     // rows walked (when complete: the rows of that order)
        bool complete = false;
        quint64 lastUse = 0;
    };

    static QByteArray keyOf(const TableQuerySql::Where& where, const TableQuerySql::Sort& sort);
    Index* current(CipherDatabase& db, const QByteArray& key); // null when absent or stale
    void forgetOldest();

    int m_stride;
    QHash<QByteArray, Index> m_indexes;
    quint64 m_tick = 0;
};

} // namespace sp
