#pragma once

#include "RowPageCache.h"
#include "cache/CacheQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace sp {

// The products of the offline cache with their stock (summed over regions) and the unit cost that
// applies today, read in pages like the orders (OrdersModel); sorted in the database.
class ProductsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SkuColumn, AsinColumn, TitleColumn, FulfillableColumn, InboundColumn, ReservedColumn,
                  UnfulfillableColumn, UnitCostColumn, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 4;

    explicit ProductsModel(QObject* parent = nullptr);

    void setQuery(CacheQuery* query);
    void setSearch(const QString& search);
    QString search() const { return m_search; }
    void reload();

    int totalCount() const { return m_total; }
    ProductStockRow productAt(int row) const;
    // The unit costs of a SKU, newest first (empty when none was entered).
    QList<UnitCostRow> unitCostsOf(const QString& sku) const { return m_costs.value(sku); }
    static bool isSortable(int column);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged();

private:
    const ProductStockRow* rowAt(int row) const;

    QPointer<CacheQuery> m_query;
    QString m_search;
    ProductSort m_sort = ProductSort::Sku;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    mutable RowPageCache<ProductStockRow> m_pages{kPageSize, kMaxPages};
    QHash<QString, QList<UnitCostRow>> m_costs; // one row per SKU and currency at most: small
    int m_total = 0;
};

} // namespace sp
