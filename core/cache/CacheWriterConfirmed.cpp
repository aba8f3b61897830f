// CacheWriter's writes of rows the server confirmed outside a listing (issue 16: a unit cost saved
// in the products page shows, with its cost of goods, at once). Kept apart from the sync's writes.
#include "cache/BulkLoad.h"
#include "cache/CacheLog.h"
#include "cache/CacheRowWriter.h"
#include "cache/CacheWriter.h"
#include "cache/PageDecoder.h"
#include "cache/summary/SalesSummary.h"

#include <atomic>

namespace sp {

bool CacheWriter::writeConfirmedUnitCosts(const QJsonArray& rows, QString* error)
{
    return writeConfirmedRows(QStringLiteral("unit-costs"), rows, error);
}

bool CacheWriter::writeConfirmedRows(const QString& resource, const QJsonArray& rows, QString* error)
{
    if (!m_db || !m_rows) {
        *error = tr("The offline cache is not open.");
        return false;
    }
    // Decoded and checked as a page of the listing would be; the cursor is a placeholder, never stored.
    DecodedPage page;
    QString decodeError;
    const QJsonObject json{{QString(resource).replace(QLatin1Char('-'), QLatin1Char('_')), rows},
                           {QStringLiteral("next_cursor"), QStringLiteral("confirmed")},
                           {QStringLiteral("has_more"), false}};
    if (!PageDecoder::decode(resource, json, &page, &decodeError)) {
        *error = tr("The server sent an unreadable page (%1).").arg(decodeError);
        return false;
    }
    applySimulatedDiskFull();
    bool ok = m_db->begin();
    BulkLoad bulkLoad(*m_db);
    // While a first sync loads in bulk, the summaries wait for its end (finishRun rebuilds them).
    const bool loading = ok && !bulkLoad.active().isEmpty();
    ok = ok && m_rows->upsert(page, false);
    QString summaryError;
    if (ok && !loading && !SalesSummary::rebuildDirty(*m_db, &summaryError)) {
        *error = summaryError;
        m_db->rollback();
        return false;
    }
    if (!ok || !m_db->commit()) {
        *error = tr("The offline cache could not be written (%1).").arg(m_db->lastError());
        m_db->rollback();
        return false;
    }
    qCInfo(lcCache) << "wrote" << page.rowCount() << "confirmed row(s) of" << resource;
    return true;
}

bool CacheWriter::writeInTransaction(const std::function<bool(CipherDatabase&, QString*)>& work, QString* error)
{
    if (!m_db) {
        *error = tr("The offline cache is not open.");
        return false;
    }
    applySimulatedDiskFull();
    if (!m_db->begin()) {
        *error = tr("The offline cache could not be written (%1).").arg(m_db->lastError());
        return false;
    }
    QString workError;
    if (!work(*m_db, &workError) || !m_db->commit()) {
        *error =
            workError.isEmpty() ? tr("The offline cache could not be written (%1).").arg(m_db->lastError()) : workError;
        m_db->rollback();
        return false;
    }
    return true;
}

quint64 CacheWriter::newTicket()
{
    static std::atomic<quint64> next{1};
    return next++;
}

void CacheWriter::confirmRows(quint64 ticket, const QString& resource, const QJsonArray& rows)
{
    flush(); // the sync's pages that arrived first are written first
    QString error;
    const bool ok = writeConfirmedRows(resource, rows, &error);
    emit confirmed(ticket, ok, error);
}

void CacheWriter::writeLocal(quint64 ticket, const std::function<bool(CipherDatabase&, QString*)>& work)
{
    flush(); // the sync's pages that arrived first are written first
    QString error;
    const bool ok = writeInTransaction(work, &error);
    emit confirmed(ticket, ok, error);
}

} // namespace sp
