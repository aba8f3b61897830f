#include "FinancialEventsModel.h"

#include "MoneyText.h"
#include "UiLog.h"

namespace sp {

FinancialEventsModel::FinancialEventsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FinancialEventsModel::setQuery(CacheQuery* query)
{
    m_query = query;
    beginResetModel();
    m_pages.clear();
    m_total = 0;
    endResetModel();
    reload();
}

void FinancialEventsModel::setFilter(const FinancialEventFilter& filter)
{
    m_filter = filter;
    m_filter.search = filter.search.trimmed();
    beginResetModel();
    m_pages.clear();
    m_total = 0;
    endResetModel();
    reload();
}

void FinancialEventsModel::reload()
{
    const int total = m_query ? qMax(0, m_query->financialEvents().count(m_filter)) : 0;
    if (m_query && !m_query->lastError().isEmpty())
        qCWarning(lcUi) << "counting financial events failed:" << m_query->lastError();
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

bool FinancialEventsModel::isSortable(int column)
{
    return column == PostedColumn || column == TypeColumn || column == ChargeColumn || column == MarketplaceColumn
        || column == AmountColumn;
}

void FinancialEventsModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    switch (column) {
    case TypeColumn: m_sort = FinancialEventSort::Type; break;
    case ChargeColumn: m_sort = FinancialEventSort::Charge; break;
    case MarketplaceColumn: m_sort = FinancialEventSort::Marketplace; break;
    case AmountColumn: m_sort = FinancialEventSort::Amount; break;
    default: m_sort = FinancialEventSort::PostedAt; break;
    }
    m_order = order;
    beginResetModel();
    m_pages.clear();
    endResetModel();
}

const FinancialEventRow* FinancialEventsModel::rowAt(int row) const
{
    if (row < 0 || row >= m_total || !m_query)
        return nullptr;
    return m_pages.rowAt(row, [this](int offset, int limit, const FinancialEventRow* previous) {
        QList<FinancialEventRow> rows = m_query->financialEvents().page(m_filter, m_sort, m_order, offset, limit, previous);
        if (!m_query->lastError().isEmpty())
            qCWarning(lcUi) << "reading financial events failed:" << m_query->lastError();
        return rows;
    });
}

FinancialEventRow FinancialEventsModel::eventAt(int row) const
{
    const FinancialEventRow* event = rowAt(row);
    return event ? *event : FinancialEventRow{};
}

int FinancialEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_total;
}

int FinancialEventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FinancialEventsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_total)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const FinancialEventRow* event = rowAt(index.row());
    if (!event)
        return {};
    switch (index.column()) {
    case PostedColumn: return MoneyText::dateTime(event->postedAt);
    case TypeColumn: return event->type;
    case ChargeColumn: return event->charge;
    case MarketplaceColumn: return event->marketplaceId;
    case OrderColumn: return event->orderId;
    case SkuColumn: return event->sku;
    case AmountColumn: return MoneyText::format(event->amountCents, event->currency);
    default: return {};
    }
}

QVariant FinancialEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PostedColumn: return tr("Posted");
    case TypeColumn: return tr("Type");
    case ChargeColumn: return tr("Charge");
    case MarketplaceColumn: return tr("Marketplace");
    case OrderColumn: return tr("Order");
    case SkuColumn: return tr("SKU");
    case AmountColumn: return tr("Amount");
    default: return {};
    }
}

} // namespace sp
