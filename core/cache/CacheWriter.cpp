#include "cache/CacheWriter.h"

#include "cache/BulkLoad.h"
#include "cache/CacheFiles.h"
#include "cache/CacheFormatMigration.h"
#include "cache/CacheRowWriter.h"
#include "cache/CacheLog.h"
#include "cache/CacheSchema.h"
#include "cache/PageDecoder.h"
#include "cache/SecureBytes.h"
#include "cache/summary/SalesSummary.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>

namespace sp {

namespace {

std::atomic<bool> g_simulateDiskFull{false};

} // namespace

void CacheWriter::simulateDiskFullForTests(bool full) { g_simulateDiskFull = full; }

void CacheWriter::applySimulatedDiskFull()
{
    const bool full = g_simulateDiskFull;
    if (!m_db || full == m_simulatingDiskFull)
        return;
    m_simulatingDiskFull = full;
    // SQLite never lowers the limit below the file's size: 1 means "as large as it is now". Lifted
    // to SQLite's traditional default (older versions read the value as a 32-bit int).
    m_db->exec(full ? "PRAGMA max_page_count = 1" : "PRAGMA max_page_count = 1073741823");
}

CacheWriter::CacheWriter(QObject* parent)
    : QObject(parent)
{
    // The signals carry these across the thread boundary (queued).
    qRegisterMetaType<sp::CacheWriter::WriteStatus>();
    qRegisterMetaType<sp::CipherDatabase::OpenError>();
}

CacheWriter::~CacheWriter() { closeFile(); }

CipherDatabase::OpenError CacheWriter::openFile(const QString& path, const QByteArray& key, QString* message)
{
    closeFile();
    CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
    if (!CacheFiles::prepareFile(path, message))
        return CipherDatabase::OpenError::Io;
    m_db = CipherDatabase::open(path, key, CipherDatabase::Role::Writer, &error, message);
    if (!m_db && error == CipherDatabase::OpenError::WrongKeyOrDamaged) {
        // SQLCipher 4 reads a file written by SQLCipher 3 (Debian 12's 3.4.1) as "not a database":
        // such a file is converted once, in place, and opened again; anything else stays untouched.
        QString migrationMessage;
        switch (CacheFormatMigration::run(path, key, &migrationMessage)) {
        case CacheFormatMigration::Outcome::NotOldFormat:
            return error;
        case CacheFormatMigration::Outcome::Migrated:
            m_db = CipherDatabase::open(path, key, CipherDatabase::Role::Writer, &error, message);
            break;
        case CacheFormatMigration::Outcome::DiskFull: // the old file is kept: the next start tries again
            if (message)
                *message = migrationMessage;
            return CipherDatabase::OpenError::Io;
        case CacheFormatMigration::Outcome::Failed: // the old file is kept: the user may reset (set aside)
            if (message)
                *message = migrationMessage;
            return CipherDatabase::OpenError::WrongKeyOrDamaged;
        }
    }
    if (!m_db)
        return error;
    CacheFormatMigration::removeLeftovers(path);
    CacheFiles::restrictPermissions(path);
    const CacheSchema::Result migrated = CacheSchema::migrate(*m_db, message);
    if (migrated != CacheSchema::Result::Ok) {
        // A damaged schema or table page shows here first: the same "unreadable" as a damaged page 1.
        const bool damaged = m_db->damaged();
        m_db.reset();
        if (damaged && message)
            *message = tr("The offline copy on this computer is damaged. Reset it to download your data again; "
                          "the damaged file is then kept aside for support.");
        return migrated == CacheSchema::Result::TooNew || damaged ? CipherDatabase::OpenError::WrongKeyOrDamaged
                                                                  : CipherDatabase::OpenError::Io;
    }
    m_rows = std::make_unique<CacheRowWriter>(*m_db);
    // UPDATE then INSERT: SQLite 3.15 (SQLCipher 3.4.1) has no UPSERT, and REPLACE would drop
    // the columns it does not name (item_count, last_error).
    m_storeCursor = m_db->prepare("INSERT OR IGNORE INTO sync_state (resource, cursor, item_count) VALUES (?1, ?2, 0)");
    if (!m_rows->prepare() || !m_storeCursor.isValid()) {
        if (message)
            *message = tr("The offline cache could not be prepared (%1).").arg(m_db->lastError());
        const bool damaged = m_db->damaged();
        m_rows.reset();
        m_storeCursor = CipherDatabase::Statement();
        m_db.reset();
        return damaged ? CipherDatabase::OpenError::WrongKeyOrDamaged : CipherDatabase::OpenError::Io;
    }
    // From here on every failed statement that points at the file is reported (queued to the
    // controller, ahead of the write's own result).
    m_db->setDamageHandler(
        [this](CipherDatabase::Damage damage) { emit damageFound(damage == CipherDatabase::Damage::Damaged); });
    CacheFiles::restrictPermissions(path);
    return CipherDatabase::OpenError::None;
}

bool CacheWriter::storeCursor(const QString& resource, const QString& cursor)
{
    m_storeCursor.bind(1, resource);
    m_storeCursor.bind(2, cursor);
    if (!m_storeCursor.run())
        return false;
    CipherDatabase::Statement update =
        m_db->prepare("UPDATE sync_state SET cursor = ?2, last_error = NULL WHERE resource = ?1");
    update.bind(1, resource);
    update.bind(2, cursor);
    return update.run();
}

QString CacheWriter::storedCursor(const QString& resource, bool* ok)
{
    CipherDatabase::Statement s = m_db->prepare("SELECT cursor FROM sync_state WHERE resource = ?1");
    s.bind(1, resource);
    const CipherDatabase::Statement::Step step = s.step();
    *ok = step != CipherDatabase::Statement::Step::Error;
    return step == CipherDatabase::Statement::Step::Row ? s.text(0) : QString();
}

CacheWriter::WriteResult CacheWriter::writePage(const QString& resource, const QString& fromCursor,
                                                const QJsonObject& json)
{
    return writePages({Page{0, resource, fromCursor, json}}).constFirst();
}

QList<CacheWriter::WriteResult> CacheWriter::writePages(const QList<Page>& pages)
{
    QList<WriteResult> results(pages.size());
    if (!m_db) {
        for (WriteResult& r : results)
            r.error = tr("The offline cache is not open.");
        return results;
    }
    QElapsedTimer timer;
    timer.start();
    // Decode everything first: a malformed page is transient for the sync (it fetches it again).
    // The pages before it are written; it and the ones after it are not.
    QList<DecodedPage> decoded(pages.size());
    qsizetype usable = pages.size();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QString decodeError;
        if (!PageDecoder::decode(pages.at(i).resource, pages.at(i).json, &decoded[i], &decodeError)) {
            results[i].error = tr("The server sent an unreadable page (%1).").arg(decodeError);
            for (qsizetype k = i + 1; k < pages.size(); ++k)
                results[k].status = WriteStatus::Stale;
            usable = i;
            break;
        }
    }
    m_decodeMs += timer.restart();
    if (usable == 0)
        return results;

    applySimulatedDiskFull();
    bool ok = m_db->begin();
    BulkLoad bulkLoad(*m_db);
    for (qsizetype i = 0; ok && i < usable; ++i) {
        const QString& resource = pages.at(i).resource;
        // Committed only where the cache stands: the stored cursor (as this transaction sees it)
        // must be the one the page was fetched from. Otherwise Stale: no gap, whatever arrives.
        const QString stored = storedCursor(resource, &ok);
        if (!ok)
            break;
        if (stored != pages.at(i).fromCursor) {
            results[i].status = WriteStatus::Stale;
            continue;
        }
        // A resource's first sync (no cursor yet) is loaded in bulk, until its last page.
        bool bulk = bulkLoad.isActive(resource, &ok);
        if (ok && !bulk && stored.isEmpty() && !BulkLoad::tablesOf(resource).isEmpty())
            bulk = ok = bulkLoad.begin(resource);
        ok = ok && m_rows->upsert(decoded.at(i), bulk) && storeCursor(resource, decoded.at(i).nextCursor);
        if (ok && bulk && !decoded.at(i).hasMore) {
            QElapsedTimer finishing;
            finishing.start();
            ok = bulkLoad.finish(resource);
            m_bulkFinishMs += finishing.elapsed();
        }
        if (ok) {
            results[i].status = WriteStatus::Written;
            results[i].rows = decoded.at(i).rowCount();
            results[i].nextCursor = decoded.at(i).nextCursor;
        }
    }
    if (!ok || !m_db->commit()) {
        const QString error = tr("The offline cache could not be written (%1).").arg(m_db->lastError());
        const bool diskFull = m_db->lastErrorIsDiskFull();
        m_db->rollback();
        for (qsizetype i = 0; i < usable; ++i)
            results[i] = WriteResult{WriteStatus::Failed, 0, QString(), error, diskFull};
        return results;
    }
    ++m_commits;
    m_writeMs += timer.elapsed();
    for (const WriteResult& r : std::as_const(results))
        m_rowsWritten += r.rows;
    return results;
}

bool CacheWriter::finishRun(const QDateTime& at, QString* error)
{
    static const char* const kCounts[][2] = {
        {"marketplaces", "SELECT count(*) FROM marketplaces"},
        {"products", "SELECT count(*) FROM products"},
        {"inventory", "SELECT count(*) FROM inventory"},
        {"orders", "SELECT count(*) FROM orders"},
        {"financial-events", "SELECT count(*) FROM financial_events"},
        {"unit-costs", "SELECT count(*) FROM unit_costs"},
        {"exchange-rates", "SELECT count(*) FROM exchange_rates"},
        {"settlements", "SELECT count(*) FROM settlements"},
        {"expenses", "SELECT count(*) FROM expenses"},
        {"restock-settings", "SELECT count(*) FROM restock_settings"},
    };
    qCInfo(lcCache) << "sync wrote" << m_rowsWritten << "rows in" << m_commits << "transactions: decoding" << m_decodeMs
                    << "ms, writing" << m_writeMs << "ms, of which ending bulk loads" << m_bulkFinishMs << "ms";
    m_decodeMs = m_writeMs = m_rowsWritten = m_commits = m_bulkFinishMs = 0;
    m_finishFailedOnFullDisk = false;
    applySimulatedDiskFull();
    const QString stamp = at.toUTC().toString(Qt::ISODateWithMs);
    bool ok = m_db && m_db->begin();
    if (ok) {
        // Every resource's last page has been written, so no bulk load should be left; one is,
        // only if a server ended a listing without saying so (has_more true, no next cursor).
        BulkLoad bulkLoad(*m_db);
        const QStringList unfinished = bulkLoad.active();
        for (const QString& resource : unfinished)
            ok = ok && bulkLoad.finish(resource);
    }
    for (const auto& entry : kCounts) {
        if (!ok)
            break;
        const qint64 count = m_db->scalar(entry[1], 0);
        CipherDatabase::Statement s = m_db->prepare(
            "UPDATE sync_state SET item_count = ?2, last_synced_at = ?3, last_error = NULL WHERE resource = ?1");
        s.bind(1, QString::fromLatin1(entry[0]));
        s.bind(2, count);
        s.bind(3, stamp);
        ok = s.run();
    }
    // The dashboard's summaries brought up to date (core/reports: the changes the triggers logged
    // during the run added, days rebuilt after a bulk load), committed together with the run's
    // stamp: readers never see new data with old summaries.
    QString summaryError;
    if (ok && !SalesSummary::rebuildDirty(*m_db, &summaryError)) {
        *error = summaryError;
        m_finishFailedOnFullDisk = m_db->lastErrorIsDiskFull();
        m_db->rollback();
        return false;
    }
    if (ok) {
        CipherDatabase::Statement s =
            m_db->prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('last_synced_at', ?1)");
        s.bind(1, stamp);
        ok = s.run() && m_db->commit();
    }
    if (!ok && m_db) {
        *error = tr("The offline cache could not be written (%1).").arg(m_db->lastError());
        m_finishFailedOnFullDisk = m_db->lastErrorIsDiskFull();
        m_db->rollback();
    }
    return ok;
}

void CacheWriter::recordError(const QString& resource, const QString& message)
{
    if (!m_db)
        return;
    CipherDatabase::Statement s = m_db->prepare("UPDATE sync_state SET last_error = ?2 WHERE resource = ?1");
    s.bind(1, resource);
    s.bind(2, message);
    s.run();
}

CacheWriter::State CacheWriter::state()
{
    State state;
    if (!m_db)
        return state;
    CipherDatabase::Statement s = m_db->prepare("SELECT resource, cursor, item_count FROM sync_state");
    while (s.step() == CipherDatabase::Statement::Step::Row) {
        if (!s.isNull(1))
            state.cursors.insert(s.text(0), s.text(1));
        state.itemCounts.insert(s.text(0), s.int64(2));
    }
    CipherDatabase::Statement m = m_db->prepare("SELECT value FROM meta WHERE key = 'last_synced_at'");
    if (m.step() == CipherDatabase::Statement::Step::Row)
        state.lastSyncedAt = QDateTime::fromString(m.text(0), Qt::ISODateWithMs);
    return state;
}

void CacheWriter::closeFile()
{
    m_storeCursor = CipherDatabase::Statement();
    m_rows.reset();
    if (m_db) {
        // Folds the WAL back into the file, so that a closed cache is one file.
        m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        m_db.reset();
    }
}

void CacheWriter::open(const QString& path, const QByteArray& key)
{
    QByteArray keyCopy = key;
    QString message;
    const CipherDatabase::OpenError error = openFile(path, keyCopy, &message);
    SecureBytes::wipe(keyCopy);
    const State s = state();
    emit opened(error, message, s.cursors, s.itemCounts, s.lastSyncedAt);
}

void CacheWriter::write(quint64 run, const QString& resource, const QString& fromCursor, const QJsonObject& json)
{
    m_queue.append(Page{run, resource, fromCursor, json});
    if (m_flushScheduled)
        return;
    // Posted behind the writes already waiting in this thread's queue: they join this batch.
    m_flushScheduled = true;
    QMetaObject::invokeMethod(this, &CacheWriter::flush, Qt::QueuedConnection);
}

void CacheWriter::flush()
{
    m_flushScheduled = false;
    // One page per transaction: a killed process loses at most the page in flight. Affordable
    // since schema v3: a first sync only appends (BulkLoad), so a commit re-encrypts the new pages
    // and a few right-edge ones; measured (bench_sync, 200,000 orders) 64-page batches gave no
    // clear gain (encrypted/plain 1.14 batched, 1.23 and 0.84 per page: noise of a shared machine).
    constexpr qsizetype kMaxPagesPerTransaction = 1;
    while (!m_queue.isEmpty()) {
        const QList<Page> batch = m_queue.mid(0, kMaxPagesPerTransaction);
        m_queue.remove(0, batch.size());
        const QList<WriteResult> results = writePages(batch);
        for (qsizetype i = 0; i < batch.size(); ++i)
            if (results.at(i).diskFull) {
                emit diskFull(batch.at(i).run);
                break;
            }
        for (qsizetype i = 0; i < batch.size(); ++i)
            emit pageWritten(batch.at(i).run, batch.at(i).resource, results.at(i).status, results.at(i).rows,
                             results.at(i).nextCursor, results.at(i).error);
    }
}

void CacheWriter::finish(quint64 run, const QDateTime& at)
{
    flush(); // nothing is waiting at this point (the controller waits for every page); to be sure
    QString error;
    const bool ok = finishRun(at, &error);
    if (!ok && m_finishFailedOnFullDisk)
        emit diskFull(run);
    emit runFinished(run, ok, error);
}

void CacheWriter::close()
{
    m_queue.clear();
    closeFile();
    emit closed();
}

} // namespace sp
