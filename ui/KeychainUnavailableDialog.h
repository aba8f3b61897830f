#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sp {

// Shown when the remembered session cannot be read because the system keychain is locked or
// missing. The user can unlock it and retry, or sign in for this session only (nothing stored).
class KeychainUnavailableDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeychainUnavailableDialog(QWidget* parent = nullptr);

    void setDetails(const QString& email, const QString& keychainMessage);
    void setBusy(bool busy);
    void showErrorText(const QString& text);

signals:
    void retryRequested();
    void sessionOnlyRequested(const QString& email, const QString& password);

private:
    void continueForSession();

    QLabel* m_detailLabel;
    QLineEdit* m_emailEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_errorLabel;
    QPushButton* m_retryButton;
    QPushButton* m_sessionOnlyButton;
    QPushButton* m_quitButton;
};

} // namespace sp
