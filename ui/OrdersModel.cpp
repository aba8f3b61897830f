#include "OrdersModel.h"

#include "UiLog.h"

#include <QDateTime>
#include <QLocale>

namespace sp {

OrdersModel::OrdersModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void OrdersModel::setQuery(CacheQuery* query)
{
    m_query = query;
    reload();
}

void OrdersModel::setSearch(const QString& search)
{
    const QString trimmed = search.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

void OrdersModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_query) {
        m_total = qMax(0, m_query->orderCount(m_search));
        if (!m_query->lastError().isEmpty())
            qCWarning(lcUi) << "counting orders failed:" << m_query->lastError();
        if (m_total > 0)
            m_rows = m_query->orders(m_search, 0, kPageSize);
    }
    endResetModel();
}

OrderRow OrdersModel::orderAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : OrderRow{};
}

int OrdersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrdersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OrdersModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_query && m_rows.size() < m_total;
}

void OrdersModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<OrderRow> page = m_query->orders(m_search, static_cast<int>(m_rows.size()), kPageSize);
    if (page.isEmpty()) {
        // The cache changed under us (fewer rows than counted): stop asking until the next reload.
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

QString OrdersModel::formatMoney(qint64 cents, const QString& currency)
{
    const QLocale locale;
    const qint64 magnitude = cents < 0 ? -cents : cents;
    QString text = locale.toString(magnitude / 100) + locale.decimalPoint()
        + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    if (cents < 0)
        text.prepend(locale.negativeSign());
    return currency.isEmpty() ? text : text + QLatin1Char(' ') + currency;
}

QVariant OrdersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OrderRow& order = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == ItemsColumn || index.column() == TotalColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return order.id;
    case PurchaseDateColumn: {
        const QDateTime at = QDateTime::fromString(order.purchaseDate, Qt::ISODate);
        return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : order.purchaseDate;
    }
    case StatusColumn:
        return order.status;
    case MarketplaceColumn:
        return order.marketplaceId;
    case ItemsColumn:
        return QLocale().toString(order.itemCount);
    case TotalColumn:
        // Amazon shows no total while an order is pending.
        return order.totalCents < 0 ? tr("pending") : formatMoney(order.totalCents, order.currency);
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
