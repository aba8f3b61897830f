#include "KeychainUnavailableDialog.h"
#include "ThemeColors.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp {

KeychainUnavailableDialog::KeychainUnavailableDialog(QWidget* parent)
    : QDialog(parent)
    , m_detailLabel(new QLabel(this))
    , m_emailEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_retryButton(new QPushButton(tr("&Retry"), this))
    , m_sessionOnlyButton(new QPushButton(tr("&Continue for this session only"), this))
    , m_quitButton(new QPushButton(tr("&Quit"), this))
{
    setObjectName(QStringLiteral("keychainUnavailableDialog"));
    setWindowTitle(tr("Keychain unavailable"));

    auto* heading = new QLabel(tr("The system keychain is locked or unavailable."), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    auto* explanation =
        new QLabel(tr("SellerPulse keeps your sign-in in the system keychain. Unlock the keychain and choose Retry, "
                      "or enter your password to continue for this session only: you will have to sign in again "
                      "next time."),
                   this);
    explanation->setWordWrap(true);
    m_detailLabel->setObjectName(QStringLiteral("keychainDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_emailEdit->setAccessibleName(tr("Email"));
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(128);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->setWordWrap(true);
    ThemeColors::styleAsError(m_errorLabel);
    m_errorLabel->hide();

    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAccessibleName(tr("Retry"));
    m_retryButton->setDefault(true);
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnlyButton->setAccessibleName(tr("Continue for this session only"));
    m_quitButton->setObjectName(QStringLiteral("quitButton"));
    m_quitButton->setAccessibleName(tr("Quit"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Email:"), m_emailEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_quitButton);
    buttons->addStretch(1);
    buttons->addWidget(m_sessionOnlyButton);
    buttons->addWidget(m_retryButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addWidget(m_detailLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);

    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        setBusy(true);
        emit retryRequested();
    });
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &KeychainUnavailableDialog::continueForSession);
    connect(m_quitButton, &QPushButton::clicked, this, &QDialog::reject);
}

void KeychainUnavailableDialog::setDetails(const QString& email, const QString& keychainMessage)
{
    m_emailEdit->setText(email);
    m_detailLabel->setText(keychainMessage);
    m_detailLabel->setVisible(!keychainMessage.isEmpty());
}

void KeychainUnavailableDialog::setBusy(bool busy)
{
    m_retryButton->setEnabled(!busy);
    m_sessionOnlyButton->setEnabled(!busy);
    m_emailEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    if (busy)
        m_errorLabel->hide();
}

void KeychainUnavailableDialog::showErrorText(const QString& text)
{
    setBusy(false);
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void KeychainUnavailableDialog::continueForSession()
{
    const QString email = m_emailEdit->text().trimmed();
    if (email.isEmpty() || m_passwordEdit->text().isEmpty()) {
        showErrorText(tr("Enter your email and password to continue without the keychain."));
        m_passwordEdit->setFocus();
        return;
    }
    setBusy(true);
    emit sessionOnlyRequested(email, m_passwordEdit->text());
}

} // namespace sp
