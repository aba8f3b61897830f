#include "auth/Session.h"

#include "api/UrlPolicy.h"
#include "auth/AuthLog.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSysInfo>

#include <limits>
#include <memory>
#include <utility>

namespace sp {

namespace {

const QString kRememberedKey = QStringLiteral("session/remembered");
const QString kEmailKey = QStringLiteral("session/email");
const QString kServerKey = QStringLiteral("session/server");
// Not a secret; lets the offline cache of the account open while the server cannot be reached.
const QString kAccountIdKey = QStringLiteral("session/accountId");
const QString kRefreshTokenName = QStringLiteral("refresh-token");
// SHA-256 (hex) of the certificate the server presented when the remembered pair was issued.
const QString kServerCertificateKey = QStringLiteral("session/serverCertificateSha256");

// A token is treated as expired a little early, so it does not expire on its way to the server.
constexpr qint64 kExpirySkewMs = 1000;
// After a failed proactive refresh (offline, server trouble), try again no sooner than this.
constexpr int kRefreshRetryMs = 30000;


// Scheme, host and port (the default one when the URL has none), as a browser compares origins.
bool sameOrigin(const QUrl& a, const QUrl& b)
{
    const QString scheme = a.scheme().toLower();
    if (scheme != b.scheme().toLower() || a.host().toLower() != b.host().toLower())
        return false;
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return a.port(defaultPort) == b.port(defaultPort);
}

// JSON string contents: only `"`, `\` and control characters need escaping; the rest is copied as is.
void appendJsonString(QByteArray& out, QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0x0f]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

ApiError sessionEndedError()
{
    ApiError error;
    error.kind = ApiError::Kind::SessionEnded;
    return error;
}

} // namespace

Session::Session(ApiClient* api, SecretStore* secrets, Profile* profile, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_secrets(secrets)
    , m_profile(profile)
    , m_clock(clock)
{
    qRegisterMetaType<sp::ApiError>();
    qRegisterMetaType<sp::Session::State>();
    qRegisterMetaType<sp::Session::EndReason>();
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::SignedIn && !m_refreshing)
            startRefresh();
    });
}

Session::~Session() = default;

Session::State Session::state() const
{
    return m_state;
}

Session::AccountInfo Session::account() const
{
    return m_account;
}

bool Session::isPersistent() const
{
    return m_persistent;
}

bool Session::hasRememberedSession() const
{
    return m_profile->settings().value(kRememberedKey, false).toBool();
}

QString Session::rememberedEmail() const
{
    return m_profile->settings().value(kEmailKey).toString();
}

QString Session::rememberedServer() const
{
    return m_profile->settings().value(kServerKey).toString();
}

bool Session::hasAccessToken() const
{
    return !m_accessToken.isEmpty();
}

QByteArray Session::refreshTokenBody() const
{
    QByteArray body;
    // One buffer, never reallocated, so that wiping it wipes the only copy (worst case: every byte escaped).
    body.reserve(m_refreshToken.size() * 6 + 32);
    body.append("{\"refresh_token\":");
    appendJsonString(body, m_refreshToken.view());
    body.append('}');
    return body;
}

QByteArray Session::refreshPeerPin() const
{
    if (!m_api)
        return QByteArray();
    const QUrl url = m_api->config().baseUrl;
    if (url.scheme() != QLatin1String("https") || !UrlPolicy::isLoopbackHost(url.host()))
        return QByteArray();
    return m_serverCertificateSha256;
}

void Session::setProactiveRefreshEnabled(bool enabled)
{
    m_proactiveRefresh = enabled;
    if (!enabled)
        m_refreshTimer.stop();
    else if (m_state == State::SignedIn)
        scheduleRefresh();
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcAuth) << "session state" << state;
    emit stateChanged(state);
}

// ---- sign in ---------------------------------------------------------------------------------

void Session::signIn(const QString& email, const QString& password)
{
    startSignIn(email, password, true);
}

void Session::continueWithoutKeychain(const QString& email, const QString& password)
{
    startSignIn(email, password, false);
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

    QJsonObject body{{QStringLiteral("email"), email.trimmed()},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("client_name"),
                      QStringLiteral("SellerPulse Desktop on %1").arg(QSysInfo::prettyProductName()).left(100)}};
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/auth/login");
    request.body = body;
    const quint64 generation = ++m_generation;
    m_api->send(request, this, [this, generation, persistent, previous](const ApiResponse& response) {
        if (generation != m_generation)
            return;
        TokenPair pair;
        ApiError error = response.error;
        if (error.ok() && !decodeTokenPair(response.json, &pair, &error))
            error.requestId = response.requestId;
        if (!error.ok()) {
            setState(previous);
            emit signInFailed(error);
            return;
        }
        adopt(std::move(pair));
        m_serverCertificateSha256 = response.peerCertificateSha256;
        m_persistent = persistent;
        auto finished = [this, generation] {
            if (generation != m_generation)
                return;
            setState(State::SignedIn);
            scheduleRefresh();
            emit signedIn();
        };
        if (persistent)
            persistRefreshToken(finished);
        else
            finished();
    });
}

bool Session::decodeTokenPair(const QJsonObject& json, TokenPair* out, ApiError* error) const
{
    // Nothing is stored without a keychain, so then no keychain limits the token either.
    return TokenPair::decode(json, out, error, m_secrets ? m_secrets->maxValueBytes() : std::numeric_limits<int>::max());
}

void Session::adopt(TokenPair&& pair)
{
    m_accessToken = std::move(pair.accessToken);
    m_refreshToken = std::move(pair.refreshToken);
    ++m_accessSerial;
    ++m_refreshSerial;
    m_accessExpiresAtMs = m_clock->nowMSecsSinceEpoch() + pair.lifetimeMs;
    m_account = pair.account;
}

void Session::persistRefreshToken(std::function<void()> done)
{
    if (!m_persistent || !m_secrets) {
        done();
        return;
    }
    const quint64 generation = m_generation;
    ++m_keychainWritesPending;
    // Answered by the keychain or by the timeout, whichever comes first; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    auto conclude = [this, generation, done = std::move(done)](const SecretResult& result) {
        if (generation != m_generation)
            return;
        if (result.status == SecretResult::Status::Ok) {
            writeMarker();
        } else {
            // A stale token left behind would read as "reused" at the next start, so this session
            // continues for this run only.
            qCWarning(lcAuth).noquote() << "refresh token not stored:" << result.message;
            m_persistent = false;
            clearMarker();
            removeRefreshToken(nullptr); // runs once the pending write answered, if ever
            emit persistenceFailed(
                tr("Your sign-in could not be saved in the system keychain (%1), so you will need to sign in "
                   "again next time. Unlock the keychain, or check that a Secret Service (such as GNOME "
                   "Keyring or KWallet) is running. Until you quit, you stay signed in.")
                    .arg(result.message));
        }
        done();
    };
    QTimer::singleShot(m_keychainTimeoutMs, this, [this, answered, conclude] {
        if (std::exchange(*answered, true))
            return;
        SecretResult timeout;
        timeout.status = SecretResult::Status::Unavailable;
        timeout.message = tr("the keychain did not answer within %n second(s)", nullptr,
                             (m_keychainTimeoutMs + 999) / 1000);
        conclude(timeout);
    });
    QByteArray value = m_refreshToken.toByteArray(); // the store keeps its own copy for the job
    m_secrets->write(m_profile->secretKey(kRefreshTokenName), value, this,
                     [this, answered, conclude](const SecretResult& result) {
                         --m_keychainWritesPending;
                         if (m_keychainWritesPending == 0) {
                             const auto actions = std::exchange(m_afterKeychainWrites, {});
                             for (const auto& action : actions)
                                 action();
                         }
                         if (std::exchange(*answered, true))
                             return; // too late: the timeout already told the user
                         conclude(result);
                     });
    SecureBytes::wipe(value);
}

void Session::afterKeychainWrites(std::function<void()> action)
{
    if (m_keychainWritesPending == 0)
        action();
    else
        m_afterKeychainWrites.append(std::move(action));
}

void Session::removeRefreshToken(SecretStore::Callback done)
{
    // After any pending write: a write landing after the deletion would bring the token back.
    const quint64 generation = m_generation;
    afterKeychainWrites([this, generation, done = std::move(done)] {
        // A newer session kept in the keychain meanwhile (e.g. a sign-in after a write that timed
        // out) has written its own token under the same key: deleting now would delete that one.
        if (generation != m_generation && m_persistent) {
            if (done)
                done(SecretResult{});
            return;
        }
        if (m_secrets)
            m_secrets->remove(m_profile->secretKey(kRefreshTokenName), this, done);
    });
}

void Session::writeMarker()
{
    QSettings& settings = m_profile->settings();
    settings.setValue(kRememberedKey, true);
    settings.setValue(kEmailKey, m_account.email);
    settings.setValue(kServerKey, m_api ? m_api->config().baseUrl.toString() : QString());
    settings.setValue(kAccountIdKey, m_account.id);
    if (m_serverCertificateSha256.isEmpty())
        settings.remove(kServerCertificateKey);
    else
        settings.setValue(kServerCertificateKey, QString::fromLatin1(m_serverCertificateSha256.toHex()));
    m_profile->sync();
}

void Session::clearMarker()
{
    QSettings& settings = m_profile->settings();
    settings.remove(kRememberedKey);
    settings.remove(kServerKey);
    settings.remove(kAccountIdKey);
    settings.remove(kServerCertificateKey);
    // The email stays as a convenience for the sign-in form; it is not a secret.
    m_profile->sync();
}

// ---- restore ---------------------------------------------------------------------------------

void Session::restore()
{
    if (m_state != State::SignedOut && m_state != State::KeychainUnavailable)
        return;
    if (!hasRememberedSession() || !m_api || !m_secrets) {
        setState(State::SignedOut);
        return;
    }
    if (!rememberedOriginMatches()) {
        // Another scheme, host or port, or a loopback https marker without its certificate: the
        // token belongs to someone else and is never sent there. The user is told and signs in again.
        qCInfo(lcAuth) << "remembered session belongs to another server; not restored";
        endSession(EndReason::ServerChanged);
        return;
    }
    m_serverCertificateSha256 =
        QByteArray::fromHex(m_profile->settings().value(kServerCertificateKey).toString().toLatin1());
    m_account = AccountInfo{};
    m_account.email = rememberedEmail();
    m_account.id = m_profile->settings().value(kAccountIdKey).toString();
    m_persistent = true;
    setState(State::Restoring);
    readKeychainAndRefresh();
}

bool Session::rememberedOriginMatches() const
{
    const QUrl remembered(rememberedServer());
    const QUrl current = m_api->config().baseUrl;
    if (!remembered.isValid() || !sameOrigin(remembered, current))
        return false;
    // A loopback port can be taken by any local process: there the certificate is the identity.
    const bool pinned = current.scheme() == QLatin1String("https") && UrlPolicy::isLoopbackHost(current.host());
    return !pinned || m_profile->settings().value(kServerCertificateKey).toString().size() == 64;
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
    m_secrets->read(m_profile->secretKey(kRefreshTokenName), this, [this, generation](const SecretResult& result) {
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

// ---- refresh ---------------------------------------------------------------------------------

bool Session::accessTokenUsable() const
{
    return !m_accessToken.isEmpty() && m_clock->nowMSecsSinceEpoch() + kExpirySkewMs < m_accessExpiresAtMs;
}

void Session::scheduleRefresh()
{
    if (!m_proactiveRefresh || m_state != State::SignedIn || m_accessToken.isEmpty())
        return;
    const qint64 remaining = m_accessExpiresAtMs - m_clock->nowMSecsSinceEpoch();
    const qint64 lifetimeLeft = qMax<qint64>(0, remaining);
    // At 80% of the lifetime: early enough for a slow network, late enough not to waste rotations.
    const qint64 delay = qBound<qint64>(200, lifetimeLeft * 8 / 10, 24LL * 3600 * 1000);
    m_refreshTimer.start(int(delay));
}

void Session::startRefresh()
{
    // Waits for a pending keychain write only while the session is still kept there (a write that
    // timed out must not block refreshes for the rest of the run).
    if (m_refreshing || m_passwordChangeOnWire || (m_persistent && m_keychainWritesPending > 0) || !m_api)
        return;
    m_refreshing = true;
    m_refreshTimer.stop();
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/auth/refresh");
    request.jsonBody = refreshTokenBody();
    request.expectedPeerSha256 = refreshPeerPin();
    const quint64 generation = m_generation;
    const quint64 sent = m_refreshSerial;
    m_api->send(request, this, [this, generation, sent](const ApiResponse& response) {
        if (generation != m_generation)
            return;
        onRefreshFinished(sent, response);
    });
    SecureBytes::wipe(request.jsonBody);
}

Session::EndReason Session::endReasonFor(const QString& code)
{
    if (code == QLatin1String("password_changed") || code == QLatin1String("session_revoked"))
        return EndReason::SignedOutElsewhere;
    if (code == QLatin1String("refresh_token_reused"))
        return EndReason::TokenReused;
    return EndReason::SessionExpired;
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
        endSession(endReasonFor(error.code));
        return;
    }
    if (!error.ok()) {
        finishRefresh(error);
        return;
    }
    TokenPair pair;
    ApiError decodeError;
    if (!decodeTokenPair(response.json, &pair, &decodeError)) {
        decodeError.requestId = response.requestId;
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
            writeMarker();
        }
        scheduleRefresh();
        emit refreshed();
        if (restoring)
            emit signedIn();
        replayWaiting();
        return;
    }
    qCInfo(lcAuth).noquote() << "refresh failed, session kept:" << ApiError::kindName(error.kind)
                             << "request id" << error.requestId;
    if (restoring) {
        // Offline or the server is in trouble: the session stays, without an access token for now.
        setState(State::SignedIn);
        emit signedIn();
    }
    if (m_proactiveRefresh)
        m_refreshTimer.start(qMax(kRefreshRetryMs, error.retryAfterSeconds * 1000));
    ApiResponse failed;
    failed.error = error;
    failed.requestId = error.requestId;
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting)
        answer(w, failed);
}

// ---- authorized requests ---------------------------------------------------------------------

void Session::sendAuthorized(ApiRequest request, QObject* context, ApiClient::Callback callback)
{
    Waiting waiting;
    waiting.request = std::move(request);
    waiting.context = context;
    waiting.callback = std::move(callback);
    submit(std::move(waiting));
}

void Session::submit(Waiting waiting)
{
    if (m_state == State::Restoring) {
        m_waiting.append(std::move(waiting));
        return;
    }
    if (m_state != State::SignedIn || !m_api) {
        ApiResponse response;
        response.error = sessionEndedError();
        answer(waiting, response);
        return;
    }
    dispatch(std::move(waiting));
}

void Session::answer(const Waiting& waiting, const ApiResponse& response)
{
    // Asynchronous like a network answer, and only while the caller's context lives.
    QObject* target = waiting.context ? waiting.context.data() : nullptr;
    if (!target || !waiting.callback)
        return;
    QTimer::singleShot(0, target, [callback = waiting.callback, response] { callback(response); });
}

void Session::replayWaiting()
{
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting)
        dispatch(w);
}

void Session::dispatch(Waiting waiting)
{
    if (!waiting.context)
        return;
    if (m_refreshing || !accessTokenUsable()) {
        m_waiting.append(std::move(waiting));
        startRefresh();
        return;
    }
    ApiRequest request = waiting.request;
    request.bearerToken = m_accessToken.toByteArray(); // for this send only
    const quint64 generation = m_generation;
    const quint64 usedToken = m_accessSerial;
    if (waiting.passwordChange)
        m_passwordChangeOnWire = true;
    m_api->send(request, waiting.context, [this, generation, usedToken, waiting](const ApiResponse& response) {
        if (waiting.passwordChange)
            m_passwordChangeOnWire = false;
        if (generation != m_generation) {
            ApiResponse endedResponse = response;
            endedResponse.error = sessionEndedError();
            if (waiting.callback)
                waiting.callback(endedResponse);
            return;
        }
        if (response.error.kind == ApiError::Kind::Problem && response.httpStatus == 401 && !waiting.replayed) {
            Waiting again = waiting;
            again.replayed = true;
            if (usedToken == m_accessSerial)
                m_accessToken.clear(); // the server says it is no good: the next dispatch refreshes
            dispatch(std::move(again));
            return;
        }
        if (waiting.callback)
            waiting.callback(response);
    });
    SecureBytes::wipe(request.bearerToken);
}

// ---- password change and the end ---------------------------------------------------------------

void Session::changePassword(const QString& currentPassword, const QString& newPassword)
{
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/account/password");
    request.body = QJsonObject{{QStringLiteral("current_password"), currentPassword},
                               {QStringLiteral("new_password"), newPassword}};
    const quint64 generation = m_generation;
    auto done = [this, generation](const ApiResponse& response) {
        if (generation != m_generation) {
            emit passwordChangeFailed(sessionEndedError());
            return;
        }
        TokenPair pair;
        ApiError error = response.error;
        if (error.ok() && !decodeTokenPair(response.json, &pair, &error))
            error.requestId = response.requestId;
        if (!error.ok()) {
            // Requests that waited for the change to land get their refresh now.
            if (!m_waiting.isEmpty())
                startRefresh();
            else
                scheduleRefresh();
            emit passwordChangeFailed(error);
            return;
        }
        adopt(std::move(pair));
        persistRefreshToken([this, generation] {
            if (generation != m_generation)
                return;
            scheduleRefresh();
            replayWaiting();
            emit passwordChanged();
        });
    };
    Waiting waiting;
    waiting.request = request;
    waiting.context = this;
    waiting.callback = std::move(done);
    waiting.passwordChange = true;
    submit(std::move(waiting));
}

void Session::signOut()
{
    if (m_state == State::SignedOut)
        return;
    if (!m_refreshToken.isEmpty() && m_api) {
        // Best effort: the server forgets the session; the answer does not matter.
        ApiRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/v1/auth/logout");
        request.jsonBody = refreshTokenBody();
        request.expectedPeerSha256 = refreshPeerPin();
        m_api->send(request, this, nullptr);
        SecureBytes::wipe(request.jsonBody);
    }
    endSession(EndReason::UserSignedOut);
}

void Session::endSession(EndReason reason)
{
    ++m_generation;
    m_refreshTimer.stop();
    m_refreshing = false;
    m_passwordChangeOnWire = false;
    m_accessToken.clear(); // wiped
    m_refreshToken.clear();
    ++m_accessSerial;
    ++m_refreshSerial;
    m_serverCertificateSha256.clear();
    m_accessExpiresAtMs = 0;
    m_persistent = false;
    m_account = AccountInfo{};
    clearMarker();

    ApiResponse endedResponse;
    endedResponse.error = sessionEndedError();
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting)
        answer(w, endedResponse);

    setState(State::SignedOut);
    qCInfo(lcAuth) << "session ended" << reason;
    const QString message = endMessage(reason);
    if (!m_secrets) {
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

QString Session::endMessage(EndReason reason)
{
    switch (reason) {
    case EndReason::None:
        return QString();
    case EndReason::UserSignedOut:
        return tr("You signed out.");
    case EndReason::SignedOutElsewhere:
        return tr("You were signed out elsewhere: the password was changed or this session was ended on "
                  "another device. Sign in again.");
    case EndReason::SessionExpired:
        return tr("Your session has expired. Sign in again.");
    case EndReason::ServerChanged:
        return tr("Your saved sign-in belongs to another server, or this server's certificate has changed, "
                  "so it was not sent and has been removed. Sign in again.");
    case EndReason::TokenReused:
        return tr("Your session was ended for your safety because its sign-in token was used twice. "
                  "Sign in again; if this happens again, change your password.");
    }
    return QString();
}

} // namespace sp
