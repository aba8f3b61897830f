#include "cache/CacheIntegrityCheck.h"

#include "cache/CacheLog.h"

#include "cache/CipherDatabase.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <memory>
#include <utility>

namespace sp {

namespace {

constexpr int kMaxProblems = 20;

// Runs one check pragma; false when the statement itself failed (then `damaged` says whether
// the failure was the file's).
bool collect(CipherDatabase& db, const char* sql, QStringList* lines, bool* damaged)
{
    auto statement = db.prepare(sql);
    if (!statement.isValid()) {
        *damaged = db.damaged();
        return false;
    }
    CipherDatabase::Statement::Step step;
    while ((step = statement.step()) == CipherDatabase::Statement::Step::Row) {
        if (lines->size() < kMaxProblems)
            lines->append(statement.text(0));
    }
    if (step == CipherDatabase::Statement::Step::Error) {
        *damaged = db.damaged();
        return false;
    }
    return true;
}

} // namespace

CacheIntegrityCheck::CacheIntegrityCheck(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<sp::CacheIntegrityCheck::Result>();
}

CacheIntegrityCheck::~CacheIntegrityCheck()
{
    if (!m_thread)
        return;
    {
        QMutexLocker locker(&m_lock);
        if (m_running)
            m_running->interrupt();
    }
    m_thread->wait();
    delete m_thread;
}

CacheIntegrityCheck::Result CacheIntegrityCheck::run(CipherDatabase& db)
{
    Result result;
    QStringList cipherLines;
    bool damaged = false;
    // Any row from cipher_integrity_check names a page that failed its HMAC.
    if (collect(db, "PRAGMA cipher_integrity_check", &cipherLines, &damaged) && !cipherLines.isEmpty())
        damaged = true;
    QStringList quickLines;
    bool quickDamaged = false;
    const bool quickRan = collect(db, "PRAGMA quick_check", &quickLines, &quickDamaged);
    if (quickDamaged || (quickRan && quickLines != QStringList{QStringLiteral("ok")}))
        damaged = true;
    if (!quickRan && !quickDamaged && !damaged) {
        result.outcome = Outcome::NotChecked;
        result.message =
            QCoreApplication::translate("sp::CacheIntegrityCheck", "The offline copy could not be checked (%1).")
                .arg(db.lastError());
        return result;
    }
    result.outcome = damaged ? Outcome::Damaged : Outcome::Ok;
    if (damaged) {
        result.problems = cipherLines + quickLines;
        result.problems.removeAll(QStringLiteral("ok"));
        if (result.problems.isEmpty())
            result.problems.append(db.lastError());
        while (result.problems.size() > kMaxProblems)
            result.problems.removeLast();
    }
    return result;
}

CacheIntegrityCheck::Result CacheIntegrityCheck::runOnFile(const QString& path, const QByteArray& key,
                                                           CipherDatabase** running, QMutex* runningLock)
{
    CipherDatabase::OpenError error = CipherDatabase::OpenError::None;
    QString message;
    auto db = CipherDatabase::open(path, key, CipherDatabase::Role::Reader, &error, &message);
    Result result;
    if (!db) {
        // Page 1 (the schema) failed its check: that is damage too, whatever the key.
        result.outcome = error == CipherDatabase::OpenError::WrongKeyOrDamaged ? Outcome::Damaged : Outcome::NotChecked;
        result.message = message;
        if (result.outcome == Outcome::Damaged)
            result.problems.append(QStringLiteral("page 1 cannot be read"));
        return result;
    }
    if (running) {
        QMutexLocker locker(runningLock);
        *running = db.get();
    }
    result = run(*db);
    if (running) {
        QMutexLocker locker(runningLock);
        *running = nullptr;
    }
    return result;
}

void CacheIntegrityCheck::start(const QString& path, const QByteArray& key)
{
    if (m_thread)
        return;
    QPointer<CacheIntegrityCheck> self(this);
    auto keyCopy = std::make_shared<SecureBytes>(QByteArrayView(key));
    m_thread = QThread::create([this, self, path, keyCopy] {
        QByteArray keyBytes = keyCopy->toByteArray();
        const Result result = runOnFile(path, keyBytes, &m_running, &m_lock);
        SecureBytes::wipe(keyBytes);
        keyCopy->clear();
        qCInfo(lcIntegrity) << "cache integrity check:" << int(result.outcome) << result.problems.size() << "problems";
        QMetaObject::invokeMethod(
            this,
            [self, result] {
                if (!self || !self->m_thread)
                    return;
                self->m_thread->wait();
                delete std::exchange(self->m_thread, nullptr);
                emit self->finished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("sellerpulse-cache-check"));
    m_thread->start();
}

} // namespace sp
