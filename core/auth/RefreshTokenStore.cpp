#include "auth/RefreshTokenStore.h"

#include "cache/SecureBytes.h"
#include "profile/Profile.h"

#include <QCoreApplication>
#include <QTimer>

#include <limits>
#include <memory>
#include <utility>

namespace sp {

RefreshTokenStore::RefreshTokenStore(SecretStore* secrets, Profile* profile, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_profile(profile)
{}

QString RefreshTokenStore::keyFor(const Profile& profile) { return profile.secretKey(QStringLiteral("refresh-token")); }

QString RefreshTokenStore::key() const { return keyFor(*m_profile); }

int RefreshTokenStore::maxTokenBytes() const
{
    return m_secrets ? m_secrets->maxValueBytes() : std::numeric_limits<int>::max();
}

void RefreshTokenStore::write(const SecureBytes& token, SecretStore::Callback done)
{
    if (!m_secrets) {
        SecretResult none;
        none.status = SecretResult::Status::Unavailable;
        done(none);
        return;
    }
    ++m_pendingWrites;
    // Answered by the keychain or by the timeout, whichever comes first; the other is ignored.
    auto answered = std::make_shared<bool>(false);
    auto conclude = std::make_shared<SecretStore::Callback>(std::move(done));
    QTimer::singleShot(m_timeoutMs, this, [this, answered, conclude] {
        if (std::exchange(*answered, true))
            return;
        SecretResult timeout;
        timeout.status = SecretResult::Status::Unavailable;
        // Translated in Session's context, where the user reads it (Session::persistenceFailed).
        timeout.message = QCoreApplication::translate("sp::Session", "the keychain did not answer within %n second(s)",
                                                      nullptr, (m_timeoutMs + 999) / 1000);
        (*conclude)(timeout);
    });
    QByteArray value = token.toByteArray(); // the store keeps its own copy for the job
    m_secrets->write(key(), value, this, [this, answered, conclude](const SecretResult& result) {
        --m_pendingWrites;
        if (m_pendingWrites == 0) {
            const auto actions = std::exchange(m_afterWrites, {});
            for (const auto& action : actions)
                action();
        }
        if (std::exchange(*answered, true))
            return; // too late: the timeout already told the user
        (*conclude)(result);
    });
    SecureBytes::wipe(value);
}

void RefreshTokenStore::read(SecretStore::Callback done)
{
    if (m_secrets)
        m_secrets->read(key(), this, std::move(done));
}

void RefreshTokenStore::remove(std::function<bool()> stillWanted, SecretStore::Callback done)
{
    // After any pending write: a write landing after the deletion would bring the token back.
    afterWrites([this, stillWanted = std::move(stillWanted), done = std::move(done)] {
        if (stillWanted && !stillWanted()) {
            if (done)
                done(SecretResult{});
            return;
        }
        if (m_secrets)
            m_secrets->remove(key(), this, done);
    });
}

void RefreshTokenStore::afterWrites(std::function<void()> action)
{
    if (m_pendingWrites == 0)
        action();
    else
        m_afterWrites.append(std::move(action));
}

} // namespace sp
