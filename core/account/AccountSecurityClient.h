#pragma once

#include "account/SecurityContact.h"

#include <QObject>
#include <QPointer>

namespace sp {

class Session;

// The account's security actions that are not the password change (Session does that): sign out
// everywhere, and where to report a security issue.
class AccountSecurityClient : public QObject
{
    Q_OBJECT
public:
    explicit AccountSecurityClient(Session* session, QObject* parent = nullptr);

    SecurityContact contact() const { return m_contact; }
    void refreshContact();    // GET /v1/security-contact; keeps the defaults when unavailable
    // POST /v1/auth/logout-all (every session, this one included), then signs this one out locally.
    void signOutEverywhere();

signals:
    void contactChanged(const sp::SecurityContact& contact);
    void signedOutEverywhere();
    void failed(const QString& message);

private:
    QPointer<Session> m_session;
    SecurityContact m_contact;
};

} // namespace sp
