#include "cache/AccountCache.h"

#include "cache/CacheFiles.h"
#include "cache/CacheKey.h"
#include "cache/CacheLog.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"
#include "cache/CacheWriter.h"
#include "cache/SecureBytes.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"
#include "support/RunMarker.h"

#include <QFileInfo>

namespace sp {

AccountCache::AccountCache(SecretStore* secrets, Profile* profile, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_profile(profile)
    , m_clock(clock)
{}

AccountCache::~AccountCache()
{
    delete std::exchange(m_check, nullptr); // interrupts a running check and waits for it
    if (m_writer) {
        CacheWriter* w = m_writer;
        // The writer finishes the transaction in progress and closes the file before the thread ends.
        QMetaObject::invokeMethod(
            w, [w] { w->closeFile(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void AccountCache::setState(State next)
{
    if (m_state == next)
        return;
    m_state = next;
    emit stateChanged(next);
}

void AccountCache::retireAttempt()
{
    if (Attempt* old = std::exchange(m_attempt, nullptr)) {
        old->key.clear();
        old->deleteLater(); // later: this may run inside one of its own answers
    }
}

void AccountCache::startThread()
{
    if (m_writer)
        return;
    m_writer = new CacheWriter;
    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &CacheWriter::damageFound, this, &AccountCache::onDamage);
    connect(m_writer, &CacheWriter::closed, this, [this] {
        if (auto action = std::exchange(m_afterClose, nullptr))
            action();
    });
    m_thread.setObjectName(QStringLiteral("sellerpulse-cache"));
    m_thread.start();
}

// ---- open ------------------------------------------------------------------------------------

void AccountCache::open(const QString& accountId)
{
    if (m_state == State::Opening)
        return;
    const QString wantedDir = CacheFiles::accountDir(*m_profile, accountId);
    if (m_query) {
        if (wantedDir == m_accountDir)
            return; // already open for this account
        // Another account signed in: close this one's cache first, then open the new one.
        close([this, accountId] { open(accountId); });
        return;
    }
    m_accountId = accountId;
    m_accountDir = wantedDir;
    if (m_accountDir.isEmpty()) {
        fail(tr("Sign in to open this computer's copy of your data."));
        return;
    }
    m_dbPath = CacheFiles::databasePath(m_accountDir);
    m_keyName = CacheKey::secretName(*m_profile, accountId);
    setState(State::Opening);
    startThread();
    retireAttempt();
    Attempt* attempt = m_attempt = new Attempt(this);
    if (m_unencrypted) {
        openWith(attempt, QByteArray());
        return;
    }
    if (!m_secrets) {
        fail(tr("The keychain is not available; the offline cache cannot be opened."));
        return;
    }
    // A key is created only for a new cache: a missing key for an existing file means the file
    // can never be read again, and the user decides (reset); nothing is deleted here. "Not
    // found" from a locked keychain is told apart by CacheKey::open (KeychainLocked).
    const QFileInfo file(m_dbPath);
    const bool fileExists = file.exists() && file.size() > 0;
    CacheKey::open(m_secrets, m_profile, accountId, fileExists, attempt,
                   [this, attempt](CacheKey::Status status, const QByteArray& key, const QString& message) {
                       if (!isCurrent(attempt))
                           return;
                       switch (status) {
                       case CacheKey::Status::Ok:
                           openWith(attempt, key);
                           return;
                       case CacheKey::Status::NotFound:
                           setUnreadable(tr("The key of the offline cache is missing from the keychain, which "
                                            "is unlocked. You can reset the cache and download your data again."));
                           return;
                       case CacheKey::Status::Unavailable:
                       case CacheKey::Status::Locked:
                           locked(message);
                           return;
                       case CacheKey::Status::Error:
                           fail(tr("The keychain did not give the key of the offline cache (%1). "
                                   "Unlock the keychain and try again.")
                                    .arg(message));
                           return;
                       }
                   });
}

void AccountCache::retryKeychain()
{
    if (m_state == State::KeychainLocked)
        open(m_accountId);
}

// The writer migrates the schema first; the reader connection opens once it answered, with the key
// the attempt keeps meanwhile. The answer goes to this attempt only: a close retires it.
void AccountCache::openWith(Attempt* attempt, const QByteArray& key)
{
    attempt->key = SecureBytes(QByteArrayView(key));
    connect(
        m_writer, &CacheWriter::opened, attempt,
        [this, attempt](CipherDatabase::OpenError error, const QString& message, const QHash<QString, QString>& cursors,
                        const QHash<QString, qint64>& counts,
                        const QDateTime& at) { onWriterOpened(attempt, error, message, cursors, counts, at); },
        Qt::SingleShotConnection);
    const QString path = m_dbPath;
    CacheWriter* w = m_writer;
    QByteArray keyCopy(key.constData(), key.size());
    QMetaObject::invokeMethod(
        m_writer,
        [w, path, keyCopy]() mutable {
            w->open(path, keyCopy);
            SecureBytes::wipe(keyCopy);
        },
        Qt::QueuedConnection);
    SecureBytes::wipe(keyCopy);
}

void AccountCache::onWriterOpened(Attempt* attempt, CipherDatabase::OpenError error, const QString& message,
                                  const QHash<QString, QString>& cursors, const QHash<QString, qint64>& counts,
                                  const QDateTime& at)
{
    SecureBytes key = std::move(attempt->key);
    if (!isCurrent(attempt) || m_state != State::Opening)
        return;
    if (error == CipherDatabase::OpenError::WrongKeyOrDamaged) {
        setUnreadable(message);
        return;
    }
    if (error != CipherDatabase::OpenError::None) {
        fail(message);
        return;
    }
    CipherDatabase::OpenError readerError = CipherDatabase::OpenError::None;
    QString readerMessage;
    QByteArray keyBytes = key.toByteArray();
    auto reader = CipherDatabase::open(m_dbPath, keyBytes, CipherDatabase::Role::Reader, &readerError, &readerMessage);
    auto viewsReader =
        reader ? CipherDatabase::open(m_dbPath, keyBytes, CipherDatabase::Role::Reader, &readerError, &readerMessage)
               : nullptr;
    SecureBytes::wipe(keyBytes);
    if (!reader || !viewsReader) {
        fail(readerMessage);
        return;
    }
    m_query = new CacheQuery(std::move(reader), this);
    m_reader = new CacheReader(std::move(viewsReader), this);
    connect(m_reader, &CacheReader::damageFound, this, &AccountCache::onDamage, Qt::QueuedConnection);
    m_suspectChecked = false;
    // Queued: the view whose read failed is still inside its call to the query.
    connect(m_query, &CacheQuery::damageFound, this, &AccountCache::onDamage, Qt::QueuedConnection);
    m_lastError.clear();
    setState(State::Open);
    emit opened(cursors, counts, at);
    // The previous run ended without closing the file: read every page once, in the background.
    if (m_query && RunMarker::cacheCheckPending(m_profile->dir()))
        startCheck(false);
}

void AccountCache::fail(const QString& message)
{
    m_lastError = message;
    qCWarning(lcCache).noquote() << "the offline cache failed:" << message;
    setState(State::Failed);
}

void AccountCache::locked(const QString& message)
{
    m_lastError = message;
    qCWarning(lcCache).noquote() << "keychain locked or unavailable:" << message;
    setState(State::KeychainLocked);
    emit keychainLocked(message);
}

void AccountCache::setUnreadable(const QString& message)
{
    m_lastError = message;
    qCWarning(lcCache).noquote() << "cache unreadable:" << message;
    setState(State::Unreadable);
    emit unreadable(message);
}

// ---- damage and integrity checks ---------------------------------------------------------------

// A statement failed on the file: certain damage closes the cache at once (a view never shows a
// damaged table as empty); anything else is judged by an integrity check.
void AccountCache::onDamage(bool certain)
{
    if (!m_query || m_state == State::Unreadable)
        return;
    if (!certain) {
        if (!std::exchange(m_suspectChecked, true))
            startCheck(false);
        return;
    }
    closeAsDamaged(QStringList());
}

void AccountCache::closeAsDamaged(const QStringList& problems)
{
    qCWarning(lcCache).noquote() << "the offline copy is damaged" << problems.join(QStringLiteral("; "));
    const QString message = tr("The offline copy on this computer is damaged. Reset it to download your data "
                               "again; the damaged file is then kept aside for support.");
    emit damaged(message);
    close([this, message] { setUnreadable(message); });
}

void AccountCache::startCheck(bool byUser)
{
    if (!m_query) {
        if (byUser)
            emit integrityChecked(false, tr("The offline copy is not open, so it cannot be checked now."));
        return;
    }
    m_checkByUser = m_checkByUser || byUser;
    if (m_check && m_check->isRunning())
        return;
    if (m_unencrypted) {
        runCheck(QByteArray());
        return;
    }
    if (!m_secrets)
        return;
    Attempt* attempt = m_attempt;
    CacheKey::load(m_secrets, m_keyName, false, attempt,
                   [this, attempt](CacheKey::Status status, const QByteArray& key, const QString& message) {
                       if (!isCurrent(attempt))
                           return;
                       if (status != CacheKey::Status::Ok) {
                           if (std::exchange(m_checkByUser, false))
                               emit integrityChecked(false,
                                                     tr("The offline copy could not be checked: %1").arg(message));
                           return;
                       }
                       runCheck(key);
                   });
}

void AccountCache::runCheck(const QByteArray& key)
{
    if (!m_check) {
        m_check = new CacheIntegrityCheck(this);
        connect(m_check, &CacheIntegrityCheck::finished, this, &AccountCache::onCheckFinished);
    }
    m_checkedAttempt = m_attempt;
    m_check->start(m_dbPath, key);
}

void AccountCache::onCheckFinished(const CacheIntegrityCheck::Result& result)
{
    const bool byUser = std::exchange(m_checkByUser, false);
    if (!isCurrent(m_checkedAttempt))
        return; // the file was closed or reset meanwhile
    switch (result.outcome) {
    case CacheIntegrityCheck::Outcome::Damaged:
        closeAsDamaged(result.problems);
        if (byUser)
            emit integrityChecked(false, tr("The offline copy is damaged."));
        return;
    case CacheIntegrityCheck::Outcome::Ok:
        RunMarker::setCacheCheckPending(m_profile->dir(), false);
        qCInfo(lcCache) << "the offline copy passed its integrity check";
        if (byUser)
            emit integrityChecked(true, tr("The offline copy was checked: no damage was found."));
        return;
    case CacheIntegrityCheck::Outcome::NotChecked:
        qCWarning(lcCache).noquote() << "integrity check not done:" << result.message;
        if (byUser)
            emit integrityChecked(false, result.message);
        return;
    }
}

// ---- close, reset, remove --------------------------------------------------------------------

void AccountCache::close(std::function<void()> then)
{
    emit aboutToClose();
    retireAttempt();
    if (m_query) {
        CacheQuery* old = std::exchange(m_query, nullptr);
        // The views' reader stops now (its running read interrupted): no read outlives the file.
        delete std::exchange(m_reader, nullptr);
        setState(State::Closed);
        old->deleteLater();
    } else if (m_state == State::Opening) {
        setState(State::Closed); // an opening given up: the reset or removal that follows opens again
    }
    if (!m_writer) {
        setState(State::Closed);
        if (then)
            then();
        return;
    }
    m_afterClose = std::move(then);
    CacheWriter* w = m_writer;
    QMetaObject::invokeMethod(
        m_writer, [w] { w->close(); }, Qt::QueuedConnection);
}

void AccountCache::ensurePaths(const QString& accountId)
{
    if (!m_accountDir.isEmpty())
        return;
    m_accountId = accountId;
    m_accountDir = CacheFiles::accountDir(*m_profile, accountId);
    m_dbPath = CacheFiles::databasePath(m_accountDir);
    m_keyName = CacheKey::secretName(*m_profile, accountId);
}

// Nothing is deleted on the strength of an unconfirmed keychain answer: an unreadable file is set
// aside with its key kept, a healthy one goes only after the keychain confirmed the key's
// deletion; a locked keychain refuses the reset.
void AccountCache::reset(const QString& accountId)
{
    ensurePaths(accountId);
    if (m_accountDir.isEmpty()) {
        open(accountId);
        return;
    }
    const bool setAside = m_state == State::Unreadable;
    close([this, setAside] { resetClosed(setAside); });
}

void AccountCache::resetClosed(bool setAside)
{
    // The reset's keychain answers count only while no other close came in between.
    Attempt* attempt = m_attempt = new Attempt(this);
    if (!m_secrets || m_unencrypted) {
        CacheFiles::removeAll(m_accountDir, nullptr);
        reopenAfterReset();
        return;
    }
    const QString accountId = QFileInfo(m_accountDir).fileName();
    auto next = [this, attempt, setAside](bool ok, const QString& message) {
        if (!isCurrent(attempt))
            return;
        if (!ok) {
            locked(tr("The offline copy was not reset, and nothing was deleted: %1").arg(message));
            return;
        }
        if (setAside) {
            QString error;
            const QString aside = CacheFiles::setAside(m_accountDir, m_clock->nowUtc(), &error);
            if (aside.isEmpty()) {
                fail(error);
                return;
            }
            qCInfo(lcCache).noquote() << "cache reset: the unreadable file was set aside as" << aside;
        } else {
            bool filesOk = true;
            const QStringList removed = CacheFiles::removeAll(m_accountDir, &filesOk);
            qCInfo(lcCache).noquote() << "cache reset: key deleted, files" << removed;
        }
        reopenAfterReset();
    };
    if (setAside)
        CacheKey::probeUnlocked(m_secrets, *m_profile, attempt, next); // the key is kept
    else
        CacheKey::removeConfirmed(m_secrets, m_profile, accountId, attempt, next);
}

void AccountCache::reopenAfterReset()
{
    m_lastError.clear();
    open(m_accountId);
}

void AccountCache::removeLocalData(const QString& accountId)
{
    ensurePaths(accountId);
    if (m_accountDir.isEmpty()) {
        emit localDataRemoved(tr("No local data was found for this account."));
        return;
    }
    close([this] {
        setState(State::Closed);
        if (!m_secrets || m_unencrypted) {
            removeClosedFiles(m_secrets != nullptr, QString());
            return;
        }
        CacheKey::remove(m_secrets, m_keyName, this,
                         [this](bool ok, const QString& message) { removeClosedFiles(ok, message); });
    });
}

void AccountCache::removeClosedFiles(bool keyOk, const QString& keyMessage)
{
    bool filesOk = true;
    const QStringList removed = CacheFiles::removeAll(m_accountDir, &filesOk);
    if (keyOk)
        CacheKey::setCreated(m_profile, QFileInfo(m_accountDir).fileName(), false);
    QStringList lines;
    lines << (keyOk ? tr("The cache key was deleted from the keychain.")
                    : tr("The cache key could not be deleted from the keychain (%1).").arg(keyMessage));
    lines << (removed.isEmpty() ? tr("No cache files were on this computer.")
                                : tr("Deleted: %1.").arg(removed.join(QStringLiteral(", "))));
    if (!filesOk)
        lines << tr("Some files could not be deleted from %1.").arg(m_accountDir);
    qCInfo(lcCache).noquote() << "local data removed; key deleted:" << keyOk << "files:" << removed;
    emit localDataRemoved(lines.join(QLatin1Char(' ')));
}

} // namespace sp
