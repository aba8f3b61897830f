// Paging in every sort order of the orders and finances tables (issue 15) over a real SQLCipher file
// of 25,000 orders and 25,000 events, with ties in every sort column and orders without a total
// (NULL) or with a total of -1 (what OrderRow also says for "no total"): the pages read one after
// another (continued after the previous page's last row), the pages read by offset alone and the
// pages read from the far end all equal one plain ORDER BY ... LIMIT/OFFSET, the unique id breaking
// ties, over the same rows. Also: a cache migrated to schema 8 in the middle of a bulk load.
#include "CacheQueryFixture.h"

#include "cache/BulkLoad.h"
#include "cache/ReadConnection.h"

#include <QTest>

namespace sp::test {

namespace {

constexpr int kRows = 25000; // past 2 x TableQuerySql::kFarOffset: the last pages are read from the far end
constexpr int kPage = 200;   // the models' page
constexpr int kStride = 97;  // the page indexes' anchors (PageJumps): many, and not a divisor of a page

// Ids not in insertion order; every total from -5 to 44 (ties, -1 among them), every 11th NULL;
// three orders every ten minutes (tied purchase dates), over 58 days.
const char* const kOrders =
    "INSERT INTO orders (id, marketplace_id, purchase_date, last_update_date, status, fulfillment_channel, "
    "currency, order_total_cents) WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x < 24999) "
    "SELECT printf('%03d-%07d', (x * 7919) % 997, x), CASE x % 3 WHEN 0 THEN 'DE' WHEN 1 THEN 'FR' ELSE 'IT' END, "
    "strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-01', '+' || ((x / 3) * 10) || ' minutes'), '2026-03-01T00:00:00Z', "
    "CASE WHEN x % 11 = 0 THEN 'Pending' WHEN x % 5 = 0 THEN 'Canceled' ELSE 'Shipped' END, 'AFN', 'EUR', "
    "CASE WHEN x % 11 = 0 THEN NULL ELSE (x * 37) % 50 - 5 END FROM n";
const char* const kEvents =
    "INSERT INTO financial_events (id, type, charge, posted_at, marketplace_id, currency, amount_cents, order_id, "
    "order_item_id, sku) WITH RECURSIVE n(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM n WHERE x < 24999) "
    "SELECT printf('fe-%03d-%05d', (x * 31) % 101, x), "
    "CASE x % 7 WHEN 0 THEN 'refund' WHEN 1 THEN 'service_fee' ELSE 'shipment' END, "
    "CASE x % 4 WHEN 0 THEN 'Principal' WHEN 1 THEN 'Commission' WHEN 2 THEN 'FBAFee' ELSE 'Tax' END, "
    "strftime('%Y-%m-%dT%H:%M:%SZ', '2026-01-01', '+' || ((x / 4) * 10) || ' minutes'), "
    "CASE x % 3 WHEN 0 THEN 'DE' WHEN 1 THEN 'FR' ELSE 'IT' END, 'EUR', (x * 53) % 120 - 60, NULL, NULL, NULL FROM n";

QStringList column(CipherDatabase& db, const QString& sql, const QStringList& values = {})
{
    CipherDatabase::Statement s = db.prepare(sql.toUtf8().constData());
    for (int i = 0; i < values.size(); ++i)
        s.bind(i + 1, values.at(i));
    QStringList result;
    while (s.step() == CipherDatabase::Statement::Step::Row)
        result << s.text(0);
    return result;
}

template <typename Row>
QStringList ids(const QList<Row>& rows)
{
    QStringList result;
    for (const Row& row : rows)
        result << row.id;
    return result;
}

// What a table is asked in every way, against the reference order of all its matching rows.
template <typename Row, typename Page>
void checkEveryWay(const QStringList& reference, Page page, const QString& what)
{
    const int total = int(reference.size());
    // One page after another, each continued after the previous one's last row.
    QStringList chained;
    QList<Row> rows = page(0, nullptr, -1);
    while (!rows.isEmpty()) {
        chained += ids(rows);
        const Row last = rows.constLast();
        rows = page(int(chained.size()), &last, -1);
    }
    QVERIFY2(chained == reference, qPrintable(what + QStringLiteral(": pages read after each other differ")));
    // By offset alone (near the start, the middle, past it, the end, beyond), counted by the query
    // or told by the caller.
    const QList<int> offsets{
        0, kPage, 9800, 10000, total / 2 - 100, total / 2, total / 2 + 1, total - kPage, total - 7, total, total + 5};
    for (const int offset : offsets) {
        const QStringList expected = reference.mid(offset, kPage);
        for (const int told : {-1, total}) {
            const QStringList got = ids(page(offset, nullptr, told));
            QVERIFY2(got == expected, qPrintable(QStringLiteral("%1: the page at %2 (total told: %3) differs: %4 rows "
                                                                "instead of %5, first %6 instead of %7")
                                                     .arg(what)
                                                     .arg(offset)
                                                     .arg(told)
                                                     .arg(got.size())
                                                     .arg(expected.size())
                                                     .arg(got.value(0), expected.value(0))));
        }
    }
}

QString directionSql(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
}

} // namespace

class TestTablePaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_file.create({QString::fromLatin1(kOrders), QString::fromLatin1(kEvents)}, &error),
                 qPrintable(error));
        m_cache = m_file.open(&error);
        QVERIFY2(m_cache, qPrintable(error));
        m_cache->setJumpStride(kStride);
        CipherDatabase& db = ReadConnection::of(*m_cache);
        QCOMPARE(db.scalar("SELECT count(*) FROM orders"), kRows);
        QCOMPARE(db.scalar("SELECT count(*) FROM orders WHERE order_total_cents IS NULL"), 2273);
        QVERIFY(db.scalar("SELECT count(*) FROM orders WHERE order_total_cents = -1") > 0);
    }

    void ordersPageTheSameInEveryWay_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QString>("key"); // the reference ORDER BY's key, as the query sorted before v8
        const QList<std::pair<OrderSort, const char*>> sorts{{OrderSort::PurchaseDate, "o.purchase_date"},
                                                             {OrderSort::Id, ""},
                                                             {OrderSort::Status, "o.status"},
                                                             {OrderSort::Marketplace, "o.marketplace_id"},
                                                             {OrderSort::Total, "o.order_total_cents"}};
        for (const auto& [sort, key] : sorts)
            QTest::addRow("%s", *key ? key : "o.id") << int(sort) << QString::fromLatin1(key);
    }

    void ordersPageTheSameInEveryWay()
    {
        QFETCH(int, sort);
        QFETCH(QString, key);
        CipherDatabase& db = ReadConnection::of(*m_cache);
        const OrdersQuery& orders = m_cache->orders();
        // No filter; the sort's own column fixed; filters on other columns (checked row by row).
        OrderFilter shipped;
        shipped.status = QStringLiteral("Shipped");
        OrderFilter frenchDays;
        frenchDays.marketplaceId = QStringLiteral("FR");
        frenchDays.from = QDate(2026, 1, 3);
        frenchDays.to = QDate(2026, 1, 30);
        const QList<std::tuple<OrderFilter, QString, QStringList>> filters{
            {OrderFilter{}, QString(), {}},
            {shipped, QStringLiteral(" WHERE o.status = ?"), {shipped.status}},
            {frenchDays,
             QStringLiteral(" WHERE o.marketplace_id = ? AND o.purchase_date >= ? AND o.purchase_date < ?"),
             {QStringLiteral("FR"), QStringLiteral("2026-01-03"), QStringLiteral("2026-01-31")}}};
        for (const auto& entry : filters) {
            // Named copies: a lambda may not capture a structured binding (C++17).
            const auto& [filterRef, where, values] = entry;
            const auto filter = filterRef;
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString orderBy = key.isEmpty() ? QString(QStringLiteral(" ORDER BY o.id") + directionSql(order))
                                                      : QString(QStringLiteral(" ORDER BY ") + key + directionSql(order)
                                                                + QStringLiteral(", o.id") + directionSql(order));
                const QStringList reference =
                    column(db, QStringLiteral("SELECT o.id FROM orders o") + where + orderBy, values);
                QVERIFY(reference.size() > 1000);
                const auto page = [&](int offset, const OrderRow* after, int total) {
                    const QList<OrderRow> rows =
                        orders.page(filter, OrderSort(sort), order, offset, kPage, after, total);
                    [&] { QVERIFY2(orders.lastError().isEmpty(), qPrintable(orders.lastError())); }();
                    return rows;
                };
                checkEveryWay<OrderRow>(reference, page, where + orderBy);
                if (QTest::currentTestFailed())
                    return;
                // Again through the page index (every page by offset seeks to an anchor).
                QVERIFY2(orders.prepareJumps(filter, OrderSort(sort), order), qPrintable(orders.lastError()));
                checkEveryWay<OrderRow>(reference, page, QStringLiteral("jumps:") + where + orderBy);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void eventsPageTheSameInEveryWay_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QString>("key");
        const QList<std::pair<FinancialEventSort, const char*>> sorts{
            {FinancialEventSort::PostedAt, "e.posted_at"},
            {FinancialEventSort::Type, "e.type"},
            {FinancialEventSort::Charge, "e.charge"},
            {FinancialEventSort::Marketplace, "e.marketplace_id"},
            {FinancialEventSort::Amount, "e.amount_cents"}};
        for (const auto& [sort, key] : sorts)
            QTest::addRow("%s", key) << int(sort) << QString::fromLatin1(key);
    }

    void eventsPageTheSameInEveryWay()
    {
        QFETCH(int, sort);
        QFETCH(QString, key);
        CipherDatabase& db = ReadConnection::of(*m_cache);
        const FinancialEventsQuery& events = m_cache->financialEvents();
        FinancialEventFilter shipments;
        shipments.type = QStringLiteral("shipment");
        FinancialEventFilter germanDays;
        germanDays.marketplaceId = QStringLiteral("DE");
        germanDays.from = QDate(2026, 1, 2);
        germanDays.to = QDate(2026, 1, 12);
        const QList<std::tuple<FinancialEventFilter, QString, QStringList>> filters{
            {FinancialEventFilter{}, QString(), {}},
            {shipments, QStringLiteral(" WHERE e.type = ?"), {shipments.type}},
            {germanDays,
             QStringLiteral(" WHERE e.marketplace_id = ? AND e.posted_at >= ? AND e.posted_at < ?"),
             {QStringLiteral("DE"), QStringLiteral("2026-01-02"), QStringLiteral("2026-01-13")}}};
        for (const auto& entry : filters) {
            // Named copies: a lambda may not capture a structured binding (C++17).
            const auto& [filterRef, where, values] = entry;
            const auto filter = filterRef;
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString orderBy = QStringLiteral(" ORDER BY ") + key + directionSql(order)
                                        + QStringLiteral(", e.id") + directionSql(order);
                const QStringList reference =
                    column(db, QStringLiteral("SELECT e.id FROM financial_events e") + where + orderBy, values);
                QVERIFY(reference.size() > 1000);
                const auto page = [&](int offset, const FinancialEventRow* after, int total) {
                    const QList<FinancialEventRow> rows =
                        events.page(filter, FinancialEventSort(sort), order, offset, kPage, after, total);
                    [&] { QVERIFY2(events.lastError().isEmpty(), qPrintable(events.lastError())); }();
                    return rows;
                };
                checkEveryWay<FinancialEventRow>(reference, page, where + orderBy);
                if (QTest::currentTestFailed())
                    return;
                QVERIFY2(events.prepareJumps(filter, FinancialEventSort(sort), order), qPrintable(events.lastError()));
                checkEveryWay<FinancialEventRow>(reference, page, QStringLiteral("jumps:") + where + orderBy);
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    // A walk interrupted (by a newer read) resumes where its last anchor is, and its index then
    // gives the same pages; an index made before a write (a sync) is not used after it.
    void pageIndexResumesAndNeverOutlivesAWrite()
    {
        QString error;
        CacheQueryFixture file;
        QVERIFY2(file.create({QString::fromLatin1(kOrders)}, &error), qPrintable(error));
        std::unique_ptr<CacheQuery> cache = file.open(&error);
        QVERIFY2(cache, qPrintable(error));
        cache->setJumpStride(kStride);
        CipherDatabase& db = ReadConnection::of(*cache);
        const OrdersQuery& orders = cache->orders();
        const QString byTotal = QStringLiteral("SELECT o.id FROM orders o ORDER BY ifnull(o.order_total_cents, "
                                               "-9223372036854775807) DESC, o.id DESC");
        const auto page = [&](int offset, const OrderRow* after, int total) {
            return orders.page(OrderFilter{}, OrderSort::Total, Qt::DescendingOrder, offset, kPage, after, total);
        };

        int checks = 0;
        db.setProgressHandler(1000, [&checks] { return ++checks > 20; }); // stops the walk part way
        QVERIFY(!orders.prepareJumps(OrderFilter{}, OrderSort::Total, Qt::DescendingOrder));
        QVERIFY2(orders.lastError().isEmpty(), qPrintable(orders.lastError())); // stopped, not failed
        db.setProgressHandler(0, nullptr);
        QVERIFY(orders.prepareJumps(OrderFilter{}, OrderSort::Total, Qt::DescendingOrder));
        checkEveryWay<OrderRow>(column(db, byTotal), page, QStringLiteral("resumed"));
        if (QTest::currentTestFailed())
            return;

        // A sync deletes and changes orders through another connection: the index is stale.
        CipherDatabase::OpenError openError = CipherDatabase::OpenError::None;
        auto writer =
            CipherDatabase::open(file.path(), QByteArray(32, '\x5a'), CipherDatabase::Role::Writer, &openError, &error);
        QVERIFY2(writer, qPrintable(error));
        QVERIFY(writer->exec("DELETE FROM orders WHERE rowid % 3 = 0"));
        QVERIFY(writer->exec("UPDATE orders SET order_total_cents = 1000 + rowid WHERE rowid % 5 = 1"));
        const QStringList after = column(db, byTotal);
        QVERIFY(after.size() < kRows);
        checkEveryWay<OrderRow>(after, page, QStringLiteral("after a write"));
    }

    // The sort indexes exist in a new cache, and the date indexes they replace are gone.
    void everySortHasItsIndex()
    {
        CipherDatabase& db = ReadConnection::of(*m_cache);
        const QStringList names =
            column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%sort%' "
                                      "ORDER BY name"));
        QCOMPARE(names, kSortIndexes);
        QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('orders_by_purchase_date', "
                           "'financial_events_by_posted_at')"),
                 0);
    }

    // A cache of schema 6 in the middle of the first sync's bulk loads (indexes dropped and recorded)
    // is migrated: the end of the bulk loads makes every index of schema 8, and not the replaced ones.
    void migratedDuringABulkLoadEndsWithTheNewIndexes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        const QByteArray key(32, '\x33');
        QString error;
        CipherDatabase::OpenError openError = CipherDatabase::OpenError::None;
        {
            auto v6 = CipherDatabase::open(path, key, CipherDatabase::Role::Writer, &openError, &error);
            QVERIFY2(v6, qPrintable(error));
            QCOMPARE(CacheSchema::migrate(*v6, &error, 6), CacheSchema::Result::Ok);
            QVERIFY(v6->begin());
            QVERIFY(BulkLoad(*v6).begin(QStringLiteral("orders")));
            QVERIFY(BulkLoad(*v6).begin(QStringLiteral("financial-events")));
            QVERIFY(v6->exec(kOrders));
            QVERIFY(v6->commit());
            QCOMPARE(v6->scalar("SELECT count(*) FROM meta WHERE value LIKE '%orders_by_purchase_date%'"), 1);
        }
        auto db = CipherDatabase::open(path, key, CipherDatabase::Role::Writer, &openError, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(CacheSchema::migrate(*db, &error), CacheSchema::Result::Ok);
        QCOMPARE(db->userVersion(), CacheSchema::kCurrentVersion);
        QCOMPARE(db->scalar("SELECT count(*) FROM meta WHERE value LIKE '%orders_by_purchase_date%' "
                            "OR value LIKE '%financial_events_by_posted_at%'"),
                 0);
        QCOMPARE(db->scalar("SELECT count(*) FROM meta WHERE value LIKE '%orders_id_unique%'"), 1); // kept
        QVERIFY(db->begin());
        QVERIFY(db->exec(kEvents));
        QVERIFY(BulkLoad(*db).finish(QStringLiteral("orders")));
        QVERIFY(BulkLoad(*db).finish(QStringLiteral("financial-events")));
        QVERIFY(db->commit());
        const QStringList names = column(
            *db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%sort%' ORDER BY name"));
        QCOMPARE(names, kSortIndexes);
        QCOMPARE(db->scalar("SELECT count(*) FROM sqlite_master WHERE name IN ('orders_by_purchase_date', "
                            "'financial_events_by_posted_at', 'orders_id_unique', 'financial_events_id_unique')"),
                 2);
        QCOMPARE(db->scalar("SELECT count(*) FROM meta WHERE key LIKE 'bulk_load:%'"), 0);
        QCOMPARE(db->scalar("SELECT count(*) FROM orders INDEXED BY orders_sort_total"), kRows);
    }

private:
    const QStringList kSortIndexes{QStringLiteral("financial_events_sort_amount"),
                                   QStringLiteral("financial_events_sort_charge"),
                                   QStringLiteral("financial_events_sort_marketplace"),
                                   QStringLiteral("financial_events_sort_posted_at"),
                                   QStringLiteral("financial_events_sort_type"),
                                   QStringLiteral("orders_sort_marketplace"),
                                   QStringLiteral("orders_sort_purchase_date"),
                                   QStringLiteral("orders_sort_status"),
                                   QStringLiteral("orders_sort_total")};
    CacheQueryFixture m_file;
    std::unique_ptr<CacheQuery> m_cache;
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestTablePaging)
#include "TestTablePaging.moc"
