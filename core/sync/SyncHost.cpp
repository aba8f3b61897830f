#include "sync/SyncHost.h"

#include "auth/SessionHost.h"
#include "sync/SyncLog.h"
#include "auth/Session.h"
#include "cache/CacheFiles.h"
#include "sync/SyncController.h"

#include <QFileInfo>

namespace sp {

SyncHost::SyncHost(SessionHost* host, QObject* parent)
    : QObject(parent)
    , m_host(host)
{
    connect(m_host, &SessionHost::sessionReplaced, this, &SyncHost::bindSession);
    bindSession(m_host->session());
}

SyncHost::~SyncHost()
{
    // Directly, not later: the controller uses the session, which may go right after this object.
    delete m_controller;
}

void SyncHost::bindSession(Session* session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    close();
    m_session = session;
    if (!session)
        return;
    connect(session, &Session::signedIn, this, &SyncHost::onSignedIn);
    // Whatever ends the session (the user, another device, an expired token): sync stops.
    connect(session, &Session::ended, this, &SyncHost::close);
    connect(session, &Session::stateChanged, this, [this](Session::State state) {
        // A restore that found the keychain locked waits for the user: the cache (whose key is in
        // the same keychain) opens again at the sign-in.
        if (state == Session::State::SignedOut || state == Session::State::KeychainUnavailable)
            close();
        else if (state == Session::State::Restoring)
            onRestoring();
    });
    if (session->state() == Session::State::SignedIn)
        onSignedIn();
    else if (session->state() == Session::State::Restoring)
        onRestoring();
}

void SyncHost::onSignedIn()
{
    if (!m_session)
        return;
    const QString accountId = m_session->account().id;
    if (m_controller && accountId == m_accountId)
        return; // e.g. a refresh after an offline start: the same cache goes on
    close();
    m_accountId = accountId;
    auto* controller = new SyncController(m_session, m_host->secrets(), m_host->profile(), m_host->clock(), this);
    m_controller = controller;
    if (m_setup)
        m_setup(controller);
    qCInfo(lcSync) << "opening the offline cache of the signed-in account";
    emit controllerChanged(controller);
    controller->open(); // a first sync follows; offline, the controller retries by itself
}

void SyncHost::onRestoring()
{
    // Offline-first start: the account remembered beside the session (not secret) opens its cache
    // while the server is still asked; the requests of the first sync wait for the restore. A refused
    // restore ends the session, which closes the cache again (see bindSession).
    if (!m_session || m_session->account().id.isEmpty() || m_controller || !m_host->profile())
        return;
    // Without a cache file there is nothing to show yet: the sign-in creates it (and its key) as before.
    const QString dir = CacheFiles::accountDir(*m_host->profile(), m_session->account().id);
    if (dir.isEmpty() || !QFileInfo::exists(CacheFiles::databasePath(dir)))
        return;
    qCInfo(lcSync) << "opening the offline cache of the remembered account while the session is restored";
    onSignedIn();
}

void SyncHost::close()
{
    if (!m_controller)
        return;
    qCInfo(lcSync) << "closing the offline cache";
    SyncController* controller = m_controller;
    m_controller = nullptr;
    m_accountId.clear();
    disconnect(controller, nullptr, this, nullptr);
    emit controllerChanged(nullptr);
    // Later: this may run inside one of the controller's own callbacks (a request that found the
    // session ended). Its destructor stops the worker; the file stays encrypted on disk.
    controller->cancel();
    controller->deleteLater();
}

} // namespace sp
