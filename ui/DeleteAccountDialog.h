#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sp {

class AccountDeletion;
class Session;
class SyncController;

// Deletes the account after saying plainly what happens and when, and after the password: the
// server schedules the deletion and signs every device out; this computer's data goes too.
class DeleteAccountDialog : public QDialog
{
    Q_OBJECT
public:
    DeleteAccountDialog(Session* session, SyncController* sync, QWidget* parent = nullptr);

signals:
    void accountDeleted(const QString& message); // translated: what happened, for the status bar

private:
    void submit();

    AccountDeletion* m_deletion;
    QLineEdit* m_passwordEdit;
    QLabel* m_messageLabel;
    QPushButton* m_deleteButton;
    QPushButton* m_cancelButton;
};

} // namespace sp
