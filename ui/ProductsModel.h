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
    // Only the products sold without a unit cost for every sale (CostGapQuery), highest revenue
    // first; the header's sort does not apply meanwhile.
    void setMissingCostOnly(bool only);
    bool missingCostOnly() const { return m_missingCostOnly; }
    // The unit costs read again, the rows kept (a cost just saved shows in its row, which stays put).
    void reloadCosts() { reloadExtras(); }

    ProductStockRow productAt(int row) const { return valueAt(row); }
    // The unit costs of a SKU, newest first (empty when none was entered).
    QList<UnitCostRow> unitCostsOf(const QString& sku) const { return m_costs.value(sku); }
    static bool isSortable(int column);
    // The cost cell of a product with costs in 1 + `more` currencies ("4.20 EUR (+1)"); also the column's width sample.
    static QString moreCurrencies(const QString& amount, int more);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    CountWork countWork(qint64 cap) const override;
    void reloadExtras() override; // the unit costs
    PageWork pageWork(int offset, int limit, std::optional<ProductStockRow> after) const override;

    QString unitCostText(const QString& sku, bool full) const;

    QString m_search;
    bool m_missingCostOnly = false;
    ProductSort m_sort = ProductSort::Sku;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QHash<QString, QList<UnitCostRow>> m_costs; // one row per SKU and currency at most: small
    const Clock* m_clock;
};

} // namespace sp
