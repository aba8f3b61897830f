#include "cache/CipherDatabase.h"

#include <QThread>

#include "cache/CacheLog.h"

#include "cache/SecureBytes.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <sqlite3.h>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::CipherDatabase", text); }

} // namespace

CipherDatabase::Statement::Statement(Statement&& other) noexcept
    : m_stmt(other.m_stmt)
    , m_owner(other.m_owner)
{
    other.m_stmt = nullptr;
    other.m_owner = nullptr;
}

CipherDatabase::Statement& CipherDatabase::Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_owner = other.m_owner;
        other.m_stmt = nullptr;
        other.m_owner = nullptr;
    }
    return *this;
}

CipherDatabase::Statement::~Statement() { sqlite3_finalize(m_stmt); }

void CipherDatabase::Statement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void CipherDatabase::Statement::bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }

void CipherDatabase::Statement::bindNull(int index) { sqlite3_bind_null(m_stmt, index); }

CipherDatabase::Statement::Step CipherDatabase::Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return Step::Row;
    if (rc == SQLITE_DONE)
        return Step::Done;
    if (m_owner)
        m_owner->noteFailure(rc);
    return Step::Error;
}

bool CipherDatabase::Statement::run()
{
    Step result = step();
    while (result == Step::Row)
        result = step();
    reset();
    return result == Step::Done;
}

void CipherDatabase::Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString CipherDatabase::Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView CipherDatabase::Statement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

qint64 CipherDatabase::Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }

bool CipherDatabase::Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QVariant CipherDatabase::Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return QVariant();
    }
}

std::unique_ptr<CipherDatabase> CipherDatabase::open(const QString& path, const QByteArray& key, Role role,
                                                     OpenError* error, QString* message, Format format)
{
    auto fail = [&](OpenError kind, const QString& text) {
        if (error)
            *error = kind;
        if (message)
            *message = text;
        return std::unique_ptr<CipherDatabase>();
    };
    const bool exists = QFileInfo::exists(path);
    // An existing file is opened without CREATE; nothing is written before the key check below.
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (!exists && role == Role::Writer)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* raw = nullptr;
    const QByteArray nativePath = QFileInfo(path).absoluteFilePath().toUtf8();
    if (sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr) != SQLITE_OK) {
        const QString detail = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString();
        sqlite3_close(raw);
        qCWarning(lcCache).noquote() << "cannot open the cache file:" << detail;
        return fail(OpenError::Io, tr("The offline cache could not be opened (%1).").arg(detail));
    }
    std::unique_ptr<CipherDatabase> db(new CipherDatabase(raw));

    // Proves that SQLCipher, not plain SQLite, is linked: plain SQLite ignores PRAGMA key silently.
    // A SQLCipher before 4 (SHA-1 HMAC, an SQLite of 2017) is refused: its files are not ours.
    {
        Statement version = db->prepare("PRAGMA cipher_version");
        const QString text = version.isValid() && version.step() == Statement::Step::Row ? version.text(0) : QString();
        if (text.isEmpty())
            return fail(OpenError::NotSqlCipher,
                        tr("The database library is not SQLCipher; the offline cache cannot be encrypted."));
        if (!isSupportedCipherVersion(text)) {
            qCWarning(lcCache).noquote() << "SQLCipher" << text << "is older than 4: the cache is not opened";
            return fail(
                OpenError::NotSqlCipher,
                tr("The database library is SQLCipher %1; the offline cache needs SQLCipher 4 or newer.").arg(text));
        }
    }

    if (!key.isEmpty()) {
        if (key.size() != 32)
            return fail(OpenError::WrongKeyOrDamaged, tr("The cache key in the keychain is not valid."));
        // A raw key: SQLCipher skips its password KDF. The statement text holds the key only here.
        const SecureBytes hex = SecureBytes::toHex(key);
        QByteArray pragma;
        pragma.reserve(hex.size() + 32); // one buffer: a reallocation would leave a copy behind
        pragma.append("PRAGMA key = \"x'").append(hex.view()).append("'\"");
        const int rc = sqlite3_exec(db->m_db, pragma.constData(), nullptr, nullptr, nullptr);
        SecureBytes::wipe(pragma);
        if (rc != SQLITE_OK)
            return fail(OpenError::Io, tr("The offline cache could not be unlocked."));
        // SQLCipher 3's settings (1,024-byte pages, HMAC-SHA1, its KDF rounds), before the first read.
        if (format == Format::Sqlcipher3)
            db->exec("PRAGMA cipher_compatibility = 3");
    }
    // SQLCipher 4's defaults, nothing set: 4096-byte pages, AES-256-CBC with HMAC-SHA512 per page
    // (the raw key skips the KDF, so its iteration count costs nothing). Any SQLCipher 4 tool opens
    // the file with the key alone, and an export or migration needs no settings carried along.

    // Keying is lazy: a wrong key or a damaged file shows at the first read, as SQLITE_NOTADB.
    {
        Statement check = db->prepare("SELECT count(*) FROM sqlite_master");
        const bool ok = check.isValid() && check.step() == Statement::Step::Row;
        if (!ok) {
            const int code = sqlite3_errcode(db->m_db);
            qCWarning(lcCache) << "cache key check failed, sqlite code" << code;
            if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
                return fail(OpenError::WrongKeyOrDamaged,
                            tr("The offline cache cannot be read: its key does not match or the file is damaged. "
                               "You can reset the cache and download your data again."));
            return fail(OpenError::Io, tr("The offline cache could not be read (%1).").arg(db->lastError()));
        }
    }

    // WAL: readers (the views) never wait for the sync's writes, and a killed process leaves at
    // most an unfinished frame at the end of the WAL, which the next open ignores.
    // synchronous=NORMAL: in WAL mode a killed process loses no committed transaction (the OS has
    // the pages) and the file is never corrupted; only a power cut may undo the last commits, which
    // the stored cursor (committed with its rows) makes the next sync fetch again.
    if (role == Role::Writer) {
        if (!db->exec("PRAGMA journal_mode = WAL") || !db->exec("PRAGMA synchronous = NORMAL"))
            return fail(OpenError::Io, tr("The offline cache could not be prepared (%1).").arg(db->lastError()));
        // Every page evicted from the cache is decrypted and verified again: 4x slower without it.
        db->exec("PRAGMA cache_size = -262144");
        // A row replaced by INSERT OR REPLACE fires the table's DELETE triggers too (summaries that
        // triggers maintain stay exact when a newer version of a record arrives).
        db->exec("PRAGMA recursive_triggers = ON");
    } else {
        db->exec("PRAGMA query_only = 1");
        db->exec("PRAGMA cache_size = -16384");
    }
    db->exec("PRAGMA temp_store = MEMORY");
    db->exec("PRAGMA foreign_keys = OFF");
    sqlite3_busy_timeout(db->m_db, 5000);
    if (error)
        *error = OpenError::None;
    return db;
}

// close_v2: a statement that outlives its database (a writer's prepared set destroyed after it)
// finalizes later and the connection closes then; plain close would fail with BUSY and leak it.
CipherDatabase::~CipherDatabase() { sqlite3_close_v2(m_db); }

void CipherDatabase::warmUp()
{
    sqlite3_initialize();
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CONFIG, nullptr);
    // Fetched and freed: OpenSSL keeps the providers' tables, so SQLCipher's own fetches find them.
    EVP_KDF_free(EVP_KDF_fetch(nullptr, "PBKDF2", nullptr));
    EVP_MD_free(EVP_MD_fetch(nullptr, "SHA512", nullptr));
    EVP_CIPHER_free(EVP_CIPHER_fetch(nullptr, "AES-256-CBC", nullptr));
}

bool CipherDatabase::isSupportedCipherVersion(const QString& cipherVersion)
{
    // "4.6.1 community": the major version before the first dot.
    bool ok = false;
    const int major = cipherVersion.section(QLatin1Char('.'), 0, 0).toInt(&ok);
    return ok && major >= 4;
}

CipherDatabase::Damage CipherDatabase::classify(int sqliteCode)
{
    switch (sqliteCode & 0xff) { // the primary code of an extended one
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Damage::Damaged;
    case SQLITE_ERROR:
    case SQLITE_IOERR:
        return Damage::Suspect;
    default:
        return Damage::None; // busy, locked, constraint, interrupt, full disk...: not the file's fault
    }
}

void CipherDatabase::noteFailure(int sqliteCode)
{
    const Damage damage = classify(sqliteCode);
    if (damage == Damage::None)
        return;
    if (damage == Damage::Damaged)
        m_damaged = true;
    if (m_damageHandler)
        m_damageHandler(damage);
}

void CipherDatabase::interrupt() { sqlite3_interrupt(m_db); }

bool CipherDatabase::onAllowedThread()
{
    if (!m_thread || QThread::currentThread() == m_thread)
        return true;
    QByteArray where = QThread::currentThread()->objectName().toUtf8();
    if (QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread())
        where = "main (UI)";
#ifndef NDEBUG
    qFatal("a read connection of the cache reader was used on the thread \"%s\": reads go through CacheReader",
           where.isEmpty() ? "unnamed" : where.constData());
#else
    static bool logged = false;
    if (!std::exchange(logged, true))
        qCCritical(lcCache) << "a read connection of the cache reader was used on another thread:" << where;
#endif
    return false;
}

bool CipherDatabase::exec(const char* sql)
{
    if (!onAllowedThread())
        return false;
    char* errorText = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &errorText);
    if (rc != SQLITE_OK) {
        noteFailure(rc);
        qCWarning(lcCache).noquote() << "statement failed:" << QString::fromUtf8(errorText ? errorText : "");
        sqlite3_free(errorText);
        return false;
    }
    return true;
}

int CipherDatabase::execStatus(const char* sql)
{
    if (!onAllowedThread())
        return SQLITE_MISUSE;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if ((rc & 0xff) == SQLITE_CORRUPT || (rc & 0xff) == SQLITE_NOTADB)
        noteFailure(rc);
    return rc;
}

qint64 CipherDatabase::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

CipherDatabase::Statement CipherDatabase::prepare(const char* sql)
{
    if (!onAllowedThread())
        return Statement();
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        // Preparing reads the schema: a damaged schema page shows here. A plain SQLITE_ERROR here
        // is our own SQL (a missing table of an old schema), never a sign of damage.
        if (classify(rc) == Damage::Damaged)
            noteFailure(rc);
        sqlite3_finalize(stmt);
        return Statement();
    }
    return Statement(stmt, this);
}

qint64 CipherDatabase::scalar(const char* sql, qint64 fallback)
{
    Statement statement = prepare(sql);
    if (!statement.isValid() || statement.step() != Statement::Step::Row)
        return fallback;
    return statement.int64(0);
}

QString CipherDatabase::lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

int CipherDatabase::lastErrorCode() const { return sqlite3_errcode(m_db) & 0xff; }

bool CipherDatabase::lastErrorIsDiskFull() const { return lastErrorCode() == SQLITE_FULL; }

bool CipherDatabase::begin() { return exec("BEGIN IMMEDIATE"); }

bool CipherDatabase::commit() { return exec("COMMIT"); }

void CipherDatabase::rollback()
{
    if (!sqlite3_get_autocommit(m_db))
        exec("ROLLBACK");
}

int CipherDatabase::userVersion() { return int(scalar("PRAGMA user_version", -1)); }

bool CipherDatabase::setUserVersion(int version)
{
    // A pragma takes no bound parameter; `version` is our own integer, never input.
    const QByteArray sql = QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(version);
    return exec(sql.constData());
}

bool CipherDatabase::attach(const QString& path, const char* schema, const QByteArray& key)
{
    const QByteArray sql = QByteArrayLiteral("ATTACH DATABASE ?1 AS ") + schema + QByteArrayLiteral(" KEY ?2");
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return false;
    }
    const QByteArray nativePath = QFileInfo(path).absoluteFilePath().toUtf8();
    sqlite3_bind_text(stmt, 1, nativePath.constData(), int(nativePath.size()), SQLITE_TRANSIENT);
    // The raw-key form SQLCipher recognises, in one buffer wiped after the statement is gone.
    const SecureBytes hex = SecureBytes::toHex(key);
    QByteArray keyText;
    keyText.reserve(hex.size() + 4);
    keyText.append("x'").append(hex.view()).append("'");
    sqlite3_bind_text(stmt, 2, keyText.constData(), int(keyText.size()), SQLITE_STATIC);
    const int rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    SecureBytes::wipe(keyText);
    if (rc != SQLITE_DONE) {
        qCWarning(lcCache).noquote() << "attaching a database failed:" << lastError();
        return false;
    }
    return true;
}

void CipherDatabase::setProgressHandler(int instructions, ProgressHandler handler)
{
    m_progressHandler = std::move(handler);
    if (!m_progressHandler) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, instructions, [](void* self) { return static_cast<CipherDatabase*>(self)->m_progressHandler() ? 1 : 0; },
        this);
}

} // namespace sp
