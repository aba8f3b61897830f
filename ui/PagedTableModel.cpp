#include "PagedTableModel.h"

#include "UiLog.h"
#include "cache/CacheQuery.h"

#include <climits>

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
        m_capped = false;
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

void PagedTableModel::applyFirst(Change change, std::optional<CappedCount> count, const std::function<void()>& swapRows)
{
    m_firstPending = false;
    if (count) {
        m_countPending = false;
        m_capped = count->capped;
    }
    const int total = count ? int(qBound(qint64(0), count->count, qint64(INT_MAX))) : m_total;
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
    if (m_capped) // a sort's answer too: it replaced the exact count's read
        readExactCount();
}

void PagedTableModel::applyExactCount(quint64 wanted, qint64 count)
{
    if (wanted != m_generation || !m_capped || count < 0)
        return; // a newer change counts for itself; a failed count leaves "10,000+"
    const int total = int(qMin<qint64>(count, INT_MAX));
    m_capped = false;
    if (total > m_total) {
        beginInsertRows(QModelIndex(), m_total, total - 1);
        m_total = total;
        endInsertRows();
    } else if (total < m_total) { // rows went meanwhile (a reload follows the sync that removed them)
        beginRemoveRows(QModelIndex(), total, m_total - 1);
        m_total = total;
        endRemoveRows();
    }
    emit countChanged();
}

bool PagedTableModel::logIfFailed(const CacheQuery& query, const char* doing, const char* rowsName)
{
    const QString error = query.lastError();
    // A read replaced by a newer one is interrupted on purpose.
    if (!error.isEmpty() && error != QLatin1String("interrupted"))
        qCWarning(lcUi) << doing << rowsName << "failed:" << error;
    return !error.isEmpty();
}

int PagedTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_total; }

int PagedTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_columnCount; }

} // namespace sp
