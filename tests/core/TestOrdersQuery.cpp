// OrdersQuery over a real SQLCipher file: filters (search, status, marketplace, days), sort orders,
// keyset pages, items, one order's events, and user text that is never SQL.
#include "CacheQueryFixture.h"

#include <QTest>

namespace sp::test {

namespace {

QString order(const QString& id, const QString& marketplace, const QString& purchased, const QString& status,
              const QString& total)
{
    return QStringLiteral("INSERT INTO orders (id, marketplace_id, purchase_date, last_update_date, status, "
                          "fulfillment_channel, currency, order_total_cents) VALUES ('%1', '%2', '%3', '%3', '%4', "
                          "'AFN', 'EUR', %5)")
        .arg(id, marketplace, purchased, status, total);
}

QString item(const QString& id, const QString& orderId, const QString& sku, const QString& title, const QString& price)
{
    // Behind its order, as the writer places items (CacheSchema v3: the order's row_id << 16 + position).
    return QStringLiteral("INSERT INTO order_items (id, order_id, sku, asin, title, quantity, item_price_cents, "
                          "item_tax_cents, shipping_price_cents, promotion_discount_cents, row_id) VALUES ('%1', '%2', "
                          "'%3', 'B0ASIN', '%4', 2, %5, NULL, 0, NULL, (SELECT row_id FROM orders WHERE id = '%2') * "
                          "65536 + (SELECT count(*) FROM order_items WHERE order_id = '%2'))")
        .arg(id, orderId, sku, title, price);
}

QStringList ids(const QList<OrderRow>& rows)
{
    QStringList result;
    for (const OrderRow& row : rows)
        result << row.id;
    return result;
}

OrderFilter search(const QString& text)
{
    OrderFilter filter;
    filter.search = text;
    return filter;
}

} // namespace

class TestOrdersQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_file.create({order(QStringLiteral("302-A"), QStringLiteral("DE"), QStringLiteral("2026-01-01T09:00:00Z"),
                                 QStringLiteral("Shipped"), QStringLiteral("1250")),
                           order(QStringLiteral("302-B"), QStringLiteral("FR"), QStringLiteral("2026-01-02T09:00:00Z"),
                                 QStringLiteral("Pending"), QStringLiteral("NULL")),
                           order(QStringLiteral("302-C"), QStringLiteral("DE"), QStringLiteral("2026-01-02T23:59:59Z"),
                                 QStringLiteral("Shipped"), QStringLiteral("500")),
                           order(QStringLiteral("302-D"), QStringLiteral("DE"), QStringLiteral("2026-01-03T00:00:00Z"),
                                 QStringLiteral("Canceled"), QStringLiteral("99")),
                           item(QStringLiteral("i-1"), QStringLiteral("302-A"), QStringLiteral("HOSE-1"),
                                QStringLiteral("Garden hose 50%"), QStringLiteral("1250")),
                           item(QStringLiteral("i-2"), QStringLiteral("302-A"), QStringLiteral("NOZZLE"),
                                QStringLiteral("Nozzle"), QStringLiteral("NULL")),
                           item(QStringLiteral("i-3"), QStringLiteral("302-B"), QStringLiteral("HOSE_2"),
                                QStringLiteral("Garden hose"), QStringLiteral("NULL")),
                           item(QStringLiteral("i-4"), QStringLiteral("302-C"), QStringLiteral("MUG"),
                                QStringLiteral("Mug"), QStringLiteral("500")),
                           item(QStringLiteral("i-5"), QStringLiteral("302-D"), QStringLiteral("MUG"),
                                QStringLiteral("Mug"), QStringLiteral("99")),
                           QStringLiteral("INSERT INTO financial_events (id, type, charge, posted_at, marketplace_id, "
                                          "currency, amount_cents, order_id, order_item_id, sku) VALUES "
                                          "('fe-2', 'shipment', 'Commission', '2026-01-04T00:00:00Z', 'DE', 'EUR', "
                                          "-150, '302-A', 'i-1', 'HOSE-1'), "
                                          "('fe-1', 'shipment', 'Principal', '2026-01-03T00:00:00Z', 'DE', 'EUR', "
                                          "1250, '302-A', 'i-1', 'HOSE-1'), "
                                          "('fe-3', 'shipment', 'Principal', '2026-01-03T00:00:00Z', 'DE', 'EUR', "
                                          "500, '302-C', 'i-4', 'MUG')")},
                          &error),
            qPrintable(error));
        m_cache = m_file.open(&error);
        QVERIFY2(m_cache, qPrintable(error));
    }

    void countsWhatTheFilterMatches()
    {
        const OrdersQuery& orders = m_cache->orders();
        QCOMPARE(orders.count(OrderFilter{}), 4);
        QCOMPARE(orders.count(search(QStringLiteral("garden HOSE"))), 2); // item title, case-insensitive
        QCOMPARE(orders.count(search(QStringLiteral("  nozzle "))), 1);   // trimmed
        QCOMPARE(orders.count(search(QStringLiteral("302-c"))), 1);       // order id
        QCOMPARE(orders.count(search(QStringLiteral("B0ASIN"))), 4);      // ASIN
        QVERIFY(orders.lastError().isEmpty());
        OrderFilter status;
        status.status = QStringLiteral("Shipped");
        QCOMPARE(orders.count(status), 2);
        status.marketplaceId = QStringLiteral("FR");
        QCOMPARE(orders.count(status), 0);
        // Whole UTC days, both ends included: 23:59:59 is still the 2nd, midnight is the 3rd.
        OrderFilter days;
        days.from = QDate(2026, 1, 2);
        days.to = QDate(2026, 1, 2);
        QCOMPARE(ids(orders.page(days, OrderSort::Id, Qt::AscendingOrder, 0, 10)),
                 QStringList({QStringLiteral("302-B"), QStringLiteral("302-C")}));
    }

    // What a user types is a value, never SQL or a LIKE wildcard.
    void userTextIsNeverSql()
    {
        const OrdersQuery& orders = m_cache->orders();
        QCOMPARE(orders.count(search(QStringLiteral("%"))), 1); // the title with "50%"
        QCOMPARE(orders.count(search(QStringLiteral("_"))), 1); // HOSE_2 only, not every character
        QCOMPARE(orders.count(search(QStringLiteral("' OR 1=1 --"))), 0);
        OrderFilter status;
        status.status = QStringLiteral("Shipped' OR '1'='1");
        QCOMPARE(orders.count(status), 0);
        QVERIFY(orders.lastError().isEmpty());
        QCOMPARE(m_cache->orders().count(OrderFilter{}), 4); // the table is still there
    }

    void sortsInTheDatabaseWithTheIdBreakingTies()
    {
        const OrdersQuery& orders = m_cache->orders();
        QCOMPARE(ids(orders.page(OrderFilter{}, OrderSort::PurchaseDate, Qt::DescendingOrder, 0, 10)),
                 QStringList({QStringLiteral("302-D"), QStringLiteral("302-C"), QStringLiteral("302-B"),
                              QStringLiteral("302-A")}));
        QCOMPARE(ids(orders.page(OrderFilter{}, OrderSort::Status, Qt::AscendingOrder, 0, 10)),
                 QStringList({QStringLiteral("302-D"), QStringLiteral("302-B"), QStringLiteral("302-A"),
                              QStringLiteral("302-C")}));
        QCOMPARE(ids(orders.page(OrderFilter{}, OrderSort::Total, Qt::DescendingOrder, 0, 2)),
                 QStringList({QStringLiteral("302-A"), QStringLiteral("302-C")}));
        const QList<OrderRow> first = orders.page(OrderFilter{}, OrderSort::Id, Qt::AscendingOrder, 0, 1);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().itemCount, 2);
        QCOMPARE(first.first().totalCents, 1250);
        QCOMPARE(
            orders.page(search(QStringLiteral("302-B")), OrderSort::Id, Qt::AscendingOrder, 0, 1).first().totalCents,
            -1); // pending: no total yet
    }

    // A page continued after the row above it (an index seek) is the page OFFSET finds.
    void keysetPagesMatchOffsetPages()
    {
        const OrdersQuery& orders = m_cache->orders();
        for (OrderSort sort : {OrderSort::PurchaseDate, OrderSort::Id}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QList<OrderRow> first = orders.page(OrderFilter{}, sort, order, 0, 2);
                QCOMPARE(first.size(), 2);
                const QList<OrderRow> byOffset = orders.page(OrderFilter{}, sort, order, 2, 2);
                const QList<OrderRow> byKey = orders.page(OrderFilter{}, sort, order, 2, 2, &first.constLast());
                QCOMPARE(ids(byKey), ids(byOffset));
                QCOMPARE(byKey.size(), 2);
            }
        }
    }

    void readsOneOrdersItemsAndEvents()
    {
        const OrdersQuery& orders = m_cache->orders();
        const QList<OrderItemRow> items = orders.items(QStringLiteral("302-A"));
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).sku, QStringLiteral("HOSE-1"));
        QCOMPARE(items.at(0).itemPriceCents, 1250);
        QCOMPARE(items.at(0).itemTaxCents, -1); // no price from the server: -1, never 0
        QCOMPARE(items.at(1).itemPriceCents, -1);
        QCOMPARE(items.at(0).quantity, 2);
        const QList<FinancialEventRow> events = orders.eventsOf(QStringLiteral("302-A"));
        QCOMPARE(events.size(), 2);                        // 302-C's event is not one of them
        QCOMPARE(events.at(0).id, QStringLiteral("fe-1")); // oldest first
        QCOMPARE(events.at(1).charge, QStringLiteral("Commission"));
        QCOMPARE(events.at(1).amountCents, -150);
        QVERIFY(orders.items(QStringLiteral("302-X")).isEmpty());
        QVERIFY(orders.lastError().isEmpty());
        QVERIFY(orders.statuses().contains(QStringLiteral("Pending")));
    }

    // A failed read says so (lastError, on the query and on the facade) instead of "no orders".
    void aFailedReadSetsTheLastError()
    {
        QString error;
        CacheQueryFixture broken;
        QVERIFY2(broken.create({QStringLiteral("DROP TABLE order_items"), QStringLiteral("DROP TABLE item_text_items")},
                               &error),
                 qPrintable(error));
        const std::unique_ptr<CacheQuery> cache = broken.open(&error);
        QVERIFY2(cache, qPrintable(error));
        QCOMPARE(cache->orders().count(search(QStringLiteral("x"))), 0);
        QVERIFY(!cache->orders().lastError().isEmpty());
        QCOMPARE(cache->lastError(), cache->orders().lastError());
        QCOMPARE(cache->orders().count(OrderFilter{}), 0); // the orders table itself reads: empty
        QVERIFY(cache->lastError().isEmpty());
    }

private:
    CacheQueryFixture m_file;
    std::unique_ptr<CacheQuery> m_cache;
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestOrdersQuery)
#include "TestOrdersQuery.moc"
