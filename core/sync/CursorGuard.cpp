#include "sync/CursorGuard.h"

namespace sp {

qint64 CursorGuard::pageCapFor(qint64 previousCount, int limit, qint64 rowFloor)
{
    // Twice the previous size (everything changed, and as much again new) beyond the floor, and a
    // few pages for a listing whose rows change while it is read.
    const qint64 rows = rowFloor + 2 * qMax<qint64>(0, previousCount);
    const qint64 perPage = qMax(1, limit);
    return (rows + perPage - 1) / perPage + 10;
}

void CursorGuard::begin(qint64 previousCount, int limit)
{
    m_seen.clear();
    m_pages = 0;
    m_pageCap = pageCapFor(previousCount, limit, m_rowFloor);
}

CursorGuard::Verdict CursorGuard::nextPage(const QString& requested, const QString& next, bool hasMore, qint64 rows)
{
    ++m_pages;
    m_seen.insert(requested);
    if (!hasMore)
        return Verdict::Continue; // the listing ends here; its last cursor may be the one requested
    // The next page must start after this one: a cursor already requested in this run (the same
    // one included) or a page that brought nothing would lead back here forever.
    // (An empty next cursor is the decoder's to refuse: an unreadable page, fetched again.)
    if ((!next.isEmpty() && m_seen.contains(next)) || rows <= 0)
        return Verdict::Repeats;
    if (m_pages >= m_pageCap)
        return Verdict::TooManyPages;
    return Verdict::Continue;
}

void CursorGuard::resume() { m_seen.clear(); }

} // namespace sp
