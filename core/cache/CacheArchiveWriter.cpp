#include "cache/CacheArchiveWriter.h"

#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "cache/ReadProgress.h"
#include "common/AtomicFileReplacer.h"
#include "common/CsvCell.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QStringList>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::CacheArchiveWriter", text); }

struct Table
{
    const char* file;
    const char* sql;
    QStringList header;
    QList<int> centColumns; // integer cents, written as decimals
    QList<int> textColumns; // free text, guarded against formula injection
    const char* counted;    // its count in sync_state (the progress's total)
    bool byOrder = false;   // progress counted in orders (column 1), which sync_state counts: items are not
};

QList<Table> tables()
{
    return {
        {"marketplaces.csv",
         "SELECT id, country_code, name, currency, region FROM marketplaces ORDER BY id",
         {QStringLiteral("id"), QStringLiteral("country_code"), QStringLiteral("name"), QStringLiteral("currency"),
          QStringLiteral("region")},
         {},
         {2},
         "marketplaces"},
        {"orders.csv",
         "SELECT id, marketplace_id, purchase_date, last_update_date, status, fulfillment_channel, currency, "
         "order_total_cents FROM orders ORDER BY purchase_date",
         {QStringLiteral("order_id"), QStringLiteral("marketplace_id"), QStringLiteral("purchase_date"),
          QStringLiteral("last_update_date"), QStringLiteral("status"), QStringLiteral("fulfillment_channel"),
          QStringLiteral("currency"), QStringLiteral("order_total")},
         {7},
         {},
         "orders"},
        {"order_items.csv",
         "SELECT id, order_id, sku, asin, title, quantity, item_price_cents, item_tax_cents, shipping_price_cents, "
         "promotion_discount_cents FROM order_items ORDER BY order_id, id",
         {QStringLiteral("order_item_id"), QStringLiteral("order_id"), QStringLiteral("sku"), QStringLiteral("asin"),
          QStringLiteral("title"), QStringLiteral("quantity"), QStringLiteral("item_price"), QStringLiteral("item_tax"),
          QStringLiteral("shipping_price"), QStringLiteral("promotion_discount")},
         {6, 7, 8, 9},
         {2, 4},
         "orders",
         true},
        {"products.csv",
         "SELECT sku, asin, title, marketplace_ids, updated_at FROM products ORDER BY sku",
         {QStringLiteral("sku"), QStringLiteral("asin"), QStringLiteral("title"), QStringLiteral("marketplace_ids"),
          QStringLiteral("updated_at")},
         {},
         {0, 2},
         "products"},
        {"inventory.csv",
         "SELECT sku, region, fulfillable, inbound, reserved, unfulfillable, updated_at FROM inventory ORDER BY sku, "
         "region",
         {QStringLiteral("sku"), QStringLiteral("region"), QStringLiteral("fulfillable"), QStringLiteral("inbound"),
          QStringLiteral("reserved"), QStringLiteral("unfulfillable"), QStringLiteral("updated_at")},
         {},
         {0},
         "inventory"},
        {"financial_events.csv",
         "SELECT id, type, charge, posted_at, marketplace_id, currency, amount_cents, order_id, order_item_id, sku, "
         "settlement_id FROM financial_events ORDER BY posted_at, id",
         {QStringLiteral("event_id"), QStringLiteral("type"), QStringLiteral("charge"), QStringLiteral("posted_at"),
          QStringLiteral("marketplace_id"), QStringLiteral("currency"), QStringLiteral("amount"),
          QStringLiteral("order_id"), QStringLiteral("order_item_id"), QStringLiteral("sku"),
          QStringLiteral("settlement_id")},
         {6},
         {9},
         "financial-events"},
        // Issue 17: the payouts (account_tail: the last digits only, as the server sends them).
        {"settlements.csv",
         "SELECT id, marketplace_id, currency, status, period_start, period_end, beginning_balance_cents, "
         "original_total_cents, reserve_held_cents, reserve_released_cents, event_count, fund_transfer_status, "
         "fund_transfer_date, account_tail FROM settlements ORDER BY period_start, currency",
         {QStringLiteral("settlement_id"), QStringLiteral("marketplace_id"), QStringLiteral("currency"),
          QStringLiteral("status"), QStringLiteral("period_start"), QStringLiteral("period_end"),
          QStringLiteral("beginning_balance"), QStringLiteral("original_total"), QStringLiteral("reserve_held"),
          QStringLiteral("reserve_released"), QStringLiteral("event_count"), QStringLiteral("fund_transfer_status"),
          QStringLiteral("fund_transfer_date"), QStringLiteral("account_tail")},
         {6, 7, 8, 9},
         {},
         "settlements"},
    };
}

// How far the archive got: rows written of the rows the last sync counted, each table's share
// capped at its count (a count from before the last change is an estimate), so the values only
// grow and end at the total.
class ArchiveMeter
{
public:
    ArchiveMeter(CipherDatabase& db, ReadProgress* progress)
        : m_progress(progress)
    {
        CipherDatabase::Statement s = db.prepare("SELECT resource, item_count FROM sync_state");
        while (s.isValid() && s.step() == CipherDatabase::Statement::Step::Row)
            m_counts.insert(s.text(0), qMax<qint64>(0, s.int64(1)));
        for (const Table& table : tables())
            m_total += m_counts.value(QLatin1String(table.counted));
    }

    void startTable(const Table& table)
    {
        m_base += m_expected;
        m_expected = m_counts.value(QLatin1String(table.counted));
    }
    void at(qint64 done)
    {
        if (m_progress)
            m_progress->report(m_base + qMin(done, m_expected), m_total);
    }
    void finish()
    {
        if (m_progress)
            m_progress->report(m_total, m_total);
    }
    bool cancelled() const { return m_progress && m_progress->isCancelled(); }

private:
    ReadProgress* m_progress;
    QHash<QString, qint64> m_counts;
    qint64 m_total = 0;
    qint64 m_base = 0;
    qint64 m_expected = 0;
};

QString rowOf(const Table& table, const CipherDatabase::Statement& statement)
{
    QStringList cells;
    for (int column = 0; column < table.header.size(); ++column) {
        if (statement.isNull(column))
            cells.append(QString());
        else if (table.centColumns.contains(column))
            cells.append(Money::formatCents(statement.int64(column)));
        else if (table.textColumns.contains(column))
            cells.append(CsvCell::quoted(CsvCell::neutralised(statement.text(column))));
        else
            cells.append(CsvCell::quoted(statement.text(column)));
    }
    return cells.join(QLatin1Char(','));
}

enum class TableOutcome { Written, ReadFailed, WriteFailed, Cancelled };

// One table streamed into its ZIP entry in slices (a million orders are never held in memory).
TableOutcome writeTable(CipherDatabase& db, QuaZip& zip, const Table& table, ArchiveMeter& meter, qint64* rows)
{
    constexpr int kSliceBytes = 256 * 1024;
    constexpr qint64 kCheckEvery = 512; // rows between two looks at the cancel flag
    CipherDatabase::Statement statement = db.prepare(table.sql);
    if (!statement.isValid())
        return meter.cancelled() ? TableOutcome::Cancelled : TableOutcome::ReadFailed;
    QuaZipFile file(&zip);
    QuaZipNewInfo info(QLatin1String(table.file));
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.open(QIODevice::WriteOnly, info))
        return TableOutcome::WriteFailed;
    QByteArray slice = QByteArrayLiteral("\xEF\xBB\xBF") + table.header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    bool written = true;
    qint64 done = 0; // rows, or orders for a table counted by order
    QString order;
    meter.startTable(table);
    CipherDatabase::Statement::Step step;
    while ((step = statement.step()) == CipherDatabase::Statement::Step::Row) {
        slice += rowOf(table, statement).toUtf8() + "\r\n";
        ++*rows;
        if (!table.byOrder) {
            ++done;
        } else if (statement.text(1) != order) {
            order = statement.text(1);
            ++done;
        }
        meter.at(done);
        if (slice.size() >= kSliceBytes) {
            written = written && file.write(slice) == slice.size();
            slice.clear();
        }
        if (*rows % kCheckEvery == 0 && meter.cancelled())
            break;
    }
    written = written && file.write(slice) == slice.size();
    file.close();
    if (meter.cancelled())
        return TableOutcome::Cancelled;
    if (step == CipherDatabase::Statement::Step::Error)
        return TableOutcome::ReadFailed;
    return written && file.getZipError() == 0 ? TableOutcome::Written : TableOutcome::WriteFailed;
}

bool writeEntry(QuaZip& zip, const QString& name, const QByteArray& data)
{
    QuaZipFile file(&zip);
    QuaZipNewInfo info(name);
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!file.open(QIODevice::WriteOnly, info))
        return false;
    const bool ok = file.write(data) == data.size();
    file.close();
    return ok && file.getZipError() == 0;
}

} // namespace

CacheArchiveWriter::Result CacheArchiveWriter::write(const CacheQuery& cache, const QString& path,
                                                     const QDateTime& dataAsOf, ReadProgress* progress)
{
    // Written through one descriptor into a new 0600 file beside `path`, renamed into place: no
    // link at `path` or at the temporary name is ever followed (AtomicFileReplacer).
    AtomicFileReplacer file(path);
    Result result = writeInto(cache, file, dataAsOf, progress);
    if (result.ok)
        commit(file, &result);
    return result;
}

bool CacheArchiveWriter::commit(AtomicFileReplacer& file, Result* result)
{
    if (file.commit())
        return true;
    result->ok = false;
    result->error = tr("The file could not be saved: %1").arg(file.errorString());
    return false;
}

CacheArchiveWriter::Result CacheArchiveWriter::writeInto(const CacheQuery& cache, AtomicFileReplacer& file,
                                                         const QDateTime& dataAsOf, ReadProgress* progress)
{
    CipherDatabase& db = ReadConnection::of(cache);
    Result result;
    if (!file.open()) {
        result.error = tr("The file could not be created: %1").arg(file.errorString());
        return result;
    }
    QFile& out = file.file();
    ArchiveMeter meter(db, progress);
    {
        QuaZip zip(&out);
        zip.setAutoClose(false); // the file is committed (renamed) by the caller, not closed by QuaZip
        if (!zip.open(QuaZip::mdCreate)) {
            result.error = tr("The archive could not be started.");
            return result;
        }
        QStringList contents;
        for (const Table& table : tables()) {
            qint64 rows = 0;
            const TableOutcome outcome = writeTable(db, zip, table, meter, &rows);
            if (outcome != TableOutcome::Written) {
                zip.close();
                result.cancelled = outcome == TableOutcome::Cancelled;
                if (outcome == TableOutcome::ReadFailed)
                    result.error = tr("The offline data could not be read: %1").arg(db.lastError());
                else if (outcome == TableOutcome::WriteFailed)
                    result.error = tr("The archive could not be written.");
                file.discard();
                return result;
            }
            result.rows += rows;
            contents.append(QStringLiteral("%1: %2 rows").arg(QLatin1String(table.file)).arg(rows));
        }
        const QString readme =
            tr("SellerPulse offline data, exported from this computer.\r\nData as of: %1\r\n\r\n"
               "Each CSV file is one table (UTF-8, comma-separated). Amounts are in the currency of their row.\r\n"
               "This archive is NOT encrypted: keep it somewhere safe.\r\n\r\n%2\r\n")
                .arg(dataAsOf.isValid() ? dataAsOf.toUTC().toString(Qt::ISODate) : tr("unknown"),
                     contents.join(QStringLiteral("\r\n")));
        if (!writeEntry(zip, QStringLiteral("README.txt"), readme.toUtf8())) {
            zip.close();
            result.error = tr("The archive could not be written.");
            return result;
        }
        zip.close();
        if (meter.cancelled()) { // no need to flush what nobody will see
            file.discard();
            result.cancelled = true;
            return result;
        }
        if (zip.getZipError() != 0) {
            result.error = tr("The archive could not be completed.");
            return result;
        }
    }
    if (!file.flushToDisk()) {
        result.error = tr("The file could not be saved: %1").arg(file.errorString());
        return result;
    }
    result.ok = true;
    meter.finish();
    return result;
}

} // namespace sp
