#pragma once

#include "api/ApiClient.h"
#include "auth/Session.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/QtKeychainSecretStore.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

namespace sp::test {

// A clock that tests can move; by default it is the system clock.
class ShiftableClock : public Clock
{
public:
    qint64 offsetMs = 0;
    QDateTime nowUtc() const override { return QDateTime::fromMSecsSinceEpoch(nowMSecsSinceEpoch(), Qt::UTC); }
    qint64 nowMSecsSinceEpoch() const override { return Clock::nowMSecsSinceEpoch() + offsetMs; }
};

// Remembers every bearer token the client sent, so leak checks know what to look for.
class RecordingNam : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    QList<QByteArray> bearerTokens;
    int requestsTo(const QString& path) const { return m_paths.count(path); }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* data) override
    {
        const QByteArray authorization = request.rawHeader("Authorization");
        if (authorization.startsWith("Bearer ") && !bearerTokens.contains(authorization.mid(7)))
            bearerTokens.append(authorization.mid(7));
        m_paths.append(request.url().path());
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    QStringList m_paths;
};

// The real keychain, recording every value written (the refresh tokens), for leak checks. With refuseWrites,
// writes answer Unavailable without reaching it (a keychain locked after the read); reads and deletions go on.
class RecordingKeychain : public QtKeychainSecretStore
{
public:
    using QtKeychainSecretStore::QtKeychainSecretStore;
    QList<QByteArray> written;
    bool refuseWrites = false;
    void write(const QString& key, const QByteArray& value, QObject* context, Callback cb) override
    {
        if (refuseWrites) {
            QTimer::singleShot(0, context, [cb = std::move(cb)] {
                SecretResult refused;
                refused.status = SecretResult::Status::Unavailable;
                refused.message = QStringLiteral("the keychain is locked");
                if (cb)
                    cb(refused);
            });
            return;
        }
        written.append(value);
        QtKeychainSecretStore::write(key, value, context, std::move(cb));
    }
};

// One client: its own profile folder (so its own keychain namespace), NAM, ApiClient and Session.
struct Client
{
    QTemporaryDir dir;
    RecordingNam nam;
    ShiftableClock clock;
    RecordingKeychain keychain{QStringLiteral("SellerPulse-tests")};
    std::optional<Profile> profile;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<Session> session;

    bool init(const QUrl& url, const QList<QSslCertificate>& cas, QString profileDir = QString())
    {
        QString error;
        profile = Profile::open(profileDir.isEmpty() ? dir.filePath(QStringLiteral("profile")) : profileDir, &error);
        if (!profile)
            return false;
        api = std::make_unique<ApiClient>(&nam, ServerConfig{url, cas, 15000});
        session = std::make_unique<Session>(api.get(), &keychain, &*profile, &clock);
        return true;
    }

    QString refreshKey() const { return profile->secretKey(QStringLiteral("refresh-token")); }

    bool signIn(const QString& email, const QString& password)
    {
        QSignalSpy signedIn(session.get(), &Session::signedIn);
        session->signIn(email, password);
        return signedIn.wait(15000) && session->state() == Session::State::SignedIn;
    }

    // Sends with the session and waits for the answer.
    std::optional<ApiResponse> authorized(const QByteArray& method, const QString& path,
                                          std::optional<QJsonObject> body = std::nullopt)
    {
        ApiRequest request;
        request.method = method;
        request.path = path;
        request.body = std::move(body);
        std::optional<ApiResponse> result;
        QObject context;
        session->sendAuthorized(request, &context, [&result](const ApiResponse& r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
        return result;
    }
};

// Reads one keychain entry with a fresh store, as another process would.
inline SecretResult readKeychain(const QString& key)
{
    QtKeychainSecretStore store(QStringLiteral("SellerPulse-tests"));
    std::optional<SecretResult> result;
    QObject context;
    store.read(key, &context, [&result](const SecretResult& r) { result = r; });
    (void)QTest::qWaitFor([&result] { return result.has_value(); }, 15000);
    if (!result) {
        SecretResult timeout;
        timeout.status = SecretResult::Status::Error;
        timeout.message = QStringLiteral("keychain did not answer");
        return timeout;
    }
    return *result;
}

} // namespace sp::test
