// The SQLCipher the core links: the pinned version built from Debian's source with our options
// (scripts/build-sqlcipher.sh), nothing of the system's libsqlcipher, and the file format of new caches.
#include "cache/CipherDatabase.h"
#include "cache/SecureBytes.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

namespace {

// Every row of a one-column statement.
QStringList column(CipherDatabase& db, const char* sql)
{
    QStringList rows;
    CipherDatabase::Statement statement = db.prepare(sql);
    while (statement.isValid() && statement.step() == CipherDatabase::Statement::Step::Row)
        rows << statement.text(0);
    return rows;
}

QString first(CipherDatabase& db, const char* sql) { return column(db, sql).value(0); }

} // namespace

class TestSqlCipherLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SecureBytes m_key = SecureBytes::random(32);

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    std::unique_ptr<CipherDatabase> open(const QString& file)
    {
        CipherDatabase::OpenError error = CipherDatabase::OpenError::Io;
        QString message;
        auto db = CipherDatabase::open(file, m_key.toByteArray(), CipherDatabase::Role::Writer, &error, &message);
        if (!db)
            qWarning().noquote() << "open failed:" << message;
        return db;
    }

    // Runs `script` in a `sqlcipher` shell on `file` (the key goes through stdin, never argv).
    static QByteArray shell(const QString& program, const QString& file, const QByteArray& script)
    {
        QProcess process;
        process.start(program, {file});
        if (!process.waitForStarted())
            return "(shell did not start)";
        process.write(script);
        process.closeWriteChannel();
        if (!process.waitForFinished(30000))
            return "(shell did not finish)";
        return process.readAllStandardOutput().trimmed() + process.readAllStandardError().trimmed();
    }

    QByteArray keyPragma() const
    {
        return "PRAGMA key = \"x'" + SecureBytes::toHex(m_key.view()).toByteArray() + "'\";\n";
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theLinkedLibraryIsThePinnedSqlCipher()
    {
        auto db = open(path("version.db"));
        QVERIFY(db);
        const QString version = first(*db, "PRAGMA cipher_version");
        QVERIFY2(version.startsWith(QStringLiteral(SP_SQLCIPHER_VERSION " ")), qPrintable(version));
        QCOMPARE(first(*db, "PRAGMA cipher_provider"), QStringLiteral("openssl"));
        QVERIFY2(first(*db, "SELECT sqlite_version()").startsWith(QLatin1String("3.46.")),
                 qPrintable(first(*db, "SELECT sqlite_version()")));
    }

    void theCompileOptionsAreOurs()
    {
        auto db = open(path("options.db"));
        QVERIFY(db);
        const QStringList options = column(*db, "PRAGMA compile_options");
        QVERIFY(!options.isEmpty());
        for (const char* wanted : {"HAS_CODEC", "ENABLE_FTS5", "SECURE_DELETE", "TEMP_STORE=3", "OMIT_LOAD_EXTENSION",
                                   "DEFAULT_MEMSTATUS=0", "THREADSAFE=1"})
            QVERIFY2(options.contains(QLatin1String(wanted)), wanted);
        // Unused, and past memory-safety bugs reachable from crafted files: not compiled in.
        for (const QString& option : options)
            QVERIFY2(!option.startsWith(QLatin1String("ENABLE_FTS3"))
                         && !option.startsWith(QLatin1String("ENABLE_FTS4"))
                         && !option.startsWith(QLatin1String("ENABLE_RTREE"))
                         && !option.startsWith(QLatin1String("ENABLE_LOAD_EXTENSION")),
                     qPrintable(option));
        // What the options mean, asked of the engine itself rather than of its list.
        QVERIFY(!db->exec("CREATE VIRTUAL TABLE f3 USING fts3(body)"));
        QVERIFY(!db->exec("CREATE VIRTUAL TABLE f4 USING fts4(body)"));
        QVERIFY(!db->exec("CREATE VIRTUAL TABLE r USING rtree(id, x0, x1)"));
        QVERIFY(!db->exec("SELECT load_extension('libm.so.6')"));
        QCOMPARE(first(*db, "PRAGMA secure_delete"), QStringLiteral("1"));
    }

    // Nothing in this process comes from the system's SQLCipher or SQLite shared objects: the
    // symbols are the static library's, so no other copy could answer instead of it.
    void noSharedSqliteIsLoaded()
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.open(QIODevice::ReadOnly));
        const QByteArray mapped = maps.readAll();
        QVERIFY(!mapped.contains("libsqlcipher"));
        QVERIFY(!mapped.contains("libsqlite3"));
    }

    void aNewFileHasSqlCipher4DefaultsAndIsEncrypted()
    {
        const QString file = path("new.db");
        {
            auto db = open(file);
            QVERIFY(db);
            QCOMPARE(first(*db, "PRAGMA cipher_page_size"), QStringLiteral("4096"));
            QCOMPARE(first(*db, "PRAGMA cipher_hmac_algorithm"), QStringLiteral("HMAC_SHA512"));
            QVERIFY(db->exec("CREATE TABLE t(x TEXT)"));
            QVERIFY(db->exec("INSERT INTO t VALUES ('MARKER-PLAINTEXT-42')"));
        }
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.size() >= 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("MARKER-PLAINTEXT-42"));
        // SQLCipher 4's shell built from the same source opens it with the key alone (no settings).
        QCOMPARE(shell(QStringLiteral(SP_SQLCIPHER_SHELL), file, keyPragma() + "SELECT x FROM t;\n"),
                 QByteArray("ok\nMARKER-PLAINTEXT-42"));
        // Without the key it is not a database.
        QVERIFY(shell(QStringLiteral(SP_SQLCIPHER_SHELL), file, "SELECT x FROM t;\n").contains("not a database"));
    }

    void ftsTrigramSearchWorksInAnEncryptedFile()
    {
        auto db = open(path("fts.db"));
        QVERIFY(db);
        QVERIFY(db->exec("CREATE VIRTUAL TABLE titles USING fts5(title, tokenize = 'trigram')"));
        CipherDatabase::Statement insert = db->prepare("INSERT INTO titles(title) VALUES (?)");
        for (const char* title : {"Garden hose 25 m", "Watering can", "Hose reel, wall-mounted"}) {
            insert.bind(1, QString::fromUtf8(title));
            QVERIFY(insert.run());
        }
        CipherDatabase::Statement search = db->prepare("SELECT title FROM titles WHERE titles MATCH ? ORDER BY rowid");
        search.bind(1, QStringLiteral("\"hose\"")); // a substring, any case
        QStringList found;
        while (search.step() == CipherDatabase::Statement::Step::Row)
            found << search.text(0);
        QCOMPARE(found, (QStringList{QStringLiteral("Garden hose 25 m"), QStringLiteral("Hose reel, wall-mounted")}));
        QCOMPARE(first(*db, "SELECT count(*) FROM titles WHERE title LIKE '%ater%'"), QStringLiteral("1"));
    }

    void versionsBefore4AreRefused_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("supported");
        QTest::newRow("Debian 12") << QStringLiteral("3.4.1") << false;
        QTest::newRow("2.x") << QStringLiteral("2.2.1 community") << false;
        QTest::newRow("pinned") << QStringLiteral("4.6.1 community") << true;
        QTest::newRow("later") << QStringLiteral("4.10.0 community") << true;
        QTest::newRow("5") << QStringLiteral("5.0.0") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("garbage") << QStringLiteral("community") << false;
    }

    void versionsBefore4AreRefused()
    {
        QFETCH(QString, version);
        QFETCH(bool, supported);
        QCOMPARE(CipherDatabase::isSupportedCipherVersion(version), supported);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSqlCipherLibrary)
#include "TestSqlCipherLibrary.moc"
