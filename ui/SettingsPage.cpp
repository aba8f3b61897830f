#include "SettingsPage.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sp {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_emailLabel(new QLabel(this))
    , m_nameLabel(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_intervalSpin(new QSpinBox(this))
    , m_resetButton(new QPushButton(tr("Reset the cache and download again..."), this))
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

    m_intervalSpin->setObjectName(QStringLiteral("syncIntervalSpin"));
    m_intervalSpin->setAccessibleName(tr("Sync interval in minutes"));
    m_intervalSpin->setRange(0, 24 * 60);
    m_intervalSpin->setSuffix(tr(" min"));
    m_intervalSpin->setSpecialValueText(tr("Only when I ask (Sync now)"));
    m_intervalSpin->setToolTip(tr("How often SellerPulse downloads what changed; 0 for only on demand."));
    m_intervalSpin->setEnabled(false);
    // editingFinished, not valueChanged: typing "30" must not store 3 on the way.
    connect(m_intervalSpin, &QSpinBox::editingFinished, this,
            [this] { emit syncIntervalChanged(m_intervalSpin->value()); });
    m_resetButton->setObjectName(QStringLiteral("resetCacheButton"));
    m_resetButton->setAccessibleName(tr("Reset the cache and download again"));
    m_resetButton->setEnabled(false);
    connect(m_resetButton, &QPushButton::clicked, this, &SettingsPage::confirmReset);

    auto* sync = new QGroupBox(tr("Offline data"), this);
    sync->setObjectName(QStringLiteral("settingsSyncGroup"));
    auto* syncForm = new QFormLayout(sync);
    syncForm->addRow(tr("Sync every:"), m_intervalSpin);
    syncForm->addRow(QString(), m_resetButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(account);
    layout->addWidget(server);
    layout->addWidget(sync);
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

void SettingsPage::setSyncInterval(int minutes)
{
    const bool enabled = minutes >= 0;
    if (enabled) {
        const QSignalBlocker blocker(m_intervalSpin);
        m_intervalSpin->setValue(minutes);
    }
    m_intervalSpin->setEnabled(enabled);
    m_resetButton->setEnabled(enabled);
}

void SettingsPage::confirmReset()
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Reset the cache"),
                                tr("Delete the downloaded data of this account from this computer and download "
                                   "everything again? Until the download is complete, less is readable offline."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resetCacheConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* reset = box->addButton(tr("Reset and download again"), QMessageBox::AcceptRole);
    reset->setObjectName(QStringLiteral("confirmResetButton"));
    reset->setAccessibleName(reset->text());
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, reset](QAbstractButton* button) {
        if (button == reset)
            emit resetCacheRequested();
    });
    box->open();
}

} // namespace sp
