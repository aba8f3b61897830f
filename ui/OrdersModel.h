#pragma once

#include "cache/CacheQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace sp {

// The orders of the offline cache matching a search, newest first. Rows come in pages through
// fetchMore (the view asks as it scrolls), never all at once: a cache may hold 200,000 orders.
class OrdersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, PurchaseDateColumn, StatusColumn, MarketplaceColumn, ItemsColumn, TotalColumn,
                  ColumnCount };
    static constexpr int kPageSize = 200;

    explicit OrdersModel(QObject* parent = nullptr);

    void setQuery(CacheQuery* query); // null: empty (no cache open)
    void setSearch(const QString& search);
    QString search() const { return m_search; }
    // Counts and loads the first page again (after a sync committed rows).
    void reload();

    int totalCount() const { return m_total; } // all matching orders, loaded or not
    bool hasQuery() const { return m_query != nullptr; }
    OrderRow orderAt(int row) const;

    // Money in integer cents as the locale writes it, e.g. "1,234.50 EUR"; exact, no floating point.
    static QString formatMoney(qint64 cents, const QString& currency);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    QPointer<CacheQuery> m_query;
    QString m_search;
    QList<OrderRow> m_rows;
    int m_total = 0;
};

} // namespace sp
