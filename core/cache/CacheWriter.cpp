#include "cache/CacheWriter.h"

#include "cache/BulkLoad.h"
#include "cache/CacheFiles.h"
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

void bindMoney(CipherDatabase::Statement& s, int index, const std::optional<qint64>& cents)
{
    if (cents)
        s.bind(index, *cents);
    else
        s.bindNull(index);
}

std::atomic<bool> g_simulateDiskFull{false};

} // namespace

void CacheWriter::simulateDiskFullForTests(bool full)
{
    g_simulateDiskFull = full;
}

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

CacheWriter::~CacheWriter()
{
    closeFile();
}

CipherDatabase::OpenError CacheWriter::openFile(const QString& path, const QByteArray& key, QString* message)
{
    closeFile();
    CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
    if (!CacheFiles::prepareFile(path, message))
        return CipherDatabase::OpenError::Io;
    m_db = CipherDatabase::open(path, key, CipherDatabase::Role::Writer, &error, message);
    if (!m_db)
        return error;
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
    if (!prepareStatements()) {
        if (message)
            *message = tr("The offline cache could not be prepared (%1).").arg(m_db->lastError());
        const bool damaged = m_db->damaged();
        m_db.reset();
        return damaged ? CipherDatabase::OpenError::WrongKeyOrDamaged : CipherDatabase::OpenError::Io;
    }
    // From here on every failed statement that points at the file is reported (queued to the
    // controller, ahead of the write's own result).
    m_db->setDamageHandler([this](CipherDatabase::Damage damage) {
        emit damageFound(damage == CipherDatabase::Damage::Damaged);
    });
    CacheFiles::restrictPermissions(path);
    return CipherDatabase::OpenError::None;
}

bool CacheWriter::prepareStatements()
{
    m_sql.marketplace = m_db->prepare(
        "INSERT OR REPLACE INTO marketplaces (id, country_code, name, currency, region) VALUES (?1, ?2, ?3, ?4, ?5)");
    m_sql.order = m_db->prepare(
        "INSERT OR REPLACE INTO orders (id, marketplace_id, purchase_date, last_update_date, status, "
        "fulfillment_channel, currency, order_total_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    m_sql.deleteItems = m_db->prepare("DELETE FROM order_items WHERE order_id = ?1");
    // The item's row_id places it behind its order (CacheSchema::kItemRowShift).
    m_sql.item = m_db->prepare(
        "INSERT OR REPLACE INTO order_items (id, order_id, sku, asin, title, quantity, item_price_cents, "
        "item_tax_cents, shipping_price_cents, promotion_discount_cents, row_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    // An incremental sync's changed order is updated in place, keeping its row_id (and its items'),
    // instead of REPLACE's delete and re-insert, which moves the row to the table's end and rewrites
    // its entries in every index: each page a commit dirties is encrypted and authenticated, and
    // each one read from the file decrypted. The UPDATE triggers count it exactly (CacheSchema v6).
    m_sql.orderRow = m_db->prepare("SELECT row_id FROM orders WHERE id = ?1");
    m_sql.updateOrder = m_db->prepare(
        "UPDATE orders SET marketplace_id = ?2, purchase_date = ?3, last_update_date = ?4, status = ?5, "
        "fulfillment_channel = ?6, currency = ?7, order_total_cents = ?8 WHERE row_id = ?1");
    m_sql.itemsOfOrder = m_db->prepare(
        "SELECT id, sku, asin, title, quantity, item_price_cents, item_tax_cents, shipping_price_cents, "
        "promotion_discount_cents, row_id FROM order_items WHERE row_id BETWEEN (?1 << 16) AND (?1 << 16) + 65535 "
        "ORDER BY row_id");
    m_sql.updateItem = m_db->prepare(
        "UPDATE order_items SET sku = ?3, asin = ?4, title = ?5, quantity = ?6, item_price_cents = ?7, "
        "item_tax_cents = ?8, shipping_price_cents = ?9, promotion_discount_cents = ?10 "
        "WHERE row_id = ?1 AND id = ?2");
    m_sql.product = m_db->prepare(
        "INSERT OR REPLACE INTO products (sku, asin, title, marketplace_ids, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    m_sql.inventory = m_db->prepare(
        "INSERT OR REPLACE INTO inventory (sku, region, fulfillable, inbound, reserved, unfulfillable, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    m_sql.event = m_db->prepare(
        "INSERT OR REPLACE INTO financial_events (id, type, charge, posted_at, marketplace_id, currency, "
        "amount_cents, order_id, order_item_id, sku) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    m_sql.unitCost = m_db->prepare(
        "INSERT OR REPLACE INTO unit_costs (sku, currency, effective_from, unit_cost_cents, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5)");
    // UPDATE then INSERT: SQLite 3.15 (SQLCipher 3.4.1) has no UPSERT, and REPLACE would drop
    // the columns it does not name (item_count, last_error).
    m_sql.cursor = m_db->prepare(
        "INSERT OR IGNORE INTO sync_state (resource, cursor, item_count) VALUES (?1, ?2, 0)");
    return m_sql.marketplace.isValid() && m_sql.order.isValid() && m_sql.deleteItems.isValid()
           && m_sql.item.isValid() && m_sql.product.isValid() && m_sql.inventory.isValid()
           && m_sql.event.isValid() && m_sql.cursor.isValid() && m_sql.unitCost.isValid() && m_sql.orderRow.isValid()
           && m_sql.updateOrder.isValid() && m_sql.itemsOfOrder.isValid() && m_sql.updateItem.isValid();
}

bool CacheWriter::storeCursor(const QString& resource, const QString& cursor)
{
    m_sql.cursor.bind(1, resource);
    m_sql.cursor.bind(2, cursor);
    if (!m_sql.cursor.run())
        return false;
    CipherDatabase::Statement update =
        m_db->prepare("UPDATE sync_state SET cursor = ?2, last_error = NULL WHERE resource = ?1");
    update.bind(1, resource);
    update.bind(2, cursor);
    return update.run();
}

bool CacheWriter::updateOrderInPlace(const DecodedPage::Order& o, bool* updated)
{
    *updated = false;
    m_sql.orderRow.bind(1, o.id);
    const CipherDatabase::Statement::Step found = m_sql.orderRow.step();
    const qint64 orderRow = found == CipherDatabase::Statement::Step::Row ? m_sql.orderRow.int64(0) : 0;
    m_sql.orderRow.reset();
    if (found == CipherDatabase::Statement::Step::Error)
        return false;
    if (found != CipherDatabase::Statement::Step::Row)
        return true; // a new order: inserted
    auto& s = m_sql.updateOrder;
    s.bind(1, orderRow), s.bind(2, o.marketplaceId), s.bind(3, o.purchaseDate), s.bind(4, o.lastUpdateDate);
    s.bind(5, o.status), s.bind(6, o.fulfillmentChannel), s.bind(7, o.currency);
    bindMoney(s, 8, o.totalCents);
    if (!s.run())
        return false;
    // The stored items, in position order. The same ids in the same order: each changed one is
    // updated in place (its update triggers take away its old contribution and add the new one,
    // under the updated order), an unchanged one is left alone (the order's update triggers have
    // already counted it under the updated order). Otherwise the items are replaced as a whole,
    // as for a new order: the order's update trigger has added the old items under the updated
    // order, their delete triggers take exactly that away again.
    auto& q = m_sql.itemsOfOrder;
    auto money = [&q](int column) {
        return q.isNull(column) ? std::optional<qint64>() : std::optional<qint64>(q.int64(column));
    };
    QList<bool> unchanged;
    QList<qint64> rowIds;
    bool sameItems = true;
    q.bind(1, orderRow);
    CipherDatabase::Statement::Step step;
    while ((step = q.step()) == CipherDatabase::Statement::Step::Row) {
        const qsizetype k = unchanged.size();
        if (k >= o.items.size() || q.text(0) != o.items.at(k).id) {
            sameItems = false;
            continue;
        }
        const auto& i = o.items.at(k);
        unchanged.append(q.text(1) == i.sku && q.text(2) == i.asin && q.text(3) == i.title
                         && q.int64(4) == i.quantity && money(5) == i.price && money(6) == i.tax
                         && money(7) == i.shipping && money(8) == i.promotion);
        rowIds.append(q.int64(9));
    }
    q.reset();
    if (step == CipherDatabase::Statement::Step::Error)
        return false;
    if (sameItems && unchanged.size() == o.items.size()) {
        for (qsizetype k = 0; k < o.items.size(); ++k) {
            if (unchanged.at(k))
                continue;
            const auto& i = o.items.at(k);
            auto& t = m_sql.updateItem;
            t.bind(1, rowIds.at(k)), t.bind(2, i.id);
            t.bind(3, i.sku), t.bind(4, i.asin), t.bind(5, i.title), t.bind(6, i.quantity);
            bindMoney(t, 7, i.price), bindMoney(t, 8, i.tax), bindMoney(t, 9, i.shipping);
            bindMoney(t, 10, i.promotion);
            if (!t.run())
                return false;
        }
    } else {
        if (!writeItems(o, orderRow))
            return false;
    }
    *updated = true;
    return true;
}

bool CacheWriter::writeItems(const DecodedPage::Order& o, qint64 orderRow)
{
    m_sql.deleteItems.bind(1, o.id);
    if (!m_sql.deleteItems.run())
        return false;
    qint64 position = 0;
    for (const auto& i : o.items) {
        auto& t = m_sql.item;
        t.bind(1, i.id), t.bind(2, o.id), t.bind(3, i.sku), t.bind(4, i.asin), t.bind(5, i.title);
        t.bind(6, i.quantity);
        bindMoney(t, 7, i.price), bindMoney(t, 8, i.tax), bindMoney(t, 9, i.shipping);
        bindMoney(t, 10, i.promotion);
        t.bind(11, (orderRow << CacheSchema::kItemRowShift) + position++);
        if (!t.run())
            return false;
    }
    return true;
}

bool CacheWriter::upsert(const DecodedPage& page, bool bulk)
{
    // In a bulk load (BulkLoad) the tables have no index: every statement below only appends
    // (INSERT OR REPLACE meets no conflict), and nothing is looked up by key.
    for (const auto& m : page.marketplaces) {
        auto& s = m_sql.marketplace;
        s.bind(1, m.id), s.bind(2, m.countryCode), s.bind(3, m.name), s.bind(4, m.currency), s.bind(5, m.region);
        if (!s.run())
            return false;
    }
    for (const auto& o : page.orders) {
        if (!bulk) {
            bool updated = false;
            if (!updateOrderInPlace(o, &updated))
                return false;
            if (updated)
                continue;
        }
        auto& s = m_sql.order;
        s.bind(1, o.id), s.bind(2, o.marketplaceId), s.bind(3, o.purchaseDate), s.bind(4, o.lastUpdateDate);
        s.bind(5, o.status), s.bind(6, o.fulfillmentChannel), s.bind(7, o.currency);
        bindMoney(s, 8, o.totalCents);
        if (!s.run())
            return false;
        const qint64 orderRow = m_db->lastInsertRowId();
        // The order's latest version carries all its items: replace them as a whole. (A bulk load
        // removes a replaced version's items when it ends.)
        if (!bulk) {
            if (!writeItems(o, orderRow))
                return false;
            continue;
        }
        qint64 position = 0;
        for (const auto& i : o.items) {
            auto& t = m_sql.item;
            t.bind(1, i.id), t.bind(2, o.id), t.bind(3, i.sku), t.bind(4, i.asin), t.bind(5, i.title);
            t.bind(6, i.quantity);
            bindMoney(t, 7, i.price), bindMoney(t, 8, i.tax), bindMoney(t, 9, i.shipping);
            bindMoney(t, 10, i.promotion);
            t.bind(11, (orderRow << CacheSchema::kItemRowShift) + position++);
            if (!t.run())
                return false;
        }
    }
    for (const auto& p : page.products) {
        auto& s = m_sql.product;
        s.bind(1, p.sku), s.bind(2, p.asin), s.bind(3, p.title), s.bind(4, p.marketplaceIds), s.bind(5, p.updatedAt);
        if (!s.run())
            return false;
    }
    for (const auto& v : page.inventory) {
        auto& s = m_sql.inventory;
        s.bind(1, v.sku), s.bind(2, v.region), s.bind(3, v.fulfillable), s.bind(4, v.inbound);
        s.bind(5, v.reserved), s.bind(6, v.unfulfillable), s.bind(7, v.updatedAt);
        if (!s.run())
            return false;
    }
    for (const auto& e : page.financialEvents) {
        auto& s = m_sql.event;
        s.bind(1, e.id), s.bind(2, e.type), s.bind(3, e.charge), s.bind(4, e.postedAt);
        s.bind(5, e.marketplaceId), s.bind(6, e.currency), s.bind(7, e.amountCents);
        s.bind(8, e.orderId), s.bind(9, e.orderItemId), s.bind(10, e.sku);
        if (!s.run())
            return false;
    }
    for (const auto& c : page.unitCosts) {
        auto& s = m_sql.unitCost;
        s.bind(1, c.sku), s.bind(2, c.currency), s.bind(3, c.effectiveFrom), s.bind(4, c.costCents);
        s.bind(5, c.updatedAt);
        if (!s.run())
            return false;
    }
    return true;
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
        ok = ok && upsert(decoded.at(i), bulk) && storeCursor(resource, decoded.at(i).nextCursor);
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
    };
    qCInfo(lcCache) << "sync wrote" << m_rowsWritten << "rows in" << m_commits << "transactions: decoding"
                    << m_decodeMs << "ms, writing" << m_writeMs << "ms, of which ending bulk loads" << m_bulkFinishMs
                    << "ms";
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
    m_sql = Statements();
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
    emit opened(int(error), message, s.cursors, s.itemCounts, s.lastSyncedAt);
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
            emit pageWritten(batch.at(i).run, batch.at(i).resource, int(results.at(i).status), results.at(i).rows,
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
