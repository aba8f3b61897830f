#include "auth/SessionHost.h"

#include "auth/AuthLog.h"
#include "api/ApiClient.h"
#include "auth/Session.h"
#include "profile/Profile.h"

#include <QNetworkAccessManager>

namespace sp {

namespace {
const QString kServerUrlKey = QStringLiteral("ui/serverUrl");
const QString kCaFileKey = QStringLiteral("ui/caFile");
} // namespace

SessionHost::SessionHost(QNetworkAccessManager* nam, SecretStore* secrets, Profile* profile, const Clock* clock,
                         QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_secrets(secrets)
    , m_profile(profile)
    , m_clock(clock)
{
    // Start on the cloud, so there is always a session to ask; the app switches before use.
    useServer(ServerChoice{}, nullptr);
}

SessionHost::~SessionHost() = default;

bool SessionHost::useServer(const ServerChoice& choice, QString* error)
{
    ServerConfig config;
    if (!choice.toConfig(&config, error))
        return false;
    if (m_session && choice == m_server) {
        m_server.label = choice.label;
        return true;
    }
    if (m_session && m_session->state() != Session::State::SignedOut
        && m_session->state() != Session::State::KeychainUnavailable) {
        if (error)
            *error = tr("Sign out before choosing another server.");
        return false;
    }

    // The old pair goes later: callbacks bound to it are dropped, none can reach a deleted object.
    if (m_session)
        m_session->deleteLater();
    if (m_api)
        m_api->deleteLater();
    m_server = choice;
    m_api = new ApiClient(m_nam, config, this);
    m_session = new Session(m_api, m_secrets, m_profile, m_clock, this);
    connect(m_session, &Session::signedIn, this, &SessionHost::saveServer);
    qCInfo(lcAuth) << "using server" << choice.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    emit sessionReplaced(m_session);
    return true;
}

ServerChoice SessionHost::rememberedServer(Profile& profile)
{
    ServerChoice choice;
    const QSettings& settings = profile.settings();
    const QUrl url(settings.value(kServerUrlKey).toString());
    if (url.isValid() && !url.isEmpty()) {
        choice.url = url;
        choice.caFile = settings.value(kCaFileKey).toString();
    }
    return choice;
}

void SessionHost::saveServer()
{
    if (!m_rememberServer)
        return;
    QSettings& settings = m_profile->settings();
    settings.setValue(kServerUrlKey, m_server.url.toString());
    if (m_server.caFile.isEmpty())
        settings.remove(kCaFileKey);
    else
        settings.setValue(kCaFileKey, m_server.caFile);
    m_profile->sync();
}

} // namespace sp
