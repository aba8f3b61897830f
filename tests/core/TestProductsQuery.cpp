// ProductsQuery over a real SQLCipher file: each product with its stock summed over the regions,
// searched, sorted in the database and read in pages.
#include "CacheQueryFixture.h"

#include <QTest>

namespace sp::test {

namespace {

QString product(const QString& sku, const QString& title)
{
    return QStringLiteral("INSERT INTO products (sku, asin, title, marketplace_ids, updated_at) VALUES "
                          "('%1', 'B0%1', '%2', 'DE,FR', '2026-01-01T00:00:00Z')")
        .arg(sku, title);
}

QString stock(const QString& sku, const QString& region, int fulfillable, int inbound)
{
    return QStringLiteral("INSERT INTO inventory (sku, region, fulfillable, inbound, reserved, unfulfillable, "
                          "updated_at) VALUES ('%1', '%2', %3, %4, 1, 2, '2026-01-01T00:00:00Z')")
        .arg(sku, region)
        .arg(fulfillable)
        .arg(inbound);
}

QStringList skus(const QList<ProductStockRow>& rows)
{
    QStringList result;
    for (const ProductStockRow& row : rows)
        result << row.sku;
    return result;
}

} // namespace

class TestProductsQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_file.create({product(QStringLiteral("HOSE"), QStringLiteral("Garden hose")),
                                product(QStringLiteral("MUG"), QStringLiteral("Mug 100%")),
                                product(QStringLiteral("NOZZLE"), QStringLiteral("Brass nozzle")),
                                stock(QStringLiteral("HOSE"), QStringLiteral("eu"), 10, 5),
                                stock(QStringLiteral("HOSE"), QStringLiteral("na"), 7, 0),
                                stock(QStringLiteral("MUG"), QStringLiteral("eu"), 3, 40)},
                               &error),
                 qPrintable(error));
        m_cache = m_file.open(&error);
        QVERIFY2(m_cache, qPrintable(error));
    }

    void sumsTheStockOverTheRegions()
    {
        const QList<ProductStockRow> rows =
            m_cache->products().page(QString(), ProductSort::Sku, Qt::AscendingOrder, 0, 10);
        QCOMPARE(skus(rows), QStringList({QStringLiteral("HOSE"), QStringLiteral("MUG"), QStringLiteral("NOZZLE")}));
        QCOMPARE(rows.at(0).fulfillable, 17);
        QCOMPARE(rows.at(0).inbound, 5);
        QCOMPARE(rows.at(0).reserved, 2);
        QCOMPARE(rows.at(0).unfulfillable, 4);
        QCOMPARE(rows.at(0).marketplaceIds, QStringLiteral("DE,FR"));
        QCOMPARE(rows.at(2).fulfillable, 0); // no inventory row: none in stock, still listed
        QCOMPARE(rows.at(2).asin, QStringLiteral("B0NOZZLE"));
    }

    void searchesAndSortsInTheDatabase()
    {
        const ProductsQuery& products = m_cache->products();
        QCOMPARE(products.count(QString()), 3);
        QCOMPARE(products.count(QStringLiteral(" garden ")), 1); // title, trimmed, case-insensitive
        QCOMPARE(products.count(QStringLiteral("b0mug")), 1);    // ASIN
        QCOMPARE(products.count(QStringLiteral("%")), 1);        // the title with "100%", not every product
        QCOMPARE(products.count(QStringLiteral("' OR 1=1 --")), 0);
        QVERIFY(products.lastError().isEmpty());
        QCOMPARE(skus(products.page(QString(), ProductSort::Fulfillable, Qt::DescendingOrder, 0, 10)),
                 QStringList({QStringLiteral("HOSE"), QStringLiteral("MUG"), QStringLiteral("NOZZLE")}));
        QCOMPARE(skus(products.page(QString(), ProductSort::Inbound, Qt::DescendingOrder, 0, 10)),
                 QStringList({QStringLiteral("MUG"), QStringLiteral("HOSE"), QStringLiteral("NOZZLE")}));
        QCOMPARE(skus(products.page(QString(), ProductSort::Title, Qt::AscendingOrder, 1, 2)),
                 QStringList({QStringLiteral("HOSE"), QStringLiteral("MUG")})); // after "Brass nozzle"
    }

private:
    CacheQueryFixture m_file;
    std::unique_ptr<CacheQuery> m_cache;
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestProductsQuery)
#include "TestProductsQuery.moc"
