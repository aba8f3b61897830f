#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QtGlobal>

#include <functional>
#include <memory>

struct sqlite3;
class QThread;
struct sqlite3_stmt;

namespace sp {

// One connection to an SQLCipher file, through the C API (QtSql's driver is plain SQLite).
// SQL runs with bound parameters only. Not thread-safe: one thread uses one connection.
class CipherDatabase
{
    Q_DISABLE_COPY(CipherDatabase)
public:
    enum class OpenError { None, NotSqlCipher, WrongKeyOrDamaged, Io };
    enum class Role { Writer, Reader };
    // Current: SQLCipher 4's settings (the app's files). Sqlcipher3: a file written by SQLCipher 3.x
    // (cipher_compatibility = 3), opened only to convert it (CacheFormatMigration).
    enum class Format { Current, Sqlcipher3 };

    // A prepared statement; reset and reused by its owner. Moves only.
    class Statement
    {
        Q_DISABLE_COPY(Statement)
    public:
        Statement() = default;
        Statement(Statement&& other) noexcept;
        Statement& operator=(Statement&& other) noexcept;
        ~Statement();
        bool isValid() const { return m_stmt != nullptr; }
        void bind(int index, const QString& value); // 1-based; a null QString binds NULL
        void bind(int index, qint64 value);
        void bindNull(int index);
        enum class Step { Row, Done, Error };
        Step step();
        // step() until Done; false on error. Resets the statement for the next use.
        bool run();
        void reset();
        QString text(int column) const;
        // The column's UTF-8 bytes without a copy: valid until the next step(), reset() or bind().
        QByteArrayView utf8(int column) const;
        qint64 int64(int column) const;
        bool isNull(int column) const;
        // The column as SQLite typed it: qint64, double, QString, or null (blobs come as QByteArray).
        QVariant value(int column) const;

    private:
        friend class CipherDatabase;
        Statement(sqlite3_stmt* stmt, CipherDatabase* owner)
            : m_stmt(stmt)
            , m_owner(owner)
        {}
        sqlite3_stmt* m_stmt = nullptr;
        CipherDatabase* m_owner = nullptr;
    };

    // What a failed statement says about the file. SQLCipher 3.4.1 reports a page whose HMAC does
    // not match as SQLITE_CORRUPT on most reads and writes, but a page it cannot decrypt while
    // SQLite walks a B-tree may surface as plain SQLITE_ERROR ("SQL logic error or missing
    // database"): that is Suspect, and an integrity check decides.
    enum class Damage { None, Suspect, Damaged };
    static Damage classify(int sqliteCode);
    // Called on this connection's thread whenever a statement fails with Suspect or Damaged.
    using DamageHandler = std::function<void(Damage damage)>;
    void setDamageHandler(DamageHandler handler) { m_damageHandler = std::move(handler); }
    bool damaged() const { return m_damaged; } // a statement failed with SQLITE_CORRUPT/NOTADB
    // From now on only `thread` may use this connection (CacheReader's). Any other use is a bug that
    // would run SQL where it must not (the UI thread): a debug build aborts with the thread's name,
    // a release build logs it once and refuses the statement.
    void restrictToThread(QThread* thread) { m_thread = thread; }
    // Stops a running statement from any thread (a long integrity check when the app quits).
    void interrupt();

    // Opens `path` keyed with the 32-byte raw `key` (an empty key opens without encryption: the sync
    // benchmark only). When the file exists, nothing is written before the key has been checked.
    // On failure returns nullptr with `error` and a readable `message` (never the key).
    static std::unique_ptr<CipherDatabase> open(const QString& path, const QByteArray& key, Role role, OpenError* error,
                                                QString* message, Format format = Format::Current);
    ~CipherDatabase();
    // True for a `PRAGMA cipher_version` answer of SQLCipher 4 or newer ("4.6.1 community").
    static bool isSupportedCipherVersion(const QString& cipherVersion);
    // SQLite's and OpenSSL's one-time set-up (OpenSSL's configuration, the algorithm tables SQLCipher
    // fetches for its page cipher, HMAC and key derivation): 1-2 ms that the first open() pays otherwise.
    // Any thread; the app's start runs it on a pool thread while the keychain reads the key.
    static void warmUp();

    bool exec(const char* sql);      // a constant statement (DDL, pragmas)
    int execStatus(const char* sql); // the same, for an expected failure: SQLite's code, no log
    qint64 lastInsertRowId() const;
    Statement prepare(const char* sql);                   // invalid Statement on error (see lastError())
    qint64 scalar(const char* sql, qint64 fallback = -1); // first column of the first row
    QString lastError() const;
    // SQLite's primary result code of the last failure (e.g. SQLITE_FULL), for classification.
    int lastErrorCode() const;
    // The last failure was a full disk (SQLITE_FULL; SQLite reports ENOSPC as that too).
    bool lastErrorIsDiskFull() const;
    bool begin();
    bool commit();
    void rollback();
    int userVersion();
    bool setUserVersion(int version);
    // ATTACH DATABASE `path` AS `schema` keyed with the raw `key`: the file name and the key are bound
    // values, so the key never enters an SQL text. `schema` is our own constant.
    bool attach(const QString& path, const char* schema, const QByteArray& key);
    // Called every `instructions` VM steps of any statement while set (nullptr stops it); returning
    // true interrupts the statement. For progress of one long statement (sqlcipher_export).
    using ProgressHandler = std::function<bool()>;
    void setProgressHandler(int instructions, ProgressHandler handler);

private:
    explicit CipherDatabase(sqlite3* db)
        : m_db(db)
    {}
    void noteFailure(int sqliteCode);
    sqlite3* m_db = nullptr;
    DamageHandler m_damageHandler;
    ProgressHandler m_progressHandler;
    bool m_damaged = false;
    QThread* m_thread = nullptr; // restrictToThread()
    bool onAllowedThread();
};

} // namespace sp
