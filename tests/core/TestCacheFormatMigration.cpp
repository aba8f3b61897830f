// A cache that Debian's SQLCipher 3.4.1 wrote is converted to SQLCipher 4's format on its first open
// through the app's own path (AccountCache, the key from the real keychain): the same rows, the same
// summaries and dashboard figures, the old file gone (3.4.1 no longer reads the file at that name),
// and the new file opens in the SQLCipher 4.6.1 shell built from the same source with the keychain's key.
#include "Sqlcipher3CacheFixture.h"

#include "cache/AccountCache.h"
#include "cache/CacheFormatMigration.h"
#include "cache/CacheKey.h"
#include "cache/CacheQuery.h"
#include "cache/ReadConnection.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "reports/DashboardQuery.h"
#include "secrets/QtKeychainSecretStore.h"
#include "support/CacheSummary.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <sys/stat.h>

namespace sp::test {

namespace {

constexpr int kOrders = 3000;
const QString kAccount = QStringLiteral("acct_format_migration");

QMutex s_logLock;
QStringList s_cacheLog;
QtMessageHandler s_previousHandler = nullptr;

void recordCacheLog(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (context.category && QByteArray(context.category) == "sellerpulse.core.cache") {
        QMutexLocker locker(&s_logLock);
        s_cacheLog.append(message);
    }
    s_previousHandler(type, context, message);
}

// The dashboard's figures for January 2026, as text that two caches can be compared by.
QString dashboardFigures(const CacheQuery& query)
{
    DashboardQuery dashboard(query);
    const DashboardData data =
        dashboard.load(DashboardFilter{Period{QDate(2026, 1, 1), QDate(2026, 1, 31)}, {}}, QDate(2026, 1, 31));
    QStringList lines{dashboard.lastError()};
    for (const CurrencyTotals& totals : data.current)
        lines << QStringLiteral("%1 revenue %2 units %3 orders %4 pending %5 fees %6 net %7")
                     .arg(totals.currency)
                     .arg(totals.revenueCents)
                     .arg(totals.units)
                     .arg(totals.orders)
                     .arg(totals.pendingUnits)
                     .arg(totals.amazonFeesCents)
                     .arg(totals.netProfitCents);
    for (const DailyPoint& point : data.daily)
        lines << QStringLiteral("%1 %2 %3")
                     .arg(point.day.toString(Qt::ISODate))
                     .arg(point.revenueCents)
                     .arg(point.currency);
    for (const ProductRank& rank : data.topEarners)
        lines << QStringLiteral("top %1 %2 %3").arg(rank.sku).arg(rank.units).arg(rank.revenueCents);
    return lines.join(QLatin1Char('\n'));
}

ino_t inodeOf(const QString& path)
{
    struct stat info = {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

} // namespace

class TestCacheFormatMigration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<Profile> m_profile;
    QtKeychainSecretStore m_keychain{QStringLiteral("SellerPulse-tests")};
    Clock m_clock;

    std::optional<QByteArray> keyFromKeychain(bool create)
    {
        std::optional<QByteArray> answer;
        bool done = false;
        CacheKey::load(&m_keychain, CacheKey::secretName(*m_profile, kAccount), create, this,
                       [&](CacheKey::Status status, const QByteArray& key, const QString&) {
                           if (status == CacheKey::Status::Ok)
                               answer = key;
                           done = true;
                       });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            return std::nullopt;
        return answer;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(kSqlcipher3Shell), "Debian's sqlcipher package (3.4.1) is not installed");
        QString error;
        m_profile = Profile::open(m_dir.filePath(QStringLiteral("profile")), &error);
        QVERIFY2(m_profile, qPrintable(error));
        s_previousHandler = qInstallMessageHandler(recordCacheLog);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previousHandler);
        bool done = false;
        CacheKey::remove(&m_keychain, CacheKey::secretName(*m_profile, kAccount), this,
                         [&](bool, const QString&) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    }

    void sqlcipher3CacheIsConvertedOnFirstOpen()
    {
        // The key the app created for this account, in the real keychain.
        const std::optional<QByteArray> key = keyFromKeychain(true);
        QVERIFY(key && key->size() == 32);
        CacheKey::setCreated(&*m_profile, kAccount, true);

        // What the app's writer makes of these orders, and what 3.4.1 made of the same rows.
        const QString reference = m_dir.filePath(QStringLiteral("reference/cache.db"));
        QVERIFY(writeReferenceCache(reference, *key, kOrders));
        QMap<QString, QStringList> referenceRows;
        QJsonObject referenceSummary;
        QString referenceFigures;
        QByteArray dump;
        {
            CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
            QString message;
            auto db = CipherDatabase::open(reference, *key, CipherDatabase::Role::Reader, &error, &message);
            QVERIFY2(db, qPrintable(message));
            dump = dumpSql(*db);
            referenceRows = allRows(*db);
            referenceSummary = CacheSummary::read(*db);
            CacheQuery query(std::move(db));
            referenceFigures = dashboardFigures(query);
        }
        QCOMPARE(referenceRows.value(QStringLiteral("orders")).size(), kOrders);
        QVERIFY(referenceFigures.contains(QLatin1String("EUR revenue")));

        const QString folder = CacheFiles::accountDir(*m_profile, kAccount);
        const QString db = CacheFiles::databasePath(folder);
        QString error;
        QVERIFY2(makeSqlcipher3Cache(db, *key, dump, false, &error), qPrintable(error));
        QCOMPARE(sqlcipher3Answer(db, *key, "SELECT count(*) FROM orders;"), QByteArray::number(kOrders));
        const ino_t oldInode = inodeOf(db);
        // Someone planted a link where the copy goes (only the user can, in the 0700 folder): it is
        // removed, never written through.
        const QString target = m_dir.filePath(QStringLiteral("elsewhere"));
        {
            QFile file(target);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("untouched");
        }
        QVERIFY(QFile::link(target, CacheFormatMigration::temporaryPath(db)));

        {
            QMutexLocker locker(&s_logLock);
            s_cacheLog.clear();
        }
        {
            AccountCache cache(&m_keychain, &*m_profile, &m_clock);
            cache.open(kAccount);
            QTRY_VERIFY_WITH_TIMEOUT(cache.state() != AccountCache::State::Opening, 120000);
            QCOMPARE(cache.state(), AccountCache::State::Open);
            CipherDatabase& reader = ReadConnection::of(*cache.query());
            QVERIFY(allRows(reader) == referenceRows);
            QCOMPARE(CacheSummary::read(reader), referenceSummary);
            QCOMPARE(dashboardFigures(*cache.query()), referenceFigures);
        }
        {
            QMutexLocker locker(&s_logLock);
            const QString log = s_cacheLog.join(QLatin1Char('\n'));
            QVERIFY2(log.contains(QLatin1String("written by SQLCipher 3")), qPrintable(log));
            QVERIFY2(log.contains(QLatin1String("cache converted to SQLCipher 4's format")), qPrintable(log));
            QVERIFY(!log.contains(QString::fromLatin1(SecureBytes::toHex(*key).toByteArray())));
        }

        // The old file is gone: a new file holds the name, 0600, nothing beside it, and 3.4.1 cannot read it.
        QVERIFY(inodeOf(db) != oldInode);
        const QStringList files = QDir(folder).entryList(QDir::Files | QDir::System);
        QVERIFY2(!files.filter(QStringLiteral("migrating")).size(), qPrintable(files.join(QLatin1Char(' '))));
        QCOMPARE(QFileInfo(db).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(target).size(), qint64(9));
        QVERIFY(!sqlcipher3Answer(db, *key, "SELECT count(*) FROM orders;").startsWith(QByteArray::number(kOrders)));

        // The SQLCipher 4 shell (its own process) reads it with the key the keychain holds.
        const std::optional<QByteArray> stored = keyFromKeychain(false);
        QVERIFY(stored && *stored == *key);
        QProcess shell;
        shell.start(QStringLiteral(SP_SQLCIPHER4_SHELL), {db});
        QVERIFY(shell.waitForStarted());
        shell.write("PRAGMA key = \"x'" + SecureBytes::toHex(*stored).toByteArray()
                    + "'\";\nSELECT count(*) FROM orders;\nPRAGMA cipher_version;\n.quit\n");
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(60000));
        const QList<QByteArray> lines = shell.readAllStandardOutput().trimmed().split('\n');
        QVERIFY2(lines.size() >= 2, shell.readAllStandardError().constData());
        QCOMPARE(lines.at(lines.size() - 2).trimmed(), QByteArray::number(kOrders));
        QVERIFY2(lines.last().startsWith("4."), lines.last().constData());
    }

    // The app refuses to open a cache with an SQLCipher older than 4 (the linked one passes: every open here).
    void sqlcipherOlderThan4IsRefused()
    {
        QVERIFY(!CipherDatabase::isSupportedCipherVersion(QStringLiteral("3.4.1")));
        QVERIFY(!CipherDatabase::isSupportedCipherVersion(QStringLiteral("3.99.0 community")));
        QVERIFY(!CipherDatabase::isSupportedCipherVersion(QString()));
        QVERIFY(!CipherDatabase::isSupportedCipherVersion(QStringLiteral("community")));
        QVERIFY(CipherDatabase::isSupportedCipherVersion(QStringLiteral("4.6.1 community")));
        QVERIFY(CipherDatabase::isSupportedCipherVersion(QStringLiteral("10.0.0")));
    }

    void convertedCacheOpensDirectlyNextTime()
    {
        const std::optional<QByteArray> key = keyFromKeychain(false);
        QVERIFY(key);
        const QString db = CacheFiles::databasePath(CacheFiles::accountDir(*m_profile, kAccount));
        CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
        QString message;
        QVERIFY2(CipherDatabase::open(db, *key, CipherDatabase::Role::Reader, &error, &message), qPrintable(message));
        {
            QMutexLocker locker(&s_logLock);
            s_cacheLog.clear();
        }
        const ino_t inode = inodeOf(db);
        AccountCache cache(&m_keychain, &*m_profile, &m_clock);
        cache.open(kAccount);
        QTRY_VERIFY_WITH_TIMEOUT(cache.state() != AccountCache::State::Opening, 60000);
        QCOMPARE(cache.state(), AccountCache::State::Open);
        QCOMPARE(inodeOf(db), inode);
        QMutexLocker locker(&s_logLock);
        QVERIFY(!s_cacheLog.join(QLatin1Char('\n')).contains(QLatin1String("SQLCipher 3")));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestCacheFormatMigration)
#include "TestCacheFormatMigration.moc"
