#include "OrdersModel.h"

#include "MoneyText.h"
#include "UiLog.h"

#include <QLocale>

namespace sp {

namespace {
OrderSort sortFor(int column)
{
    switch (column) {
    case OrdersModel::IdColumn: return OrderSort::Id;
    case OrdersModel::StatusColumn: return OrderSort::Status;
    case OrdersModel::MarketplaceColumn: return OrderSort::Marketplace;
    case OrdersModel::TotalColumn: return OrderSort::Total;
    default: return OrderSort::PurchaseDate;
    }
}
} // namespace

OrdersModel::OrdersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OrdersModel::setQuery(CacheQuery* query)
{
    m_query = query;
    beginResetModel();
    m_pages.clear();
    m_total = 0;
    endResetModel();
    reload();
}

void OrdersModel::setFilter(const OrderFilter& filter)
{
    OrderFilter trimmed = filter;
    trimmed.search = filter.search.trimmed();
    m_filter = trimmed;
    beginResetModel();
    m_pages.clear();
    m_total = 0;
    endResetModel();
    reload();
}

void OrdersModel::setSearch(const QString& search)
{
    if (search.trimmed() == m_filter.search)
        return;
    OrderFilter filter = m_filter;
    filter.search = search;
    setFilter(filter);
}

bool OrdersModel::isSortable(int column)
{
    return column != ItemsColumn && column >= 0 && column < ColumnCount;
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    m_pages.clear();
    endResetModel();
}

void OrdersModel::reload()
{
    const int total = m_query ? qMax(0, m_query->orders().count(m_filter)) : 0;
    if (m_query && !m_query->lastError().isEmpty())
        qCWarning(lcUi) << "counting orders failed:" << m_query->lastError();
    // Keep the view where it is: rows are re-read, and only the count's difference is signalled.
    m_pages.clear();
    if (total > m_total) {
        beginInsertRows(QModelIndex(), m_total, total - 1);
        m_total = total;
        endInsertRows();
    } else if (total < m_total) {
        beginRemoveRows(QModelIndex(), total, m_total - 1);
        m_total = total;
        endRemoveRows();
    }
    if (m_total > 0)
        emit dataChanged(index(0, 0), index(m_total - 1, ColumnCount - 1));
    emit countChanged();
}

const OrderRow* OrdersModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total || !m_query)
        return nullptr;
    return m_pages.rowAt(row, [this](int offset, int limit, const OrderRow* previous) {
        // Scrolling on: continue after the row above (an index seek) instead of skipping `offset`
        // rows, which costs a walk over them.
        QList<OrderRow> rows = m_query->orders().page(m_filter, sortFor(m_sortColumn), m_sortOrder, offset, limit, previous);
        if (!m_query->lastError().isEmpty())
            qCWarning(lcUi) << "reading orders failed:" << m_query->lastError();
        return rows;
    });
}

OrderRow OrdersModel::orderAt(int row) const
{
    const OrderRow* order = rowAt(row);
    return order ? *order : OrderRow{};
}

int OrdersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int OrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrdersModel::formatMoney(qint64 cents, const QString& currency)
{
    return MoneyText::format(cents, currency);
}

QVariant OrdersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == ItemsColumn || index.column() == TotalColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const OrderRow* order = rowAt(index.row());
    if (!order)
        return {};
    switch (index.column()) {
    case IdColumn:
        return order->id;
    case PurchaseDateColumn:
        return MoneyText::dateTime(order->purchaseDate);
    case StatusColumn:
        return order->status;
    case MarketplaceColumn:
        return order->marketplaceId;
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
