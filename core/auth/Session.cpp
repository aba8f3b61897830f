#include "auth/Session.h"

#include "auth/AuthLog.h"
#include "auth/SessionEndReason.h"
#include "auth/TokenRequests.h"

#include <utility>

namespace sp {

Session::Session(ApiClient* api, SecretStore* secrets, Profile* profile, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_accessToken(clock)
    , m_remembered(profile)
    , m_tokenStore(secrets, profile)
    , m_queue(api, this)
{
    qRegisterMetaType<sp::ApiError>();
    qRegisterMetaType<sp::Session::State>();
    qRegisterMetaType<sp::Session::EndReason>();
    connect(&m_accessToken, &AccessToken::refreshDue, this, [this] {
        if (m_state == State::SignedIn && !m_refreshing)
            startRefresh();
    });
}

Session::~Session() = default;

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcAuth) << "session state" << state;
    emit stateChanged(state);
}

void Session::startSignIn(const QString& email, const QString& password, bool persistent)
{
    // One session at a time: signing in again needs a sign-out first.
    if (m_state == State::SigningIn || m_state == State::Restoring || m_state == State::SignedIn || !m_api) {
        qCWarning(lcAuth) << "sign-in ignored in state" << m_state;
        return;
    }
    const State previous = m_state;
    setState(State::SigningIn);
    const quint64 generation = ++m_generation;
    m_api->send(TokenRequests::login(email, password), this,
                [this, generation, persistent, previous](const ApiResponse& response) {
        if (generation != m_generation)
            return;
        TokenPair pair;
        ApiError error;
        if (!decodeTokenPair(response, &pair, &error)) {
            setState(previous);
            emit signInFailed(error);
            return;
        }
        adopt(std::move(pair));
        m_serverCertificateSha256 = response.peerCertificateSha256;
        m_persistent = persistent;
        persistRefreshToken([this, generation] {
            if (generation != m_generation)
                return;
            setState(State::SignedIn);
            scheduleRefresh();
            emit signedIn();
        });
    });
}

bool Session::decodeTokenPair(const ApiResponse& response, TokenPair* out, ApiError* error) const
{
    *error = response.error;
    if (error->ok() && !TokenPair::decode(response.json, out, error, m_tokenStore.maxTokenBytes()))
        error->requestId = response.requestId;
    return error->ok();
}

void Session::adopt(TokenPair&& pair)
{
    m_accessToken.set(std::move(pair.accessToken), pair.lifetimeMs);
    m_refreshToken = std::move(pair.refreshToken);
    ++m_refreshSerial;
    m_account = pair.account;
}

void Session::persistRefreshToken(std::function<void()> done)
{
    if (!m_persistent || !m_tokenStore.hasKeychain()) {
        done();
        return;
    }
    const quint64 generation = m_generation;
    m_tokenStore.write(m_refreshToken, [this, generation, done = std::move(done)](const SecretResult& result) {
        if (generation != m_generation)
            return;
        if (result.status == SecretResult::Status::Ok) {
            m_remembered.write(m_account, m_api ? m_api->config().baseUrl.toString() : QString(),
                               m_serverCertificateSha256);
        } else {
            // A stale token left behind would read as "reused" at the next start, so this session
            // continues for this run only.
            qCWarning(lcAuth).noquote() << "refresh token not stored:" << result.message;
            m_persistent = false;
            m_remembered.clear();
            removeRefreshToken(nullptr); // runs once the pending write answered, if ever
            emit persistenceFailed(
                tr("Your sign-in could not be saved in the system keychain (%1), so you will need to sign in "
                   "again next time. Unlock the keychain, or check that a Secret Service (such as GNOME "
                   "Keyring or KWallet) is running. Until you quit, you stay signed in.")
                    .arg(result.message));
        }
        done();
    });
}

void Session::removeRefreshToken(SecretStore::Callback done)
{
    // A newer session kept in the keychain meanwhile (e.g. a sign-in after a write that timed out) has
    // written its own token under the same key: deleting then would delete that one.
    const quint64 generation = m_generation;
    m_tokenStore.remove([this, generation] { return generation == m_generation || !m_persistent; }, std::move(done));
}

void Session::restore()
{
    if (m_state != State::SignedOut && m_state != State::KeychainUnavailable)
        return;
    if (!m_remembered.exists() || !m_api || !m_tokenStore.hasKeychain()) {
        setState(State::SignedOut);
        return;
    }
    if (!m_remembered.originMatches(m_api->config().baseUrl)) {
        // Another scheme, host or port, or a loopback https marker without its certificate: the
        // token belongs to someone else and is never sent there. The user is told and signs in again.
        qCInfo(lcAuth) << "remembered session belongs to another server; not restored";
        endSession(EndReason::ServerChanged);
        return;
    }
    m_serverCertificateSha256 = m_remembered.serverCertificateSha256();
    m_account = AccountInfo{};
    m_account.email = m_remembered.email();
    m_account.id = m_remembered.accountId();
    m_persistent = true;
    setState(State::Restoring);
    readKeychainAndRefresh();
}

void Session::retryKeychain()
{
    if (m_state != State::KeychainUnavailable)
        return;
    setState(State::Restoring);
    readKeychainAndRefresh();
}

void Session::readKeychainAndRefresh()
{
    const quint64 generation = m_generation;
    m_tokenStore.read([this, generation](const SecretResult& result) {
        if (generation != m_generation || m_state != State::Restoring)
            return;
        if (result.status == SecretResult::Status::Ok && !result.value.isEmpty()) {
            m_refreshToken = SecureBytes(result.value);
            ++m_refreshSerial;
            startRefresh();
            return;
        }
        // "Not found" while the marker says a session was remembered: QtKeychain 0.13 reads a locked
        // collection like that on Linux, so this is not a silent sign-out.
        qCWarning(lcAuth).noquote() << "keychain did not give the refresh token:" << result.message;
        setState(State::KeychainUnavailable);
        emit keychainUnavailable(result.status == SecretResult::Status::NotFound
                                     ? tr("The system keychain is locked or unavailable, so your saved session "
                                          "cannot be read. Unlock the keychain and retry, or sign in for this "
                                          "session only.")
                                     : result.message);
    });
}

AccessTokenSource::Status Session::accessStatus() const
{
    if (m_state == State::Restoring)
        return Status::Restoring;
    return m_state == State::SignedIn && m_api ? Status::SignedIn : Status::SignedOut;
}

void Session::startRefresh()
{
    // Waits for a pending keychain write only while the session is still kept there (a write that
    // timed out must not block refreshes for the rest of the run).
    if (m_refreshing || m_queue.holdsRefreshes() || (m_persistent && m_tokenStore.pendingWrites() > 0) || !m_api)
        return;
    m_refreshing = true;
    m_accessToken.stopRefreshTimer();
    ApiRequest request = refreshTokenRequest(QStringLiteral("/v1/auth/refresh"));
    const quint64 generation = m_generation;
    const quint64 sent = m_refreshSerial;
    m_api->send(request, this, [this, generation, sent](const ApiResponse& response) {
        if (generation == m_generation)
            onRefreshFinished(sent, response);
    });
    SecureBytes::wipe(request.jsonBody);
}

void Session::onRefreshFinished(quint64 sentRefreshSerial, const ApiResponse& response)
{
    if (sentRefreshSerial != m_refreshSerial) {
        // A password change gave us a new pair meanwhile; this answer is about the old one.
        finishRefresh(ApiError{});
        return;
    }
    const ApiError& error = response.error;
    if (error.kind == ApiError::Kind::Tls && error.code == QLatin1String("server_certificate_changed")) {
        // Aborted after the handshake, before the token went out: this is not the server we knew.
        qCWarning(lcAuth).noquote() << "refresh not sent: the server's certificate changed; request id"
                                    << error.requestId;
        endSession(EndReason::ServerChanged);
        return;
    }
    if (error.kind == ApiError::Kind::Problem && (error.httpStatus == 401 || error.httpStatus == 400)) {
        qCInfo(lcAuth).noquote() << "refresh refused:" << error.code << "request id" << error.requestId;
        endSession(SessionEndReason::fromRefusal(error.code));
        return;
    }
    TokenPair pair;
    ApiError decodeError;
    if (!decodeTokenPair(response, &pair, &decodeError)) {
        finishRefresh(decodeError);
        return;
    }
    adopt(std::move(pair));
    if (!response.peerCertificateSha256.isEmpty())
        m_serverCertificateSha256 = response.peerCertificateSha256; // the same one when pinned
    const quint64 generation = m_generation;
    // The rotated token is in the keychain before anything else happens: a crash after this point
    // never leaves a used token behind.
    persistRefreshToken([this, generation] {
        if (generation == m_generation)
            finishRefresh(ApiError{});
    });
}

void Session::finishRefresh(const ApiError& error)
{
    m_refreshing = false;
    const bool restoring = m_state == State::Restoring;
    if (error.ok()) {
        if (restoring) {
            setState(State::SignedIn);
            m_remembered.write(m_account, m_api->config().baseUrl.toString(), m_serverCertificateSha256);
        }
        scheduleRefresh();
        emit refreshed();
        if (restoring)
            emit signedIn();
        m_queue.replay();
        return;
    }
    qCInfo(lcAuth).noquote() << "refresh failed, session kept:" << ApiError::kindName(error.kind)
                             << "request id" << error.requestId;
    if (restoring) {
        // Offline or the server is in trouble: the session stays, without an access token for now.
        setState(State::SignedIn);
        emit signedIn();
    }
    m_accessToken.retryRefreshAfter(error.retryAfterSeconds);
    m_queue.fail(error);
}

void Session::sendReissuing(ApiRequest request, QObject* context, std::function<void(const ApiError&)> done)
{
    const quint64 generation = m_generation;
    auto finish = [context = QPointer<QObject>(context), done = std::move(done)](const ApiError& error) {
        if (context && done)
            done(error);
    };
    m_queue.submit(std::move(request), this, [this, generation, finish](const ApiResponse& response) {
        TokenPair pair;
        ApiError error;
        if (generation != m_generation) {
            error.kind = ApiError::Kind::SessionEnded;
            finish(error);
            return;
        }
        if (!decodeTokenPair(response, &pair, &error)) {
            // Requests that waited for the change to land get their refresh now.
            if (m_queue.hasWaiting())
                startRefresh();
            else
                scheduleRefresh();
            finish(error);
            return;
        }
        adopt(std::move(pair));
        persistRefreshToken([this, generation, finish] {
            if (generation != m_generation)
                return;
            scheduleRefresh();
            m_queue.replay();
            emit pairReissued();
            finish(ApiError{});
        });
    }, /*holdsRefreshes=*/true);
}

void Session::signOut()
{
    if (m_state == State::SignedOut)
        return;
    if (!m_refreshToken.isEmpty() && m_api) {
        // Best effort: the server forgets the session; the answer does not matter.
        ApiRequest request = refreshTokenRequest(QStringLiteral("/v1/auth/logout"));
        m_api->send(request, this, nullptr);
        SecureBytes::wipe(request.jsonBody);
    }
    endSession(EndReason::UserSignedOut);
}

void Session::endSession(EndReason reason)
{
    ++m_generation;
    m_refreshing = false;
    m_accessToken.clear(); // wiped, and its refresh timer stopped
    m_refreshToken.clear();
    ++m_refreshSerial;
    m_serverCertificateSha256.clear();
    m_persistent = false;
    m_account = AccountInfo{};
    m_remembered.clear();
    m_queue.endAll();

    setState(State::SignedOut);
    qCInfo(lcAuth) << "session ended" << reason;
    const QString message = SessionEndReason::message(reason);
    if (!m_tokenStore.hasKeychain()) {
        emit ended(reason, message);
        return;
    }
    // `ended` follows the deletion, so that whoever reacts sees the keychain already cleaned up.
    removeRefreshToken([this, reason, message](const SecretResult& result) {
        if (result.status != SecretResult::Status::Ok)
            qCWarning(lcAuth).noquote() << "keychain entry not deleted:" << result.message;
        emit ended(reason, message);
    });
}

} // namespace sp
