#include "ChangePasswordDialog.h"
#include "ThemeColors.h"

#include "account/AccountSecurityClient.h"
#include "ErrorDetailsView.h"
#include "api/ApiError.h"
#include "auth/Session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp {

ChangePasswordDialog::ChangePasswordDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_client(new AccountSecurityClient(session, this))
    , m_currentEdit(new QLineEdit(this))
    , m_newEdit(new QLineEdit(this))
    , m_repeatEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_details(new ErrorDetailsView(QStringLiteral("errorDetails"), this))
    , m_changeButton(new QPushButton(tr("Change password"), this))
    , m_closeButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));

    const struct
    {
        QLineEdit* edit;
        const char* name;
        QString accessible;
    } edits[] = {{m_currentEdit, "currentPasswordEdit", tr("Current password")},
                 {m_newEdit, "newPasswordEdit", tr("New password")},
                 {m_repeatEdit, "repeatPasswordEdit", tr("Repeat new password")}};
    for (const auto& e : edits) {
        e.edit->setObjectName(QLatin1String(e.name));
        e.edit->setAccessibleName(e.accessible);
        e.edit->setEchoMode(QLineEdit::Password);
        e.edit->setMaxLength(kMaxLength + 1); // one more, so that "too long" is reported, not cut
    }
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setAccessibleName(tr("Message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();
    m_changeButton->setObjectName(QStringLiteral("changeButton"));
    m_changeButton->setAccessibleName(tr("Change password"));
    m_changeButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setAccessibleName(tr("Close"));

    auto* form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_currentEdit);
    form->addRow(tr("&New password:"), m_newEdit);
    form->addRow(tr("&Repeat new password:"), m_repeatEdit);
    auto* hint = new QLabel(
        tr("Use %1 to %2 characters. Changing it signs out all your other devices.").arg(kMinLength).arg(kMaxLength),
        this);
    hint->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_changeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    connect(m_changeButton, &QPushButton::clicked, this, &ChangePasswordDialog::submit);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    // Bound to this dialog: a reply that arrives after it closed goes nowhere.
    connect(m_client, &AccountSecurityClient::passwordChanged, this, &ChangePasswordDialog::onChanged);
    connect(m_client, &AccountSecurityClient::passwordChangeFailed, this, &ChangePasswordDialog::onFailed);
}

QString ChangePasswordDialog::checkNewPassword(const QString& current, const QString& password, const QString& repeat)
{
    if (current.isEmpty())
        return tr("Enter your current password.");
    if (password.size() < kMinLength)
        return tr("The new password must have at least %1 characters.").arg(kMinLength);
    if (password.size() > kMaxLength)
        return tr("The new password may have at most %1 characters.").arg(kMaxLength);
    if (password != repeat)
        return tr("The repeated password does not match the new password.");
    if (password == current)
        return tr("The new password must differ from the current one.");
    return QString();
}

void ChangePasswordDialog::submit()
{
    if (m_busy)
        return;
    const QString problem = checkNewPassword(m_currentEdit->text(), m_newEdit->text(), m_repeatEdit->text());
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (!m_session || m_session->state() != Session::State::SignedIn) {
        showError(tr("You are not signed in. Sign in again, then change your password."));
        return;
    }
    setBusy(true);
    m_client->changePassword(m_currentEdit->text(), m_newEdit->text());
}

void ChangePasswordDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_currentEdit->setEnabled(!busy);
    m_newEdit->setEnabled(!busy);
    m_repeatEdit->setEnabled(!busy);
    m_changeButton->setEnabled(!busy);
    m_changeButton->setText(busy ? tr("Changing...") : tr("Change password"));
}

void ChangePasswordDialog::showError(const QString& text, const QString& details)
{
    ThemeColors::styleAsError(m_messageLabel);
    m_messageLabel->setText(text);
    m_messageLabel->show();
    m_details->setDetails(details);
}

void ChangePasswordDialog::onChanged()
{
    if (!m_busy)
        return;
    setBusy(false);
    for (QLineEdit* edit : {m_currentEdit, m_newEdit, m_repeatEdit}) {
        edit->clear();
        edit->setEnabled(false);
    }
    m_changeButton->hide();
    m_closeButton->setText(tr("Close"));
    m_closeButton->setDefault(true);
    m_details->setDetails(QString());
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("Your password was changed. All your other devices were signed out; "
                               "this computer stays signed in."));
    m_messageLabel->show();
}

void ChangePasswordDialog::onFailed(const ApiError& error)
{
    if (!m_busy)
        return;
    setBusy(false);
    showError(error.userMessage(), error.details());
}

} // namespace sp
