#pragma once

#include "RowPageCache.h"
#include "cache/CacheQuery.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace sp {

// The financial events of the offline cache matching a filter, read in pages like the orders
// (OrdersModel: the real row count, a few recent pages held); sorted in the database.
class FinancialEventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PostedColumn, TypeColumn, ChargeColumn, MarketplaceColumn, OrderColumn, SkuColumn, AmountColumn,
                  ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 8;

    explicit FinancialEventsModel(QObject* parent = nullptr);

    void setQuery(CacheQuery* query);
    void setFilter(const FinancialEventFilter& filter);
    FinancialEventFilter filter() const { return m_filter; }
    void reload();

    int totalCount() const { return m_total; }
    FinancialEventRow eventAt(int row) const;
    static bool isSortable(int column);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged();

private:
    const FinancialEventRow* rowAt(int row) const;

    QPointer<CacheQuery> m_query;
    FinancialEventFilter m_filter;
    FinancialEventSort m_sort = FinancialEventSort::PostedAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    mutable RowPageCache<FinancialEventRow> m_pages{kPageSize, kMaxPages};
    int m_total = 0;
};

} // namespace sp
