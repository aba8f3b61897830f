#pragma once

#include "account/SecurityContact.h"
#include "api/ApiError.h"

#include <QObject>
#include <QPointer>

namespace sp {

class Session;

// The account's security actions: change the password, sign out everywhere, and where to report a
// security issue. The password change's new token pair is Session's business (Session::sendReissuing).
class AccountSecurityClient : public QObject
{
    Q_OBJECT
public:
    explicit AccountSecurityClient(Session* session, QObject* parent = nullptr);

    SecurityContact contact() const { return m_contact; }
    // POST /v1/account/password. The server signs out every other session and answers this one a new
    // token pair, which the Session keeps before passwordChanged; passwordChangeFailed otherwise.
    void changePassword(const QString& currentPassword, const QString& newPassword);
    void refreshContact(); // GET /v1/security-contact; keeps the defaults when unavailable
    // POST /v1/auth/logout-all (every session, this one included), then signs this one out locally.
    void signOutEverywhere();

signals:
    void passwordChanged();
    void passwordChangeFailed(const sp::ApiError& error);
    void contactChanged(const sp::SecurityContact& contact);
    void signedOutEverywhere();
    void failed(const QString& message);

private:
    QPointer<Session> m_session;
    SecurityContact m_contact;
};

} // namespace sp
