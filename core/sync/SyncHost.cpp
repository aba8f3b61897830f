#include "sync/SyncHost.h"

#include "auth/SessionHost.h"
#include "sync/SyncLog.h"
#include "auth/Session.h"
#include "sync/SyncController.h"

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
        if (state == Session::State::SignedOut)
            close();
    });
    if (session->state() == Session::State::SignedIn)
        onSignedIn();
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
