#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <memory>

struct sqlite3;
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
        qint64 int64(int column) const;
        bool isNull(int column) const;

    private:
        friend class CipherDatabase;
        explicit Statement(sqlite3_stmt* stmt) : m_stmt(stmt) {}
        sqlite3_stmt* m_stmt = nullptr;
    };

    // Opens `path` keyed with the 32-byte raw `key` (an empty key opens without encryption: the sync
    // benchmark only). When the file exists, nothing is written before the key has been checked.
    // On failure returns nullptr with `error` and a readable `message` (never the key).
    static std::unique_ptr<CipherDatabase> open(const QString& path, const QByteArray& key, Role role,
                                                OpenError* error, QString* message);
    ~CipherDatabase();

    bool exec(const char* sql);               // a constant statement (DDL, pragmas)
    int execStatus(const char* sql);          // the same, for an expected failure: SQLite's code, no log
    qint64 lastInsertRowId() const;
    Statement prepare(const char* sql);       // invalid Statement on error (see lastError())
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

private:
    explicit CipherDatabase(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

} // namespace sp
