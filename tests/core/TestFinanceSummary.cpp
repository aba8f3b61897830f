// The finances page's count and totals per currency from the maintained summary (issue 15): the
// summary (summary_fee_day plus the changes logged since the last run's end) against a brute-force
// GROUP BY over financial_events, and FinancialEventsQuery::count/totals against a brute-force scan
// for a list of filters, after a real first sync (a bulk load) from the real sandbox into the real
// SQLCipher file, after a real incremental sync, in the middle of a run (changes logged, not yet
// summed), after events change amount, type, day and marketplace through the cache's own writer and
// are deleted, and for a cache written before the summaries existed (version 3) once migrated.
// Also: the summary is what answers (a summary row altered behind the triggers' back shows), and a
// pending rebuild or a search term falls back to the scan.
#include "SyncHarness.h"

#include "SandboxProcess.h"
#include "cache/BulkLoad.h"
#include "cache/CacheFiles.h"
#include "cache/CacheQuery.h"
#include "cache/CacheRowWriter.h"
#include "cache/CacheSchema.h"
#include "cache/ReadConnection.h"
#include "cache/summary/SalesSummary.h"
#include "sync/SyncController.h"

#include <QTemporaryDir>

namespace sp::test {

namespace {

constexpr int kDemoOrders = 1500;

struct Tally
{
    qint64 count = 0;
    QStringList totals; // "currency cents", by currency
};

QString day(const QDate& date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

// The reference: the matching events counted and summed per currency (the marketplaces' currencies,
// as the page shows them) by a scan written independently of the query classes.
Tally bruteForce(CipherDatabase& db, const FinancialEventFilter& f)
{
    const char* const where =
        " WHERE (?1 IS NULL OR type = ?1) AND (?2 IS NULL OR marketplace_id = ?2) AND (?3 IS NULL OR "
        "substr(posted_at, 1, 10) >= ?3) AND (?4 IS NULL OR substr(posted_at, 1, 10) <= ?4) AND (?5 IS NULL OR "
        "id LIKE ?5 OR order_id LIKE ?5 OR sku LIKE ?5)"; // the tests' terms hold no wildcard
    const auto bindAll = [&](CipherDatabase::Statement& s) {
        s.bind(1, f.type.isEmpty() ? QString() : f.type);
        s.bind(2, f.marketplaceId.isEmpty() ? QString() : f.marketplaceId);
        s.bind(3, day(f.from));
        s.bind(4, day(f.to));
        s.bind(5, f.search.isEmpty() ? QString() : QLatin1Char('%') + f.search + QLatin1Char('%'));
    };
    Tally tally;
    const QByteArray countSql = QByteArray("SELECT count(*) FROM financial_events") + where;
    CipherDatabase::Statement c = db.prepare(countSql.constData());
    bindAll(c);
    if (c.step() == CipherDatabase::Statement::Step::Row)
        tally.count = c.int64(0);
    const QByteArray totalsSql =
        QByteArray("SELECT currency, sum(amount_cents) FROM financial_events") + where
        + " AND currency IN (SELECT currency FROM marketplaces) GROUP BY currency ORDER BY currency";
    CipherDatabase::Statement t = db.prepare(totalsSql.constData());
    bindAll(t);
    while (t.step() == CipherDatabase::Statement::Step::Row)
        tally.totals << t.text(0) + QLatin1Char(' ') + QString::number(t.int64(1));
    return tally;
}

Tally fromQuery(const CacheQuery& query, const FinancialEventFilter& f)
{
    Tally tally;
    tally.count = query.financialEvents().count(f);
    for (const CurrencyAmount& amount : query.financialEvents().totals(f))
        tally.totals << amount.currency + QLatin1Char(' ') + QString::number(amount.cents);
    return tally;
}

QByteArray describe(const FinancialEventFilter& f)
{
    return QStringLiteral("filter <%1|%2|%3|%4|%5>")
        .arg(f.search, f.type, f.marketplaceId, day(f.from), day(f.to))
        .toUtf8();
}

// The rows of the summary as the readers see it (summary_fee_day plus the log) that differ from a
// GROUP BY of the events, both ways: 0 when they agree.
qint64 summaryDifferences(CipherDatabase& db)
{
    const char* const summary =
        "SELECT day, marketplace_id, currency, type, charge, sum(amount_cents), sum(events) FROM ("
        "SELECT day, marketplace_id, currency, type, charge, amount_cents, events FROM summary_fee_day UNION ALL "
        "SELECT day, marketplace_id, currency, type, charge, amount_cents, events FROM summary_event_delta) "
        "GROUP BY 1, 2, 3, 4, 5 HAVING sum(events) <> 0 OR sum(amount_cents) <> 0";
    const char* const events = "SELECT substr(posted_at, 1, 10), marketplace_id, currency, type, charge, "
                               "sum(amount_cents), count(*) FROM financial_events GROUP BY 1, 2, 3, 4, 5";
    const QByteArray missing = QByteArray("SELECT count(*) FROM (") + events + " EXCEPT " + summary + ')';
    const QByteArray extra = QByteArray("SELECT count(*) FROM (") + summary + " EXCEPT " + events + ')';
    return db.scalar(missing.constData(), -1) + db.scalar(extra.constData(), -1);
}

QStringList column(CipherDatabase& db, const char* sql)
{
    CipherDatabase::Statement s = db.prepare(sql);
    QStringList values;
    while (s.step() == CipherDatabase::Statement::Step::Row)
        values << s.text(0);
    return values;
}

// Every field alone, combinations, empty results and the edges of the day range, from the data.
QList<FinancialEventFilter> filters(CipherDatabase& db)
{
    QList<FinancialEventFilter> list{FinancialEventFilter{}};
    const QStringList types = column(db, "SELECT DISTINCT type FROM financial_events ORDER BY 1");
    const QStringList markets = column(db, "SELECT id FROM marketplaces ORDER BY 1");
    const QStringList days = column(db, "SELECT DISTINCT substr(posted_at, 1, 10) FROM financial_events ORDER BY 1");
    if (types.isEmpty() || markets.isEmpty() || days.isEmpty())
        return {};
    const QDate first = QDate::fromString(days.first(), Qt::ISODate);
    const QDate last = QDate::fromString(days.last(), Qt::ISODate);
    const QDate middle = QDate::fromString(days.at(days.size() / 2), Qt::ISODate);
    for (const QString& type : types)
        list.append({QString(), type, QString(), {}, {}});
    for (const QString& market : markets)
        list.append({QString(), QString(), market, {}, {}});
    const QList<std::pair<QDate, QDate>> ranges{{first, QDate()},
                                                {QDate(), last},
                                                {first, last},
                                                {first, first},
                                                {last, last},
                                                {middle, middle},
                                                {middle, QDate()},
                                                {QDate(), middle},
                                                {middle.addDays(1), last},
                                                {last.addDays(1), QDate()},
                                                {QDate(), first.addDays(-1)},
                                                {middle, middle.addDays(-1)},
                                                {first.addDays(-400), first.addDays(-1)}};
    for (const auto& [from, to] : ranges)
        list.append({QString(), QString(), QString(), from, to});
    list.append({QString(), types.first(), markets.last(), {}, {}});
    list.append({QString(), types.last(), markets.first(), middle.addDays(-3), middle.addDays(3)});
    list.append({QString(), QString(), markets.first(), middle, middle});
    list.append({QString(), QStringLiteral("shipment"), QString(), first, first});
    list.append({QString(), QStringLiteral("no-such-type"), QString(), {}, {}});
    list.append({QString(), QString(), QStringLiteral("NO-SUCH-MARKET"), first, last});
    // A search term keeps the scan: the same answers, capped counts.
    const QStringList ids = column(db, "SELECT id FROM financial_events ORDER BY row_id DESC LIMIT 1");
    list.append({ids.value(0).left(6), QString(), QString(), {}, {}});
    list.append({ids.value(0), QString(), QString(), {}, {}});
    list.append({QStringLiteral("zq-no-such-event"), types.first(), QString(), {}, {}});
    return list;
}

void compareWithBruteForce(const CacheQuery& query, CipherDatabase& db)
{
    const QList<FinancialEventFilter> list = filters(db);
    QVERIFY(list.size() > 25);
    for (const FinancialEventFilter& f : list) {
        const QByteArray what = describe(f);
        const Tally expected = bruteForce(db, f);
        const Tally found = fromQuery(query, f);
        QVERIFY2(query.lastError().isEmpty(), qPrintable(query.lastError()));
        const QByteArray counts =
            what + ": count " + QByteArray::number(found.count) + ", by scan " + QByteArray::number(expected.count);
        QVERIFY2(found.count == expected.count, counts.constData());
        const QString sums = QString::fromUtf8(what) + QStringLiteral(": ") + found.totals.join(QLatin1Char(','))
                             + QStringLiteral(" <> ") + expected.totals.join(QLatin1Char(','));
        QVERIFY2(found.totals == expected.totals, qPrintable(sums));
        // A scanned count (a search term) stops at the cap; one from the summary is exact anyway.
        const CappedCount capped = query.financialEvents().count(f, 10);
        if (capped.capped) {
            QCOMPARE(capped.count, qint64(10));
            QVERIFY2(expected.count > 10, what.constData());
        } else {
            QCOMPARE(capped.count, expected.count);
            QVERIFY2(f.search.isEmpty() || expected.count <= 10, what.constData()); // a scan always stops
        }
    }
}

std::unique_ptr<CipherDatabase> openFile(const QString& path, CipherDatabase::Role role)
{
    CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
    QString message;
    return CipherDatabase::open(path, QByteArray(32, '\x5a'), role, &error, &message);
}

DecodedPage::FinancialEvent sampleEvent(int n)
{
    static const char* const kTypes[][2] = {{"shipment", "Principal"},
                                            {"shipment", "Commission"},
                                            {"refund", "Principal"},
                                            {"service_fee", "StorageFee"},
                                            {"advertising", "Advertising"}};
    static const char* const kMarkets[][2] = {{"A1PA6795UKMFR9", "EUR"}, {"ATVPDKIKX0DER", "USD"}};
    DecodedPage::FinancialEvent e;
    e.id = QStringLiteral("fe-%1").arg(n, 5, 10, QLatin1Char('0'));
    e.type = QLatin1String(kTypes[n % 5][0]);
    e.charge = QLatin1String(kTypes[n % 5][1]);
    e.postedAt = QStringLiteral("2026-03-%1T%2:59:59Z")
                     .arg(1 + n % 20, 2, 10, QLatin1Char('0'))
                     .arg(n % 24, 2, 10, QLatin1Char('0'));
    e.marketplaceId = QLatin1String(kMarkets[n % 2][0]);
    e.currency = QLatin1String(kMarkets[n % 2][1]);
    e.orderId = QStringLiteral("302-%1").arg(n);
    e.sku = QStringLiteral("SKU-%1").arg(n % 7);
    e.amountCents = (n % 3 == 0 ? -1 : 1) * (100 + n * 13);
    return e;
}

bool writeEvents(CipherDatabase& db, const QList<DecodedPage::FinancialEvent>& events)
{
    DecodedPage page;
    page.resource = QStringLiteral("financial-events");
    page.financialEvents = events;
    CacheRowWriter rows(db);
    return rows.prepare() && db.begin() && rows.upsert(page, false) && db.commit();
}

const char* const kMarketplaces = "INSERT OR REPLACE INTO marketplaces (id, country_code, name, currency, region) "
                                  "VALUES ('A1PA6795UKMFR9', 'DE', 'Amazon.de', 'EUR', 'eu'), "
                                  "('ATVPDKIKX0DER', 'US', 'Amazon.com', 'USD', 'na')";

} // namespace

class TestFinanceSummary : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    Client m_client;
    std::unique_ptr<SyncController> m_sync;

    CipherDatabase& db() { return ReadConnection::of(*m_sync->query()); }
    const CacheQuery& cache() { return *m_sync->query(); }
    std::unique_ptr<CipherDatabase> openWriter()
    {
        const QString path =
            CacheFiles::databasePath(CacheFiles::accountDir(*m_client.profile, m_client.session->account().id));
        const SecureBytes key = cacheKeyFromKeychain(*m_client.profile, m_client.session->account().id);
        CipherDatabase::OpenError openError = CipherDatabase::OpenError::None;
        QString message;
        auto writer = CipherDatabase::open(path, key.toByteArray(), CipherDatabase::Role::Writer, &openError, &message);
        if (!writer)
            qWarning() << "cannot open the cache:" << message;
        return writer;
    }
    bool sync(bool first)
    {
        QSignalSpy finished(m_sync.get(), &SyncController::syncFinished);
        first ? m_sync->open() : m_sync->syncNow();
        return finished.wait(300000) && finished.last().at(0).toBool();
    }
    // The summary in step with the events, and the log empty (the run's end added it).
    void checkSummedAtTheRunsEnd()
    {
        QCOMPARE(db().scalar("SELECT count(*) FROM summary_event_delta"), 0);
        QCOMPARE(db().scalar("SELECT count(*) FROM summary_dirty_from"), 0);
        QCOMPARE(summaryDifferences(db()), 0);
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
        m_sync = std::make_unique<SyncController>(m_client.session.get(), &m_client.keychain, &*m_client.profile,
                                                  &m_client.clock);
        m_sync->setRetryBudgetMs(60000);
        QVERIFY(m_client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        QVERIFY2(sync(true), qPrintable(m_sync->lastError()));
    }

    void summaryEqualsTheEventsAfterTheBulkLoad()
    {
        QVERIFY(db().scalar("SELECT count(*) FROM financial_events") > kDemoOrders);
        QVERIFY(db().scalar("SELECT count(*) FROM marketplaces") > 1);
        checkSummedAtTheRunsEnd();
        compareWithBruteForce(cache(), db());
    }

    void summaryEqualsTheEventsAfterAnIncrementalSync()
    {
        const qint64 before = db().scalar("SELECT count(*) FROM financial_events");
        const auto advanced = m_sandbox.advanceClock(
            QJsonObject{{QStringLiteral("seconds"), 3 * 86400}, {QStringLiteral("changed_fraction"), 0.1}});
        QVERIFY(advanced);
        QVERIFY2(sync(false), qPrintable(m_sync->lastError()));
        QVERIFY(db().scalar("SELECT count(*) FROM financial_events") > before);
        checkSummedAtTheRunsEnd();
        compareWithBruteForce(cache(), db());
    }

    // The API never changes an event's amount, type or day and never deletes one, so what a sync would
    // do with such a change is done here through the cache's own writer (CacheRowWriter, as an
    // incremental sync writes), and events are deleted by SQL. Between a run's pages the changes are
    // only logged: the answers are the same then, and after the run's end has summed them.
    void summaryEqualsTheEventsWhenEventsChangeAndAreDeleted()
    {
        std::unique_ptr<CipherDatabase> writer = openWriter();
        QVERIFY(writer);
        CipherDatabase::Statement s =
            writer->prepare("SELECT id, type, charge, posted_at, marketplace_id, currency, order_id, order_item_id, "
                            "sku, amount_cents FROM financial_events ORDER BY row_id LIMIT 60 OFFSET 200");
        const QStringList markets = column(*writer, "SELECT id || ' ' || currency FROM marketplaces ORDER BY id");
        QList<DecodedPage::FinancialEvent> changed;
        for (int n = 0; s.step() == CipherDatabase::Statement::Step::Row; ++n) {
            DecodedPage::FinancialEvent e{s.text(0), s.text(1), s.text(2), s.text(3),  s.text(4), s.text(5),
                                          s.text(6), s.text(7), s.text(8), s.int64(9), QString()};
            // A new amount, type, day (earlier, later, across a month) or marketplace and currency.
            switch (n % 5) {
            case 0:
                e.amountCents = -e.amountCents + 7;
                break;
            case 1:
                e.type = e.type == QLatin1String("refund") ? QStringLiteral("shipment") : QStringLiteral("refund");
                break;
            case 2:
                e.postedAt = QDateTime::fromString(e.postedAt, Qt::ISODate).addDays(-40).toString(Qt::ISODate);
                break;
            case 3:
                e.postedAt = QStringLiteral("2025-12-31T23:59:59Z");
                break;
            default:
                e.marketplaceId = markets.at(n % markets.size()).section(QLatin1Char(' '), 0, 0);
                e.currency = markets.at(n % markets.size()).section(QLatin1Char(' '), 1, 1);
                break;
            }
            changed.append(e);
        }
        s.reset();
        QCOMPARE(changed.size(), 60);
        QVERIFY(writeEvents(*writer, changed));
        QVERIFY(writer->exec("DELETE FROM financial_events WHERE row_id IN (SELECT row_id FROM financial_events "
                             "ORDER BY row_id DESC LIMIT 25)"));
        QVERIFY(writer->exec("DELETE FROM financial_events WHERE id = (SELECT id FROM financial_events ORDER BY "
                             "row_id LIMIT 1 OFFSET 201)"));
        // The changes are logged, not yet summed: the readers' answers add the log.
        QVERIFY(db().scalar("SELECT count(*) FROM summary_event_delta") > 60);
        QCOMPARE(summaryDifferences(db()), 0);
        compareWithBruteForce(cache(), db());
        QVERIFY(SalesSummary::refresh(*writer));
        writer.reset();
        checkSummedAtTheRunsEnd();
        compareWithBruteForce(cache(), db());
    }

    // What answers without a search term is the summary: a summary row altered behind the triggers'
    // back shows in the count and totals (the scan does not see it), a search term does not. While a
    // rebuild is pending (a bulk load in progress or just ended, a new marketplace) the scan answers.
    void theSummaryAnswersUnlessARebuildIsPending()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        std::unique_ptr<CipherDatabase> writer = openFile(path, CipherDatabase::Role::Writer);
        QString message;
        QVERIFY(writer && CacheSchema::migrate(*writer, &message) == CacheSchema::Result::Ok);
        QVERIFY(writer->exec(kMarketplaces));
        QList<DecodedPage::FinancialEvent> events;
        for (int n = 0; n < 300; ++n)
            events.append(sampleEvent(n));
        QVERIFY(writeEvents(*writer, events));
        QVERIFY(SalesSummary::refresh(*writer));
        CacheQuery query(openFile(path, CipherDatabase::Role::Reader));
        CipherDatabase& reader = ReadConnection::of(query);
        QCOMPARE(summaryDifferences(reader), 0);
        compareWithBruteForce(query, reader);

        QVERIFY(writer->exec("UPDATE summary_fee_day SET events = events + 1000, amount_cents = amount_cents + 5 "
                             "WHERE (day, marketplace_id, currency, type, charge) = (SELECT day, "
                             "marketplace_id, currency, type, charge FROM summary_fee_day WHERE currency = 'EUR' "
                             "ORDER BY day LIMIT 1)"));
        const FinancialEventFilter all;
        const Tally scanned = bruteForce(reader, all);
        QCOMPARE(query.financialEvents().count(all), scanned.count + 1000);
        // From the summary: exact, never capped (the cap is for scans).
        QCOMPARE(query.financialEvents().count(all, 100).count, scanned.count + 1000);
        QVERIFY(!query.financialEvents().count(all, 100).capped);
        FinancialEventFilter searched;
        searched.search = QStringLiteral("fe-");
        QCOMPARE(query.financialEvents().count(searched), scanned.count);
        QCOMPARE(fromQuery(query, searched).totals, scanned.totals);
        QVERIFY(fromQuery(query, all).totals != scanned.totals);

        // A bulk load of the events in progress (BulkLoad's record): the scan answers.
        CipherDatabase::Statement record = writer->prepare("INSERT INTO meta (key, value) VALUES (?1, '[]')");
        record.bind(1, BulkLoad::recordKey(QStringLiteral("financial-events")));
        QVERIFY(record.run());
        compareWithBruteForce(query, reader);
        QVERIFY(writer->exec("DELETE FROM meta WHERE key LIKE 'bulk\\_load:%' ESCAPE '\\'"));
        QCOMPARE(query.financialEvents().count(all), scanned.count + 1000);
        QVERIFY(writer->exec("INSERT INTO summary_dirty_from (day) VALUES ('0000-01-01')"));
        compareWithBruteForce(query, reader); // the scan, until the run's end rebuilds the summary
        QVERIFY(SalesSummary::refresh(*writer));
        QCOMPARE(summaryDifferences(reader), 0);
        compareWithBruteForce(query, reader);
    }

    // A cache written before the summaries existed (schema version 3) is migrated when opened: the
    // scan answers until the first run's end has summarised every day, the summary after.
    void aVersion3CacheAnswersOnceMigrated()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        {
            std::unique_ptr<CipherDatabase> v3 = openFile(path, CipherDatabase::Role::Writer);
            QString message;
            QVERIFY(v3 && CacheSchema::migrate(*v3, &message, 3) == CacheSchema::Result::Ok);
            QVERIFY(v3->exec(kMarketplaces));
            QVERIFY(v3->begin());
            CipherDatabase::Statement insert = v3->prepare(
                "INSERT INTO financial_events (id, type, charge, posted_at, marketplace_id, currency, amount_cents, "
                "order_id, order_item_id, sku) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, ?9)");
            for (int n = 0; n < 400; ++n) {
                const DecodedPage::FinancialEvent e = sampleEvent(n);
                insert.bind(1, e.id);
                insert.bind(2, e.type);
                insert.bind(3, e.charge);
                insert.bind(4, e.postedAt);
                insert.bind(5, e.marketplaceId);
                insert.bind(6, e.currency);
                insert.bind(7, e.amountCents);
                insert.bind(8, e.orderId);
                insert.bind(9, e.sku);
                QVERIFY(insert.run());
            }
            QVERIFY(v3->commit());
        }
        std::unique_ptr<CipherDatabase> writer = openFile(path, CipherDatabase::Role::Writer);
        QString message;
        QVERIFY(writer && CacheSchema::migrate(*writer, &message) == CacheSchema::Result::Ok);
        QCOMPARE(writer->userVersion(), CacheSchema::kCurrentVersion);
        CacheQuery query(openFile(path, CipherDatabase::Role::Reader));
        CipherDatabase& reader = ReadConnection::of(query);
        QCOMPARE(reader.scalar("SELECT count(*) FROM summary_fee_day"), 0);
        compareWithBruteForce(query, reader);
        QVERIFY(SalesSummary::refresh(*writer));
        QVERIFY(reader.scalar("SELECT count(*) FROM summary_fee_day") > 0);
        QCOMPARE(summaryDifferences(reader), 0);
        compareWithBruteForce(query, reader);
    }

    void cleanupTestCase() { m_sync.reset(); }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestFinanceSummary)
#include "TestFinanceSummary.moc"
