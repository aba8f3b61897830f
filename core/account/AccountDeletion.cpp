#include "account/AccountDeletion.h"

#include "account/AccountLog.h"

#include "api/ApiClient.h"
#include "auth/Session.h"
#include "cache/AccountCache.h"

#include <QCoreApplication>

namespace sp {

AccountDeletion::AccountDeletion(Session* session, AccountCache* cache, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(cache)
{}

QString AccountDeletion::whatHappens()
{
    return tr("Your SellerPulse account will be closed now: every device is signed out at once, and "
              "SellerPulse stops using your Amazon connection. Your data on SellerPulse's servers is deleted "
              "within 30 days, except what the law requires us to keep (for example tax records). On this "
              "computer, the downloaded data of the account and its encryption key are removed right away. "
              "This cannot be undone; download your data first if you want a copy.");
}

void AccountDeletion::start(const QString& password)
{
    if (!m_session || m_running)
        return;
    if (password.isEmpty()) {
        emit failed(tr("Please enter your password to confirm."));
        return;
    }
    m_running = true;
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/account/deletion");
    request.body = QJsonObject{{QStringLiteral("password"), password}};
    m_session->sendAuthorized(request, this, [this](const ApiResponse& response) {
        if (!response.error.ok()) {
            m_running = false;
            if (response.error.code == QLatin1String("invalid_password")
                || response.error.code == QLatin1String("invalid_credentials"))
                emit failed(tr("The password is not correct. Nothing was deleted."));
            else
                emit failed(tr("The account was not deleted: %1").arg(response.error.userMessage()));
            return;
        }
        const QDateTime scheduledFor =
            QDateTime::fromString(response.json.value(QStringLiteral("scheduled_for")).toString(), Qt::ISODateWithMs);
        qCInfo(lcAccount) << "account deletion scheduled; removing this computer's data";
        removeLocalDataThenSignOut(scheduledFor);
    });
}

void AccountDeletion::removeLocalDataThenSignOut(const QDateTime& scheduledFor)
{
    auto signOut = [this, scheduledFor](const QString& summary) {
        if (!m_running)
            return; // finished already (the removal and the cache's end may both report)
        m_running = false;
        // Said first, so that the sign-in window that follows the sign-out can tell it.
        emit finished(scheduledFor, summary);
        if (m_session)
            m_session->signOut(); // its keychain entry and the remembered marker go as well
    };
    if (!m_cache || m_cache->state() == AccountCache::State::Closed) {
        signOut(tr("No downloaded data was open on this computer."));
        return;
    }
    // The key and the files go first, while the cache still knows the account.
    connect(m_cache, &AccountCache::localDataRemoved, this, signOut, Qt::SingleShotConnection);
    // The server ended every session: a sync request in flight may learn it first, and the session's
    // end closes the cache before the removal is done. Then say so rather than claim it was removed.
    connect(m_cache, &QObject::destroyed, this, [signOut] {
        signOut(tr("The session ended before this computer's copy of the data could be removed; it stays "
                   "encrypted on disk."));
    });
    m_cache->removeLocalData(m_session ? m_session->account().id : QString());
}

} // namespace sp
