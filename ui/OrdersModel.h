#pragma once

#include "RowPageCache.h"
#include "cache/CacheQuery.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace sp {

// The orders of the offline cache matching a filter, in the chosen order. rowCount() is the real
// number of matching orders; rows are read from the cache in pages only when the view shows them,
// and only a few recent pages are kept (RowPageCache), so a million orders scroll in flat memory.
// Sorting happens in the database (ORDER BY over fixed column names).
class OrdersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, PurchaseDateColumn, StatusColumn, MarketplaceColumn, ItemsColumn, TotalColumn,
                  ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 8;

    explicit OrdersModel(QObject* parent = nullptr);

    void setQuery(CacheQuery* query); // null: empty (no cache open)
    void setFilter(const OrderFilter& filter);
    OrderFilter filter() const { return m_filter; }
    void setSearch(const QString& search);
    QString search() const { return m_filter.search; }
    // Counts again and drops the held rows (after a sync committed rows).
    void reload();

    int totalCount() const { return m_total; } // all matching orders
    bool hasQuery() const { return m_query != nullptr; }
    OrderRow orderAt(int row) const; // loads its page if needed; empty when out of range
    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int heldRows() const { return m_pages.heldRows(); } // rows in memory now (tests, benchmark)
    int pageFetches() const { return m_pages.fetches(); }

    // Money in integer cents as the locale writes it, e.g. "1,234.50 EUR"; exact, no floating point.
    static QString formatMoney(qint64 cents, const QString& currency);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged(); // totalCount() may differ

private:
    const OrderRow* rowAt(int row) const;

    QPointer<CacheQuery> m_query;
    OrderFilter m_filter;
    int m_sortColumn = PurchaseDateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable RowPageCache<OrderRow> m_pages{kPageSize, kMaxPages};
    int m_total = 0;
};

} // namespace sp
