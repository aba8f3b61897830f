#include "auth/SessionPersistence.h"

#include "auth/AuthLog.h"
#include "cache/SecureBytes.h"

#include <QCoreApplication>

#include <utility>

namespace sp {

SessionPersistence::SessionPersistence(SecretStore* secrets, Profile* profile)
    : m_marker(profile)
    , m_tokens(secrets, profile)
{}

void SessionPersistence::keep(const SecureBytes& token, const AccountInfo& account, const QString& server,
                              const QByteArray& serverCertificateSha256, std::function<bool()> current,
                              std::function<bool()> stillOwned, std::function<void(const QString& notKept)> done)
{
    m_tokens.write(token, [this, account, server, serverCertificateSha256, current = std::move(current),
                           stillOwned = std::move(stillOwned), done = std::move(done)](const SecretResult& result) {
        if (!current())
            return;
        if (result.status == SecretResult::Status::Ok) {
            m_marker.write(account, server, serverCertificateSha256);
            done(QString());
            return;
        }
        // A stale token left behind would read as "reused" at the next start.
        qCWarning(lcAuth).noquote() << "refresh token not stored:" << result.message;
        m_marker.clear();
        m_tokens.remove(stillOwned, nullptr); // runs once the pending write answered, if ever
        done(notKeptMessage(result.message));
    });
}

SessionPersistence::Remembered SessionPersistence::rememberedAt(const QUrl& server) const
{
    Remembered remembered;
    if (!m_marker.exists() || !m_tokens.hasKeychain())
        return remembered;
    if (!m_marker.originMatches(server)) {
        // Another scheme, host or port, or a loopback https marker without its certificate: the token
        // belongs to someone else and is never sent there.
        qCInfo(lcAuth) << "remembered session belongs to another server; not restored";
        remembered.kind = Remembered::Kind::ForAnotherServer;
        return remembered;
    }
    remembered.kind = Remembered::Kind::Restorable;
    remembered.account.email = m_marker.email();
    remembered.account.id = m_marker.accountId();
    remembered.serverCertificateSha256 = m_marker.serverCertificateSha256();
    return remembered;
}

void SessionPersistence::readToken(std::function<bool()> wanted,
                                   std::function<void(SecureBytes token, const QString& problem)> done)
{
    m_tokens.read([wanted = std::move(wanted), done = std::move(done)](const SecretResult& result) {
        if (!wanted())
            return;
        if (result.status == SecretResult::Status::Ok && !result.value.isEmpty()) {
            done(SecureBytes(result.value), QString());
            return;
        }
        // "Not found" while the marker says a session was remembered: QtKeychain 0.13 reads a locked
        // collection like that on Linux, so this is not a silent sign-out.
        qCWarning(lcAuth).noquote() << "keychain did not give the refresh token:" << result.message;
        done(SecureBytes(), result.status == SecretResult::Status::NotFound ? QCoreApplication::translate(
                                "sp::Session", "The system keychain is locked or unavailable, so "
                                               "your saved session cannot be read. Unlock the "
                                               "keychain and retry, or sign in for this session "
                                               "only.")
                                                                            : result.message);
    });
}

QString SessionPersistence::notKeptMessage(const QString& detail)
{
    // Translated in Session's context, where it was first translated.
    return QCoreApplication::translate("sp::Session",
                                       "Your sign-in could not be saved in the system keychain (%1), so you will "
                                       "need to sign in again next time. Unlock the keychain, or check that a "
                                       "Secret Service (such as GNOME Keyring or KWallet) is running. Until you "
                                       "quit, you stay signed in.")
        .arg(detail);
}

void SessionPersistence::forget(std::function<bool()> stillOwned, std::function<void()> done)
{
    m_marker.clear();
    if (!m_tokens.hasKeychain())
        return;
    m_tokens.remove(std::move(stillOwned), [done = std::move(done)](const SecretResult& result) {
        if (result.status != SecretResult::Status::Ok)
            qCWarning(lcAuth).noquote() << "keychain entry not deleted:" << result.message;
        done();
    });
}

} // namespace sp
