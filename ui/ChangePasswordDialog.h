#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sp {

class AccountSecurityClient;
class ErrorDetailsView;
class Session;
struct ApiError;

// Changes the account's password: checks length and repetition locally, then asks the server
// (AccountSecurityClient), which signs out every other device.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kMinLength = 10;
    static constexpr int kMaxLength = 128;

    explicit ChangePasswordDialog(Session* session, QWidget* parent = nullptr);

    // The local checks; empty when the new password may be sent.
    static QString checkNewPassword(const QString& current, const QString& password, const QString& repeat);

private:
    void submit();
    void setBusy(bool busy);
    void showError(const QString& text, const QString& details = QString());
    void onChanged();
    void onFailed(const ApiError& error);

    QPointer<Session> m_session;
    AccountSecurityClient* m_client; // the dialog's own: its answer goes nowhere once the dialog is gone
    QLineEdit* m_currentEdit;
    QLineEdit* m_newEdit;
    QLineEdit* m_repeatEdit;
    QLabel* m_messageLabel;
    ErrorDetailsView* m_details; // the request id, for support
    QPushButton* m_changeButton;
    QPushButton* m_closeButton;
    bool m_busy = false;
};

} // namespace sp
