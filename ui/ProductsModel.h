#pragma once

#include "PagedTableModel.h"
#include "cache/CacheRows.h"

#include <QHash>

namespace sp {

class Clock;

// The products of the offline cache with their stock (summed over regions) and the unit cost that
// applies today, read in pages like the orders (PagedTableModel); sorted in the database.
class ProductsModel : public PagedTableModelOf<ProductStockRow>
{
    Q_OBJECT
public:
    enum Column {
        SkuColumn,
        AsinColumn,
        TitleColumn,
        FulfillableColumn,
        InboundColumn,
        ReservedColumn,
        UnfulfillableColumn,
        UnitCostColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 4;

    explicit ProductsModel(QObject* parent = nullptr);

    // The clock that says which unit cost applies today (null: the system clock).
    void setClock(const Clock* clock);
    void setSearch(const QString& search);
    QString search() const { return m_search; }

    ProductStockRow productAt(int row) const { return valueAt(row); }
    // The unit costs of a SKU, newest first (empty when none was entered).
    QList<UnitCostRow> unitCostsOf(const QString& sku) const { return m_costs.value(sku); }
    static bool isSortable(int column);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    CountWork countWork(qint64 cap) const override;
    void reloadExtras() override; // the unit costs
    PageWork pageWork(int offset, int limit, std::optional<ProductStockRow> after) const override;

    QString m_search;
    ProductSort m_sort = ProductSort::Sku;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QHash<QString, QList<UnitCostRow>> m_costs; // one row per SKU and currency at most: small
    const Clock* m_clock;
};

} // namespace sp
