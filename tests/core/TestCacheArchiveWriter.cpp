// The offline archive of this computer's cache: a ZIP of CSV files a spreadsheet opens, amounts as
// decimals, formula-looking text defused, 0600, and nothing left behind when it cannot be written.
// As a job: rows written of the synced counts, growing and ending at the total, and a cancel part
// way stops it with no file and no temporary file left.
#include "cache/CacheArchiveWriter.h"
#include "cache/CacheQuery.h"
#include "cache/CacheSchema.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "cache/ReadProgress.h"
#include "common/AtomicFileReplacer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

namespace sp::test {

class TestCacheArchiveWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesEveryTableAsCsv();
    void fullWidthFormulaIsText();
    void failureLeavesNoFile();
    void progressGrowsToTheSyncedTotal();
    void cancelPartWayLeavesNoFile();
    void uncommittedArchiveLeavesNoFile();

private:
    static QByteArray entry(const QString& zipPath, const QString& name);
    // Every file beside the cache's own (cache.db and its -wal, -shm).
    QStringList filesLeft() const
    {
        QStringList files = m_dir.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
        files.removeIf([](const QString& name) { return name.startsWith(QLatin1String("cache.db")); });
        return files;
    }
    void addOrders(int count); // and their items, two each, and the counts a sync would record

    std::unique_ptr<QTemporaryDir> m_tmp; // fresh for every test
    QDir m_dir;
    std::unique_ptr<CacheQuery> m_cache; // over the test's cache file, as the app's pages hold it
};

void TestCacheArchiveWriter::init()
{
    m_cache.reset();
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_dir = QDir(m_tmp->path());
    CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
    QString message;
    std::unique_ptr<CipherDatabase> db =
        CipherDatabase::open(m_dir.filePath(QStringLiteral("cache.db")), QByteArray(32, '\x42'),
                             CipherDatabase::Role::Writer, &error, &message);
    QVERIFY2(db, qPrintable(message));
    QCOMPARE(CacheSchema::migrate(*db, &message), CacheSchema::Result::Ok);
    QVERIFY(db->exec("INSERT INTO orders (id, marketplace_id, purchase_date, last_update_date, status, "
                     "fulfillment_channel, currency, order_total_cents) VALUES ('302-1', 'A1PA6795UKMFR9', "
                     "'2026-01-02T10:00:00Z', '2026-01-03T10:00:00Z', 'Shipped', 'AFN', 'EUR', 2499)"));
    QVERIFY(db->exec("INSERT INTO orders (id, marketplace_id, purchase_date, last_update_date, status, "
                     "fulfillment_channel, currency, order_total_cents) VALUES ('302-2', 'A1PA6795UKMFR9', "
                     "'2026-01-04T10:00:00Z', '2026-01-04T10:00:00Z', 'Pending', 'MFN', 'EUR', NULL)"));
    QVERIFY(db->exec("INSERT INTO products (sku, asin, title, marketplace_ids, updated_at) VALUES "
                     "('SKU-1', 'B000000001', '=HYPERLINK(\"http://x\")', 'A1PA6795UKMFR9', '2026-01-01T00:00:00Z')"));
    QVERIFY(db->exec("INSERT INTO products (sku, asin, title, marketplace_ids, updated_at) VALUES "
                     "('SKU-2', 'B000000002', 'Mug, \"large\"', 'A1PA6795UKMFR9', '2026-01-01T00:00:00Z')"));
    QVERIFY(db->exec("INSERT INTO financial_events (id, type, charge, posted_at, marketplace_id, currency, "
                     "amount_cents, order_id, order_item_id, sku) VALUES ('fe-1', 'ShipmentEvent', 'FBAFees', "
                     "'2026-01-03T10:00:00Z', 'A1PA6795UKMFR9', 'EUR', -305, '302-1', NULL, 'SKU-1')"));
    m_cache = std::make_unique<CacheQuery>(std::move(db));
}

QByteArray TestCacheArchiveWriter::entry(const QString& zipPath, const QString& name)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return QByteArray();
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

void TestCacheArchiveWriter::writesEveryTableAsCsv()
{
    const QString path = m_dir.filePath(QStringLiteral("offline.zip"));
    const CacheArchiveWriter::Result result =
        CacheArchiveWriter::write(*m_cache, path, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, qint64(5));
    QCOMPARE(
        QFile::permissions(path)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());

    const QByteArray orders = entry(path, QStringLiteral("orders.csv"));
    QVERIFY(orders.startsWith("\xEF\xBB\xBF"
                              "order_id,marketplace_id,purchase_date"));
    QVERIFY(
        orders.contains("302-1,A1PA6795UKMFR9,2026-01-02T10:00:00Z,2026-01-03T10:00:00Z,Shipped,AFN,EUR,24.99\r\n"));
    QVERIFY(orders.contains("302-2,A1PA6795UKMFR9,2026-01-04T10:00:00Z,2026-01-04T10:00:00Z,Pending,MFN,EUR,\r\n"));

    const QByteArray products = entry(path, QStringLiteral("products.csv"));
    // A title a spreadsheet would run as a formula is text; commas and quotes are quoted.
    QVERIFY2(products.contains("SKU-1,B000000001,\"'=HYPERLINK(\"\"http://x\"\")\""), products.constData());
    QVERIFY(products.contains("\"Mug, \"\"large\"\"\""));

    const QByteArray fees = entry(path, QStringLiteral("financial_events.csv"));
    QVERIFY2(fees.contains(",EUR,-3.05,302-1,,SKU-1,\r\n"), fees.constData()); // not in a settlement yet
    QVERIFY(!entry(path, QStringLiteral("settlements.csv")).isEmpty());        // its header at least

    for (const char* name : {"marketplaces.csv", "order_items.csv", "inventory.csv"})
        QVERIFY2(!entry(path, QLatin1String(name)).isEmpty(), name);
    const QByteArray readme = entry(path, QStringLiteral("README.txt"));
    QVERIFY(readme.contains("NOT encrypted"));
    QVERIFY(readme.contains("2026-01-05T08:00:00Z"));
    QVERIFY(readme.contains("orders.csv: 2 rows"));
}

// Full-width ＝ ＋ － ＠ start a formula in spreadsheets that fold them to ASCII: the archive defuses
// them as the report CSV export does (one rule, CsvCell).
void TestCacheArchiveWriter::fullWidthFormulaIsText()
{
    const QStringList titles{QStringLiteral("\uFF1DHYPERLINK(\"http://x\")"), QStringLiteral("\uFF0B1"),
                             QStringLiteral("\uFF0D2+3"), QStringLiteral("\uFF20SUM(A1)")};
    for (int i = 0; i < titles.size(); ++i) {
        CipherDatabase::Statement insert = ReadConnection::of(*m_cache).prepare(
            "INSERT INTO products (sku, asin, title, marketplace_ids, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)");
        QVERIFY(insert.isValid());
        insert.bind(1, QStringLiteral("FW-%1").arg(i));
        insert.bind(2, QStringLiteral("B00000010%1").arg(i));
        insert.bind(3, titles.at(i));
        insert.bind(4, QStringLiteral("A1PA6795UKMFR9"));
        insert.bind(5, QStringLiteral("2026-01-01T00:00:00Z"));
        QCOMPARE(insert.step(), CipherDatabase::Statement::Step::Done);
    }
    const QString path = m_dir.filePath(QStringLiteral("offline.zip"));
    const CacheArchiveWriter::Result result =
        CacheArchiveWriter::write(*m_cache, path, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
    QVERIFY2(result.ok, qPrintable(result.error));

    const QString products = QString::fromUtf8(entry(path, QStringLiteral("products.csv")));
    for (int i = 0; i < titles.size(); ++i) {
        QString field = QLatin1Char('\'') + titles.at(i);
        if (field.contains(QLatin1Char('"')))
            field = QLatin1Char('"') + field.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
        const QString line = QStringLiteral("FW-%1,B00000010%1,").arg(i) + field + QLatin1Char(',');
        QVERIFY2(products.contains(line), qPrintable(products));
    }
}

void TestCacheArchiveWriter::failureLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/offline.zip"));
    const CacheArchiveWriter::Result result = CacheArchiveWriter::write(*m_cache, path, QDateTime());
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(!QFile::exists(path));

    // A table that cannot be read: refused, and the archive is not left half-written.
    QVERIFY(ReadConnection::of(*m_cache).exec("DROP TABLE inventory"));
    const QString second = m_dir.filePath(QStringLiteral("broken.zip"));
    const CacheArchiveWriter::Result broken = CacheArchiveWriter::write(*m_cache, second, QDateTime());
    QVERIFY(!broken.ok);
    QVERIFY2(broken.error.contains(QLatin1String("could not be read")), qPrintable(broken.error));
    QVERIFY(!QFile::exists(second));
    // Not even the temporary file (.broken.zip.XXXXXX.part) stays.
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral("*broken*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestCacheArchiveWriter::addOrders(int count)
{
    CipherDatabase& db = ReadConnection::of(*m_cache);
    QVERIFY(db.begin());
    CipherDatabase::Statement order = db.prepare(
        "INSERT INTO orders (id, marketplace_id, purchase_date, last_update_date, status, fulfillment_channel, "
        "currency, order_total_cents) VALUES (?1, 'A1PA6795UKMFR9', '2026-02-01T10:00:00Z', "
        "'2026-02-01T10:00:00Z', 'Shipped', 'AFN', 'EUR', 1000)");
    CipherDatabase::Statement item =
        db.prepare("INSERT INTO order_items (id, order_id, sku, asin, title, quantity, item_price_cents) VALUES "
                   "(?1, ?2, 'SKU-1', 'B000000001', 'Mug', 1, 500)");
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("bulk-%1").arg(i, 6, 10, QLatin1Char('0'));
        order.reset();
        order.bind(1, id);
        QVERIFY(order.run());
        for (int n = 0; n < 2; ++n) {
            item.reset();
            item.bind(1, id + QStringLiteral("-%1").arg(n));
            item.bind(2, id);
            QVERIFY(item.run());
        }
    }
    // The counts the last sync recorded; the marketplaces' one is stale (it counts two, none is there).
    QVERIFY(db.exec("INSERT OR REPLACE INTO sync_state (resource, item_count) VALUES ('marketplaces', 2), "
                    "('products', (SELECT count(*) FROM products)), ('inventory', 0), "
                    "('orders', (SELECT count(*) FROM orders)), "
                    "('financial-events', (SELECT count(*) FROM financial_events))"));
    QVERIFY(db.commit());
}

void TestCacheArchiveWriter::progressGrowsToTheSyncedTotal()
{
    addOrders(3000);
    const qint64 total =
        2 + 2 + 0 + 3002 + 3002 + 1; // marketplaces, products, inventory, orders, items by order, events
    QList<QPair<qint64, qint64>> reports;
    ReadProgress progress([&](qint64 done, qint64 all) { reports.append({done, all}); }, [] { return false; });
    const QString path = m_dir.filePath(QStringLiteral("offline.zip"));
    const CacheArchiveWriter::Result result = CacheArchiveWriter::write(*m_cache, path, QDateTime(), &progress);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.rows, qint64(2 + 3000 + 6000 + 2 + 1));
    QVERIFY(!reports.isEmpty());
    for (int i = 0; i < reports.size(); ++i) {
        QCOMPARE(reports.at(i).second, total);
        QVERIFY(reports.at(i).first <= total);
        if (i > 0)
            QVERIFY2(reports.at(i).first > reports.at(i - 1).first, "progress only grows");
    }
    QCOMPARE(reports.constLast().first, total);
    QCOMPARE(entry(path, QStringLiteral("order_items.csv")).count("\r\n"), 6001); // header and every item
}

void TestCacheArchiveWriter::cancelPartWayLeavesNoFile()
{
    addOrders(3000);
    // Cancelled at its first report, as the UI's Cancel does: the writer stops within a few hundred
    // rows instead of writing the rest, and removes what it wrote.
    bool reported = false;
    qint64 lastDone = 0;
    ReadProgress progress(
        [&](qint64 done, qint64) {
            reported = true;
            lastDone = done;
        },
        [&] { return reported; });
    const QString path = m_dir.filePath(QStringLiteral("offline.zip"));
    const CacheArchiveWriter::Result result = CacheArchiveWriter::write(*m_cache, path, QDateTime(), &progress);
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error)); // a cancel is no error
    QVERIFY(lastDone < 3000);
    QVERIFY(!QFile::exists(path));
    QVERIFY2(filesLeft().isEmpty(), qPrintable(filesLeft().join(QLatin1Char(' '))));

    // The next archive is whole.
    const CacheArchiveWriter::Result again = CacheArchiveWriter::write(*m_cache, path, QDateTime());
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(entry(path, QStringLiteral("orders.csv")).count("\r\n"), 3003);
}

// What the UI does: written (and flushed) by the job, renamed only when its result is taken; a
// result never taken (a Cancel after the job ended) leaves nothing.
void TestCacheArchiveWriter::uncommittedArchiveLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("offline.zip"));
    {
        AtomicFileReplacer file(path);
        const CacheArchiveWriter::Result result = CacheArchiveWriter::writeInto(*m_cache, file, QDateTime());
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(filesLeft().size(), 1); // the hidden unfinished archive
    }
    QVERIFY2(filesLeft().isEmpty(), qPrintable(filesLeft().join(QLatin1Char(' '))));
    AtomicFileReplacer file(path);
    CacheArchiveWriter::Result result = CacheArchiveWriter::writeInto(*m_cache, file, QDateTime());
    QVERIFY(result.ok);
    QVERIFY(CacheArchiveWriter::commit(file, &result));
    QVERIFY(entry(path, QStringLiteral("README.txt")).contains("NOT encrypted"));
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestCacheArchiveWriter)
#include "TestCacheArchiveWriter.moc"
