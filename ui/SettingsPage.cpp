#include "SettingsPage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace sp {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_emailLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_urlLabel(new QLabel(this))
{
    m_emailLabel->setObjectName(QStringLiteral("settingsEmailLabel"));
    m_serverLabel->setObjectName(QStringLiteral("settingsServerLabel"));
    for (QLabel* label : {m_emailLabel, m_nameLabel, m_serverLabel, m_urlLabel})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* account = new QGroupBox(tr("Account"), this);
    auto* accountForm = new QFormLayout(account);
    accountForm->addRow(tr("Email:"), m_emailLabel);
    accountForm->addRow(tr("Name:"), m_nameLabel);

    auto* server = new QGroupBox(tr("Server"), this);
    auto* serverForm = new QFormLayout(server);
    serverForm->addRow(tr("Server:"), m_serverLabel);
    serverForm->addRow(tr("Address:"), m_urlLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(account);
    layout->addWidget(server);
    layout->addStretch(1);
}

void SettingsPage::setAccount(const QString& email, const QString& displayName)
{
    m_emailLabel->setText(email);
    m_nameLabel->setText(displayName);
}

void SettingsPage::setServer(const QString& serverName, const QString& url)
{
    m_serverLabel->setText(serverName);
    m_urlLabel->setText(url);
}

} // namespace sp
