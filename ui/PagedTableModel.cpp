#include "PagedTableModel.h"

#include "UiLog.h"
#include "cache/CacheQuery.h"

#include <QTimer>

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
        m_shown = 0;
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
    m_total = total;
    if (change == Change::Reload) {
        swapRows();
        // Keep the view where it is: only the difference in rows is signalled, the rest repainted.
        if (m_shown > m_total) {
            beginRemoveRows(QModelIndex(), m_total, m_shown - 1);
            m_shown = m_total;
            endRemoveRows();
        }
        if (m_shown > 0)
            emit dataChanged(index(0, 0), index(m_shown - 1, m_columnCount - 1));
    } else {
        beginResetModel();
        swapRows();
        // The view keeps the rows it had (up to the new total): more follow in steps.
        m_shown = qMin(m_total, qMax(m_shown, m_growStep));
        endResetModel();
    }
    emit countChanged();
    m_settlePending = true;
    continueGrowing();
    if (m_capped) // a sort's answer too: it replaced the exact count's read
        readExactCount();
}

void PagedTableModel::growShownRows()
{
    m_growQueued = false;
    if (m_shown < m_total) {
        const int shown = int(qMin<qint64>(m_total, qint64(m_shown) + m_growStep));
        beginInsertRows(QModelIndex(), m_shown, shown - 1);
        m_shown = shown;
        endInsertRows();
    }
    continueGrowing();
}

void PagedTableModel::continueGrowing()
{
    if (m_shown < m_total) {
        if (m_growQueued)
            return;
        m_growQueued = true;
        // A timer, not a queued call: a stream of posted calls runs before any timer is due, so the
        // window's own timers (and a heartbeat) would wait for the whole growth.
        QTimer::singleShot(0, this, &PagedTableModel::growShownRows);
    } else if (m_settlePending && !m_firstPending) {
        m_settlePending = false;
        emit settled();
    }
}

void PagedTableModel::applyExactCount(quint64 wanted, qint64 count)
{
    if (wanted != m_generation || !m_capped || count < 0)
        return; // a newer change counts for itself; a failed count leaves "10,000+"
    m_capped = false;
    m_total = int(qMin<qint64>(count, INT_MAX));
    if (m_shown > m_total) { // rows went meanwhile (a reload follows the sync that removed them)
        beginRemoveRows(QModelIndex(), m_total, m_shown - 1);
        m_shown = m_total;
        endRemoveRows();
    }
    emit countChanged();
    continueGrowing();
}

bool PagedTableModel::logIfFailed(const CacheQuery& query, const char* doing, const char* rowsName)
{
    const QString error = query.lastError();
    // A read replaced by a newer one is interrupted on purpose.
    if (!error.isEmpty() && error != QLatin1String("interrupted"))
        qCWarning(lcUi) << doing << rowsName << "failed:" << error;
    return !error.isEmpty();
}

int PagedTableModel::jumpOutcome(const CacheQuery& query, bool done, const char* rowsName)
{
    if (done)
        return 1;
    const QString error = query.lastError();
    if (error.isEmpty() || error == QLatin1String("interrupted"))
        return 0;
    logIfFailed(query, "indexing the pages of", rowsName);
    return -1;
}

int PagedTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_shown; }

int PagedTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_columnCount; }

} // namespace sp
