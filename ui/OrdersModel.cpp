#include "OrdersModel.h"

#include "ColumnSamples.h"
#include "MoneyText.h"
#include "amazon/AmazonMarketplaces.h"
#include "amazon/AmazonTerms.h"
#include "cache/CacheQuery.h"

#include <QLocale>

namespace sp {

namespace {
OrderSort sortFor(int column)
{
    switch (column) {
    case OrdersModel::IdColumn:
        return OrderSort::Id;
    case OrdersModel::StatusColumn:
        return OrderSort::Status;
    case OrdersModel::MarketplaceColumn:
        return OrderSort::Marketplace;
    case OrdersModel::TotalColumn:
        return OrderSort::Total;
    default:
        return OrderSort::PurchaseDate;
    }
}
} // namespace

OrdersModel::OrdersModel(QObject* parent)
    : PagedTableModelOf(ColumnCount, "orders", kPageSize, kMaxPages, parent)
{}

void OrdersModel::setFilter(const OrderFilter& filter)
{
    m_filter = filter;
    m_filter.search = filter.search.trimmed();
    filterChanged();
}

void OrdersModel::setSearch(const QString& search)
{
    if (search.trimmed() == m_filter.search)
        return;
    OrderFilter filter = m_filter;
    filter.search = search;
    setFilter(filter);
}

bool OrdersModel::isSortable(int column) { return column != ItemsColumn && column >= 0 && column < ColumnCount; }

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    sortChanged();
}

OrdersModel::CountWork OrdersModel::countWork(qint64 cap) const
{
    return [filter = m_filter, cap](const CacheQuery& query) { return query.orders().count(filter, cap); };
}

OrdersModel::PageWork OrdersModel::pageWork(int offset, int limit, std::optional<OrderRow> after) const
{
    return [filter = m_filter, sort = sortFor(m_sortColumn), order = m_sortOrder, offset, limit,
            after](const CacheQuery& query) {
        return query.orders().page(filter, sort, order, offset, limit, after ? &*after : nullptr);
    };
}

OrdersModel::JumpWork OrdersModel::jumpWork() const
{
    return [filter = m_filter, sort = sortFor(m_sortColumn), order = m_sortOrder](const CacheQuery& query) {
        return query.orders().prepareJumps(filter, sort, order);
    };
}

QString OrdersModel::formatMoney(qint64 cents, const QString& currency) { return MoneyText::format(cents, currency); }

QVariant OrdersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= totalCount())
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == ItemsColumn || index.column() == TotalColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const OrderRow* order = rowAt(index.row());
    if (!order)
        return role == Qt::DisplayRole ? QVariant(placeholder()) : QVariant();
    switch (index.column()) {
    case IdColumn:
        return order->id;
    case PurchaseDateColumn:
        return MoneyText::dateTime(order->purchaseDate);
    case StatusColumn: // the API's word in the tooltip, for support
        return role == Qt::ToolTipRole ? ColumnSamples::toolTip(AmazonTerms::orderStatus(order->status),
                                                                AmazonTerms::apiHint(order->status))
                                       : AmazonTerms::orderStatus(order->status);
    case MarketplaceColumn: // the store in the cell, its country and Amazon's id on hover
        return role == Qt::ToolTipRole
                   ? ColumnSamples::toolTip(AmazonMarketplaces::displayName(order->marketplaceId), order->marketplaceId)
                   : AmazonMarketplaces::storeName(order->marketplaceId);
    case ItemsColumn:
        return QLocale().toString(order->itemCount);
    case TotalColumn:
        // Amazon shows no total while an order is pending.
        return order->totalCents < 0 ? tr("pending") : formatMoney(order->totalCents, order->currency);
    default:
        return {};
    }
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Order");
    case PurchaseDateColumn:
        return tr("Purchased");
    case StatusColumn:
        return tr("Status");
    case MarketplaceColumn:
        return tr("Marketplace");
    case ItemsColumn:
        return tr("Items");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace sp
