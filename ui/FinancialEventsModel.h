#pragma once

#include "PagedTableModel.h"
#include "cache/CacheRows.h"

namespace sp {

// The financial events of the offline cache matching a filter, read in pages like the orders
// (PagedTableModel); sorted in the database.
class FinancialEventsModel : public PagedTableModelOf<FinancialEventRow>
{
    Q_OBJECT
public:
    enum Column {
        PostedColumn,
        TypeColumn,
        ChargeColumn,
        MarketplaceColumn,
        OrderColumn,
        SkuColumn,
        AmountColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 8;

    explicit FinancialEventsModel(QObject* parent = nullptr);

    void setFilter(const FinancialEventFilter& filter);
    FinancialEventFilter filter() const { return m_filter; }

    FinancialEventRow eventAt(int row) const { return valueAt(row); }
    static bool isSortable(int column);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    CountWork countWork(qint64 cap) const override;
    bool isSearching() const override { return !m_filter.search.isEmpty(); }
    PageWork pageWork(int offset, int limit, std::optional<FinancialEventRow> after) const override;
    JumpWork jumpWork() const override;

    FinancialEventFilter m_filter;
    FinancialEventSort m_sort = FinancialEventSort::PostedAt;
    Qt::SortOrder m_order = Qt::DescendingOrder;
};

} // namespace sp
