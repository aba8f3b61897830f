// Where the cost of goods is incomplete (CostGapQuery) and a unit cost the server confirmed written
// at once (CacheWriter::writeConfirmedUnitCosts), over a real SQLCipher file filled through the real
// writer as a sync fills it: the products sold without a cost equal a brute-force query over the raw
// orders, ranked by revenue converted at the cached rates; a SKU's first sale per currency; a
// confirmed cost recomputes the cost of goods without a sync; the next sync's row replaces it (the
// server's value stands); a malformed or hostile answer writes nothing.
#include "cache/CacheQuery.h"
#include "cache/CacheWriter.h"
#include "cache/CipherDatabase.h"
#include "cache/CostGapQuery.h"
#include "cache/ReadConnection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace sp::test {

namespace {

const QByteArray kKey(32, '\x3c');

QJsonObject listing(const char* key, const QJsonArray& rows, const QString& next)
{
    return {{QLatin1String(key), rows},
            {QStringLiteral("next_cursor"), next},
            {QStringLiteral("has_more"), false},
            {QStringLiteral("server_time"), QStringLiteral("2026-01-20T00:00:00Z")}};
}

QJsonObject order(const QString& id, const QString& day, const QString& currency, const QString& marketplace,
                  const QString& sku, int quantity, const QString& price,
                  const QString& status = QStringLiteral("Shipped"))
{
    const QJsonObject item{{QStringLiteral("id"), QString(id + QStringLiteral("-1"))},
                           {QStringLiteral("sku"), sku},
                           {QStringLiteral("asin"), QString(QStringLiteral("B0") + sku)},
                           {QStringLiteral("title"), QString(QStringLiteral("Product ") + sku)},
                           {QStringLiteral("quantity"), quantity},
                           {QStringLiteral("item_price"), price},
                           {QStringLiteral("item_tax"), QStringLiteral("0.00")},
                           {QStringLiteral("shipping_price"), QStringLiteral("0.00")},
                           {QStringLiteral("promotion_discount"), QStringLiteral("0.00")}};
    return {{QStringLiteral("id"), id},
            {QStringLiteral("marketplace_id"), marketplace},
            {QStringLiteral("purchase_date"), QString(day + QStringLiteral("T10:00:00Z"))},
            {QStringLiteral("last_update_date"), QString(day + QStringLiteral("T11:00:00Z"))},
            {QStringLiteral("status"), status},
            {QStringLiteral("fulfillment_channel"), QStringLiteral("AFN")},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("order_total"), price},
            {QStringLiteral("items"), QJsonArray{item}}};
}

QJsonObject unitCost(const QString& sku, const QString& currency, const QString& cost, const QString& from)
{
    return {{QStringLiteral("sku"), sku},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("unit_cost"), cost},
            {QStringLiteral("effective_from"), from},
            {QStringLiteral("updated_at"), QStringLiteral("2026-01-20T09:00:00Z")}};
}

} // namespace

class TestCostGapQuery : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void missingCostsEqualBruteForceRankedByConvertedRevenue();
    void searchNarrowsTheGaps();
    void firstSaleIsPerSkuAndCurrency();
    void confirmedCostRecomputesCostOfGoodsWithoutSync();
    void nextSyncReplacesTheConfirmedCost();
    void malformedOrHostileAnswerWritesNothing();

private:
    bool fill(QString* error);
    qint64 scalar(const char* sql, const QStringList& args = {}) const;
    // Brute force over the raw orders: SKUs with a sold (not cancelled) unit that no unit cost of
    // the order's currency covers on its purchase day.
    QStringList bruteForceGaps() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheWriter> m_writer;
    std::unique_ptr<CacheQuery> m_query;
};

void TestCostGapQuery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QVERIFY2(fill(&error), qPrintable(error));
    CipherDatabase::OpenError openError = CipherDatabase::OpenError::None;
    auto reader = CipherDatabase::open(m_dir->filePath(QStringLiteral("cache.db")), kKey, CipherDatabase::Role::Reader,
                                       &openError, &error);
    QVERIFY2(reader, qPrintable(error));
    m_query = std::make_unique<CacheQuery>(std::move(reader));
}

void TestCostGapQuery::cleanup()
{
    m_query.reset();
    m_writer.reset();
    m_dir.reset();
}

bool TestCostGapQuery::fill(QString* error)
{
    m_writer = std::make_unique<CacheWriter>();
    if (m_writer->openFile(m_dir->filePath(QStringLiteral("cache.db")), kKey, error) != CipherDatabase::OpenError::None)
        return false;
    const QJsonArray marketplaces{QJsonObject{{QStringLiteral("id"), QStringLiteral("A1PA6795UKMFR9")},
                                              {QStringLiteral("country_code"), QStringLiteral("DE")},
                                              {QStringLiteral("name"), QStringLiteral("Amazon.de")},
                                              {QStringLiteral("currency"), QStringLiteral("EUR")},
                                              {QStringLiteral("region"), QStringLiteral("eu")}},
                                  QJsonObject{{QStringLiteral("id"), QStringLiteral("A1F83G8C2ARO7P")},
                                              {QStringLiteral("country_code"), QStringLiteral("GB")},
                                              {QStringLiteral("name"), QStringLiteral("Amazon.co.uk")},
                                              {QStringLiteral("currency"), QStringLiteral("GBP")},
                                              {QStringLiteral("region"), QStringLiteral("eu")}},
                                  QJsonObject{{QStringLiteral("id"), QStringLiteral("ATVPDKIKX0DER")},
                                              {QStringLiteral("country_code"), QStringLiteral("US")},
                                              {QStringLiteral("name"), QStringLiteral("Amazon.com")},
                                              {QStringLiteral("currency"), QStringLiteral("USD")},
                                              {QStringLiteral("region"), QStringLiteral("na")}}};
    QJsonArray products;
    for (const char* sku : {"SKU-A", "SKU-B", "SKU-C", "SKU-D", "SKU-E"})
        products.append(QJsonObject{{QStringLiteral("sku"), QLatin1String(sku)},
                                    {QStringLiteral("asin"), QString(QStringLiteral("B0") + QLatin1String(sku))},
                                    {QStringLiteral("title"), QString(QStringLiteral("Product ") + QLatin1String(sku))},
                                    {QStringLiteral("marketplace_ids"), QJsonArray{QStringLiteral("A1PA6795UKMFR9")}},
                                    {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z")}});
    const QString de = QStringLiteral("A1PA6795UKMFR9"), uk = QStringLiteral("A1F83G8C2ARO7P"),
                  us = QStringLiteral("ATVPDKIKX0DER");
    // In EUR at the rates below: A 100 GBP (117.65) + 30 EUR = 147.65; B 140 USD = 127.27; D 50 EUR.
    // Raw cents would rank B (14,000) above A (13,000): the ranking must convert.
    const QJsonArray orders{
        order(QStringLiteral("302-0000001-0000001"), QStringLiteral("2026-01-05"), QStringLiteral("GBP"), uk,
              QStringLiteral("SKU-A"), 1, QStringLiteral("100.00")),
        order(QStringLiteral("302-0000001-0000002"), QStringLiteral("2026-01-03"), QStringLiteral("USD"), us,
              QStringLiteral("SKU-B"), 1, QStringLiteral("140.00")),
        order(QStringLiteral("302-0000001-0000003"), QStringLiteral("2026-01-04"), QStringLiteral("EUR"), de,
              QStringLiteral("SKU-C"), 2, QStringLiteral("20.00")),
        order(QStringLiteral("302-0000001-0000004"), QStringLiteral("2026-01-02"), QStringLiteral("EUR"), de,
              QStringLiteral("SKU-D"), 1, QStringLiteral("50.00")),
        order(QStringLiteral("302-0000001-0000005"), QStringLiteral("2026-01-06"), QStringLiteral("EUR"), de,
              QStringLiteral("SKU-A"), 3, QStringLiteral("30.00")),
        order(QStringLiteral("302-0000001-0000006"), QStringLiteral("2026-01-01"), QStringLiteral("EUR"), de,
              QStringLiteral("SKU-E"), 1, QStringLiteral("99.00"), QStringLiteral("Canceled")),
    };
    // C is costed from before its sale; D only from after its sale (still a gap).
    const QJsonArray costs{
        unitCost(QStringLiteral("SKU-C"), QStringLiteral("EUR"), QStringLiteral("4.00"), QStringLiteral("2026-01-01")),
        unitCost(QStringLiteral("SKU-D"), QStringLiteral("EUR"), QStringLiteral("9.00"), QStringLiteral("2026-01-10"))};
    const QJsonArray rates{
        QJsonObject{{QStringLiteral("date"), QStringLiteral("2026-01-02")},
                    {QStringLiteral("published_at"), QStringLiteral("2026-01-02T15:00:00Z")},
                    {QStringLiteral("rates"), QJsonObject{{QStringLiteral("GBP"), QStringLiteral("0.85")},
                                                          {QStringLiteral("USD"), QStringLiteral("1.10")}}}}};
    const struct
    {
        const char* resource;
        QJsonObject page;
    } pages[] = {{"marketplaces", QJsonObject{{QStringLiteral("marketplaces"), marketplaces}}},
                 {"products", listing("products", products, QStringLiteral("p1"))},
                 {"unit-costs", listing("unit_costs", costs, QStringLiteral("u1"))},
                 {"orders", listing("orders", orders, QStringLiteral("o1"))},
                 {"exchange-rates", listing("exchange_rates", rates, QStringLiteral("x1"))}};
    for (const auto& page : pages) {
        const CacheWriter::WriteResult result = m_writer->writePage(QLatin1String(page.resource), QString(), page.page);
        if (result.status != CacheWriter::WriteStatus::Written) {
            *error = QLatin1String(page.resource) + QStringLiteral(": ") + result.error;
            return false;
        }
    }
    return m_writer->finishRun(QDateTime(QDate(2026, 1, 20), QTime(0, 0), Qt::UTC), error);
}

qint64 TestCostGapQuery::scalar(const char* sql, const QStringList& args) const
{
    CipherDatabase::Statement s = ReadConnection::of(*m_query).prepare(sql);
    for (int i = 0; i < args.size(); ++i)
        s.bind(i + 1, args.at(i));
    return s.step() == CipherDatabase::Statement::Step::Row ? s.int64(0) : -1;
}

QStringList TestCostGapQuery::bruteForceGaps() const
{
    CipherDatabase::Statement s = ReadConnection::of(*m_query).prepare(
        "SELECT DISTINCT i.sku FROM order_items i JOIN orders o ON o.id = i.order_id WHERE o.status <> 'Canceled' "
        "AND i.quantity > 0 AND NOT EXISTS (SELECT 1 FROM unit_costs u WHERE u.sku = i.sku AND u.currency = o.currency "
        "AND u.effective_from <= substr(o.purchase_date, 1, 10)) ORDER BY i.sku");
    QStringList skus;
    while (s.step() == CipherDatabase::Statement::Step::Row)
        skus << s.text(0);
    return skus;
}

void TestCostGapQuery::missingCostsEqualBruteForceRankedByConvertedRevenue()
{
    const CostGapQuery gaps(*m_query);
    const QStringList expected = bruteForceGaps();
    QCOMPARE(expected, (QStringList{QStringLiteral("SKU-A"), QStringLiteral("SKU-B"), QStringLiteral("SKU-D")}));
    QCOMPARE(gaps.count(QString()), int(expected.size()));
    QStringList ranked;
    for (const ProductStockRow& row : gaps.page(QString(), 0, 10))
        ranked << row.sku;
    QCOMPARE(ranked, (QStringList{QStringLiteral("SKU-A"), QStringLiteral("SKU-B"), QStringLiteral("SKU-D")}));
    QVERIFY(gaps.lastError().isEmpty());
    // Paged like the products table.
    QCOMPARE(gaps.page(QString(), 1, 1).value(0).sku, QStringLiteral("SKU-B"));
}

void TestCostGapQuery::searchNarrowsTheGaps()
{
    const CostGapQuery gaps(*m_query);
    QCOMPARE(gaps.count(QStringLiteral("sku-b")), 1);
    QCOMPARE(gaps.count(QStringLiteral("SKU-C")), 0); // costed: not a gap whatever it matches
    // The user's text is a bound value: SQL in it is only text to match.
    QCOMPARE(gaps.count(QStringLiteral("' OR 1=1 --")), 0);
    QCOMPARE(gaps.count(QStringLiteral("%")), 0);
}

void TestCostGapQuery::firstSaleIsPerSkuAndCurrency()
{
    const CostGapQuery gaps(*m_query);
    QCOMPARE(gaps.firstSale(QStringLiteral("SKU-A"), QStringLiteral("GBP")), QDate(2026, 1, 5));
    QCOMPARE(gaps.firstSale(QStringLiteral("SKU-A"), QStringLiteral("EUR")), QDate(2026, 1, 6));
    QCOMPARE(gaps.firstSale(QStringLiteral("SKU-A"), QStringLiteral("USD")), QDate());
    QCOMPARE(gaps.firstSale(QStringLiteral("SKU-E"), QStringLiteral("EUR")), QDate()); // only a cancelled order
}

void TestCostGapQuery::confirmedCostRecomputesCostOfGoodsWithoutSync()
{
    const char* cogs = "SELECT sum(cogs_cents) FROM summary_product_day WHERE sku = ?1 AND currency = ?2";
    const char* uncosted = "SELECT sum(uncosted_units) FROM summary_product_day WHERE sku = ?1 AND currency = ?2";
    QCOMPARE(scalar(uncosted, {QStringLiteral("SKU-A"), QStringLiteral("EUR")}), 3);
    QString error;
    QVERIFY2(m_writer->writeConfirmedUnitCosts({unitCost(QStringLiteral("SKU-A"), QStringLiteral("EUR"),
                                                         QStringLiteral("2.00"), QStringLiteral("2026-01-06"))},
                                               &error),
             qPrintable(error));
    QCOMPARE(scalar(cogs, {QStringLiteral("SKU-A"), QStringLiteral("EUR")}), 3 * 200);
    QCOMPARE(scalar(uncosted, {QStringLiteral("SKU-A"), QStringLiteral("EUR")}), 0);
    QCOMPARE(scalar("SELECT sum(cogs_cents) FROM summary_daily WHERE day = '2026-01-06' AND currency = 'EUR'"), 600);
    // Still a gap in GBP; costed there too, it leaves the list.
    QCOMPARE(CostGapQuery(*m_query).count(QString()), 3);
    QVERIFY(m_writer->writeConfirmedUnitCosts({unitCost(QStringLiteral("SKU-A"), QStringLiteral("GBP"),
                                                        QStringLiteral("5.00"), QStringLiteral("2026-01-05"))},
                                              &error));
    QCOMPARE(CostGapQuery(*m_query).count(QString()), 2);
    QCOMPARE(bruteForceGaps(), (QStringList{QStringLiteral("SKU-B"), QStringLiteral("SKU-D")}));
    // No cursor moved: the next sync lists unit costs from where it stood.
    QCOMPARE(m_writer->state().cursors.value(QStringLiteral("unit-costs")), QStringLiteral("u1"));
}

void TestCostGapQuery::nextSyncReplacesTheConfirmedCost()
{
    QString error;
    QVERIFY(m_writer->writeConfirmedUnitCosts({unitCost(QStringLiteral("SKU-B"), QStringLiteral("USD"),
                                                        QStringLiteral("7.00"), QStringLiteral("2026-01-03"))},
                                              &error));
    QCOMPARE(scalar("SELECT cogs_cents FROM summary_product_day WHERE sku = 'SKU-B'"), 700);
    // The listing brings the server's row for the same SKU, currency and day (changed meanwhile elsewhere).
    const CacheWriter::WriteResult result =
        m_writer->writePage(QStringLiteral("unit-costs"), QStringLiteral("u1"),
                            listing("unit_costs",
                                    {unitCost(QStringLiteral("SKU-B"), QStringLiteral("USD"), QStringLiteral("8.25"),
                                              QStringLiteral("2026-01-03"))},
                                    QStringLiteral("u2")));
    QCOMPARE(result.status, CacheWriter::WriteStatus::Written);
    QVERIFY2(m_writer->finishRun(QDateTime(QDate(2026, 1, 21), QTime(0, 0), Qt::UTC), &error), qPrintable(error));
    QCOMPARE(scalar("SELECT unit_cost_cents FROM unit_costs WHERE sku = 'SKU-B' AND currency = 'USD'"), 825);
    QCOMPARE(scalar("SELECT count(*) FROM unit_costs WHERE sku = 'SKU-B'"), 1);
    QCOMPARE(scalar("SELECT cogs_cents FROM summary_product_day WHERE sku = 'SKU-B'"), 825);
}

void TestCostGapQuery::malformedOrHostileAnswerWritesNothing()
{
    const qint64 costsBefore = scalar("SELECT count(*) FROM unit_costs");
    const qint64 cogsBefore = scalar("SELECT sum(cogs_cents) FROM summary_daily");
    QJsonObject missingField =
        unitCost(QStringLiteral("SKU-B"), QStringLiteral("USD"), QStringLiteral("1.00"), QStringLiteral("2026-01-03"));
    missingField.remove(QStringLiteral("updated_at"));
    const QJsonArray answers[] = {
        {unitCost(QStringLiteral("SKU-B"), QStringLiteral("USD"), QStringLiteral("-1.00"),
                  QStringLiteral("2026-01-03"))},
        {unitCost(QStringLiteral("SKU-B"), QStringLiteral("USD"), QStringLiteral("1.00"), QStringLiteral("2026-1-3"))},
        {unitCost(QStringLiteral("SKU-B"), QStringLiteral("USD"), QStringLiteral("1.00"),
                  QStringLiteral("2026-01-03' OR '1'='1"))},
        {missingField},
        // One good row beside a bad one: the whole answer is refused, as a bad page is.
        {unitCost(QStringLiteral("SKU-D"), QStringLiteral("EUR"), QStringLiteral("1.00"), QStringLiteral("2026-01-01")),
         QJsonValue(QStringLiteral("not an object"))},
    };
    for (const QJsonArray& answer : answers) {
        QString error;
        QVERIFY(!m_writer->writeConfirmedUnitCosts(answer, &error));
        QVERIFY(!error.isEmpty());
    }
    QCOMPARE(scalar("SELECT count(*) FROM unit_costs"), costsBefore);
    QCOMPARE(scalar("SELECT sum(cogs_cents) FROM summary_daily"), cogsBefore);
    // A closed cache: a clear error, nothing else.
    m_writer->closeFile();
    QString error;
    QVERIFY(!m_writer->writeConfirmedUnitCosts({unitCost(QStringLiteral("SKU-D"), QStringLiteral("EUR"),
                                                         QStringLiteral("1.00"), QStringLiteral("2026-01-01"))},
                                               &error));
    QCOMPARE(error, QStringLiteral("The offline cache is not open."));
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestCostGapQuery)
#include "TestCostGapQuery.moc"
