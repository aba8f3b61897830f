// Issue 17: the settlements (payouts) synced from the real sandbox into the real SQLCipher file. The
// cache's settlements equal the server's listing field for field, every event carries its settlement,
// and every closed settlement's original total is exactly the sum of its cached events + the reserve
// released - the reserve held: after the first sync (a bulk load), after a clock advance (the open
// group grows and closes, an incremental sync), and after a cache of schema 9 (events without a
// settlement) is migrated and synced again (its events' cursor reset). A hostile or malformed page
// of settlements is refused whole.
#include "SyncHarness.h"

#include "SandboxProcess.h"
#include "cache/CacheFiles.h"
#include "cache/CacheQuery.h"
#include "cache/CacheSchema.h"
#include "cache/PageDecoder.h"
#include "cache/PayoutsQuery.h"
#include "cache/ReadConnection.h"
#include "sync/SyncController.h"

#include <QTemporaryDir>

namespace sp::test {

namespace {

constexpr int kDemoOrders = 900;

// One settlement as a comparable line, from the server's JSON.
QString serverLine(const QJsonObject& g)
{
    const QJsonValue date = g.value(QStringLiteral("fund_transfer_date"));
    QStringList parts;
    for (const char* key : {"id", "marketplace_id", "currency", "status", "period_start", "period_end"})
        parts << g.value(QLatin1String(key)).toString();
    for (const char* key : {"beginning_balance_cents", "original_total_cents", "reserve_held_cents",
                            "reserve_released_cents", "event_count"})
        parts << QString::number(qint64(g.value(QLatin1String(key)).toDouble()));
    parts << g.value(QStringLiteral("fund_transfer_status")).toString()
          << (date.isNull() ? QStringLiteral("null") : date.toString())
          << g.value(QStringLiteral("account_tail")).toString() << g.value(QStringLiteral("updated_at")).toString();
    return parts.join(QLatin1Char('|'));
}

QJsonObject settlementJson()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("FEG-EUR-0001")},
                       {QStringLiteral("marketplace_id"), QStringLiteral("A1PA6795UKMFR9")},
                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                       {QStringLiteral("status"), QStringLiteral("closed")},
                       {QStringLiteral("period_start"), QStringLiteral("2026-01-01T00:00:00Z")},
                       {QStringLiteral("period_end"), QStringLiteral("2026-01-15T00:00:00Z")},
                       {QStringLiteral("beginning_balance_cents"), 1200},
                       {QStringLiteral("original_total_cents"), 45011},
                       {QStringLiteral("reserve_held_cents"), 1392},
                       {QStringLiteral("reserve_released_cents"), 1200},
                       {QStringLiteral("event_count"), 17},
                       {QStringLiteral("fund_transfer_status"), QStringLiteral("Processing")},
                       {QStringLiteral("fund_transfer_date"), QStringLiteral("2026-01-18T00:00:00Z")},
                       {QStringLiteral("account_tail"), QStringLiteral("042")},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-01-15T00:00:00Z")}};
}

QJsonObject pageOf(const QJsonArray& rows, const char* key = "settlements")
{
    return QJsonObject{{QLatin1String(key), rows},
                       {QStringLiteral("next_cursor"), QStringLiteral("c1")},
                       {QStringLiteral("has_more"), false}};
}

} // namespace

class TestSettlementsSync : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    Client m_client;
    std::unique_ptr<SyncController> m_sync;

    CipherDatabase& db() { return ReadConnection::of(*m_sync->query()); }
    QString cachePath()
    {
        return CacheFiles::databasePath(CacheFiles::accountDir(*m_client.profile, m_client.session->account().id));
    }
    void newController()
    {
        m_sync = std::make_unique<SyncController>(m_client.session.get(), &m_client.keychain, &*m_client.profile,
                                                  &m_client.clock);
        m_sync->setRetryBudgetMs(60000);
    }
    bool sync(bool first)
    {
        QSignalSpy finished(m_sync.get(), &SyncController::syncFinished);
        first ? m_sync->open() : m_sync->syncNow();
        return finished.wait(300000) && finished.last().at(0).toBool();
    }

    // The cache against the server: the settlements field for field, the events' settlement ids, and
    // every closed settlement's total against its cached events.
    void compareWithServer()
    {
        const auto listed = listAll(m_client, QStringLiteral("/v1/settlements"), QStringLiteral("settlements"));
        QVERIFY(listed);
        QMap<QString, QString> server;
        for (const QJsonValue& value : *listed) // a changed group comes again: the latest wins
            server.insert(value.toObject().value(QStringLiteral("id")).toString(), serverLine(value.toObject()));
        QVERIFY(server.size() > 10); // 18 months of three currencies
        QMap<QString, QString> cache;
        CipherDatabase::Statement s = db().prepare(
            "SELECT id, marketplace_id, currency, status, period_start, period_end, beginning_balance_cents, "
            "original_total_cents, reserve_held_cents, reserve_released_cents, event_count, fund_transfer_status, "
            "fund_transfer_date, account_tail, updated_at FROM settlements");
        while (s.step() == CipherDatabase::Statement::Step::Row) {
            QStringList parts;
            for (int c = 0; c < 15; ++c)
                parts << (s.isNull(c) ? QStringLiteral("null") : s.text(c));
            cache.insert(s.text(0), parts.join(QLatin1Char('|')));
        }
        for (auto it = server.cbegin(); it != server.cend(); ++it)
            QVERIFY2(
                cache.value(it.key()) == it.value(),
                qPrintable(
                    QStringLiteral("%1: cache '%2', server '%3'").arg(it.key(), cache.value(it.key()), it.value())));
        QCOMPARE(cache.size(), server.size());

        // Every event names a settlement the cache holds, and the events the server lists are the cache's.
        const auto events =
            listAll(m_client, QStringLiteral("/v1/financial-events"), QStringLiteral("financial_events"));
        QVERIFY(events);
        QMap<QString, QString> serverEvents;
        for (const QJsonValue& value : *events)
            serverEvents.insert(value.toObject().value(QStringLiteral("id")).toString(),
                                value.toObject().value(QStringLiteral("settlement_id")).toString());
        QMap<QString, QString> cacheEvents;
        CipherDatabase::Statement e = db().prepare("SELECT id, settlement_id FROM financial_events");
        while (e.step() == CipherDatabase::Statement::Step::Row)
            cacheEvents.insert(e.text(0), e.text(1));
        QCOMPARE(cacheEvents.size(), serverEvents.size());
        QVERIFY(cacheEvents == serverEvents);
        QCOMPARE(db().scalar("SELECT count(*) FROM financial_events WHERE settlement_id IS NULL OR settlement_id "
                             "NOT IN (SELECT id FROM settlements)"),
                 0);

        // original_total = Σ events + released - held, for every closed one; the counts for all.
        CipherDatabase::Statement g = db().prepare(
            "SELECT s.id, s.status, s.original_total_cents, s.reserve_released_cents, s.reserve_held_cents, "
            "s.event_count, (SELECT coalesce(sum(e.amount_cents), 0) FROM financial_events e "
            "WHERE e.settlement_id = s.id), (SELECT count(*) FROM financial_events e WHERE e.settlement_id = s.id) "
            "FROM settlements s");
        int closed = 0;
        while (g.step() == CipherDatabase::Statement::Step::Row) {
            const QString id = g.text(0);
            QVERIFY2(g.int64(5) == g.int64(7), qPrintable(id + QStringLiteral(": event count")));
            if (g.text(1) != QLatin1String("closed"))
                continue;
            ++closed;
            const qint64 sum = g.int64(6) + g.int64(3) - g.int64(4);
            QVERIFY2(g.int64(2) == sum, qPrintable(QStringLiteral("%1: total %2, events %3 + %4 - %5")
                                                       .arg(id)
                                                       .arg(g.int64(2))
                                                       .arg(g.int64(6))
                                                       .arg(g.int64(3))
                                                       .arg(g.int64(4))));
        }
        QVERIFY(closed > 10);
        QCOMPARE(db().scalar("SELECT count(*) FROM settlements WHERE status = 'open'"), 3); // one per currency
    }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.demoOrders = kDemoOrders;
        options.seed = 17;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QVERIFY(m_client.init(m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates()));
        newController();
        QVERIFY(m_client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        QVERIFY2(sync(true), qPrintable(m_sync->lastError()));
    }

    void cacheEqualsTheServerAfterTheFirstSync()
    {
        compareWithServer();
        QCOMPARE(db().scalar("SELECT item_count FROM sync_state WHERE resource = 'settlements'"),
                 db().scalar("SELECT count(*) FROM settlements"));
    }

    // The Payouts page's reads (PayoutsQuery): every settlement listed newest first, and each one's
    // breakdown made of its events (by part, the fees by charge) and reserves, adding up to its total.
    void payoutsQueryReconcilesEverySettlement()
    {
        const PayoutsQuery payouts(*m_sync->query());
        const QList<PayoutRow> rows = payouts.list();
        QVERIFY2(payouts.lastError().isEmpty(), qPrintable(payouts.lastError()));
        QCOMPARE(qint64(rows.size()), db().scalar("SELECT count(*) FROM settlements"));
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows.at(i - 1).periodStart >= rows.at(i).periodStart);
        int fees = 0;
        for (const PayoutRow& row : rows) {
            const PayoutBreakdown b = payouts.breakdown(row.id);
            QVERIFY(b.found);
            QCOMPARE(b.payout.originalTotalCents, row.originalTotalCents);
            QCOMPARE(b.cachedEvents, row.eventCount);
            qint64 sum = 0;
            for (const PayoutLine& line : b.lines) {
                sum += line.cents;
                fees += line.part == PayoutPart::Fee ? 1 : 0;
                if (line.part == PayoutPart::Fee)
                    QVERIFY(line.type.isEmpty()); // by charge alone
            }
            QCOMPARE(sum, row.originalTotalCents);
            QCOMPARE(b.differenceCents, 0);
        }
        QVERIFY(fees > 0);
        QVERIFY(!payouts.breakdown(QStringLiteral("no-such-settlement")).found);
        // The breakdown's statement (PayoutsQuery) reads the covering index alone, in its order: no
        // row, no sort (payouts.page_ms on the 1,000,000-order cache depends on it).
        CipherDatabase::Statement plan = db().prepare(
            "EXPLAIN QUERY PLAN SELECT type, charge, sum(amount_cents), count(*), count(DISTINCT order_id) "
            "FROM financial_events WHERE settlement_id = ?1 GROUP BY type, charge");
        plan.bind(1, rows.first().id);
        QStringList steps;
        while (plan.step() == CipherDatabase::Statement::Step::Row)
            steps << plan.text(3);
        const QString described = steps.join(QLatin1String("; "));
        QVERIFY2(described.contains(QLatin1String("COVERING INDEX financial_events_by_settlement")),
                 qPrintable(described));
        QVERIFY2(!described.contains(QLatin1String("GROUP BY")), qPrintable(described));
        QCOMPARE(PayoutsQuery::partOf(QStringLiteral("refund"), QStringLiteral("RefundCommission")), PayoutPart::Fee);
        QCOMPARE(PayoutsQuery::partOf(QStringLiteral("refund"), QStringLiteral("Principal")), PayoutPart::Refunds);
        QCOMPARE(PayoutsQuery::partOf(QStringLiteral("shipment"), QStringLiteral("Tax")), PayoutPart::Sales);
        QCOMPARE(PayoutsQuery::partOf(QStringLiteral("service_fee"), QStringLiteral("StorageFee")), PayoutPart::Fee);
        QCOMPARE(PayoutsQuery::partOf(QStringLiteral("advertising"), QStringLiteral("Advertising")),
                 PayoutPart::Advertising);
        QCOMPARE(PayoutsQuery::partOf(QStringLiteral("something_new"), QStringLiteral("X")), PayoutPart::Other);
    }

    // 20 days on: the open groups close (reserves held, transfers under way) and new ones open.
    void cacheEqualsTheServerAfterAClockAdvance()
    {
        const qint64 before = db().scalar("SELECT count(*) FROM settlements");
        QVERIFY(m_sandbox.advanceClock(QJsonObject{{QStringLiteral("seconds"), 20 * 86400}}));
        QVERIFY2(sync(false), qPrintable(m_sync->lastError()));
        QVERIFY(db().scalar("SELECT count(*) FROM settlements") > before);
        compareWithServer();
    }

    // A cache of schema 9 (its events synced without settlement_id, no settlements) is migrated when
    // opened: the events' cursor is reset, so the next sync lists them again and fills settlement_id in,
    // without duplicates, and lists the settlements.
    void migrationFromSchema9RefetchesTheEvents()
    {
        const qint64 events = db().scalar("SELECT count(*) FROM financial_events");
        m_sync.reset();
        {
            const SecureBytes key = cacheKeyFromKeychain(*m_client.profile, m_client.session->account().id);
            CipherDatabase::OpenError openError{};
            QString error;
            auto writer =
                CipherDatabase::open(cachePath(), key.toByteArray(), CipherDatabase::Role::Writer, &openError, &error);
            QVERIFY2(writer, qPrintable(error));
            QVERIFY2(writer->exec("DROP INDEX financial_events_by_settlement;"
                                  "ALTER TABLE financial_events DROP COLUMN settlement_id;"
                                  "DROP TABLE settlements;"
                                  "DROP TABLE expenses;"         // schema 11's, after the settlements'
                                  "DROP TABLE whatif_scenarios;" // schema 12's (issue 18)
                                  "DROP TABLE alerts;"           // 13's
                                  "DROP TABLE restock_settings;" // 14's
                                  "DELETE FROM sync_state WHERE resource IN ('settlements', 'expenses', "
                                  "'restock-settings');"),
                     qPrintable(writer->lastError()));
            QVERIFY(writer->setUserVersion(9));
            QCOMPARE(writer->scalar("SELECT count(*) FROM sync_state WHERE resource = 'financial-events' "
                                    "AND cursor IS NOT NULL"),
                     1);
            writer->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        newController();
        QVERIFY2(sync(true), qPrintable(m_sync->lastError()));
        QCOMPARE(db().userVersion(), CacheSchema::kCurrentVersion);
        QCOMPARE(db().scalar("SELECT count(*) FROM financial_events"), events);
        QCOMPARE(db().scalar("SELECT count(*) FROM meta WHERE key LIKE 'bulk_load:%'"), 0);
        compareWithServer();
    }

    void goodPageIsDecoded()
    {
        DecodedPage page;
        QString error;
        QJsonObject open = settlementJson();
        open.insert(QStringLiteral("status"), QStringLiteral("open"));
        open.insert(QStringLiteral("fund_transfer_status"), QStringLiteral("Pending"));
        open.insert(QStringLiteral("fund_transfer_date"), QJsonValue::Null);
        open.insert(QStringLiteral("original_total_cents"), -2500); // fees can exceed the sales
        QVERIFY2(PageDecoder::decode(QStringLiteral("settlements"), pageOf({settlementJson(), open}), &page, &error),
                 qPrintable(error));
        QCOMPARE(page.settlements.size(), 2);
        QCOMPARE(page.settlements.at(0).originalTotalCents, 45011);
        QCOMPARE(page.settlements.at(0).accountTail, QStringLiteral("042"));
        QVERIFY(page.settlements.at(1).fundTransferDate.isNull());
        QCOMPARE(page.settlements.at(1).originalTotalCents, -2500);
        QCOMPARE(page.rowCount(), 2);
    }

    void hostilePageIsRefusedWhole_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("a whole account number")
            << QStringLiteral("account_tail") << QJsonValue(QStringLiteral("DE89370400440532013000"));
        QTest::newRow("a tail of letters") << QStringLiteral("account_tail") << QJsonValue(QStringLiteral("12a4"));
        QTest::newRow("a tail as a number") << QStringLiteral("account_tail") << QJsonValue(42);
        QTest::newRow("unknown status") << QStringLiteral("status") << QJsonValue(QStringLiteral("paid"));
        QTest::newRow("unknown transfer status")
            << QStringLiteral("fund_transfer_status") << QJsonValue(QStringLiteral("Done"));
        QTest::newRow("lower-case currency") << QStringLiteral("currency") << QJsonValue(QStringLiteral("eur"));
        QTest::newRow("a negative reserve") << QStringLiteral("reserve_held_cents") << QJsonValue(-1);
        QTest::newRow("a fractional total") << QStringLiteral("original_total_cents") << QJsonValue(450.5);
        QTest::newRow("a total as text") << QStringLiteral("original_total_cents")
                                         << QJsonValue(QStringLiteral("450.11"));
        QTest::newRow("a huge total") << QStringLiteral("original_total_cents") << QJsonValue(1e300);
        QTest::newRow("a negative count") << QStringLiteral("event_count") << QJsonValue(-3);
        QTest::newRow("a period ending before it starts")
            << QStringLiteral("period_end") << QJsonValue(QStringLiteral("2025-12-31T00:00:00Z"));
        QTest::newRow("a time without a zone")
            << QStringLiteral("period_start") << QJsonValue(QStringLiteral("2026-01-01T00:00:00"));
        QTest::newRow("a time with fractions, without a zone")
            << QStringLiteral("updated_at") << QJsonValue(QStringLiteral("2026-01-15T00:00:00.123"));
        QTest::newRow("not a time") << QStringLiteral("fund_transfer_date") << QJsonValue(QStringLiteral("soon"));
        QTest::newRow("an empty id") << QStringLiteral("id") << QJsonValue(QStringLiteral(""));
        QTest::newRow("a missing id") << QStringLiteral("id") << QJsonValue(QJsonValue::Undefined);
    }

    // One bad row among good ones: nothing of the page is taken.
    void hostilePageIsRefusedWhole()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject bad = settlementJson();
        if (value.isUndefined())
            bad.remove(field);
        else
            bad.insert(field, value);
        DecodedPage page;
        QString error;
        QVERIFY(!PageDecoder::decode(QStringLiteral("settlements"), pageOf({settlementJson(), bad}), &page, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
    }

    // An event's settlement_id: absent or null is "not grouped"; anything but a non-empty string is refused.
    void eventSettlementIdIsChecked()
    {
        QJsonObject event{{QStringLiteral("id"), QStringLiteral("fe-1")},
                          {QStringLiteral("type"), QStringLiteral("shipment")},
                          {QStringLiteral("charge"), QStringLiteral("Principal")},
                          {QStringLiteral("posted_at"), QStringLiteral("2026-01-02T10:00:00Z")},
                          {QStringLiteral("marketplace_id"), QStringLiteral("A1PA6795UKMFR9")},
                          {QStringLiteral("currency"), QStringLiteral("EUR")},
                          {QStringLiteral("amount"), QStringLiteral("12.50")},
                          {QStringLiteral("order_id"), QJsonValue::Null},
                          {QStringLiteral("order_item_id"), QJsonValue::Null},
                          {QStringLiteral("sku"), QJsonValue::Null}};
        DecodedPage page;
        QString error;
        QVERIFY2(
            PageDecoder::decode(QStringLiteral("financial-events"), pageOf({event}, "financial_events"), &page, &error),
            qPrintable(error));
        QVERIFY(page.financialEvents.at(0).settlementId.isNull());
        for (const QJsonValue& id : {QJsonValue(QJsonValue::Null), QJsonValue(QStringLiteral("FEG-EUR-0001"))}) {
            event.insert(QStringLiteral("settlement_id"), id);
            DecodedPage withId;
            QVERIFY2(PageDecoder::decode(QStringLiteral("financial-events"), pageOf({event}, "financial_events"),
                                         &withId, &error),
                     qPrintable(error));
            QCOMPARE(withId.financialEvents.at(0).settlementId, id.toString());
        }
        for (const QJsonValue& bad : {QJsonValue(QString()), QJsonValue(7), QJsonValue(QJsonArray{})}) {
            event.insert(QStringLiteral("settlement_id"), bad);
            DecodedPage refused;
            QVERIFY(!PageDecoder::decode(QStringLiteral("financial-events"), pageOf({event}, "financial_events"),
                                         &refused, &error));
            QVERIFY2(error.contains(QStringLiteral("settlement_id")), qPrintable(error));
        }
    }

    void cleanupTestCase() { m_sync.reset(); }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSettlementsSync)
#include "TestSettlementsSync.moc"
