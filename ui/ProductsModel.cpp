#include "ProductsModel.h"

#include "MoneyText.h"
#include "SystemClock.h"
#include "cache/CacheQuery.h"
#include "cache/CostGapQuery.h"

#include <QLocale>
#include <QMap>

namespace sp {

ProductsModel::ProductsModel(QObject* parent)
    : PagedTableModelOf(ColumnCount, "products", kPageSize, kMaxPages, parent)
    , m_clock(systemClock())
{}

void ProductsModel::setClock(const Clock* clock)
{
    m_clock = clock ? clock : systemClock();
    reloadExtras();
}

void ProductsModel::setSearch(const QString& search)
{
    if (search.trimmed() == m_search)
        return;
    m_search = search.trimmed();
    filterChanged();
}

void ProductsModel::setMissingCostOnly(bool only)
{
    if (only == m_missingCostOnly)
        return;
    m_missingCostOnly = only;
    filterChanged();
}

ProductsModel::CountWork ProductsModel::countWork(qint64 /*cap*/) const
{
    // Products number thousands, not millions: counted exactly.
    if (m_missingCostOnly)
        return [search = m_search](const CacheQuery& query) {
            return CappedCount{qMax(0, CostGapQuery(query).count(search)), false};
        };
    return [search = m_search](const CacheQuery& query) { return CappedCount{query.products().count(search), false}; };
}

void ProductsModel::reloadExtras()
{
    if (!reader()) {
        m_costs.clear();
        return;
    }
    // The cost that applies today per SKU and currency: the latest effective_from up to today.
    const QDate today = m_clock->nowUtc().date();
    reader()->read<QHash<QString, QList<UnitCostRow>>>(
        this, CacheReader::laneOf(this, "costs"),
        [today](const CacheQuery& query) {
            QHash<QString, QList<UnitCostRow>> costs;
            for (const UnitCostRow& cost : query.catalog().unitCosts()) {
                if (cost.effectiveFrom <= today)
                    costs[cost.sku].append(cost);
            }
            return costs;
        },
        [this](QHash<QString, QList<UnitCostRow>> costs) {
            m_costs = std::move(costs);
            if (totalCount() > 0)
                emit dataChanged(index(0, UnitCostColumn), index(totalCount() - 1, UnitCostColumn));
        });
}

bool ProductsModel::isSortable(int column)
{
    return column == SkuColumn || column == TitleColumn || column == FulfillableColumn || column == InboundColumn;
}

void ProductsModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_sort = column == TitleColumn         ? ProductSort::Title
             : column == FulfillableColumn ? ProductSort::Fulfillable
             : column == InboundColumn     ? ProductSort::Inbound
                                           : ProductSort::Sku;
    m_order = order;
    sortChanged();
}

ProductsModel::PageWork ProductsModel::pageWork(int offset, int limit, std::optional<ProductStockRow>) const
{
    if (m_missingCostOnly)
        return [search = m_search, offset, limit](const CacheQuery& query) {
            return CostGapQuery(query).page(search, offset, limit);
        };
    return [search = m_search, sort = m_sort, order = m_order, offset, limit](const CacheQuery& query) {
        return query.products().page(search, sort, order, offset, limit);
    };
}

QVariant ProductsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= totalCount())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= FulfillableColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const ProductStockRow* product = rowAt(index.row());
    if (!product)
        return role == Qt::DisplayRole ? QVariant(placeholder()) : QVariant();
    const QLocale locale;
    switch (index.column()) {
    case SkuColumn:
        return product->sku;
    case AsinColumn:
        return product->asin;
    case TitleColumn:
        return product->title;
    case FulfillableColumn:
        return locale.toString(product->fulfillable);
    case InboundColumn:
        return locale.toString(product->inbound);
    case ReservedColumn:
        return locale.toString(product->reserved);
    case UnfulfillableColumn:
        return locale.toString(product->unfulfillable);
    case UnitCostColumn:
        return unitCostText(product->sku, role != Qt::DisplayRole);
    default:
        return {};
    }
}

// Per currency the latest cost that applies today: an amount in the cell ("4.20 EUR", "4.20 EUR (+1)"
// when other currencies have one), each with the day it applies from in the tooltip.
QString ProductsModel::unitCostText(const QString& sku, bool full) const
{
    QMap<QString, UnitCostRow> latest; // by currency, sorted
    for (const UnitCostRow& cost : m_costs.value(sku)) {
        auto it = latest.find(cost.currency);
        if (it == latest.end() || it->effectiveFrom < cost.effectiveFrom)
            latest.insert(cost.currency, cost);
    }
    if (latest.isEmpty())
        return full ? tr("No unit cost entered: cost of goods incomplete") : tr("not set");
    const QLocale locale;
    QStringList parts;
    for (const UnitCostRow& cost : std::as_const(latest)) {
        const QString amount = MoneyText::format(cost.unitCostCents, cost.currency);
        parts << (full ? tr("%1 from %2").arg(amount, locale.toString(cost.effectiveFrom, QLocale::ShortFormat))
                       : amount);
    }
    if (full)
        return parts.join(QLatin1Char('\n'));
    // Several currencies: the first and how many more (all of them in the tooltip), so the cell
    // stays one readable amount instead of an elided list.
    return parts.size() == 1 ? parts.constFirst() : moreCurrencies(parts.constFirst(), int(parts.size()) - 1);
}

QString ProductsModel::moreCurrencies(const QString& amount, int more)
{
    return tr("%1 (+%2)", "a unit cost, and how many other currencies have one").arg(amount).arg(more);
}

QVariant ProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SkuColumn:
        return tr("SKU");
    case AsinColumn:
        return tr("ASIN");
    case TitleColumn:
        return tr("Title");
    case FulfillableColumn:
        return tr("Fulfillable");
    case InboundColumn:
        return tr("Inbound");
    case ReservedColumn:
        return tr("Reserved");
    case UnfulfillableColumn:
        return tr("Unfulfillable");
    case UnitCostColumn:
        return tr("Unit cost");
    default:
        return {};
    }
}

} // namespace sp
