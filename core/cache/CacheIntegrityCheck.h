#pragma once

#include "cache/SecureBytes.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

class QThread;

namespace sp {

class CipherDatabase;

// Reads every page of the cache once, in a thread of its own, over its own read connection (the
// views and the sync go on): after an unclean exit, on the user's request ("Check the offline
// copy"), and when a read failed in a way that may be damage. Every page read verifies the page's
// HMAC, so a damaged page is found wherever it is, not only on page 1 as the open's check does.
class CacheIntegrityCheck : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Ok, Damaged, NotChecked };
    Q_ENUM(Outcome)
    struct Result
    {
        Outcome outcome = Outcome::NotChecked;
        QStringList problems; // SQLite's own lines (page numbers, never row contents), at most 20
        QString message;      // readable, for NotChecked
    };

    explicit CacheIntegrityCheck(QObject* parent = nullptr);
    ~CacheIntegrityCheck() override; // interrupts a running check and waits for its thread

    // The synchronous check, for the thread below, the support bundle and tests.
    // `cipher_integrity_check` (SQLCipher 4) verifies each page's HMAC; SQLCipher 3.4.1 ignores
    // it silently, so `quick_check` follows: it reads every B-tree page (and so verifies its HMAC).
    static Result run(CipherDatabase& db);
    static Result runOnFile(const QString& path, const QByteArray& key, CipherDatabase** running = nullptr,
                            QMutex* runningLock = nullptr);

    bool isRunning() const { return m_thread != nullptr; }
    // Starts a check of `path`; finished() follows on this object's thread. Ignored while one runs.
    void start(const QString& path, const QByteArray& key);

signals:
    void finished(const sp::CacheIntegrityCheck::Result& result);

private:
    QThread* m_thread = nullptr;
    QMutex m_lock;                       // guards m_running
    CipherDatabase* m_running = nullptr; // the check's connection while it runs (to interrupt it)
};

} // namespace sp

Q_DECLARE_METATYPE(sp::CacheIntegrityCheck::Result)
