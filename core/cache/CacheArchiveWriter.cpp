#include "cache/CacheArchiveWriter.h"

#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "common/AtomicFileReplacer.h"
#include "common/CsvCell.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QFile>
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
};

QList<Table> tables()
{
    return {
        {"marketplaces.csv",
         "SELECT id, country_code, name, currency, region FROM marketplaces ORDER BY id",
         {QStringLiteral("id"), QStringLiteral("country_code"), QStringLiteral("name"), QStringLiteral("currency"),
          QStringLiteral("region")},
         {},
         {2}},
        {"orders.csv",
         "SELECT id, marketplace_id, purchase_date, last_update_date, status, fulfillment_channel, currency, "
         "order_total_cents FROM orders ORDER BY purchase_date",
         {QStringLiteral("order_id"), QStringLiteral("marketplace_id"), QStringLiteral("purchase_date"),
          QStringLiteral("last_update_date"), QStringLiteral("status"), QStringLiteral("fulfillment_channel"),
          QStringLiteral("currency"), QStringLiteral("order_total")},
         {7},
         {}},
        {"order_items.csv",
         "SELECT id, order_id, sku, asin, title, quantity, item_price_cents, item_tax_cents, shipping_price_cents, "
         "promotion_discount_cents FROM order_items ORDER BY order_id, id",
         {QStringLiteral("order_item_id"), QStringLiteral("order_id"), QStringLiteral("sku"), QStringLiteral("asin"),
          QStringLiteral("title"), QStringLiteral("quantity"), QStringLiteral("item_price"), QStringLiteral("item_tax"),
          QStringLiteral("shipping_price"), QStringLiteral("promotion_discount")},
         {6, 7, 8, 9},
         {2, 4}},
        {"products.csv",
         "SELECT sku, asin, title, marketplace_ids, updated_at FROM products ORDER BY sku",
         {QStringLiteral("sku"), QStringLiteral("asin"), QStringLiteral("title"), QStringLiteral("marketplace_ids"),
          QStringLiteral("updated_at")},
         {},
         {0, 2}},
        {"inventory.csv",
         "SELECT sku, region, fulfillable, inbound, reserved, unfulfillable, updated_at FROM inventory ORDER BY sku, "
         "region",
         {QStringLiteral("sku"), QStringLiteral("region"), QStringLiteral("fulfillable"), QStringLiteral("inbound"),
          QStringLiteral("reserved"), QStringLiteral("unfulfillable"), QStringLiteral("updated_at")},
         {},
         {0}},
        {"financial_events.csv",
         "SELECT id, type, charge, posted_at, marketplace_id, currency, amount_cents, order_id, order_item_id, sku "
         "FROM financial_events ORDER BY posted_at, id",
         {QStringLiteral("event_id"), QStringLiteral("type"), QStringLiteral("charge"), QStringLiteral("posted_at"),
          QStringLiteral("marketplace_id"), QStringLiteral("currency"), QStringLiteral("amount"),
          QStringLiteral("order_id"), QStringLiteral("order_item_id"), QStringLiteral("sku")},
         {6},
         {9}},
    };
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
                                                     const QDateTime& dataAsOf)
{
    CipherDatabase& db = ReadConnection::of(cache);
    Result result;
    // Written through one descriptor into a new 0600 file beside `path`, renamed into place: no
    // link at `path` or at the temporary name is ever followed (AtomicFileReplacer).
    AtomicFileReplacer file(path);
    if (!file.open()) {
        result.error = tr("The file could not be created: %1").arg(file.errorString());
        return result;
    }
    QFile& out = file.file();
    {
        QuaZip zip(&out);
        zip.setAutoClose(false); // the file is committed (renamed) below, not closed by QuaZip
        if (!zip.open(QuaZip::mdCreate)) {
            result.error = tr("The archive could not be started.");
            return result;
        }
        QStringList contents;
        for (const Table& table : tables()) {
            CipherDatabase::Statement statement = db.prepare(table.sql);
            if (!statement.isValid()) {
                zip.close();
                result.error = tr("The offline data could not be read: %1").arg(db.lastError());
                return result;
            }
            QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF") + table.header.join(QLatin1Char(',')).toUtf8() + "\r\n";
            qint64 rows = 0;
            CipherDatabase::Statement::Step step;
            while ((step = statement.step()) == CipherDatabase::Statement::Step::Row) {
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
                csv += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
                ++rows;
            }
            if (step == CipherDatabase::Statement::Step::Error || !writeEntry(zip, QLatin1String(table.file), csv)) {
                zip.close();
                result.error = tr("The archive could not be written.");
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
        if (zip.getZipError() != 0) {
            result.error = tr("The archive could not be completed.");
            return result;
        }
    }
    if (!file.commit()) {
        result.error = tr("The file could not be saved: %1").arg(file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace sp
