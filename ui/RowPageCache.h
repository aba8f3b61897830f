#pragma once

#include <QHash>
#include <QList>

#include <functional>

namespace sp {

// The rows of a large table that a view has looked at recently: pages of `pageSize` rows keyed by
// their first row, at most `maxPages` of them, the least recently used one dropped first. Memory
// stays flat however far the user scrolls (a cache may hold a million orders).
template <typename Row>
class RowPageCache
{
public:
    // Loads `limit` rows from `offset` (fewer at the end). `previous` is the row just before
    // `offset` when it is held (a query may continue after it instead of skipping `offset` rows),
    // else nullptr.
    using Fetch = std::function<QList<Row>(int offset, int limit, const Row* previous)>;

    RowPageCache(int pageSize, int maxPages)
        : m_pageSize(pageSize)
        , m_maxPages(maxPages)
    {}

    void clear()
    {
        m_pages.clear();
        m_fetches = 0;
    }

    // The row, loading its page when it is not held; nullptr when the page has no such row (the
    // cache changed under the view: the next reload recounts).
    const Row* rowAt(int row, const Fetch& fetch)
    {
        if (row < 0)
            return nullptr;
        const int first = row - row % m_pageSize;
        auto it = m_pages.find(first);
        if (it == m_pages.end()) {
            if (m_pages.size() >= m_maxPages)
                dropLeastRecentlyUsed();
            const auto before = m_pages.constFind(first - m_pageSize);
            const Row* previous =
                before != m_pages.cend() && before->rows.size() == m_pageSize ? &before->rows.constLast() : nullptr;
            QList<Row> rows = fetch(first, m_pageSize, previous);
            it = m_pages.insert(first, Page{std::move(rows), 0});
            ++m_fetches;
        }
        it->lastUse = ++m_tick;
        const int inPage = row - first;
        return inPage < it->rows.size() ? &it->rows.at(inPage) : nullptr;
    }

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
    int fetches() const { return m_fetches; } // page loads since clear(), for tests

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
