// CatalogQuery over a real SQLCipher file: the marketplaces and the unit costs, and an older cache
// without the unit costs table.
#include "CacheQueryFixture.h"

#include <QTest>

namespace sp::test {

class TestCatalogQuery : public QObject
{
    Q_OBJECT

private slots:
    void readsMarketplacesAndUnitCosts()
    {
        CacheQueryFixture file;
        QString error;
        QVERIFY2(
            file.create({QStringLiteral("INSERT INTO marketplaces (id, country_code, name, currency, region) VALUES "
                                        "('US', 'US', 'Amazon.com', 'USD', 'na'), ('DE', 'DE', 'Amazon.de', 'EUR', "
                                        "'eu')"),
                         QStringLiteral("INSERT INTO unit_costs (sku, currency, effective_from, unit_cost_cents, "
                                        "updated_at) VALUES ('MUG', 'EUR', '2026-03-01', 250, '2026-03-01T00:00:00Z'), "
                                        "('MUG', 'EUR', '2026-01-01', 200, '2026-01-01T00:00:00Z'), "
                                        "('HOSE', 'USD', '2025-12-24', 1299, '2026-01-01T00:00:00Z')")},
                        &error),
            qPrintable(error));
        const std::unique_ptr<CacheQuery> cache = file.open(&error);
        QVERIFY2(cache, qPrintable(error));

        const QList<MarketplaceRow> marketplaces = cache->catalog().marketplaces();
        QCOMPARE(marketplaces.size(), 2);
        QCOMPARE(marketplaces.at(0).id, QStringLiteral("DE")); // sorted by id
        QCOMPARE(marketplaces.at(0).countryCode, QStringLiteral("DE"));
        QCOMPARE(marketplaces.at(0).name, QStringLiteral("Amazon.de"));
        QCOMPARE(marketplaces.at(1).currency, QStringLiteral("USD"));

        const QList<UnitCostRow> costs = cache->catalog().unitCosts();
        QCOMPARE(costs.size(), 3); // by SKU, currency, then day
        QCOMPARE(costs.at(0).sku, QStringLiteral("HOSE"));
        QCOMPARE(costs.at(0).unitCostCents, 1299);
        QCOMPARE(costs.at(0).effectiveFrom, QDate(2025, 12, 24));
        QCOMPARE(costs.at(1).effectiveFrom, QDate(2026, 1, 1));
        QCOMPARE(costs.at(2).unitCostCents, 250);
        QVERIFY(cache->catalog().lastError().isEmpty());
    }

    // A cache from before the unit costs (schema < 4) has none, and that is no error.
    void anOlderCacheHasNoUnitCosts()
    {
        CacheQueryFixture file;
        QString error;
        QVERIFY2(file.create({QStringLiteral("DROP TABLE unit_costs")}, &error), qPrintable(error));
        const std::unique_ptr<CacheQuery> cache = file.open(&error);
        QVERIFY2(cache, qPrintable(error));
        QVERIFY(cache->catalog().unitCosts().isEmpty());
        QVERIFY(cache->catalog().lastError().isEmpty());
        QVERIFY(cache->catalog().marketplaces().isEmpty());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestCatalogQuery)
#include "TestCatalogQuery.moc"
