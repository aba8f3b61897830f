// FinancialEventsQuery over a real SQLCipher file: filters, sort orders, keyset pages, and totals
// per currency that are never added across currencies.
#include "CacheQueryFixture.h"

#include <QTest>

namespace sp::test {

namespace {

QString insertEvent(const QString& id, const QString& type, const QString& charge, const QString& posted,
                    const QString& marketplace, const QString& currency, int cents, const QString& orderId)
{
    return QStringLiteral("INSERT INTO financial_events (id, type, charge, posted_at, marketplace_id, currency, "
                          "amount_cents, order_id, order_item_id, sku) VALUES ('%1', '%2', '%3', '%4', '%5', '%6', "
                          "%7, %8, NULL, 'SKU-1')")
        .arg(id, type, charge, posted, marketplace, currency)
        .arg(cents)
        .arg(orderId.isEmpty() ? QStringLiteral("NULL") : QLatin1Char('\'') + orderId + QLatin1Char('\''));
}

QStringList ids(const QList<FinancialEventRow>& rows)
{
    QStringList result;
    for (const FinancialEventRow& row : rows)
        result << row.id;
    return result;
}

} // namespace

class TestFinancialEventsQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(
            m_file.create({QStringLiteral("INSERT INTO marketplaces (id, country_code, name, currency, region) VALUES "
                                          "('DE', 'DE', 'Amazon.de', 'EUR', 'eu'), ('FR', 'FR', 'Amazon.fr', 'EUR', "
                                          "'eu'), ('UK', 'GB', 'Amazon.co.uk', 'GBP', 'eu'), ('US', 'US', "
                                          "'Amazon.com', 'USD', 'na')"),
                           insertEvent(QStringLiteral("fe-1"), QStringLiteral("shipment"), QStringLiteral("Principal"),
                                       QStringLiteral("2026-02-01T10:00:00Z"), QStringLiteral("DE"),
                                       QStringLiteral("EUR"), 2000, QStringLiteral("302-1")),
                           insertEvent(QStringLiteral("fe-2"), QStringLiteral("shipment"), QStringLiteral("Commission"),
                                       QStringLiteral("2026-02-01T10:00:00Z"), QStringLiteral("DE"),
                                       QStringLiteral("EUR"), -300, QStringLiteral("302-1")),
                           insertEvent(QStringLiteral("fe-3"), QStringLiteral("refund"), QStringLiteral("Principal"),
                                       QStringLiteral("2026-02-03T10:00:00Z"), QStringLiteral("FR"),
                                       QStringLiteral("EUR"), -1000, QStringLiteral("302-2")),
                           insertEvent(QStringLiteral("fe-4"), QStringLiteral("service_fee"),
                                       QStringLiteral("Subscription"), QStringLiteral("2026-02-04T00:00:00Z"),
                                       QStringLiteral("UK"), QStringLiteral("GBP"), -3999, QString()),
                           insertEvent(QStringLiteral("fe-5"), QStringLiteral("shipment"), QStringLiteral("Principal"),
                                       QStringLiteral("2026-02-05T10:00:00Z"), QStringLiteral("UK"),
                                       QStringLiteral("GBP"), 1500, QStringLiteral("203-9"))},
                          &error),
            qPrintable(error));
        m_cache = m_file.open(&error);
        QVERIFY2(m_cache, qPrintable(error));
    }

    void countsAndPagesWhatTheFilterMatches()
    {
        const FinancialEventsQuery& events = m_cache->financialEvents();
        QCOMPARE(events.count(FinancialEventFilter{}), 5);
        FinancialEventFilter filter;
        filter.search = QStringLiteral("302-1"); // order id
        QCOMPARE(events.count(filter), 2);
        filter.search = QStringLiteral("fe-_"); // `_` is itself: no event id has one
        QCOMPARE(events.count(filter), 0);
        filter = FinancialEventFilter{};
        filter.type = QStringLiteral("shipment");
        filter.marketplaceId = QStringLiteral("DE");
        QCOMPARE(ids(events.page(filter, FinancialEventSort::Amount, Qt::AscendingOrder, 0, 10)),
                 QStringList({QStringLiteral("fe-2"), QStringLiteral("fe-1")}));
        filter = FinancialEventFilter{};
        filter.from = QDate(2026, 2, 3);
        filter.to = QDate(2026, 2, 4); // whole UTC days: fe-4 at midnight of the 4th is in
        QCOMPARE(ids(events.page(filter, FinancialEventSort::PostedAt, Qt::AscendingOrder, 0, 10)),
                 QStringList({QStringLiteral("fe-3"), QStringLiteral("fe-4")}));
        filter.type = QStringLiteral("refund' OR '1'='1");
        QCOMPARE(events.count(filter), 0);
        QVERIFY(events.lastError().isEmpty());

        const FinancialEventRow row =
            events.page(FinancialEventFilter{}, FinancialEventSort::Charge, Qt::AscendingOrder, 0, 1).value(0);
        QCOMPARE(row.id, QStringLiteral("fe-2"));
        QCOMPARE(row.amountCents, -300);
        QCOMPARE(row.currency, QStringLiteral("EUR"));
        QCOMPARE(row.orderId, QStringLiteral("302-1"));
        QCOMPARE(row.sku, QStringLiteral("SKU-1"));
    }

    // Equal posting times: the id breaks the tie, and a page after the row above is the OFFSET page.
    void keysetPagesMatchOffsetPages()
    {
        const FinancialEventsQuery& events = m_cache->financialEvents();
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (int size = 1; size <= 3; ++size) {
                const QList<FinancialEventRow> first =
                    events.page(FinancialEventFilter{}, FinancialEventSort::PostedAt, order, 0, size);
                QCOMPARE(first.size(), size);
                const QList<FinancialEventRow> byOffset =
                    events.page(FinancialEventFilter{}, FinancialEventSort::PostedAt, order, size, 5);
                const QList<FinancialEventRow> byKey = events.page(FinancialEventFilter{}, FinancialEventSort::PostedAt,
                                                                   order, size, 5, &first.constLast());
                QCOMPARE(ids(byKey), ids(byOffset));
                QCOMPARE(byKey.size(), 5 - size);
            }
        }
    }

    // One sum per currency, sorted by currency; a currency without a matching event has no total.
    void totalsArePerCurrency()
    {
        const FinancialEventsQuery& events = m_cache->financialEvents();
        const QList<CurrencyAmount> all = events.totals(FinancialEventFilter{});
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).currency, QStringLiteral("EUR"));
        QCOMPARE(all.at(0).cents, 700);
        QCOMPARE(all.at(1).currency, QStringLiteral("GBP"));
        QCOMPARE(all.at(1).cents, -2499);
        FinancialEventFilter refunds;
        refunds.type = QStringLiteral("refund");
        const QList<CurrencyAmount> some = events.totals(refunds);
        QCOMPARE(some.size(), 1);
        QCOMPARE(some.at(0).cents, -1000);
        QVERIFY(events.lastError().isEmpty());
        QVERIFY(events.types().contains(QStringLiteral("service_fee")));
    }

private:
    CacheQueryFixture m_file;
    std::unique_ptr<CacheQuery> m_cache;
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestFinancialEventsQuery)
#include "TestFinancialEventsQuery.moc"
