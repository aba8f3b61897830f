#include "FinancialEventsModel.h"

#include "ColumnSamples.h"
#include "MoneyText.h"
#include "amazon/AmazonMarketplaces.h"
#include "amazon/AmazonTerms.h"
#include "cache/CacheQuery.h"

namespace sp {

FinancialEventsModel::FinancialEventsModel(QObject* parent)
    : PagedTableModelOf(ColumnCount, "financial events", kPageSize, kMaxPages, parent)
{}

void FinancialEventsModel::setFilter(const FinancialEventFilter& filter)
{
    m_filter = filter;
    m_filter.search = filter.search.trimmed();
    filterChanged();
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
    case TypeColumn:
        m_sort = FinancialEventSort::Type;
        break;
    case ChargeColumn:
        m_sort = FinancialEventSort::Charge;
        break;
    case MarketplaceColumn:
        m_sort = FinancialEventSort::Marketplace;
        break;
    case AmountColumn:
        m_sort = FinancialEventSort::Amount;
        break;
    default:
        m_sort = FinancialEventSort::PostedAt;
        break;
    }
    m_order = order;
    sortChanged();
}

FinancialEventsModel::CountWork FinancialEventsModel::countWork(qint64 cap) const
{
    return [filter = m_filter, cap](const CacheQuery& query) { return query.financialEvents().count(filter, cap); };
}

FinancialEventsModel::PageWork FinancialEventsModel::pageWork(int offset, int limit,
                                                              std::optional<FinancialEventRow> after) const
{
    return [filter = m_filter, sort = m_sort, order = m_order, offset, limit, after](const CacheQuery& query) {
        return query.financialEvents().page(filter, sort, order, offset, limit, after ? &*after : nullptr);
    };
}

FinancialEventsModel::JumpWork FinancialEventsModel::jumpWork() const
{
    return [filter = m_filter, sort = m_sort, order = m_order](const CacheQuery& query) {
        return query.financialEvents().prepareJumps(filter, sort, order);
    };
}

QVariant FinancialEventsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= totalCount())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const FinancialEventRow* event = rowAt(index.row());
    if (!event)
        return role == Qt::DisplayRole ? QVariant(placeholder()) : QVariant();
    switch (index.column()) {
    case PostedColumn:
        return MoneyText::dateTime(event->postedAt);
    case TypeColumn: // the API's word in the tooltip, for support
        return role == Qt::ToolTipRole
                   ? ColumnSamples::toolTip(AmazonTerms::eventType(event->type), AmazonTerms::apiHint(event->type))
                   : AmazonTerms::eventType(event->type);
    case ChargeColumn:
        return role == Qt::ToolTipRole
                   ? ColumnSamples::toolTip(AmazonTerms::charge(event->charge), AmazonTerms::apiHint(event->charge))
                   : AmazonTerms::charge(event->charge);
    case MarketplaceColumn: // the store in the cell, its country and Amazon's id on hover
        return role == Qt::ToolTipRole
                   ? ColumnSamples::toolTip(AmazonMarketplaces::displayName(event->marketplaceId), event->marketplaceId)
                   : AmazonMarketplaces::storeName(event->marketplaceId);
    case OrderColumn:
        return event->orderId;
    case SkuColumn:
        return event->sku;
    case AmountColumn:
        return MoneyText::format(event->amountCents, event->currency);
    default:
        return {};
    }
}

QVariant FinancialEventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PostedColumn:
        return tr("Posted");
    case TypeColumn:
        return tr("Type");
    case ChargeColumn:
        return tr("Charge");
    case MarketplaceColumn:
        return tr("Marketplace");
    case OrderColumn:
        return tr("Order");
    case SkuColumn:
        return tr("SKU");
    case AmountColumn:
        return tr("Amount");
    default:
        return {};
    }
}

} // namespace sp
