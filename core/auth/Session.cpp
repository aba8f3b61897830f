#include "auth/Session.h"

#include "auth/AuthLog.h"
#include "auth/RefreshAnswer.h"
#include "auth/SessionEndReason.h"
#include "auth/TokenRequests.h"

#include <utility>

namespace sp {

Session::Session(ApiClient* api, SecretStore* secrets, Profile* profile, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_accessToken(clock)
    , m_persistence(secrets, profile)
    , m_queue(api, this)
    , m_refresh(api,
                [this](RefreshAnswer&& answer, const QByteArray& serverCertificateSha256) {
                    onRefreshAnswered(std::move(answer), serverCertificateSha256);
                })
    , m_reissue(
          &m_queue, this,
          [this](TokenPair&& pair, TokenReissue::Done finish) { adoptReissued(std::move(pair), finish); },
          [this] { m_queue.hasWaiting() ? startRefresh() : scheduleRefresh(); }) // what waited for it refreshes now
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
    m_refresh.drop();
    m_api->send(TokenRequests::login(email, password), this,
                [this, generation, persistent, previous](const ApiResponse& response) {
                    if (generation != m_generation)
                        return;
                    TokenPair pair;
                    ApiError error;
                    if (!TokenPair::decodeAnswer(response, &pair, &error, m_persistence.maxTokenBytes())) {
                        setState(previous);
                        emit signInFailed(error);
                        return;
                    }
                    m_serverCertificateSha256 = response.peerCertificateSha256;
                    m_persistent = persistent;
                    adoptAndKeep(std::move(pair), [this] {
                        setState(State::SignedIn);
                        scheduleRefresh();
                        emit signedIn();
                    });
                });
}

void Session::adoptAndKeep(TokenPair&& pair, std::function<void()> kept)
{
    m_accessToken.set(std::move(pair.accessToken), pair.lifetimeMs);
    m_refreshToken = std::move(pair.refreshToken);
    m_refresh.tokenReplaced();
    m_account = pair.account;
    if (!m_persistent || !m_persistence.hasKeychain()) {
        kept();
        return;
    }
    m_persistence.keep(m_refreshToken, m_account, m_api ? m_api->config().baseUrl.toString() : QString(),
                       m_serverCertificateSha256, isCurrent(), ownsKeychainEntry(),
                       [this, current = isCurrent(), kept = std::move(kept)](const QString& notKept) {
                           if (!notKept.isEmpty()) {
                               m_persistent = false; // the marker and the entry are gone: for this run only
                               emit persistenceFailed(notKept);
                           }
                           if (current())
                               kept();
                       });
}

std::function<bool()> Session::isCurrent() const
{
    return [this, generation = m_generation] { return generation == m_generation; };
}

std::function<bool()> Session::ownsKeychainEntry() const
{
    // A newer session kept in the keychain meanwhile (e.g. a sign-in after a write that timed out) has
    // written its own token under the same key: deleting then would delete that one.
    return [this, generation = m_generation] { return generation == m_generation || !m_persistent; };
}

void Session::restore()
{
    if (m_state != State::SignedOut && m_state != State::KeychainUnavailable)
        return;
    using Kind = SessionPersistence::Remembered::Kind;
    const auto remembered =
        m_api ? m_persistence.rememberedAt(m_api->config().baseUrl) : SessionPersistence::Remembered{};
    if (remembered.kind == Kind::Nothing) {
        setState(State::SignedOut);
        return;
    }
    if (remembered.kind == Kind::ForAnotherServer) {
        endSession(EndReason::ServerChanged); // the user is told and signs in again
        return;
    }
    m_serverCertificateSha256 = remembered.serverCertificateSha256;
    m_account = remembered.account;
    m_persistent = true;
    readKeychainAndRefresh();
}

void Session::retryKeychain()
{
    if (m_state == State::KeychainUnavailable)
        readKeychainAndRefresh();
}

void Session::readKeychainAndRefresh()
{
    setState(State::Restoring);
    auto restoring = [this, current = isCurrent()] { return current() && m_state == State::Restoring; };
    m_persistence.readToken(restoring, [this](SecureBytes token, const QString& problem) {
        if (token.isEmpty()) {
            setState(State::KeychainUnavailable);
            emit keychainUnavailable(problem);
            return;
        }
        m_refreshToken = std::move(token);
        m_refresh.tokenReplaced();
        startRefresh();
    });
}

void Session::startRefresh()
{
    // Waits for a pending keychain write only while the session is still kept there (a write that
    // timed out must not block refreshes for the rest of the run).
    if (m_refreshing || m_queue.holdsRefreshes() || (m_persistent && m_persistence.pendingWrites() > 0) || !m_api)
        return;
    m_refreshing = true;
    m_accessToken.stopRefreshTimer();
    m_refresh.start(m_refreshToken.view(), m_serverCertificateSha256, m_persistence.maxTokenBytes());
}

void Session::onRefreshAnswered(RefreshAnswer&& answer, const QByteArray& serverCertificateSha256)
{
    if (answer.kind == RefreshAnswer::Kind::Refused) {
        endSession(answer.endReason);
        return;
    }
    if (answer.kind == RefreshAnswer::Kind::Failed) {
        finishRefresh(answer.error); // no error when the token was replaced meanwhile: nothing to adopt
        return;
    }
    if (!serverCertificateSha256.isEmpty())
        m_serverCertificateSha256 = serverCertificateSha256; // the same one when pinned
    // The rotated token is in the keychain before anything else happens: a crash after this point
    // never leaves a used token behind.
    adoptAndKeep(std::move(answer.pair), [this] { finishRefresh(ApiError{}); });
}

void Session::finishRefresh(const ApiError& error)
{
    m_refreshing = false;
    // A restore is signed in either way (offline or with the server in trouble: without an access token for now).
    // Its marker needs no writing: keeping the rotated token wrote it, or cleared it when the keychain refused.
    const bool restored = m_state == State::Restoring;
    if (restored)
        setState(State::SignedIn);
    if (error.ok()) {
        scheduleRefresh();
        emit refreshed();
    }
    if (restored)
        emit signedIn();
    if (error.ok()) {
        m_queue.replay();
        return;
    }
    qCInfo(lcAuth).noquote() << "refresh failed, session kept:" << ApiError::kindName(error.kind) << "request id"
                             << error.requestId;
    m_accessToken.retryRefreshAfter(error.retryAfterSeconds);
    m_queue.fail(error);
}

void Session::adoptReissued(TokenPair&& pair, TokenReissue::Done finish)
{
    adoptAndKeep(std::move(pair), [this, finish = std::move(finish)] {
        scheduleRefresh();
        m_queue.replay();
        emit pairReissued();
        finish(ApiError{});
    });
}

void Session::signOut()
{
    if (m_state == State::SignedOut)
        return;
    if (!m_refreshToken.isEmpty() && m_api) // the server forgets the session too
        TokenRequests::sendLogout(m_api, this, m_refreshToken.view(), m_serverCertificateSha256);
    endSession(EndReason::UserSignedOut);
}

void Session::endSession(EndReason reason)
{
    ++m_generation;
    m_refresh.drop();
    m_refreshing = false;
    m_accessToken.clear(); // wiped, and its refresh timer stopped
    m_refreshToken.clear();
    m_serverCertificateSha256.clear();
    m_persistent = false;
    m_account = AccountInfo{};
    const QString message = SessionEndReason::message(reason);
    // `ended` follows the deletion, so that whoever reacts sees the keychain already cleaned up (the keychain
    // answers later, never from within forget()).
    m_persistence.forget(ownsKeychainEntry(), [this, reason, message] { emit ended(reason, message); });
    m_queue.endAll();

    setState(State::SignedOut);
    qCInfo(lcAuth) << "session ended" << reason;
    if (!m_persistence.hasKeychain())
        emit ended(reason, message);
}

} // namespace sp
