// The orders' search index (schema v7) against a brute-force LIKE over the same cache: the orders
// found (ids, in page order), the first page, the exact and the capped count, for a list of terms,
// after a real first sync (a bulk load) from the real sandbox into the real SQLCipher file, after a
// real incremental sync, and after titles are changed and orders and items deleted in the file. Also:
// a version-6 cache gets its index when it is opened, and a bulk load in progress searches by scan.
#include "SyncHarness.h"

#include "SandboxProcess.h"
#include "cache/BulkLoad.h"
#include "cache/CacheFiles.h"
#include "cache/CacheQuery.h"
#include "cache/CacheRowWriter.h"
#include "cache/CacheSchema.h"
#include "cache/ReadConnection.h"
#include "sync/SyncController.h"

#include <QTemporaryDir>

namespace sp::test {

namespace {

constexpr int kDemoOrders = 6000; // terms matching up to 1000 orders and more (both plans)

// The test's own escaping, as the old search did it: %, _ and \ match themselves.
QString likePattern(const QString& term)
{
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The reference: every order whose id or any item's SKU, ASIN or title holds the term (LIKE), newest first.
QStringList bruteForce(CipherDatabase& db, const QString& term, const QString& status = QString())
{
    CipherDatabase::Statement s =
        db.prepare("SELECT o.id FROM orders o WHERE (o.id LIKE ?1 ESCAPE '\\' OR EXISTS (SELECT 1 FROM order_items i "
                   "WHERE i.order_id = o.id AND (i.sku LIKE ?1 ESCAPE '\\' OR i.asin LIKE ?1 ESCAPE '\\' "
                   "OR i.title LIKE ?1 ESCAPE '\\'))) AND (?2 IS NULL OR o.status = ?2) "
                   "ORDER BY o.purchase_date DESC, o.id DESC");
    s.bind(1, likePattern(term));
    s.bind(2, status);
    QStringList ids;
    while (s.step() == CipherDatabase::Statement::Step::Row)
        ids << s.text(0);
    return ids;
}

QStringList idsOf(const QList<OrderRow>& rows)
{
    QStringList ids;
    for (const OrderRow& row : rows)
        ids << row.id;
    return ids;
}

QStringList firstColumn(CipherDatabase& db, const char* sql, const QString& value = QString())
{
    CipherDatabase::Statement s = db.prepare(sql);
    if (!value.isNull())
        s.bind(1, value);
    QStringList values;
    while (s.step() == CipherDatabase::Statement::Step::Row)
        values << s.text(0);
    return values;
}

// Every way the orders table reads a search, against the brute force: all matches by purchase date and
// by id, the first page, the count (exact and capped), and with a status filter too.
void compareWithBruteForce(const CacheQuery& cache, CipherDatabase& db, const QStringList& terms)
{
    const OrdersQuery& orders = cache.orders();
    for (const QString& term : terms) {
        const QByteArray what = "term <" + term.toUtf8() + '>';
        OrderFilter filter;
        filter.search = term;
        const QStringList expected = bruteForce(db, term);
        const QStringList found = idsOf(orders.page(filter, OrderSort::PurchaseDate, Qt::DescendingOrder, 0, 1 << 30));
        QVERIFY2(orders.lastError().isEmpty(), qPrintable(orders.lastError()));
        const QByteArray sizes = what + ": " + QByteArray::number(found.size()) + " found, "
                                 + QByteArray::number(expected.size()) + " by LIKE";
        QVERIFY2(found == expected, sizes.constData());
        QCOMPARE(idsOf(orders.page(filter, OrderSort::PurchaseDate, Qt::DescendingOrder, 0, 100)),
                 expected.mid(0, 100));
        QStringList byId = expected;
        byId.sort();
        QVERIFY2(idsOf(orders.page(filter, OrderSort::Id, Qt::AscendingOrder, 0, 1 << 30)) == byId, what.constData());
        QVERIFY2(orders.count(filter) == expected.size(), what.constData());
        const CappedCount capped = orders.count(filter, 10);
        QVERIFY2(capped.capped == (expected.size() > 10), what.constData());
        QCOMPARE(capped.count, qMin<qint64>(10, expected.size()));
        const CappedCount roomy = orders.count(filter, 100000);
        QVERIFY2(!roomy.capped && roomy.count == expected.size(), what.constData());

        filter.status = QStringLiteral("Shipped");
        const QStringList shipped = bruteForce(db, term, filter.status);
        QVERIFY2(idsOf(orders.page(filter, OrderSort::PurchaseDate, Qt::DescendingOrder, 0, 1 << 30)) == shipped,
                 what.constData());
        QVERIFY2(orders.count(filter) == shipped.size(), what.constData());
        QCOMPARE(orders.count(filter, 10).capped, shipped.size() > 10);
    }
}

// The index agrees with the tables: FTS5's own check of the trigram index against the order ids,
// and each item listed under its text exactly (nothing missing, nothing left over).
bool indexInStep(CipherDatabase& writer)
{
    if (!writer.exec("INSERT INTO order_id_search (order_id_search, rank) VALUES ('integrity-check', 1)"))
        return false;
    const char* const expected =
        "SELECT t.text_id, i.row_id FROM order_items i JOIN item_texts t ON t.sku = i.sku AND t.asin = i.asin "
        "AND t.title = i.title";
    const QByteArray missing =
        QByteArray("SELECT count(*) FROM (") + expected + " EXCEPT SELECT text_id, item_row FROM item_text_items)";
    const QByteArray extra =
        QByteArray("SELECT count(*) FROM (SELECT text_id, item_row FROM item_text_items EXCEPT ") + expected + ')';
    return writer.scalar(missing.constData(), -1) == 0 && writer.scalar(extra.constData(), -1) == 0;
}

std::unique_ptr<CipherDatabase> openFile(const QString& path, CipherDatabase::Role role)
{
    CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
    QString message;
    return CipherDatabase::open(path, QByteArray(32, '\x5a'), role, &error, &message);
}

// `count` orders with one to three items whose titles hold the characters a search must take
// literally; `version` > 0 gives some of them new titles (a later version of the same orders).
DecodedPage samplePage(int count, int version)
{
    static const QStringList kTitles{
        QStringLiteral("Grünberg Glass Mug, Blue"), QStringLiteral("100% Cotton Towel_Set"),
        QStringLiteral("O'Brien \"Deluxe\" Crème Brûlée Dish"), QStringLiteral("Back\\slash Oak Board")};
    DecodedPage page;
    page.resource = QStringLiteral("orders");
    for (int n = 0; n < count; ++n) {
        DecodedPage::Order order;
        order.id = QStringLiteral("302-%1-%2").arg(1000000 + n * 7).arg(9000000 - n * 13);
        order.marketplaceId = QStringLiteral("A1PA6795UKMFR9");
        order.purchaseDate = QStringLiteral("2026-01-%1T%2:00:00Z")
                                 .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
                                 .arg(n % 24, 2, 10, QLatin1Char('0'));
        order.lastUpdateDate = order.purchaseDate;
        order.status = n % 5 == 0 ? QStringLiteral("Pending") : QStringLiteral("Shipped");
        order.fulfillmentChannel = QStringLiteral("AFN");
        order.currency = QStringLiteral("EUR");
        order.totalCents = 2999;
        for (int k = 0; k <= n % 3; ++k) {
            const int product = (n + k + version) % 9;
            order.items.append(
                {order.id + QLatin1Char('-') + QString::number(k), QStringLiteral("SKU-%1_%2").arg(product).arg(k),
                 QStringLiteral("B00000000%1").arg(product),
                 kTitles.at((n + k + version) % kTitles.size()) + QLatin1Char(' ') + QString::number(product), 1, 999,
                 0, 0, 0});
        }
        page.orders.append(order);
    }
    return page;
}

QStringList sampleTerms()
{
    return {QStringLiteral("302-1000007-8999987"),
            QStringLiteral("0000070"),
            QStringLiteral("SKU-3_1"),
            QStringLiteral("sku-3"),
            QStringLiteral("B000000005"),
            QStringLiteral("Glass"),
            QStringLiteral("glass"),
            QStringLiteral("Grünberg"),
            QStringLiteral("GRÜNBERG"),
            QStringLiteral("Brûlée"),
            QStringLiteral("100%"),
            QStringLiteral("%"),
            QStringLiteral("_"),
            QStringLiteral("'"),
            QStringLiteral("\""),
            QStringLiteral("\"Deluxe\""),
            QStringLiteral("\\"),
            QStringLiteral("k\\s"),
            QStringLiteral("ü"),
            QStringLiteral("a"),
            QStringLiteral("zq-no-such-order")};
}

} // namespace

class TestOrderSearch : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    Client m_client;
    std::unique_ptr<SyncController> m_sync;

    CipherDatabase& db() { return ReadConnection::of(*m_sync->query()); }
    const CacheQuery& cache() { return *m_sync->query(); }
    QString dbPath() const
    {
        return CacheFiles::databasePath(CacheFiles::accountDir(*m_client.profile, m_client.session->account().id));
    }
    std::unique_ptr<CipherDatabase> openWriter()
    {
        const SecureBytes key = cacheKeyFromKeychain(*m_client.profile, m_client.session->account().id);
        CipherDatabase::OpenError openError = CipherDatabase::OpenError::None;
        QString message;
        auto writer =
            CipherDatabase::open(dbPath(), key.toByteArray(), CipherDatabase::Role::Writer, &openError, &message);
        if (!writer)
            qWarning() << "cannot open the cache:" << message;
        return writer;
    }
    bool indexInStepWithTheFile()
    {
        std::unique_ptr<CipherDatabase> writer = openWriter();
        return writer && indexInStep(*writer);
    }
    bool sync(bool first)
    {
        QSignalSpy finished(m_sync.get(), &SyncController::syncFinished);
        first ? m_sync->open() : m_sync->syncNow();
        return finished.wait(300000) && finished.last().at(0).toBool();
    }

    // The terms every comparison uses: taken from the cache (an order's id whole and in part, an item's
    // SKU, ASIN and title word, in other cases too), the sandbox's non-ASCII brand, LIKE's wildcards,
    // quotes, short terms, and one that matches nothing.
    QStringList terms()
    {
        const QStringList newest =
            firstColumn(db(), "SELECT id FROM orders ORDER BY purchase_date DESC, id DESC LIMIT 1");
        const QStringList item = firstColumn(db(), "SELECT sku || '|' || asin || '|' || title FROM order_items "
                                                   "ORDER BY row_id DESC LIMIT 1");
        if (newest.isEmpty() || item.isEmpty())
            return {};
        const QString id = newest.first();
        const QStringList parts = item.first().split(QLatin1Char('|'));
        const QString word = parts.at(2).section(QLatin1Char(' '), 1, 1);
        return {id,
                id.mid(4, 7),
                id.right(5),
                parts.at(0),
                parts.at(0).toLower(),
                parts.at(1),
                word,
                word.toUpper(),
                QStringLiteral("a"),
                QStringLiteral("Se"),
                QStringLiteral("Grünberg"),
                QStringLiteral("GRÜNBERG"),
                QStringLiteral("ünb"),
                QStringLiteral("%"),
                QStringLiteral("_"),
                QStringLiteral("'"),
                QStringLiteral("\""),
                QStringLiteral("\\"),
                QStringLiteral("zq-no-such-order")};
    }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.demoOrders = kDemoOrders;
        options.seed = 11;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QVERIFY(m_client.init(m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates()));
        m_sync = std::make_unique<SyncController>(m_client.session.get(), &m_client.keychain, &*m_client.profile,
                                                  &m_client.clock);
        m_sync->setRetryBudgetMs(60000);
        QVERIFY(m_client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        QVERIFY2(sync(true), qPrintable(m_sync->lastError()));
    }

    void searchEqualsLikeAfterTheBulkLoad()
    {
        QCOMPARE(db().userVersion(), CacheSchema::kCurrentVersion);
        // The index is what answers: it holds every order id (a scan would not need it).
        QCOMPARE(db().scalar("SELECT count(*) FROM order_id_search WHERE order_id_search MATCH '\"-\"'"), 0);
        QVERIFY(db().scalar("SELECT count(*) FROM item_text_items") > kDemoOrders);
        const QStringList list = terms();
        QVERIFY(!list.isEmpty());
        // The list covers both ways a page is found: a term with more than 1000 orders walks the index.
        QVERIFY(bruteForce(db(), QStringLiteral("a")).size() > 1000);
        QVERIFY(!bruteForce(db(), QStringLiteral("Grünberg")).isEmpty());
        compareWithBruteForce(cache(), db(), list);
        QVERIFY(indexInStepWithTheFile());
    }

    void searchEqualsLikeAfterAnIncrementalSync()
    {
        const auto advanced = m_sandbox.advanceClock(
            QJsonObject{{QStringLiteral("seconds"), 2 * 86400}, {QStringLiteral("changed_fraction"), 0.1}});
        QVERIFY(advanced);
        QVERIFY(advanced->value(QStringLiteral("new_orders")).toInt() > 0);
        QVERIFY2(sync(false), qPrintable(m_sync->lastError()));
        compareWithBruteForce(cache(), db(), terms());
        QVERIFY(indexInStepWithTheFile());
    }

    // The API never deletes an order and the sandbox's titles do not change, so what a sync would do
    // with a changed title or a changed set of items is done here through the cache's own writer
    // (CacheRowWriter, as an incremental sync writes), and orders and items are deleted by SQL.
    void searchEqualsLikeAfterTitlesChangeAndOrdersAreDeleted()
    {
        std::unique_ptr<CipherDatabase> writer = openWriter();
        QVERIFY(writer);
        const QStringList changed = firstColumn(*writer, "SELECT id FROM orders ORDER BY row_id LIMIT 40 OFFSET 100");
        QCOMPARE(changed.size(), 40);
        const QStringList titles{QStringLiteral("Grünberg 100% Organic Mug_Set, Blue"),
                                 QStringLiteral("O'Brien \"Deluxe\" Crème Brûlée Set"),
                                 QStringLiteral("Back\\slash Ünïcode Ωmega Lamp")};
        DecodedPage page;
        page.resource = QStringLiteral("orders");
        for (int n = 0; n < changed.size(); ++n) {
            CipherDatabase::Statement o = writer->prepare(
                "SELECT id, marketplace_id, purchase_date, last_update_date, status, fulfillment_channel, currency, "
                "order_total_cents FROM orders WHERE id = ?1");
            o.bind(1, changed.at(n));
            QCOMPARE(o.step(), CipherDatabase::Statement::Step::Row);
            DecodedPage::Order order{o.text(0), o.text(1), o.text(2),  o.text(3), o.text(4),
                                     o.text(5), o.text(6), o.int64(7), {}};
            CipherDatabase::Statement i = writer->prepare(
                "SELECT id, sku, asin, title, quantity FROM order_items WHERE order_id = ?1 ORDER BY row_id");
            i.bind(1, order.id);
            while (i.step() == CipherDatabase::Statement::Step::Row)
                order.items.append({i.text(0), i.text(1), i.text(2), i.text(3), i.int64(4), 1999, 0, 0, 0});
            QVERIFY(!order.items.isEmpty());
            // A third keep their items with a new title (updated in place), a third get a new item
            // set (the old items deleted), a third only change a title of an item they keep.
            order.items[0].title = titles.at(n % 3);
            if (n % 3 == 1)
                order.items.append({order.id + QStringLiteral("-extra"), QStringLiteral("NEW_SKU%1"),
                                    QStringLiteral("B0NEWASIN1"), titles.at(0), 1, 999, 0, 0, 0});
            page.orders.append(order);
        }
        auto rows = std::make_unique<CacheRowWriter>(*writer);
        QVERIFY(rows->prepare());
        QVERIFY(writer->begin());
        QVERIFY(rows->upsert(page, false));
        // Orders deleted with their items, and single items deleted.
        QVERIFY(writer->exec("DELETE FROM order_items WHERE order_id IN (SELECT id FROM orders ORDER BY row_id "
                             "LIMIT 30 OFFSET 110)"));
        QVERIFY(writer->exec("DELETE FROM orders WHERE id IN (SELECT id FROM orders ORDER BY row_id LIMIT 30 "
                             "OFFSET 110)"));
        QVERIFY(writer->exec("DELETE FROM order_items WHERE row_id IN (SELECT max(row_id) FROM order_items "
                             "GROUP BY order_id HAVING count(*) > 1 LIMIT 50)"));
        QVERIFY(writer->commit());
        rows.reset(); // its statements before their database
        writer.reset();

        QStringList list = terms();
        list << QStringLiteral("100%") << QStringLiteral("Mug_Set") << QStringLiteral("mug_set")
             << QStringLiteral("O'Brien") << QStringLiteral("\"Deluxe\"") << QStringLiteral("Brûlée")
             << QStringLiteral("BRÛLÉE") << QStringLiteral("Ωmega") << QStringLiteral("k\\s")
             << QStringLiteral("NEW_SKU") << QStringLiteral("new\\_sku") << changed.at(12) << changed.at(0);
        QVERIFY(!bruteForce(db(), QStringLiteral("Brûlée")).isEmpty());
        QVERIFY(!bruteForce(db(), QStringLiteral("100%")).isEmpty());
        QVERIFY(bruteForce(db(), changed.at(12)).isEmpty()); // deleted
        compareWithBruteForce(cache(), db(), list);
        QVERIFY(indexInStepWithTheFile());
    }

    // Terms of 1 or 2 characters find item texts by substring, but an order id only whole: the
    // trigram index cannot narrow them, and a scan of every id costs 0.2-0.3 s on 1,000,000 orders.
    void shortTermsMatchOrderIdsOnlyWhole()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        std::unique_ptr<CipherDatabase> writer = openFile(path, CipherDatabase::Role::Writer);
        QString message;
        QVERIFY(writer && CacheSchema::migrate(*writer, &message) == CacheSchema::Result::Ok);
        CacheRowWriter rows(*writer);
        DecodedPage page = samplePage(20, 0);
        page.orders[3].id = QStringLiteral("30");
        QVERIFY(rows.prepare() && writer->begin() && rows.upsert(page, false) && writer->commit());
        CacheQuery query(openFile(path, CipherDatabase::Role::Reader));
        OrderFilter filter;
        filter.search = QStringLiteral("30"); // in every id ("302-..."), whole in one
        QCOMPARE(bruteForce(ReadConnection::of(query), filter.search).size(), 20);
        QCOMPARE(idsOf(query.orders().page(filter, OrderSort::Id, Qt::AscendingOrder, 0, 100)),
                 QStringList{QStringLiteral("30")});
        filter.search = QStringLiteral("30 ");
        QCOMPARE(query.orders().count(filter), 1); // trimmed
        filter.search = QStringLiteral("ün");      // in a title: a substring, as with LIKE
        QCOMPARE(query.orders().count(filter), bruteForce(ReadConnection::of(query), filter.search).size());
        QVERIFY(query.orders().count(filter) > 0);
    }

    // A cache written by version 6 (no index) gets its index when it is opened: searches equal LIKE.
    void aVersion6CacheGetsItsIndexWhenOpened()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        {
            std::unique_ptr<CipherDatabase> v6 = openFile(path, CipherDatabase::Role::Writer);
            QVERIFY(v6);
            QString message;
            QCOMPARE(CacheSchema::migrate(*v6, &message, 6), CacheSchema::Result::Ok);
            CacheRowWriter rows(*v6);
            QVERIFY(rows.prepare());
            QVERIFY(v6->begin() && rows.upsert(samplePage(300, 0), false) && v6->commit());
            QCOMPARE(v6->userVersion(), 6);
            QCOMPARE(v6->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'order_id_search'"), 0);
        }
        std::unique_ptr<CipherDatabase> opened = openFile(path, CipherDatabase::Role::Writer);
        QVERIFY(opened);
        QString message;
        QCOMPARE(CacheSchema::migrate(*opened, &message), CacheSchema::Result::Ok);
        QCOMPARE(opened->userVersion(), CacheSchema::kCurrentVersion);
        QVERIFY(indexInStep(*opened));
        CacheQuery query(openFile(path, CipherDatabase::Role::Reader));
        compareWithBruteForce(query, ReadConnection::of(query), sampleTerms());
    }

    // While a first sync loads the orders in bulk (no triggers: the index misses the new rows), the
    // search scans; when the load ends the index is built, duplicates removed, and answers the same.
    void aBulkLoadSearchesByScanUntilItEnds()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("cache.db"));
        std::unique_ptr<CipherDatabase> writer = openFile(path, CipherDatabase::Role::Writer);
        QVERIFY(writer);
        QString message;
        QCOMPARE(CacheSchema::migrate(*writer, &message), CacheSchema::Result::Ok);
        CacheRowWriter rows(*writer);
        BulkLoad bulk(*writer);
        QVERIFY(rows.prepare());
        QVERIFY(writer->begin() && bulk.begin(QStringLiteral("orders")) && writer->commit());
        QVERIFY(rows.prepare()); // the tables' indexes changed
        // Pages as a first sync gets them; the second page repeats orders changed meanwhile.
        QVERIFY(writer->begin() && rows.upsert(samplePage(200, 0), true) && rows.upsert(samplePage(50, 1), true)
                && writer->commit());
        CacheQuery query(openFile(path, CipherDatabase::Role::Reader));
        QCOMPARE(ReadConnection::of(query).scalar("SELECT count(*) FROM item_text_items"), 0);
        compareWithBruteForce(query, ReadConnection::of(query), sampleTerms());
        QVERIFY(writer->begin() && bulk.finish(QStringLiteral("orders")) && writer->commit());
        QVERIFY(ReadConnection::of(query).scalar("SELECT count(*) FROM item_text_items") >= 200);
        QVERIFY(indexInStep(*writer));
        compareWithBruteForce(query, ReadConnection::of(query), sampleTerms());
    }

    void cleanupTestCase() { m_sync.reset(); }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestOrderSearch)
#include "TestOrderSearch.moc"
