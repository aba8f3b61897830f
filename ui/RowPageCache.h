#pragma once

#include <QHash>
#include <QList>

namespace sp {

// The rows of a large table that a view has looked at recently: pages of `pageSize` rows keyed by
// their first row, at most `maxPages` of them, the least recently used one dropped first. Memory
// stays flat however far the user scrolls (a cache may hold a million orders). Pages are read
// elsewhere (by the cache's reader thread) and stored here when they arrive.
template <typename Row>
class RowPageCache
{
public:
    RowPageCache(int pageSize, int maxPages)
        : m_pageSize(pageSize)
        , m_maxPages(maxPages)
    {}

    void clear()
    {
        m_pages.clear();
        m_fetches = 0;
    }

    // The row when its page is held (the page counts as used), else nullptr.
    const Row* held(int row)
    {
        if (row < 0)
            return nullptr;
        auto it = m_pages.find(firstOfPage(row));
        if (it == m_pages.end())
            return nullptr;
        it->lastUse = ++m_tick;
        const int inPage = row - it.key();
        return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
    }
    bool holds(int row) const { return m_pages.contains(firstOfPage(row)); }

    // Keeps a page that arrived (dropping the least recently used one when full).
    void store(int first, QList<Row> rows)
    {
        if (!m_pages.contains(first) && m_pages.size() >= m_maxPages)
            dropLeastRecentlyUsed();
        m_pages.insert(first, Page{std::move(rows), ++m_tick});
        ++m_fetches;
    }

    // The last row of the page before the one starting at `first`, when that page is held and
    // full: a query may continue after it (an index seek) instead of skipping `first` rows.
    const Row* lastBefore(int first) const
    {
        const auto before = m_pages.constFind(first - m_pageSize);
        return before != m_pages.cend() && before->rows.size() == m_pageSize ? &before->rows.constLast() : nullptr;
    }

    int firstOfPage(int row) const { return row - row % m_pageSize; }
    int pageSize() const { return m_pageSize; }
    int maxPages() const { return m_maxPages; }
    int heldPages() const { return int(m_pages.size()); }
    int heldRows() const
    {
        int rows = 0;
        for (const Page& page : m_pages)
            rows += int(page.rows.size());
        return rows;
    }
    int fetches() const { return m_fetches; } // pages stored since clear(), for tests

private:
    struct Page
    {
        QList<Row> rows;
        quint64 lastUse = 0;
    };

    void dropLeastRecentlyUsed()
    {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        if (oldest != m_pages.end())
            m_pages.erase(oldest);
    }

    int m_pageSize;
    int m_maxPages;
    QHash<int, Page> m_pages;
    quint64 m_tick = 0;
    int m_fetches = 0;
};

} // namespace sp
