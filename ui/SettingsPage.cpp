#include "SettingsPage.h"

#include "Confirmation.h"
#include "HomeCurrencyChooser.h"
#include "LanguageChooser.h"

#include "AmazonConnectionSection.h"
#include "PermissionsSection.h"
#include "api/ServerChoice.h"
#include "SettingsSecuritySection.h"
#include "YourDataSection.h"
#include "auth/Session.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sp {

SettingsPage::SettingsPage(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_security(new SettingsSecuritySection(this))
    , m_amazon(new AmazonConnectionSection(this))
    , m_permissions(new PermissionsSection(this))
    , m_yourData(new YourDataSection(this))
    , m_serverLabel(new QLabel(this))
    , m_urlLabel(new QLabel(this))
    , m_intervalSpin(new QSpinBox(this))
    , m_resetButton(new QPushButton(tr("Reset the cache and download again..."), this))
{
    m_serverLabel->setObjectName(QStringLiteral("settingsServerLabel"));
    connect(m_amazon, &AmazonConnectionSection::connectionChanged, this, &SettingsPage::amazonConnectionChanged);
    for (QLabel* label : {m_serverLabel, m_urlLabel})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* account = new QGroupBox(tr("Account and security"), this);
    account->setObjectName(QStringLiteral("settingsAccountGroup"));
    auto* accountLayout = new QVBoxLayout(account);
    accountLayout->addWidget(m_security);

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

    auto* general = new QWidget(this);
    auto* generalLayout = new QVBoxLayout(general);
    generalLayout->addWidget(account);
    generalLayout->addWidget(server);
    generalLayout->addWidget(sync);
    m_languageChooser = new LanguageChooser(general);
    m_languageChooser->setObjectName(QStringLiteral("languageChooser"));
    connect(m_languageChooser, &LanguageChooser::restartRequested, this, &SettingsPage::restartRequested);
    generalLayout->addWidget(m_languageChooser);
    m_homeCurrencyChooser = new HomeCurrencyChooser(general);
    generalLayout->addWidget(m_homeCurrencyChooser);
    generalLayout->addStretch(1);

    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Settings sections"));
    // Each tab scrolls on its own: small windows must still reach every button.
    const struct
    {
        QWidget* page;
        QString title;
    } tabs[] = {{general, tr("General")},
                {m_amazon, tr("Amazon connection")},
                {m_permissions, tr("Permissions")},
                {m_yourData, tr("Your data")}};
    for (const auto& tab : tabs) {
        auto* scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(tab.page);
        m_tabs->addTab(scroll, tab.title);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &SettingsPage::refreshCurrent);

    connect(m_security, &SettingsSecuritySection::changePasswordRequested, this,
            &SettingsPage::changePasswordRequested);
    connect(m_security, &SettingsSecuritySection::signOutRequested, this, &SettingsPage::signOutRequested);
    connect(m_yourData, &YourDataSection::accountDeleted, this, &SettingsPage::accountDeleted);
    setServices(SettingsServices::system());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void SettingsPage::setServices(const SettingsServices& services)
{
    m_amazon->setServices(services);
    m_yourData->setServices(services);
}

void SettingsPage::setSession(Session* session, const ServerChoice& server)
{
    if (m_session != session) {
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        m_session = session;
        // The production API never serves the consent page; any other server (the sandbox) may.
        m_sandboxBase = server.isCloud() ? QUrl() : server.url;
        bindSections();
        if (session) {
            connect(session, &Session::stateChanged, this, [this](Session::State state) {
                if (state == Session::State::SignedIn)
                    refreshCurrent();
                else if (state == Session::State::SignedOut)
                    bindSections(); // forget the previous account's details; polling stops
            });
        }
    }
    refreshCurrent();
}

void SettingsPage::bindSections()
{
    m_security->setSession(m_session);
    m_amazon->setSession(m_session, m_sandboxBase);
    m_permissions->setSession(m_session);
    m_yourData->setSession(m_session);
}

void SettingsPage::refreshAmazonConnection() { m_amazon->refresh(); }

void SettingsPage::setSyncController(SyncController* controller)
{
    m_amazon->setSyncController(controller);
    m_yourData->setSyncController(controller);
}

void SettingsPage::refreshCurrent()
{
    if (!m_session || m_session->state() != Session::State::SignedIn)
        return;
    switch (m_tabs->currentIndex()) {
    case 0:
        m_security->refresh();
        break;
    case 1:
        m_amazon->refresh();
        break;
    case 2:
        m_permissions->refresh();
        break;
    default:
        break;
    }
}

void SettingsPage::setAccount(const QString& email, const QString& displayName)
{
    m_security->setAccount(email, displayName);
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
    ConfirmationStyle style;
    style.boxName = QStringLiteral("resetCacheConfirmation");
    style.confirmName = QStringLiteral("confirmResetButton");
    confirmDestructive(this, tr("Reset the cache"),
                       tr("Delete the downloaded data of this account from this computer and download "
                          "everything again? Until the download is complete, less is readable offline."),
                       tr("Reset and download again"), style, [this] { emit resetCacheRequested(); });
}

void SettingsPage::setClock(const Clock* clock) { m_yourData->setClock(clock); }

void SettingsPage::setSettings(QSettings* settings)
{
    m_languageChooser->setSettings(settings);
    m_homeCurrencyChooser->setSettings(settings);
}

void SettingsPage::showAmazonSection() { m_tabs->setCurrentIndex(1); }

void SettingsPage::showHomeCurrencyChooser()
{
    m_tabs->setCurrentIndex(0);
    if (auto* scroll = qobject_cast<QScrollArea*>(m_tabs->widget(0)))
        scroll->ensureWidgetVisible(m_homeCurrencyChooser);
    if (auto* combo = m_homeCurrencyChooser->findChild<QWidget*>(QStringLiteral("homeCurrencyCombo")))
        combo->setFocus(Qt::OtherFocusReason);
}

} // namespace sp
