#include "DeleteAccountDialog.h"

#include "account/AccountDeletion.h"
#include "sync/SyncController.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp {

DeleteAccountDialog::DeleteAccountDialog(Session* session, SyncController* sync, QWidget* parent)
    : QDialog(parent)
    , m_deletion(new AccountDeletion(session, sync ? sync->cache() : nullptr, this))
    , m_passwordEdit(new QLineEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_deleteButton(new QPushButton(tr("Delete my account"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("deleteAccountDialog"));
    setWindowTitle(tr("Delete account"));
    auto* statement = new QLabel(AccountDeletion::whatHappens(), this);
    statement->setObjectName(QStringLiteral("deletionStatementLabel"));
    statement->setAccessibleName(tr("What happens"));
    statement->setWordWrap(true);
    m_passwordEdit->setObjectName(QStringLiteral("deletionPasswordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_messageLabel->setObjectName(QStringLiteral("deletionMessageLabel"));
    m_messageLabel->setAccessibleName(tr("Message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();
    m_deleteButton->setObjectName(QStringLiteral("confirmDeleteAccountButton"));
    m_deleteButton->setAccessibleName(tr("Delete my account"));
    m_deleteButton->setEnabled(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelDeleteAccountButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Your &password:"), m_passwordEdit);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_deleteButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(statement);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addLayout(buttons);

    connect(m_passwordEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_deleteButton->setEnabled(!text.isEmpty() && !m_deletion->isRunning()); });
    connect(m_deleteButton, &QPushButton::clicked, this, &DeleteAccountDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_deletion, &AccountDeletion::failed, this, [this](const QString& message) {
        m_messageLabel->setText(message);
        m_messageLabel->show();
        m_passwordEdit->setEnabled(true);
        m_cancelButton->setEnabled(true);
        m_deleteButton->setEnabled(!m_passwordEdit->text().isEmpty());
    });
    connect(m_deletion, &AccountDeletion::finished, this,
            [this](const QDateTime& scheduledFor, const QString& summary) {
                const QString when = scheduledFor.isValid()
                                         ? QLocale().toString(scheduledFor.toLocalTime().date(), QLocale::LongFormat)
                                         : tr("within 30 days");
                emit accountDeleted(tr("Your account is closed and will be deleted by %1. %2").arg(when, summary));
                accept();
            });
}

void DeleteAccountDialog::submit()
{
    const QString password = m_passwordEdit->text();
    m_passwordEdit->clear(); // not kept in the widget while the request runs
    m_passwordEdit->setEnabled(false);
    m_deleteButton->setEnabled(false);
    m_cancelButton->setEnabled(false);
    m_messageLabel->setText(tr("Deleting..."));
    m_messageLabel->show();
    m_deletion->start(password);
}

} // namespace sp
