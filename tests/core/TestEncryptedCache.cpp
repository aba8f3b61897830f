// The encrypted cache below the sync: SQLCipher file, pages, cursors, migrations, wrong keys.
#include "cache/CacheFiles.h"
#include "cache/CacheIntegrityCheck.h"
#include "cache/CacheKey.h"
#include "cache/CacheQuery.h"
#include "cache/CacheSchema.h"
#include "cache/CacheWriter.h"
#include "cache/CipherDatabase.h"
#include "common/Money.h"
#include "cache/PageDecoder.h"
#include "cache/ReadConnection.h"
#include "cache/SecureBytes.h"
#include "profile/Profile.h"
#include "secrets/InMemorySecretStore.h"
#include "support/CacheSummary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

namespace {

QJsonObject order(const QString& id, const QString& sku, const QJsonValue& total,
                  const QString& status = QStringLiteral("Shipped"))
{
    QJsonObject item{
        {QStringLiteral("id"), QStringLiteral("1%1").arg(id.right(7))},
        {QStringLiteral("sku"), sku},
        {QStringLiteral("asin"), QStringLiteral("B0TESTASIN")},
        {QStringLiteral("title"), QStringLiteral("Garden hose %1").arg(sku)},
        {QStringLiteral("quantity"), 2},
        {QStringLiteral("item_price"), total},
        {QStringLiteral("item_tax"), total.isNull() ? QJsonValue() : QJsonValue(QStringLiteral("1.90"))},
        {QStringLiteral("shipping_price"), total.isNull() ? QJsonValue() : QJsonValue(QStringLiteral("0.00"))},
        {QStringLiteral("promotion_discount"), total.isNull() ? QJsonValue() : QJsonValue(QStringLiteral("-0.10"))}};
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("marketplace_id"), QStringLiteral("A1PA6795UKMFR9")},
                       {QStringLiteral("purchase_date"), QStringLiteral("2026-01-02T10:00:00Z")},
                       {QStringLiteral("last_update_date"), QStringLiteral("2026-01-03T10:00:00Z")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("fulfillment_channel"), QStringLiteral("AFN")},
                       {QStringLiteral("currency"), QStringLiteral("EUR")},
                       {QStringLiteral("order_total"), total},
                       {QStringLiteral("items"), QJsonArray{item}}};
}

QJsonObject orderPage(const QJsonArray& orders, const QString& next, bool hasMore)
{
    return QJsonObject{{QStringLiteral("orders"), orders},
                       {QStringLiteral("next_cursor"), next},
                       {QStringLiteral("has_more"), hasMore},
                       {QStringLiteral("server_time"), QStringLiteral("2026-01-04T00:00:00Z")}};
}

OrderFilter bySearch(const QString& search)
{
    OrderFilter filter;
    filter.search = search;
    return filter;
}

// The first ten orders matching `search`, newest first (as the orders view lists them).
QList<OrderRow> newestOrders(const CacheQuery& query, const QString& search)
{
    return query.orders().page(bySearch(search), OrderSort::PurchaseDate, Qt::DescendingOrder, 0, 10);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A closed cache with `count` orders (several pages, so that damage can sit far from page 1).
bool writeOrders(const QString& db, const QByteArray& key, int count, int firstId = 0)
{
    CacheWriter writer;
    QString message;
    if (writer.openFile(db, key, &message) != CipherDatabase::OpenError::None)
        return false;
    QString cursor = writer.state().cursors.value(QStringLiteral("orders"));
    for (int start = firstId; start < firstId + count; start += 500) {
        QJsonArray orders;
        for (int i = start; i < qMin(start + 500, firstId + count); ++i)
            orders.append(order(QStringLiteral("302-7770000-%1").arg(i, 7, 10, QLatin1Char('0')),
                                QStringLiteral("SKU-%1").arg(i % 50), QStringLiteral("12.50"),
                                i % 3 ? QStringLiteral("Shipped") : QStringLiteral("Pending")));
        const QString next = QStringLiteral("p%1").arg(start);
        if (writer.writePage(QStringLiteral("orders"), cursor, orderPage(orders, next, true)).status
            != CacheWriter::WriteStatus::Written)
            return false;
        cursor = next;
    }
    writer.closeFile();
    return true;
}

// Flips one byte in each of `pages` data pages spread over the second half of the file (never
// page 1, which the open checks), as a failing disk or a bad copy would.
bool flipDataPages(const QString& db, int pages)
{
    QFile file(db);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 pageCount = file.size() / 1024;
    if (pageCount < 8)
        return false;
    for (int i = 0; i < pages; ++i) {
        const qint64 page = pageCount / 2 + (pageCount / 2 - 1) * i / qMax(1, pages);
        const qint64 offset = page * 1024 + 300;
        file.seek(offset);
        char byte = 0;
        file.getChar(&byte);
        file.seek(offset);
        file.putChar(char(byte ^ 0x5a));
    }
    return true;
}

} // namespace

class TestEncryptedCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_key = SecureBytes::random(32);
    QString path(const char* name) const { return m_dir.filePath(QLatin1String(name)) + QStringLiteral("/cache.db"); }

    struct KeyAnswer
    {
        CacheKey::Status status = CacheKey::Status::Error;
        QByteArray key;
        QString message;
    };
    static std::optional<KeyAnswer> openKey(SecretStore* store, Profile* profile, const QString& account, bool file)
    {
        std::optional<KeyAnswer> answer;
        QObject context;
        CacheKey::open(store, profile, account, file, &context,
                       [&answer](CacheKey::Status status, const QByteArray& key, const QString& message) {
                           answer = KeyAnswer{status, key, message};
                       });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
            return std::nullopt;
        return answer;
    }
    static std::optional<std::pair<bool, QString>> removeKey(SecretStore* store, Profile* profile,
                                                             const QString& account)
    {
        std::optional<std::pair<bool, QString>> answer;
        QObject context;
        CacheKey::removeConfirmed(store, profile, account, &context,
                                  [&answer](bool ok, const QString& message) { answer = std::make_pair(ok, message); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
            return std::nullopt;
        return answer;
    }

private slots:
    // The folders the cache makes are private (0700); a folder that was there keeps its permissions,
    // e.g. a shared /tmp above a cache file opened in a folder of its own (0700 here broke /tmp).
    void cacheFoldersArePrivateAndOthersUntouched()
    {
        QTemporaryDir shared;
        QVERIFY(shared.isValid());
        const QFileDevice::Permissions open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadOther | QFileDevice::ExeOther
                                              | QFileDevice::WriteOther;
        QVERIFY(QFile::setPermissions(shared.path(), open));
        const QString existing = shared.filePath(QStringLiteral("existing"));
        QVERIFY(QDir().mkpath(existing));
        QVERIFY(QFile::setPermissions(existing, open));
        QString message;
        // The account folder's parent exists (it must stay as it is); the account folder is new.
        QVERIFY2(CacheFiles::prepareFile(existing + QStringLiteral("/acc/cache.db"), &message), qPrintable(message));
        QCOMPARE(QFile::permissions(existing) & open, open);
        QCOMPARE(QFile::permissions(shared.path()) & open, open);
        const QFileDevice::Permissions others = QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther
                                                | QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                | QFileDevice::ExeGroup;
        QCOMPARE(QFile::permissions(existing + QStringLiteral("/acc")) & others, QFileDevice::Permissions());
        // Both folders new: both private.
        QVERIFY2(CacheFiles::prepareFile(shared.filePath(QStringLiteral("cache/acc/cache.db")), &message),
                 qPrintable(message));
        QCOMPARE(QFile::permissions(shared.filePath(QStringLiteral("cache"))) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(shared.filePath(QStringLiteral("cache/acc"))) & others, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(shared.filePath(QStringLiteral("cache/acc/cache.db"))) & others,
                 QFileDevice::Permissions());
    }

    void lockedKeychainIsNeverAMissingKey()
    {
        // The logic with a keychain that reads "not found" when locked, like QtKeychain 0.13 on Linux
        // (the real keyring: TestCacheKeychainLocked).
        QTemporaryDir dir;
        QString error;
        std::optional<Profile> profile = Profile::open(dir.filePath(QStringLiteral("profile")), &error);
        QVERIFY2(profile, qPrintable(error));
        InMemorySecretStore store;
        const QString account = QStringLiteral("acct_1");

        // First use: a key is created and remembered (a note in the settings, never the key).
        auto created = openKey(&store, &*profile, account, false);
        QVERIFY(created);
        QCOMPARE(created->status, CacheKey::Status::Ok);
        QCOMPARE(created->key.size(), 32);
        QVERIFY(CacheKey::wasCreated(*profile, account));
        QFile settings(dir.filePath(QStringLiteral("profile/settings.ini")));
        QVERIFY(!settings.open(QIODevice::ReadOnly)
                || !settings.readAll().contains(SecureBytes::toHex(created->key).toByteArray()));

        // Locked: "not found" with a file (or with only the note) is "locked", and no new key replaces the old one.
        store.setAvailable(false);
        for (bool file : {true, false}) {
            auto locked = openKey(&store, &*profile, account, file);
            QVERIFY(locked);
            QCOMPARE(locked->status, CacheKey::Status::Locked);
            QVERIFY2(locked->message.contains(QLatin1String("locked")), qPrintable(locked->message));
        }
        // A reset's key deletion is refused while locked: the key stays.
        auto refused = removeKey(&store, &*profile, account);
        QVERIFY(refused);
        QVERIFY(!refused->first);
        store.setAvailable(true);
        auto again = openKey(&store, &*profile, account, true);
        QVERIFY(again);
        QCOMPARE(again->status, CacheKey::Status::Ok);
        QCOMPARE(again->key, created->key);

        // Unlocked, the deletion is confirmed; then a file without its key is really "not found".
        auto removed = removeKey(&store, &*profile, account);
        QVERIFY(removed);
        QVERIFY2(removed->first, qPrintable(removed->second));
        QVERIFY(!CacheKey::wasCreated(*profile, account));
        auto missing = openKey(&store, &*profile, account, true);
        QVERIFY(missing);
        QCOMPARE(missing->status, CacheKey::Status::NotFound);
        QVERIFY(!store.contains(profile->secretKey(QStringLiteral("keychain-probe")))); // the probe left nothing
    }

    void damagedDataPagesAreReportedNeverReadAsEmpty()
    {
        const QString db = path("damaged-pages");
        QVERIFY(writeOrders(db, m_key.toByteArray(), 4000));
        QVERIFY(flipDataPages(db, 12));

        // The open checks page 1 only: it still works...
        CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
        QString message;
        auto reader = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message);
        QVERIFY2(reader, qPrintable(message));
        CacheQuery query(std::move(reader));
        QSignalSpy damage(&query, &CacheQuery::damageFound);
        // ...but reading the orders meets a damaged page, and says so instead of "0 orders".
        const int count = query.orders().count(OrderFilter{});
        QVERIFY2(!damage.isEmpty(), qPrintable(QStringLiteral("read %1 orders without a word").arg(count)));
        QVERIFY(!query.lastError().isEmpty());
        QVERIFY(ReadConnection::of(query).damaged() || !damage.first().at(0).toBool());

        // The full check finds it too, with the pages named and no row content.
        const CacheIntegrityCheck::Result check = CacheIntegrityCheck::runOnFile(db, m_key.toByteArray());
        QCOMPARE(check.outcome, CacheIntegrityCheck::Outcome::Damaged);
        QVERIFY(!check.problems.isEmpty());
        for (const QString& line : check.problems)
            QVERIFY2(!line.contains(QLatin1String("SKU-")), qPrintable(line));

        // The writer reports damage it meets in the same way (a sync's write into a damaged page).
        CacheWriter writer;
        QSignalSpy writerDamage(&writer, &CacheWriter::damageFound);
        if (writer.openFile(db, m_key.toByteArray(), &message) == CipherDatabase::OpenError::None) {
            QJsonArray orders;
            for (int i = 0; i < 4000; i += 7)
                orders.append(order(QStringLiteral("302-7770000-%1").arg(i, 7, 10, QLatin1Char('0')),
                                    QStringLiteral("SKU-X"), QStringLiteral("1.00")));
            const auto result = writer.writePage(QStringLiteral("orders"), QStringLiteral("p3500"),
                                                 orderPage(orders, QStringLiteral("p9"), false));
            QCOMPARE(result.status, CacheWriter::WriteStatus::Failed);
            QVERIFY(!writerDamage.isEmpty());
        } else {
            QVERIFY(message.contains(QLatin1String("damaged")));
        }
    }

    void integrityCheckPassesAHealthyFileInItsThread()
    {
        const QString db = path("healthy");
        QVERIFY(writeOrders(db, m_key.toByteArray(), 1500));
        CacheIntegrityCheck check;
        QSignalSpy finished(&check, &CacheIntegrityCheck::finished);
        check.start(db, m_key.toByteArray());
        QVERIFY(check.isRunning());
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<CacheIntegrityCheck::Result>();
        QCOMPARE(result.outcome, CacheIntegrityCheck::Outcome::Ok);
        QVERIFY(result.problems.isEmpty());
        QVERIFY(!check.isRunning());
        // The same file with damaged pages fails the check in its thread too.
        QVERIFY(flipDataPages(db, 4));
        finished.clear();
        check.start(db, m_key.toByteArray());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).value<CacheIntegrityCheck::Result>().outcome,
                 CacheIntegrityCheck::Outcome::Damaged);
    }

    void damagedFileIsSetAsideInItsPrivateFolder()
    {
        const QString db = path("aside");
        const QString dir = QFileInfo(db).absolutePath();
        QVERIFY(writeOrders(db, m_key.toByteArray(), 600));
        const QByteArray before = fileHash(db);
        QString message;
        const QDateTime first = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);
        const QString aside = CacheFiles::setAside(dir, first, &message);
        QCOMPARE(aside, QStringLiteral("cache.db.damaged-20261201T100000Z"));
        QVERIFY(!QFileInfo::exists(db));
        QCOMPARE(fileHash(QDir(dir).filePath(aside)), before); // kept as it was, for support
        QCOMPARE(QFileInfo(QDir(dir).filePath(aside)).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(dir).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(CacheFiles::damagedCopies(dir), QStringList{aside});

        // A second damaged file replaces the first copy: one is enough, the disk does not fill up.
        QVERIFY(writeOrders(db, m_key.toByteArray(), 10));
        const QString second = CacheFiles::setAside(dir, first.addDays(1), &message);
        QCOMPARE(CacheFiles::damagedCopies(dir), QStringList{second});

        // Removing the account's data removes the copies too, and the folder.
        bool ok = false;
        const QStringList removed = CacheFiles::removeAll(dir, &ok);
        QVERIFY(ok);
        QVERIFY(removed.contains(second));
        QVERIFY(!QFileInfo::exists(dir));
    }

    void summaryIsOneSnapshotWhileTheSyncWrites()
    {
        const QString db = path("snapshot");
        QVERIFY(writeOrders(db, m_key.toByteArray(), 1000));
        CacheWriter writer; // the sync, writing while the summary is read
        QString message;
        QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
        CipherDatabase::OpenError error;
        auto reader = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message);
        QVERIFY(reader);
        bool wrote = false;
        const QJsonObject summary = CacheSummary::read(*reader, [&] {
            QJsonArray orders;
            for (int i = 5000; i < 5500; ++i)
                orders.append(order(QStringLiteral("302-7770000-%1").arg(i, 7, 10, QLatin1Char('0')),
                                    QStringLiteral("SKU-N"), QStringLiteral("3.00")));
            wrote = writer
                        .writePage(QStringLiteral("orders"), QStringLiteral("p500"),
                                   orderPage(orders, QStringLiteral("p5000"), true))
                        .status
                    == CacheWriter::WriteStatus::Written;
        });
        QVERIFY(wrote);
        const qint64 rows = summary.value(QStringLiteral("tables"))
                                .toObject()
                                .value(QStringLiteral("orders"))
                                .toObject()
                                .value(QStringLiteral("rows"))
                                .toInteger();
        QCOMPARE(rows, qint64(1000));
        auto total = [&summary](const char* key) {
            qint64 sum = 0;
            const QJsonObject counts = summary.value(QLatin1String(key)).toObject();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                sum += it.value().toInteger();
            return sum;
        };
        QCOMPARE(total("fulfillment_channels"), rows);
        QCOMPARE(total("order_statuses"), rows);
        qint64 perMarketplace = 0;
        for (const QJsonValue& m : summary.value(QStringLiteral("marketplaces")).toArray())
            perMarketplace += m.toObject().value(QStringLiteral("orders")).toInteger();
        QVERIFY(perMarketplace == 0 || perMarketplace == rows); // no marketplaces table rows in this file
        QVERIFY(!summary.contains(QStringLiteral("damaged")));
        // The next summary sees the new rows.
        QCOMPARE(CacheSummary::read(*reader)
                     .value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("orders"))
                     .toObject()
                     .value(QStringLiteral("rows"))
                     .toInteger(),
                 qint64(1500));
    }

    void summaryOfADamagedFileSaysDamaged()
    {
        const QString db = path("summary-damaged");
        QVERIFY(writeOrders(db, m_key.toByteArray(), 4000));
        QVERIFY(flipDataPages(db, 12));
        CipherDatabase::OpenError error;
        QString message;
        auto reader = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message);
        QVERIFY(reader);
        const QJsonObject summary = CacheSummary::read(*reader);
        QVERIFY2(summary.value(QStringLiteral("damaged")).toBool(), QJsonDocument(summary).toJson().constData());
    }

    void moneyIsExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("plain") << QStringLiteral("12.34") << true << qint64(1234);
        QTest::newRow("negative") << QStringLiteral("-3.10") << true << qint64(-310);
        QTest::newRow("zero") << QStringLiteral("0.00") << true << qint64(0);
        QTest::newRow("0.29 (not 28.999..)") << QStringLiteral("0.29") << true << qint64(29);
        QTest::newRow("twelve digits") << QStringLiteral("999999999999.99") << true << qint64(99999999999999);
        QTest::newRow("one decimal") << QStringLiteral("1.5") << false << qint64(0);
        QTest::newRow("no decimals") << QStringLiteral("15") << false << qint64(0);
        QTest::newRow("thirteen digits") << QStringLiteral("1000000000000.00") << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("1a.00") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("minus only") << QStringLiteral("-.10") << false << qint64(0);
    }
    void moneyIsExact()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        qint64 parsed = -42;
        QCOMPARE(Money::parseCents(text, &parsed), valid);
        if (valid) {
            QCOMPARE(parsed, cents);
            QCOMPARE(Money::formatCents(parsed), text);
        }
    }

    void pageWithOneBadRowIsRejectedWhole()
    {
        QJsonObject bad = order(QStringLiteral("302-0000002-0000002"), QStringLiteral("SKU-B"), QStringLiteral("1.2"));
        const QJsonObject page = orderPage(
            {order(QStringLiteral("302-0000001-0000001"), QStringLiteral("SKU-A"), QStringLiteral("10.00")), bad},
            QStringLiteral("c1"), false);
        DecodedPage decoded;
        QString error;
        QVERIFY(!PageDecoder::decode(QStringLiteral("orders"), page, &decoded, &error));
        QVERIFY2(error.contains(QLatin1String("order_total")), qPrintable(error));
    }

    void writesPagesIdempotentlyAndOnlyInOrder()
    {
        CacheWriter writer;
        QString message;
        QCOMPARE(writer.openFile(path("order"), m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
        const QJsonObject first =
            orderPage({order(QStringLiteral("302-0000001-0000001"), QStringLiteral("SKU-A"), QStringLiteral("10.00")),
                       order(QStringLiteral("302-0000002-0000002"), QStringLiteral("SKU-B"), QJsonValue())},
                      QStringLiteral("c1"), true);
        const QJsonObject second = orderPage({order(QStringLiteral("302-0000001-0000001"), QStringLiteral("SKU-A"),
                                                    QStringLiteral("11.00"), QStringLiteral("Canceled"))},
                                             QStringLiteral("c2"), false);
        // A page that does not continue from the stored cursor is refused (no gap).
        QCOMPARE(writer.writePage(QStringLiteral("orders"), QStringLiteral("c1"), second).status,
                 CacheWriter::WriteStatus::Stale);
        auto result = writer.writePage(QStringLiteral("orders"), QString(), first);
        QCOMPARE(result.status, CacheWriter::WriteStatus::Written);
        QCOMPARE(result.rows, 2);
        // The same page again (a sync killed before it saw the commit would fetch from the stored cursor,
        // but an idempotent upsert is the second line of defence).
        QCOMPARE(writer.writePage(QStringLiteral("orders"), QString(), first).status, CacheWriter::WriteStatus::Stale);
        QCOMPARE(writer.writePage(QStringLiteral("orders"), QStringLiteral("c1"), second).status,
                 CacheWriter::WriteStatus::Written);
        QCOMPARE(writer.state().cursors.value(QStringLiteral("orders")), QStringLiteral("c2"));

        // A malformed page writes nothing, not even its cursor.
        QJsonObject broken =
            orderPage({order(QStringLiteral("302-0000003-0000003"), QStringLiteral("SKU-C"), QStringLiteral("5.00"))},
                      QStringLiteral("c3"), false);
        broken.remove(QStringLiteral("has_more"));
        QCOMPARE(writer.writePage(QStringLiteral("orders"), QStringLiteral("c2"), broken).status,
                 CacheWriter::WriteStatus::Failed);
        QCOMPARE(writer.state().cursors.value(QStringLiteral("orders")), QStringLiteral("c2"));
        writer.closeFile();

        CipherDatabase::OpenError error;
        auto db =
            CipherDatabase::open(path("order"), m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message);
        QVERIFY2(db, qPrintable(message));
        CacheQuery query(std::move(db));
        QCOMPARE(query.orders().count(OrderFilter{}), 2);
        QCOMPARE(query.orders().count(bySearch(QStringLiteral("sku-b"))), 1);       // case-insensitive SKU
        QCOMPARE(query.orders().count(bySearch(QStringLiteral("0000001"))), 1);     // order id
        QCOMPARE(query.orders().count(bySearch(QStringLiteral("garden hose"))), 2); // title
        QCOMPARE(query.orders().count(bySearch(QStringLiteral("%"))), 0);           // LIKE wildcards match themselves
        QCOMPARE(query.orders().count(bySearch(QStringLiteral("302-0000003"))), 0); // the broken page left nothing
        const QList<OrderRow> rows = newestOrders(query, QStringLiteral("SKU-A"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().status, QStringLiteral("Canceled"));
        QCOMPARE(rows.first().totalCents, 1100);
        QCOMPARE(rows.first().itemCount, 1);
        QCOMPARE(newestOrders(query, QStringLiteral("SKU-B")).first().totalCents, -1); // pending: no price
    }

    // A first sync loads in bulk: no index while it runs (also across a reopened file), a record
    // that arrives twice is appended twice, and the last page leaves one row per id, the newest,
    // with the newest version's items only, and every index back.
    void firstSyncLoadsInBulkAndKeepsTheNewestVersion()
    {
        const QString db = path("bulk");
        auto twoItems = [](const QString& id, const QString& status, const QString& total) {
            QJsonObject o = order(id, QStringLiteral("SKU-A"), total, status);
            QJsonArray items = o.value(QStringLiteral("items")).toArray();
            QJsonObject second = items.first().toObject();
            second.insert(QStringLiteral("id"),
                          QString(second.value(QStringLiteral("id")).toString() + QLatin1Char('9')));
            items.append(second);
            o.insert(QStringLiteral("items"), items);
            return o;
        };
        const QString changed = QStringLiteral("302-0000001-0000001");
        const QString kept = QStringLiteral("302-0000002-0000002");
        auto indexCount = [](CipherDatabase& database) {
            return database.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                   "AND tbl_name IN ('orders', 'order_items')");
        };
        QString message;
        {
            CacheWriter writer;
            QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
            QCOMPARE(writer
                         .writePage(QStringLiteral("orders"), QString(),
                                    orderPage({twoItems(changed, QStringLiteral("Pending"), QStringLiteral("10.00")),
                                               order(kept, QStringLiteral("SKU-B"), QStringLiteral("5.00"))},
                                              QStringLiteral("c1"), true))
                         .status,
                     CacheWriter::WriteStatus::Written);
            writer.closeFile();
        }
        {
            CipherDatabase::OpenError error;
            auto reader = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message);
            QVERIFY(reader);
            QCOMPARE(indexCount(*reader), 0);
            QCOMPARE(reader->scalar("SELECT count(*) FROM meta WHERE key = 'bulk_load:orders'"), 1);
            CacheQuery query(std::move(reader));
            QCOMPARE(query.orders().count(OrderFilter{}), 2); // readable meanwhile
        }
        CacheWriter writer;
        QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
        // The order changed while the sync ran: its newer version (one item fewer) comes again.
        QCOMPARE(writer
                     .writePage(QStringLiteral("orders"), QStringLiteral("c1"),
                                orderPage({order(QStringLiteral("302-0000003-0000003"), QStringLiteral("SKU-C"),
                                                 QStringLiteral("1.00"))},
                                          QStringLiteral("c2"), true))
                     .status,
                 CacheWriter::WriteStatus::Written);
        QCOMPARE(writer
                     .writePage(QStringLiteral("orders"), QStringLiteral("c2"),
                                orderPage({order(changed, QStringLiteral("SKU-A"), QStringLiteral("12.00"),
                                                 QStringLiteral("Shipped"))},
                                          QStringLiteral("c3"), false))
                     .status,
                 CacheWriter::WriteStatus::Written);
        writer.closeFile();

        CipherDatabase::OpenError error;
        auto reader = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message);
        QVERIFY(reader);
        QCOMPARE(indexCount(*reader), 7); // orders: id, and v8's four sorts; items: id, order
        QCOMPARE(reader->scalar("SELECT count(*) FROM meta WHERE key LIKE 'bulk_load:%'"), 0);
        QCOMPARE(reader->scalar("SELECT count(*) FROM orders"), 3);
        QCOMPARE(reader->scalar("SELECT count(DISTINCT id) FROM order_items"), 3);
        QCOMPARE(reader->scalar("SELECT count(*) FROM order_items"), 3);
        QCOMPARE(reader->scalar("SELECT count(*) FROM order_items WHERE order_id = '302-0000001-0000001'"), 1);
        QCOMPARE(reader->scalar("SELECT order_total_cents FROM orders WHERE id = '302-0000001-0000001'"), 1200);
        QCOMPARE(reader->scalar("SELECT item_price_cents FROM order_items WHERE order_id = '302-0000001-0000001'"),
                 1200);
        QCOMPARE(reader->scalar("SELECT count(*) FROM order_items i WHERE (i.row_id >> 16) "
                                "<> (SELECT o.row_id FROM orders o WHERE o.id = i.order_id)"),
                 0);
        {
            auto plan = reader->prepare("EXPLAIN QUERY PLAN SELECT * FROM orders WHERE id = '302-0000001-0000001'");
            QCOMPARE(plan.step(), CipherDatabase::Statement::Step::Row);
            QVERIFY2(plan.text(3).contains(QLatin1String("orders_id_unique")), qPrintable(plan.text(3)));
        }
        CacheQuery query(std::move(reader));
        QCOMPARE(newestOrders(query, QStringLiteral("302-0000001")).value(0).status, QStringLiteral("Shipped"));

        // The next sync is incremental: indexed upserts, no bulk load.
        QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
        QCOMPARE(writer
                     .writePage(QStringLiteral("orders"), QStringLiteral("c3"),
                                orderPage({twoItems(kept, QStringLiteral("Shipped"), QStringLiteral("6.00"))},
                                          QStringLiteral("c4"), false))
                     .status,
                 CacheWriter::WriteStatus::Written);
        writer.closeFile();
        QCOMPARE(query.orders().count(OrderFilter{}), 3);
        QCOMPARE(newestOrders(query, QStringLiteral("302-0000002")).value(0).itemCount, 2);
    }

    void fileIsEncryptedAndOpensInTheSqlcipherShell()
    {
        const QString db = path("encrypted");
        {
            CacheWriter writer;
            QString message;
            QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
            QJsonArray orders;
            for (int i = 0; i < 200; ++i)
                orders.append(order(QStringLiteral("302-5550000-%1").arg(i, 7, 10, QLatin1Char('0')),
                                    QStringLiteral("MARKER-SKU-%1").arg(i), QStringLiteral("19.99")));
            QCOMPARE(
                writer.writePage(QStringLiteral("orders"), QString(), orderPage(orders, QStringLiteral("x"), false))
                    .status,
                CacheWriter::WriteStatus::Written);
            // Still open: the rows are in the -wal file now.
            QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 0);
            for (const QString& file : QStringList{db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")}) {
                QVERIFY2(QFileInfo::exists(file), qPrintable(file));
                QCOMPARE(QFileInfo(file).permissions() & 0x0077, QFileDevice::Permissions()); // no group/other bits
            }
            QCOMPARE(QFileInfo(QFileInfo(db).absolutePath()).permissions() & 0x0077, QFileDevice::Permissions());
            const QByteArray wal = readAll(db + QStringLiteral("-wal"));
            QVERIFY(!wal.contains("MARKER-SKU-"));
            QVERIFY(!wal.contains("302-5550000-"));
            writer.closeFile();
        }
        const QByteArray bytes = readAll(db);
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("MARKER-SKU-"));
        QVERIFY(!bytes.contains("302-5550000-"));

        // The SQLCipher 4 shell built with the linked library opens it with the key alone.
        QProcess process;
        process.start(QStringLiteral(SP_SQLCIPHER_SHELL), {db});
        QVERIFY(process.waitForStarted());
        // The key goes through stdin, never argv.
        process.write("PRAGMA key = \"x'" + SecureBytes::toHex(m_key.view()).toByteArray()
                      + "'\";\nSELECT count(*) FROM orders;\n.quit\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.readAllStandardOutput().trimmed(), QByteArray("ok\n200")); // "ok": PRAGMA key
    }

    void wrongKeyIsAClearErrorAndChangesNothing()
    {
        const QString db = path("encrypted");
        QVERIFY(QFileInfo::exists(db));
        const QByteArray before = fileHash(db);
        const QStringList siblings = QDir(QFileInfo(db).absolutePath()).entryList(QDir::Files);
        SecureBytes wrong = SecureBytes::random(32);
        CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
        QString message;
        CacheWriter writer;
        QCOMPARE(writer.openFile(db, wrong.toByteArray(), &message), CipherDatabase::OpenError::WrongKeyOrDamaged);
        QVERIFY2(message.contains(QLatin1String("reset the cache")), qPrintable(message));
        QVERIFY(!CipherDatabase::open(db, wrong.toByteArray(), CipherDatabase::Role::Reader, &error, &message));
        QCOMPARE(error, CipherDatabase::OpenError::WrongKeyOrDamaged);
        QCOMPARE(fileHash(db), before);
        QCOMPARE(QDir(QFileInfo(db).absolutePath()).entryList(QDir::Files), siblings);

        // A damaged file (zeros in its first page) is the same clear error, and is not touched either.
        const QString damaged = path("damaged");
        QVERIFY(QDir().mkpath(QFileInfo(damaged).absolutePath()));
        QVERIFY(QFile::copy(db, damaged));
        {
            QFile file(damaged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(16);
            file.write(QByteArray(512, '\0'));
        }
        const QByteArray damagedHash = fileHash(damaged);
        QCOMPARE(writer.openFile(damaged, m_key.toByteArray(), &message), CipherDatabase::OpenError::WrongKeyOrDamaged);
        QCOMPARE(fileHash(damaged), damagedHash);
    }

    void olderSchemaMigratesAndKeepsItsData()
    {
        const QString db = path("v1");
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        {
            CipherDatabase::OpenError error;
            QString message;
            auto v1 = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Writer, &error, &message);
            QVERIFY2(v1, qPrintable(message));
            QCOMPARE(CacheSchema::migrate(*v1, &message, 1), CacheSchema::Result::Ok);
            QCOMPARE(v1->userVersion(), 1);
            QVERIFY(v1->exec("INSERT INTO orders VALUES ('302-1111111-1111111', 'A1PA6795UKMFR9', "
                             "'2025-05-01T00:00:00Z', '2025-05-02T00:00:00Z', 'Shipped', 'MFN', 'EUR', 4599)"));
            QVERIFY(v1->exec("INSERT INTO sync_state (resource, cursor, item_count) VALUES ('orders', 'k9', 1)"));
            // Version 1 has no last_error column.
            QVERIFY(!v1->prepare("SELECT last_error FROM sync_state").isValid());
        }
        CacheWriter writer;
        QString message;
        QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
        QCOMPARE(writer.state().cursors.value(QStringLiteral("orders")), QStringLiteral("k9"));
        writer.recordError(QStringLiteral("orders"), QStringLiteral("boom"));
        writer.closeFile();

        CipherDatabase::OpenError error;
        auto reader = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message);
        QVERIFY(reader);
        QCOMPARE(reader->userVersion(), CacheSchema::kCurrentVersion);
        QCOMPARE(reader->scalar("SELECT order_total_cents FROM orders WHERE id = '302-1111111-1111111'"), 4599);
        auto lastError = reader->prepare("SELECT last_error FROM sync_state WHERE resource = 'orders'");
        QVERIFY(lastError.isValid());
        QCOMPARE(lastError.step(), CipherDatabase::Statement::Step::Row);
        QCOMPARE(lastError.text(0), QStringLiteral("boom"));
        QCOMPARE(reader->scalar("SELECT count(*) FROM sqlite_master WHERE name = 'orders_sort_purchase_date'"), 1);
    }

    // A version 2 file, written as version 2's writer wrote it (INSERT OR REPLACE under TEXT primary
    // keys, an order replaced by a newer version), becomes version 3 with every row, the items
    // clustered behind their orders, the natural keys as UNIQUE indexes, and stays writable.
    void version2FileMigratesToVersion3KeepingEveryRow()
    {
        const QString db = path("v2");
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        const char* const kContent =
            "SELECT 'o', id, marketplace_id, purchase_date, last_update_date, status, fulfillment_channel, currency, "
            "order_total_cents, NULL, NULL FROM orders "
            "UNION ALL SELECT 'i', id, order_id, sku, asin, title, quantity, item_price_cents, item_tax_cents, "
            "shipping_price_cents, promotion_discount_cents FROM order_items "
            "UNION ALL SELECT 'e', id, type, charge, posted_at, marketplace_id, currency, amount_cents, order_id, "
            "order_item_id, sku FROM financial_events "
            "UNION ALL SELECT 'p', sku, asin, title, marketplace_ids, updated_at, NULL, NULL, NULL, NULL, NULL FROM "
            "products "
            "UNION ALL SELECT 'v', sku, region, fulfillable, inbound, reserved, unfulfillable, updated_at, NULL, NULL, "
            "NULL "
            "FROM inventory "
            "UNION ALL SELECT 's', resource, cursor, item_count, last_error, NULL, NULL, NULL, NULL, NULL, NULL "
            "FROM sync_state ORDER BY 1, 2, 3";
        auto content = [&](CipherDatabase& database) {
            QStringList rows;
            CipherDatabase::Statement s = database.prepare(kContent);
            while (s.step() == CipherDatabase::Statement::Step::Row) {
                QStringList columns;
                for (int c = 0; c < 11; ++c)
                    columns << (s.isNull(c) ? QStringLiteral("<null>") : s.text(c));
                rows << columns.join(QLatin1Char('|'));
            }
            return rows;
        };
        QStringList before;
        {
            CipherDatabase::OpenError error;
            QString message;
            auto v2 = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Writer, &error, &message);
            QVERIFY2(v2, qPrintable(message));
            QCOMPARE(CacheSchema::migrate(*v2, &message, 2), CacheSchema::Result::Ok);
            QCOMPARE(v2->userVersion(), 2);
            QVERIFY(v2->begin());
            auto order =
                v2->prepare("INSERT OR REPLACE INTO orders (id, marketplace_id, purchase_date, last_update_date, "
                            "status, fulfillment_channel, currency, order_total_cents) "
                            "VALUES (?1, 'A1PA6795UKMFR9', ?2, ?2, ?3, 'AFN', 'EUR', ?4)");
            auto deleteItems = v2->prepare("DELETE FROM order_items WHERE order_id = ?1");
            auto item = v2->prepare("INSERT OR REPLACE INTO order_items (id, order_id, sku, asin, title, quantity, "
                                    "item_price_cents, item_tax_cents, shipping_price_cents, promotion_discount_cents) "
                                    "VALUES (?1, ?2, ?3, 'B0TESTASIN', 'Garden hose', 1, ?4, NULL, 0, 0)");
            auto event =
                v2->prepare("INSERT OR REPLACE INTO financial_events (id, type, charge, posted_at, marketplace_id, "
                            "currency, amount_cents, order_id, order_item_id, sku) "
                            "VALUES (?1, 'Order', 'Principal', '2025-05-01T00:00:00Z', 'A1PA6795UKMFR9', 'EUR', ?2, "
                            "?3, ?4, 'SKU-1')");
            auto writeOrder = [&](int n, const QString& status, int items) {
                const QString id = QStringLiteral("302-%1-0000000").arg(n, 7, 10, QLatin1Char('0'));
                order.bind(1, id),
                    order.bind(2, QStringLiteral("2025-05-%1T00:00:00Z").arg(n % 28 + 1, 2, 10, QLatin1Char('0')));
                order.bind(3, status), order.bind(4, qint64(n * 100));
                QVERIFY(order.run());
                deleteItems.bind(1, id);
                QVERIFY(deleteItems.run());
                for (int k = 0; k < items; ++k) {
                    const QString itemId = QStringLiteral("%1%2").arg(n).arg(k);
                    item.bind(1, itemId), item.bind(2, id), item.bind(3, QStringLiteral("SKU-%1").arg(k));
                    item.bind(4, qint64(n * 10 + k));
                    QVERIFY(item.run());
                    event.bind(1, QStringLiteral("ev-%1-%2").arg(status, itemId)), event.bind(2, qint64(n + k));
                    event.bind(3, id), event.bind(4, itemId);
                    QVERIFY(event.run());
                }
            };
            for (int n = 1; n <= 300; ++n)
                writeOrder(n, QStringLiteral("Pending"), 1 + n % 3);
            // Newer versions of some orders: replaced rows, new rowids, one item fewer.
            for (int n = 1; n <= 300; n += 7)
                writeOrder(n, QStringLiteral("Shipped"), qMax(1, n % 3));
            QVERIFY(v2->exec(
                "INSERT INTO products VALUES ('SKU-0', 'B0A', 'Hose', 'A1PA6795UKMFR9', '2025-01-01T00:00:00Z')"));
            QVERIFY(v2->exec(
                "INSERT INTO products VALUES ('SKU-1', 'B0B', 'Reel', 'A1PA6795UKMFR9', '2025-01-01T00:00:00Z')"));
            QVERIFY(v2->exec("INSERT INTO inventory VALUES ('SKU-0', 'EU', 5, 1, 0, 0, '2025-01-01T00:00:00Z')"));
            QVERIFY(v2->exec("INSERT INTO inventory VALUES ('SKU-0', 'NA', 2, 0, 1, 0, '2025-01-01T00:00:00Z')"));
            QVERIFY(v2->exec("INSERT INTO sync_state (resource, cursor, item_count, last_error) "
                             "VALUES ('orders', 'k9', 300, 'boom'), ('financial-events', 'e4', 0, NULL)"));
            QVERIFY(v2->commit());
            before = content(*v2);
            QVERIFY(before.size() > 1000);
            // v10 resets the events' cursor: they are listed again with their settlement (issue 17).
            const QString events = QStringLiteral("s|financial-events|e4|");
            QVERIFY(before.contains(events + QStringLiteral("0|<null>|<null>|<null>|<null>|<null>|<null>|<null>")));
            before.replaceInStrings(events, QStringLiteral("s|financial-events|<null>|"));
        }
        {
            CacheWriter writer;
            QString message;
            QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
            writer.closeFile();
        }
        CipherDatabase::OpenError error;
        QString message;
        {
            auto v3 = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Writer, &error, &message);
            QVERIFY2(v3, qPrintable(message));
            QCOMPARE(v3->userVersion(), CacheSchema::kCurrentVersion); // v3, then v4's summary tables
            QCOMPARE(content(*v3), before);
            // Items behind their orders, in their order's sequence.
            QCOMPARE(v3->scalar("SELECT count(*) FROM order_items i WHERE (i.row_id >> 16) "
                                "<> (SELECT o.row_id FROM orders o WHERE o.id = i.order_id)"),
                     0);
            QCOMPARE(v3->scalar("SELECT count(*) FROM order_items WHERE (row_id & 65535) > 2"), 0);
            // Orders keep their arrival order: the replaced ones come last.
            CipherDatabase::Statement last = v3->prepare("SELECT status FROM orders ORDER BY row_id DESC LIMIT 1");
            QCOMPARE(last.step(), CipherDatabase::Statement::Step::Row);
            QCOMPARE(last.text(0), QStringLiteral("Shipped"));
            last.reset();
            const QStringList indexes{QStringLiteral("financial_events_by_settlement"), // v10
                                      QStringLiteral("financial_events_id_unique"),
                                      QStringLiteral("financial_events_sort_amount"), // v8: one per sort
                                      QStringLiteral("financial_events_sort_charge"),
                                      QStringLiteral("financial_events_sort_marketplace"),
                                      QStringLiteral("financial_events_sort_posted_at"), // v4's by_posted_at
                                      QStringLiteral("financial_events_sort_type"),
                                      QStringLiteral("inventory_sku_region_unique"),
                                      QStringLiteral("item_texts_unique"), // v7
                                      QStringLiteral("order_items_by_order"),
                                      QStringLiteral("order_items_id_unique"),
                                      QStringLiteral("orders_id_unique"),
                                      QStringLiteral("orders_sort_marketplace"),
                                      QStringLiteral("orders_sort_purchase_date"), // v2's by_purchase_date
                                      QStringLiteral("orders_sort_status"),
                                      QStringLiteral("orders_sort_total"),
                                      QStringLiteral("products_sku_unique"),
                                      QStringLiteral("restock_settings_one_per_sku"), // v12
                                      QStringLiteral("settlements_by_period")};       // v10
            QStringList found;
            CipherDatabase::Statement names =
                v3->prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
            while (names.step() == CipherDatabase::Statement::Step::Row)
                found << names.text(0);
            QCOMPARE(found, indexes);
            QVERIFY(
                !v3->exec("INSERT INTO orders (id, marketplace_id, purchase_date, last_update_date, status, "
                          "fulfillment_channel, currency) SELECT id, marketplace_id, purchase_date, last_update_date, "
                          "status, fulfillment_channel, currency FROM orders LIMIT 1")); // the id is unique
            auto check = v3->prepare("PRAGMA integrity_check");
            QCOMPARE(check.step(), CipherDatabase::Statement::Step::Row);
            QCOMPARE(check.text(0), QStringLiteral("ok"));
        } // statements before their connection

        // Incremental writes continue from the stored cursor on the migrated file (indexed upserts).
        CacheWriter writer;
        QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
        const QString first = QStringLiteral("302-0000001-0000000");
        const auto result = writer.writePage(
            QStringLiteral("orders"), QStringLiteral("k9"),
            orderPage({order(first, QStringLiteral("SKU-Z"), QStringLiteral("7.00"), QStringLiteral("Canceled"))},
                      QStringLiteral("k10"), false));
        QCOMPARE(result.status, CacheWriter::WriteStatus::Written);
        writer.closeFile();
        auto reader = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message);
        QVERIFY(reader);
        QCOMPARE(reader->scalar("SELECT count(*) FROM orders"), 300);
        QCOMPARE(reader->scalar("SELECT order_total_cents FROM orders WHERE id = '302-0000001-0000000'"), 700);
        QCOMPARE(reader->scalar("SELECT count(*) FROM order_items WHERE order_id = '302-0000001-0000000'"), 1);
        QCOMPARE(reader->scalar("SELECT count(*) FROM meta WHERE key LIKE 'bulk_load:%'"), 0);
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString db = path("v99");
        QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath()));
        {
            CipherDatabase::OpenError error;
            QString message;
            auto future = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Writer, &error, &message);
            QVERIFY(future);
            QVERIFY(future->exec("CREATE TABLE from_the_future (x)"));
            QVERIFY(future->setUserVersion(99));
            QVERIFY(future->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        const QByteArray before = fileHash(db);
        CacheWriter writer;
        QString message;
        QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::WrongKeyOrDamaged);
        QVERIFY2(message.contains(QLatin1String("newer version")), qPrintable(message));
        writer.closeFile();
        QCOMPARE(fileHash(db), before);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestEncryptedCache)
#include "TestEncryptedCache.moc"
