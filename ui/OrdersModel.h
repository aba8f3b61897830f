#pragma once

#include "PagedTableModel.h"
#include "cache/CacheRows.h"

namespace sp {

// The orders of the offline cache matching a filter, in the chosen order, read in pages
// (PagedTableModel). Sorting happens in the database (ORDER BY over fixed column names).
class OrdersModel : public PagedTableModelOf<OrderRow>
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        PurchaseDateColumn,
        StatusColumn,
        MarketplaceColumn,
        ItemsColumn,
        TotalColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 8;

    explicit OrdersModel(QObject* parent = nullptr);

    void setFilter(const OrderFilter& filter);
    OrderFilter filter() const { return m_filter; }
    void setSearch(const QString& search);
    QString search() const { return m_filter.search; }

    OrderRow orderAt(int row) const { return valueAt(row); } // loads its page if needed; empty when out of range
    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Money in integer cents as the locale writes it, e.g. "1,234.50 EUR"; exact, no floating point.
    static QString formatMoney(qint64 cents, const QString& currency);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    CountWork countWork(qint64 cap) const override;
    bool isSearching() const override { return !m_filter.search.isEmpty(); }
    PageWork pageWork(int offset, int limit, std::optional<OrderRow> after) const override;
    JumpWork jumpWork() const override;

    OrderFilter m_filter;
    int m_sortColumn = PurchaseDateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace sp
