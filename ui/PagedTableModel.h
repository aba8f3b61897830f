#pragma once

#include "RowPageCache.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace sp {

class CacheQuery;

// What the cache's large tables (orders, financial events, products) share: rowCount() is the real
// number of rows matching the model's filter, rows are read from the cache in pages only when a
// view shows them and only a few recent pages are held (RowPageCache), so a million rows scroll
// in flat memory; a filter change resets and counts again, a sort change re-reads. Each model keeps
// its columns, its filter and its query call (PagedTableModelOf<Row> below holds the typed pages:
// a Q_OBJECT class cannot be a template).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    void setQuery(CacheQuery* query); // null: empty (no cache open)
    bool hasQuery() const;
    // Counts again and drops the held rows (after a sync committed rows), keeping the view where it
    // is: rows are re-read, and only the count's difference is signalled.
    void reload();
    int totalCount() const { return m_total; } // all matching rows

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;

signals:
    void countChanged(); // totalCount() may differ

protected:
    // `rowsName` names the rows in the log ("orders").
    PagedTableModel(int columnCount, const char* rowsName, QObject* parent);

    CacheQuery* query() const;
    void filterChanged(); // the rows are other rows: reset, count again
    void sortChanged();   // the same rows in another order: reset, read again
    // Logs the query's error after a read, if it failed.
    void warnIfFailed(const char* doing) const;

private:
    // The number of rows matching the model's filter (0 when the read failed).
    virtual int countRows() const = 0;
    // What else a reload reads besides the count (the products' unit costs); query() may be null.
    virtual void reloadExtras() {}
    virtual void dropPages() = 0;

    QPointer<CacheQuery> m_query;
    const int m_columnCount;
    const char* const m_rowsName;
    int m_total = 0;
};

// A PagedTableModel whose rows are `Row`s: the held pages and the page loads. A subclass says how a
// page is read (fetchPage) and shows a row's columns (data()).
template <typename Row>
class PagedTableModelOf : public PagedTableModel
{
public:
    int heldRows() const { return m_pages.heldRows(); } // rows in memory now (tests, benchmark)
    int pageFetches() const { return m_pages.fetches(); }

protected:
    PagedTableModelOf(int columnCount, const char* rowsName, int pageSize, int maxPages, QObject* parent)
        : PagedTableModel(columnCount, rowsName, parent)
        , m_pages(pageSize, maxPages)
    {}

    // The row, its page loaded when not held; nullptr when out of range, without a query, or gone
    // from the cache since the count (the next reload recounts).
    const Row* rowAt(int row) const
    {
        if (row < 0 || row >= totalCount() || !query())
            return nullptr;
        return m_pages.rowAt(row, [this](int offset, int limit, const Row* previous) {
            QList<Row> rows = fetchPage(offset, limit, previous);
            warnIfFailed("reading");
            return rows;
        });
    }
    Row valueAt(int row) const
    {
        const Row* value = rowAt(row);
        return value ? *value : Row{};
    }

private:
    // `limit` rows from `offset` in the model's filter and order (query() is set). `after`: the row
    // just before `offset` when held, so the query may continue after it (an index seek) instead of
    // skipping `offset` rows, which costs a walk over them.
    virtual QList<Row> fetchPage(int offset, int limit, const Row* after) const = 0;
    void dropPages() override { m_pages.clear(); }

    mutable RowPageCache<Row> m_pages;
};

} // namespace sp
