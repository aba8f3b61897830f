#include "PagedTableModel.h"

#include "UiLog.h"
#include "cache/CacheQuery.h"

namespace sp {

PagedTableModel::PagedTableModel(int columnCount, const char* rowsName, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_rowsName(rowsName)
{}

// Out of line: QPointer<CacheQuery> needs the complete type, which the models' users need not include.
bool PagedTableModel::hasQuery() const { return m_query != nullptr; }

CacheQuery* PagedTableModel::query() const { return m_query; }

void PagedTableModel::setQuery(CacheQuery* query)
{
    m_query = query;
    filterChanged();
}

void PagedTableModel::filterChanged()
{
    beginResetModel();
    dropPages();
    m_total = 0;
    endResetModel();
    reload();
}

void PagedTableModel::sortChanged()
{
    beginResetModel();
    dropPages();
    endResetModel();
}

void PagedTableModel::reload()
{
    const int total = m_query ? qMax(0, countRows()) : 0;
    warnIfFailed("counting");
    reloadExtras();
    dropPages();
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
        emit dataChanged(index(0, 0), index(m_total - 1, m_columnCount - 1));
    emit countChanged();
}

void PagedTableModel::warnIfFailed(const char* doing) const
{
    if (m_query && !m_query->lastError().isEmpty())
        qCWarning(lcUi) << doing << m_rowsName << "failed:" << m_query->lastError();
}

int PagedTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_total; }

int PagedTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_columnCount; }

} // namespace sp
