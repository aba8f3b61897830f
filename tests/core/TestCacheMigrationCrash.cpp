// A conversion of an SQLCipher 3 cache killed at any step leaves one readable cache: a process of
// its own (sp_core_cache_migration_tool) converts a cache made by Debian's 3.4.1 shell, stops at a
// named step and is killed with SIGKILL there; the next open ends with exactly one cache file, in
// the current format, holding every row. A wrong key and a file that is no cache are never touched.
#include "Sqlcipher3CacheFixture.h"

#include "cache/CacheFormatMigration.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

namespace {

constexpr int kOrders = 6000;

QStringList filesIn(const QString& folder) { return QDir(folder).entryList(QDir::Files | QDir::System, QDir::Name); }

} // namespace

class TestCacheMigrationCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_key = SecureBytes::random(32);
    QByteArray m_dump;
    QMap<QString, QStringList> m_rows; // the reference's
    int m_case = 0;

    QString newCache(const QByteArray& sql, bool leaveWal)
    {
        const QString db = m_dir.filePath(QStringLiteral("case%1/cache.db").arg(++m_case));
        QString error;
        if (!makeSqlcipher3Cache(db, m_key.toByteArray(), sql, leaveWal, &error))
            qWarning("%s", qPrintable(error));
        return db;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(kSqlcipher3Shell), "Debian's sqlcipher package (3.4.1) is not installed");
        const QString reference = m_dir.filePath(QStringLiteral("reference/cache.db"));
        QVERIFY(writeReferenceCache(reference, m_key.toByteArray(), kOrders));
        CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
        QString message;
        auto db = CipherDatabase::open(reference, m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message);
        QVERIFY2(db, qPrintable(message));
        m_dump = dumpSql(*db);
        m_rows = allRows(*db);
        QCOMPARE(m_rows.value(QStringLiteral("orders")).size(), kOrders);
    }

    void killedAtEachStepLeavesOneGoodCache_data()
    {
        QTest::addColumn<QString>("step");
        for (const char* step : {"Detected", "Checkpointed", "Exporting", "Exported", "Verified", "Swapped"})
            QTest::newRow(step) << QString::fromLatin1(step);
    }

    void killedAtEachStepLeavesOneGoodCache()
    {
        QFETCH(QString, step);
        // Rows still in the -wal of a 3.4.1 app that crashed: the checkpoint step has work to do.
        const QString db = newCache(m_dump, true);
        QVERIFY(QFileInfo(db + QStringLiteral("-wal")).size() > 0);
        const QString folder = QFileInfo(db).absolutePath();

        QProcess tool;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SP_MIGRATION_STOP_AT"), step);
        tool.setProcessEnvironment(env);
        tool.start(QStringLiteral(SP_CACHE_MIGRATION_TOOL), {db});
        QVERIFY(tool.waitForStarted());
        tool.write(SecureBytes::toHex(m_key.view()).toByteArray() + "\n");
        QByteArray output;
        const QByteArray stopped = "STOPPED " + step.toLatin1();
        while (!output.contains(stopped) && tool.state() == QProcess::Running && tool.waitForReadyRead(120000))
            output += tool.readAllStandardOutput();
        QVERIFY2(output.contains(stopped), output.constData());
        ::kill(pid_t(tool.processId()), SIGKILL);
        QVERIFY(tool.waitForFinished(30000));
        QCOMPARE(tool.exitStatus(), QProcess::CrashExit);
        // The copy beside the cache is private from its first byte.
        if (output.contains("MODE "))
            QVERIFY2(output.contains("MODE 600\n"), output.constData());
        const QString copy = CacheFormatMigration::temporaryPath(db);
        if (step == QLatin1String("Exporting") || step == QLatin1String("Exported")
            || step == QLatin1String("Verified"))
            QVERIFY2(QFileInfo(copy).size() > 0, "the kill did not interrupt a copy in progress");
        if (step == QLatin1String("Swapped"))
            QVERIFY(!QFileInfo::exists(copy));

        // The next start.
        {
            CacheWriter writer;
            QString message;
            QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
            writer.closeFile();
        }
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("cache.db")});
        CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
        QString message;
        auto reader = CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message);
        QVERIFY2(reader, qPrintable(message));
        QVERIFY(allRows(*reader) == m_rows);
        QCOMPARE(QFileInfo(db).permissions() & 0x0077, QFileDevice::Permissions());
    }

    void wrongKeyConvertsNothing()
    {
        // A cleanly closed 3.4.1 cache: not a byte changes, nothing appears beside it.
        const QString db = newCache(m_dump, false);
        const QString folder = QFileInfo(db).absolutePath();
        const QStringList before = filesIn(folder);
        const QByteArray hash = fileSha256(db);
        const SecureBytes wrong = SecureBytes::random(32);
        CacheWriter writer;
        QString message;
        QCOMPARE(writer.openFile(db, wrong.toByteArray(), &message), CipherDatabase::OpenError::WrongKeyOrDamaged);
        QCOMPARE(fileSha256(db), hash);
        QCOMPARE(filesIn(folder), before);

        // With its rows still in the -wal: closing a connection may fold the -wal's frames into the
        // file (SQLite copies them as they are, no key needed), but nothing is converted and every
        // row still reads with the right key in SQLCipher 3.4.1.
        const QString hot = newCache(m_dump, true);
        QCOMPARE(writer.openFile(hot, wrong.toByteArray(), &message), CipherDatabase::OpenError::WrongKeyOrDamaged);
        QVERIFY(!QFileInfo::exists(CacheFormatMigration::temporaryPath(hot)));
        QCOMPARE(sqlcipher3Answer(hot, m_key.toByteArray(), "SELECT count(*) FROM orders;"),
                 QByteArray::number(kOrders));

        // And the right key converts it.
        QCOMPARE(writer.openFile(hot, m_key.toByteArray(), &message), CipherDatabase::OpenError::None);
        writer.closeFile();
        QCOMPARE(filesIn(QFileInfo(hot).absolutePath()), QStringList{QStringLiteral("cache.db")});
    }

    // A 3.4.1 cache with a damaged data page (page 1 intact, so it reads as an SQLCipher 3 file) is
    // not converted: the old file stays for the user's Reset (which sets it aside), no copy is left.
    void damagedOldFileIsKeptAndNoCopyLeft()
    {
        const QString db = newCache(m_dump, false);
        {
            QFile file(db);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 1024;
            QVERIFY(pages > 100);
            for (qint64 page = pages / 2; page < pages / 2 + 40; ++page) {
                file.seek(page * 1024 + 300);
                file.write(QByteArray(16, '\x5a'));
            }
        }
        const qint64 size = QFileInfo(db).size();
        CacheWriter writer;
        QString message;
        QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::WrongKeyOrDamaged);
        QVERIFY2(message.contains(QLatin1String("could not be converted")), qPrintable(message));
        QCOMPARE(QFileInfo(db).size(), size);
        QVERIFY(!QFileInfo::exists(CacheFormatMigration::temporaryPath(db)));
        // Still the old format: 3.4.1 opens it (and finds the damage), SQLCipher 4 alone does not.
        QVERIFY(!sqlcipher3Answer(db, m_key.toByteArray(), "SELECT count(*) FROM sqlite_master;").isEmpty());
        CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
        QVERIFY(!CipherDatabase::open(db, m_key.toByteArray(), CipherDatabase::Role::Reader, &error, &message));
        QCOMPARE(error, CipherDatabase::OpenError::WrongKeyOrDamaged);
    }

    void fileThatIsNoCacheIsNotTouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray random(64 * 1024, '\0');
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 251);
        QTest::newRow("random bytes") << random;
        QByteArray plain("SQLite format 3");
        plain.append('\0');
        plain.append(QByteArray(4096 - plain.size(), 'x'));
        QTest::newRow("plain SQLite header") << plain;
    }

    void fileThatIsNoCacheIsNotTouched()
    {
        QFETCH(QByteArray, content);
        const QString db = m_dir.filePath(QStringLiteral("case%1/cache.db").arg(++m_case));
        QString error;
        QVERIFY(CacheFiles::prepareFile(db, &error));
        {
            QFile file(db);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        CacheWriter writer;
        QString message;
        QCOMPARE(writer.openFile(db, m_key.toByteArray(), &message), CipherDatabase::OpenError::WrongKeyOrDamaged);
        QCOMPARE(fileSha256(db), QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QCOMPARE(filesIn(QFileInfo(db).absolutePath()), QStringList{QStringLiteral("cache.db")});
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestCacheMigrationCrash)
#include "TestCacheMigrationCrash.moc"
