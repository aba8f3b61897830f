#pragma once

#include "account/AccountSecurityClient.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace sp {

class Session;

// Settings > Account and security: the profile, change password (every other session ends),
// sign out, sign out everywhere, and where to report a security issue.
class SettingsSecuritySection : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsSecuritySection(QWidget* parent = nullptr);

    void setSession(Session* session);
    void setAccount(const QString& email, const QString& displayName);
    void refresh();

signals:
    void changePasswordRequested();
    void signOutRequested();

private:
    void confirmSignOutEverywhere();
    void showContact(const SecurityContact& contact);

    QPointer<Session> m_session;
    QPointer<AccountSecurityClient> m_client;
    QLabel* m_emailLabel;
    QLabel* m_nameLabel;
    QPushButton* m_changePasswordButton;
    QPushButton* m_signOutButton;
    QPushButton* m_signOutEverywhereButton;
    QLabel* m_contactLabel;
    QLabel* m_messageLabel;
};

} // namespace sp
