#include "SettingsSecuritySection.h"

#include "Confirmation.h"
#include "auth/Session.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp {

SettingsSecuritySection::SettingsSecuritySection(QWidget* parent)
    : QWidget(parent)
    , m_emailLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_changePasswordButton(new QPushButton(tr("Change password..."), this))
    , m_signOutButton(new QPushButton(tr("Sign out..."), this))
    , m_signOutEverywhereButton(new QPushButton(tr("Sign out everywhere..."), this))
    , m_contactLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("securitySection"));
    m_emailLabel->setObjectName(QStringLiteral("settingsEmailLabel"));
    m_emailLabel->setAccessibleName(tr("Email"));
    m_nameLabel->setObjectName(QStringLiteral("settingsNameLabel"));
    m_nameLabel->setAccessibleName(tr("Name"));
    for (QLabel* label : {m_emailLabel, m_nameLabel})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changePasswordButton->setObjectName(QStringLiteral("settingsChangePasswordButton"));
    m_changePasswordButton->setAccessibleName(tr("Change password"));
    m_signOutButton->setObjectName(QStringLiteral("settingsSignOutButton"));
    m_signOutButton->setAccessibleName(tr("Sign out"));
    m_signOutEverywhereButton->setObjectName(QStringLiteral("signOutEverywhereButton"));
    m_signOutEverywhereButton->setAccessibleName(tr("Sign out everywhere"));
    m_contactLabel->setObjectName(QStringLiteral("securityContactLabel"));
    m_contactLabel->setAccessibleName(tr("Security contact"));
    m_contactLabel->setWordWrap(true);
    m_contactLabel->setTextFormat(Qt::RichText);
    m_contactLabel->setOpenExternalLinks(true);
    m_contactLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_messageLabel->setObjectName(QStringLiteral("securityMessageLabel"));
    m_messageLabel->setAccessibleName(tr("Message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Email:"), m_emailLabel);
    form->addRow(tr("Name:"), m_nameLabel);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_changePasswordButton);
    buttons->addWidget(m_signOutButton);
    buttons->addWidget(m_signOutEverywhereButton);
    buttons->addStretch(1);
    auto* note = new QLabel(tr("Changing your password signs out all your other devices at once."), this);
    note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(note);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_contactLabel);

    connect(m_changePasswordButton, &QPushButton::clicked, this, &SettingsSecuritySection::changePasswordRequested);
    connect(m_signOutButton, &QPushButton::clicked, this, &SettingsSecuritySection::signOutRequested);
    connect(m_signOutEverywhereButton, &QPushButton::clicked, this, &SettingsSecuritySection::confirmSignOutEverywhere);
    showContact(SecurityContact{});
    setAccount(QString(), QString());
}

void SettingsSecuritySection::setSession(Session* session)
{
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    m_session = session;
    if (session) {
        m_client = new AccountSecurityClient(session, this);
        connect(m_client, &AccountSecurityClient::contactChanged, this, &SettingsSecuritySection::showContact);
        connect(m_client, &AccountSecurityClient::failed, this, [this](const QString& message) {
            m_messageLabel->setText(message);
            m_messageLabel->show();
        });
        connect(m_client, &AccountSecurityClient::signedOutEverywhere, this, [this] {
            m_messageLabel->setText(tr("Every device, this one included, was signed out."));
            m_messageLabel->show();
        });
    }
}

void SettingsSecuritySection::setAccount(const QString& email, const QString& displayName)
{
    m_emailLabel->setText(email);
    m_nameLabel->setText(displayName);
    const bool signedIn = !email.isEmpty();
    m_changePasswordButton->setEnabled(signedIn);
    m_signOutButton->setEnabled(signedIn);
    m_signOutEverywhereButton->setEnabled(signedIn);
    if (signedIn)
        m_messageLabel->hide();
}

void SettingsSecuritySection::refresh()
{
    if (m_client && m_session && m_session->state() == Session::State::SignedIn)
        m_client->refreshContact();
}

void SettingsSecuritySection::showContact(const SecurityContact& contact)
{
    const QString email = contact.email.toHtmlEscaped();
    const QString page = contact.pageUrl.toString(QUrl::FullyEncoded).toHtmlEscaped();
    m_contactLabel->setText(tr("Found a security problem? Write to <a href=\"mailto:%1\">%1</a>; we answer "
                               "within %2 hours. How SellerPulse protects your data: "
                               "<a href=\"%3\">security and data protection</a>.")
                                .arg(email)
                                .arg(contact.responseHours)
                                .arg(page));
}

void SettingsSecuritySection::confirmSignOutEverywhere()
{
    ConfirmationStyle style;
    style.boxName = QStringLiteral("signOutEverywhereConfirmation");
    style.confirmName = QStringLiteral("confirmSignOutEverywhereButton");
    confirmDestructive(this, tr("Sign out everywhere"),
                       tr("Sign out on every device where your account is signed in, this computer "
                          "included? Each device asks for the password again."),
                       tr("Sign out everywhere"), style, [this] {
                           if (m_client)
                               m_client->signOutEverywhere();
                       });
}

} // namespace sp
