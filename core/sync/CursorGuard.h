#pragma once

#include <QSet>
#include <QString>
#include <QtGlobal>

namespace sp {

// Keeps one listing of one sync run finite whatever the server answers. A server that repeats a
// cursor (the one requested, or any seen before in the run: a cycle), or says "more" on an empty
// page, would otherwise be followed forever and fill the disk with the same rows; a server that
// invents fresh cursors forever is stopped by a cap on the pages of the run.
class CursorGuard
{
public:
    enum class Verdict { Continue, Repeats, TooManyPages };

    // Rows a listing may return in one run whatever its previous size (a first sync knows none):
    // generous, for the largest sellers (a million orders bring several million financial events);
    // beyond it the cap grows with the listing's previous count. It only has to stop a server that
    // never ends; the disk-full handling covers the rest.
    static constexpr qint64 kDefaultRowFloor = 20000000;

    // A new run of this listing: `previousCount` rows were stored after the last complete sync
    // (0 if none), `limit` rows are asked per page.
    void begin(qint64 previousCount, int limit);
    // One page arrived: fetched from `requested`, it says `next` and `hasMore` and holds `rows`.
    Verdict nextPage(const QString& requested, const QString& next, bool hasMore, qint64 rows);
    // After a failure the run fetches again from the stored cursor: those cursors come back
    // honestly. The pages already counted stay counted.
    void resume();

    void setRowFloor(qint64 rows) { m_rowFloor = qMax<qint64>(1, rows); }
    qint64 pages() const { return m_pages; }
    qint64 pageCap() const { return m_pageCap; }
    // The cap for a listing that had `previousCount` rows, at `limit` rows per page.
    static qint64 pageCapFor(qint64 previousCount, int limit, qint64 rowFloor);

private:
    QSet<QString> m_seen;
    qint64 m_pages = 0;
    qint64 m_pageCap = 0;
    qint64 m_rowFloor = kDefaultRowFloor;
};

} // namespace sp
