#include "SignInDialog.h"
#include "ErrorDetailsView.h"
#include "ThemeColors.h"

#include "api/ApiError.h"
#include "api/ServerConfig.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace sp {

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent)
    , m_noticeLabel(new QLabel(this))
    , m_emailEdit(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_errorLabel(new QLabel(this))
    , m_errorDetails(new ErrorDetailsView(QStringLiteral("errorDetails"), this))
    , m_busyIndicator(new QProgressBar(this))
    , m_signInButton(new QPushButton(tr("Sign in"), this))
    , m_cancelButton(new QPushButton(tr("Quit"), this))
    , m_advancedToggle(new QToolButton(this))
    , m_advancedBox(new QWidget(this))
    , m_cloudRadio(new QRadioButton(tr("SellerPulse cloud (%1)").arg(kDefaultServerUrl.toString()), m_advancedBox))
    , m_customRadio(new QRadioButton(tr("Custom server"), m_advancedBox))
    , m_serverUrlEdit(new QLineEdit(m_advancedBox))
    , m_caFileEdit(new QLineEdit(m_advancedBox))
    , m_caFileButton(new QPushButton(tr("Choose..."), m_advancedBox))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to SellerPulse"));

    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->hide();

    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_emailEdit->setAccessibleName(tr("Email"));
    m_emailEdit->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_emailEdit->setMaxLength(254);
    m_emailEdit->setMinimumWidth(260);
    m_passwordEdit->setObjectName(QStringLiteral("passwordEdit"));
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(128);

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ThemeColors::styleAsError(m_errorLabel);
    m_errorLabel->hide();

    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Signing in"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->setMaximumHeight(6);
    m_busyIndicator->hide();

    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Quit"));

    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Advanced"));
    m_advancedToggle->setAccessibleName(tr("Advanced server settings"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);

    m_advancedBox->setObjectName(QStringLiteral("advancedBox"));
    m_advancedBox->hide();
    m_cloudRadio->setObjectName(QStringLiteral("cloudRadio"));
    m_cloudRadio->setAccessibleName(tr("SellerPulse cloud"));
    m_customRadio->setObjectName(QStringLiteral("customRadio"));
    m_customRadio->setAccessibleName(tr("Custom server"));
    auto* serverGroup = new QButtonGroup(this);
    serverGroup->addButton(m_cloudRadio);
    serverGroup->addButton(m_customRadio);
    m_cloudRadio->setChecked(true);
    m_serverUrlEdit->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrlEdit->setAccessibleName(tr("Server URL"));
    m_serverUrlEdit->setPlaceholderText(QStringLiteral("https://"));
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setAccessibleName(tr("CA certificate file"));
    m_caFileEdit->setPlaceholderText(tr("Only for a server with its own certificate"));
    m_caFileButton->setObjectName(QStringLiteral("caFileButton"));
    m_caFileButton->setAccessibleName(tr("Choose a CA certificate file"));

    auto* advancedLayout = new QFormLayout(m_advancedBox);
    advancedLayout->setContentsMargins(0, 0, 0, 0);
    advancedLayout->addRow(m_cloudRadio);
    advancedLayout->addRow(m_customRadio);
    advancedLayout->addRow(tr("Server URL:"), m_serverUrlEdit);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(m_caFileButton);
    advancedLayout->addRow(tr("CA file:"), caRow);

    auto* form = new QFormLayout;
    form->addRow(tr("&Email:"), m_emailEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_advancedToggle);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_signInButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_noticeLabel);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_errorDetails);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_advancedBox);
    layout->addLayout(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool open) {
        m_advancedBox->setVisible(open);
        m_advancedToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_customRadio, &QRadioButton::toggled, this, &SignInDialog::updateServerFields);
    connect(m_caFileButton, &QPushButton::clicked, this, &SignInDialog::chooseCaFile);
    updateServerFields();
}

void SignInDialog::setEmail(const QString& email)
{
    m_emailEdit->setText(email);
    if (!email.isEmpty())
        m_passwordEdit->setFocus();
}

QString SignInDialog::email() const { return m_emailEdit->text().trimmed(); }

void SignInDialog::setServerChoice(const ServerChoice& choice)
{
    m_serverLabel = choice.label;
    m_cloudRadio->setChecked(choice.isCloud());
    m_customRadio->setChecked(!choice.isCloud());
    m_serverUrlEdit->setText(choice.isCloud() ? QString() : choice.url.toString());
    m_caFileEdit->setText(choice.caFile);
    updateServerFields();
}

ServerChoice SignInDialog::serverChoice() const
{
    ServerChoice choice;
    if (m_customRadio->isChecked()) {
        choice.url = QUrl(m_serverUrlEdit->text().trimmed(), QUrl::StrictMode);
        choice.caFile = m_caFileEdit->text().trimmed();
        choice.label = m_serverLabel;
    }
    return choice;
}

void SignInDialog::setServerLocked(bool locked)
{
    m_serverLocked = locked;
    updateServerFields();
}

void SignInDialog::setNotice(const QString& notice)
{
    m_noticeLabel->setText(notice);
    m_noticeLabel->setVisible(!notice.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_emailEdit->setEnabled(!busy);
    m_passwordEdit->setEnabled(!busy);
    m_signInButton->setEnabled(!busy);
    m_signInButton->setText(busy ? tr("Signing in...") : tr("Sign in"));
    m_advancedBox->setEnabled(!busy);
    if (busy) {
        m_errorLabel->hide();
        m_errorDetails->setDetails(QString());
    }
}

void SignInDialog::showError(const ApiError& error) { showErrorText(error.userMessage(), error.details()); }

void SignInDialog::showErrorText(const QString& text, const QString& details)
{
    setBusy(false);
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
    m_errorDetails->setDetails(text.isEmpty() ? QString() : details);
    m_passwordEdit->setFocus();
    m_passwordEdit->selectAll();
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    const QString email = this->email();
    const QString password = m_passwordEdit->text();
    if (email.isEmpty() || !email.contains(QLatin1Char('@'))) {
        showErrorText(tr("Enter the email address of your SellerPulse account."));
        m_emailEdit->setFocus();
        return;
    }
    if (password.isEmpty()) {
        showErrorText(tr("Enter your password."));
        return;
    }
    const ServerChoice server = serverChoice();
    QString whyNot;
    // The CA file's certificates are parsed here too (the start only checks the file, see ServerConfig):
    // a file the user just chose that holds none is refused now, not at the connection.
    if (!server.toConfig(nullptr, &whyNot)
        || (!server.caFile.isEmpty() && !ServerConfig::loadCaFile(server.caFile, nullptr, &whyNot))) {
        // Refused here, before anything leaves the computer.
        m_advancedToggle->setChecked(true);
        showErrorText(tr("This server cannot be used: %1").arg(whyNot));
        return;
    }
    setBusy(true);
    emit signInRequested(server, email, password);
}

void SignInDialog::updateServerFields()
{
    const bool custom = m_customRadio->isChecked();
    m_cloudRadio->setEnabled(!m_serverLocked);
    m_customRadio->setEnabled(!m_serverLocked);
    m_serverUrlEdit->setEnabled(custom && !m_serverLocked);
    m_caFileEdit->setEnabled(custom && !m_serverLocked);
    m_caFileButton->setEnabled(custom && !m_serverLocked);
}

void SignInDialog::chooseCaFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the server's CA certificate"), m_caFileEdit->text(),
                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caFileEdit->setText(path);
}

} // namespace sp
