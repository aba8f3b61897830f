#pragma once

#include "api/ServerChoice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QToolButton;
class QWidget;

namespace sp {

struct ApiError;
class ErrorDetailsView;

// Asks for email, password and (under "Advanced") the server. It sends nothing itself: after local
// checks (URL policy, CA file) it emits signInRequested and shows the busy state until the owner
// answers with showError() or closes it.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget* parent = nullptr);

    void setEmail(const QString& email);
    QString email() const;
    void setServerChoice(const ServerChoice& choice);
    ServerChoice serverChoice() const;
    // Locks the server fields (the --sandbox and --server modes decide the server).
    void setServerLocked(bool locked);
    // A line above the form, e.g. why the last session ended.
    void setNotice(const QString& notice);

    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    void showError(const ApiError& error);
    // `details` (request id and the like) go to the closed "Details" part only.
    void showErrorText(const QString& text, const QString& details = QString());

signals:
    void signInRequested(const sp::ServerChoice& server, const QString& email, const QString& password);

private:
    void submit();
    void updateServerFields();
    void chooseCaFile();

    QLabel* m_noticeLabel;
    QLineEdit* m_emailEdit;
    QLineEdit* m_passwordEdit;
    QLabel* m_errorLabel;
    ErrorDetailsView* m_errorDetails;
    QProgressBar* m_busyIndicator;
    QPushButton* m_signInButton;
    QPushButton* m_cancelButton;
    QToolButton* m_advancedToggle;
    QWidget* m_advancedBox;
    QRadioButton* m_cloudRadio;
    QRadioButton* m_customRadio;
    QLineEdit* m_serverUrlEdit;
    QLineEdit* m_caFileEdit;
    QPushButton* m_caFileButton;
    QString m_serverLabel;
    bool m_serverLocked = false;
    bool m_busy = false;
};

} // namespace sp
