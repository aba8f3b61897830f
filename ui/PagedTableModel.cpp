#include "PagedTableModel.h"

#include "UiLog.h"
#include "cache/CacheQuery.h"

namespace sp {

PagedTableModel::PagedTableModel(int columnCount, const char* rowsName, QObject* parent)
    : QAbstractTableModel(parent)
    , m_columnCount(columnCount)
    , m_rowsName(rowsName)
{}

QString PagedTableModel::placeholder() { return QStringLiteral("\u2026"); }

void PagedTableModel::setReader(CacheReader* reader)
{
    m_reader = reader;
    filterChanged();
}

void PagedTableModel::reload()
{
    reloadExtras();
    changed(Change::Reload);
}

void PagedTableModel::changed(Change change)
{
    ++m_generation;
    if (!m_reader) {
        m_firstPending = false;
        m_countPending = false;
        beginResetModel();
        dropPages();
        m_total = 0;
        endResetModel();
        emit countChanged();
        emit settled();
        return;
    }
    m_firstPending = true;
    if (change != Change::Sort)
        m_countPending = true;
    readFirst(change);
}

void PagedTableModel::applyFirst(Change change, int count, const std::function<void()>& swapRows)
{
    m_firstPending = false;
    if (count >= 0)
        m_countPending = false;
    const int total = count < 0 ? m_total : qMax(0, count);
    if (change == Change::Reload) {
        swapRows();
        // Keep the view where it is: only the difference in rows is signalled, the rest repainted.
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
    } else {
        beginResetModel();
        swapRows();
        m_total = total;
        endResetModel();
    }
    emit countChanged();
    emit settled();
}

void PagedTableModel::logIfFailed(const CacheQuery& query, const char* doing, const char* rowsName)
{
    const QString error = query.lastError();
    // A read replaced by a newer one is interrupted on purpose.
    if (!error.isEmpty() && error != QLatin1String("interrupted"))
        qCWarning(lcUi) << doing << rowsName << "failed:" << error;
}

int PagedTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_total; }

int PagedTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_columnCount; }

} // namespace sp
