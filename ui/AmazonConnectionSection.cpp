#include "AmazonConnectionSection.h"
#include "ErrorDetailsView.h"

#include "Confirmation.h"
#include "UiLog.h"
#include "amazon/AmazonMarketplaces.h"
#include "auth/Session.h"
#include "sync/SyncController.h"

#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp {

AmazonConnectionSection::AmazonConnectionSection(QWidget* parent)
    : QWidget(parent)
    , m_statusLabel(new QLabel(this))
    , m_partnerLabel(new QLabel(this))
    , m_regionLabel(new QLabel(this))
    , m_marketplacesLabel(new QLabel(this))
    , m_rolesLabel(new QLabel(this))
    , m_sinceLabel(new QLabel(this))
    , m_regionCombo(new QComboBox(this))
    , m_connectButton(new QPushButton(tr("Connect Amazon account..."), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_copyLinkButton(new QPushButton(tr("Copy link"), this))
    , m_approvalLabel(new QLabel(this))
    , m_confirmButton(new QPushButton(tr("Connect this account"), this))
    , m_restartButton(new QPushButton(tr("Start again"), this))
    , m_disconnectButton(new QPushButton(tr("Disconnect..."), this))
    , m_countdownLabel(new QLabel(this))
    , m_messageLabel(new QLabel(this))
    , m_errorDetails(new ErrorDetailsView(QStringLiteral("amazonErrorDetails"), this))
{
    setObjectName(QStringLiteral("amazonConnectionSection"));
    const struct
    {
        QLabel* label;
        const char* name;
        QString accessible;
    } labels[] = {{m_statusLabel, "amazonStatusLabel", tr("Amazon connection status")},
                  {m_partnerLabel, "amazonPartnerLabel", tr("Selling partner id")},
                  {m_regionLabel, "amazonRegionLabel", tr("Region")},
                  {m_marketplacesLabel, "amazonMarketplacesLabel", tr("Marketplaces")},
                  {m_rolesLabel, "amazonRolesLabel", tr("Granted roles")},
                  {m_sinceLabel, "amazonSinceLabel", tr("Connected since")},
                  {m_approvalLabel, "amazonApprovalLabel", tr("Amazon account that approved")},
                  {m_countdownLabel, "amazonCountdownLabel", tr("Time left to give consent")},
                  {m_messageLabel, "amazonMessageLabel", tr("Message")}};
    for (const auto& l : labels) {
        l.label->setObjectName(QLatin1String(l.name));
        l.label->setAccessibleName(l.accessible);
        l.label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l.label->setWordWrap(true);
    }
    m_approvalLabel->setTextFormat(Qt::PlainText); // names from the server are shown, never interpreted
    m_approvalLabel->hide();
    m_countdownLabel->hide();
    m_messageLabel->hide();

    m_regionCombo->setObjectName(QStringLiteral("amazonRegionCombo"));
    m_regionCombo->setAccessibleName(tr("Amazon region"));
    for (AmazonRegion region : {AmazonRegion::Europe, AmazonRegion::NorthAmerica, AmazonRegion::FarEast})
        m_regionCombo->addItem(AmazonRegions::displayName(region), int(region));
    const struct
    {
        QPushButton* button;
        const char* name;
        QString accessible;
    } buttons[] = {{m_connectButton, "amazonConnectButton", tr("Connect Amazon account")},
                   {m_cancelButton, "amazonCancelButton", tr("Cancel connecting Amazon")},
                   {m_disconnectButton, "amazonDisconnectButton", tr("Disconnect Amazon account")},
                   {m_copyLinkButton, "amazonCopyLinkButton", tr("Copy the Amazon consent link")},
                   {m_confirmButton, "amazonConfirmButton", tr("Connect this Amazon account")},
                   {m_restartButton, "amazonRestartButton", tr("Start connecting Amazon again")}};
    for (const auto& b : buttons) {
        b.button->setObjectName(QLatin1String(b.name));
        b.button->setAccessibleName(b.accessible);
    }
    m_copyLinkButton->setToolTip(tr("If no browser opened: paste this link into a browser on this computer."));
    m_cancelButton->hide();
    m_copyLinkButton->hide();
    m_confirmButton->hide();
    m_restartButton->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Status:"), m_statusLabel);
    form->addRow(tr("Selling partner:"), m_partnerLabel);
    form->addRow(tr("Region:"), m_regionLabel);
    form->addRow(tr("Marketplaces:"), m_marketplacesLabel);
    form->addRow(tr("Granted roles:"), m_rolesLabel);
    form->addRow(tr("Connected since:"), m_sinceLabel);

    auto* connectRow = new QHBoxLayout;
    connectRow->addWidget(new QLabel(tr("Region to connect:"), this));
    connectRow->addWidget(m_regionCombo);
    connectRow->addWidget(m_connectButton);
    connectRow->addWidget(m_copyLinkButton);
    connectRow->addWidget(m_confirmButton);
    connectRow->addWidget(m_restartButton);
    connectRow->addWidget(m_cancelButton);
    connectRow->addStretch(1);
    connectRow->addWidget(m_disconnectButton);

    auto* hint = new QLabel(tr("SellerPulse opens Amazon Seller Central in your browser, where you sign in and "
                               "approve; then SellerPulse shows which Amazon account approved and connects it "
                               "when you confirm. Approve in a browser on this computer. SellerPulse never sees "
                               "your Amazon password, and reads only unless you turn on a write feature under "
                               "Permissions."),
                            this);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_approvalLabel);
    layout->addLayout(connectRow);
    layout->addWidget(m_countdownLabel);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_errorDetails);
    layout->addStretch(1);

    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &AmazonConnectionSection::updateCountdown);
    connect(m_connectButton, &QPushButton::clicked, this, &AmazonConnectionSection::startConnecting);
    connect(m_restartButton, &QPushButton::clicked, this, &AmazonConnectionSection::startConnecting);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->cancelAuthorization();
    });
    connect(m_copyLinkButton, &QPushButton::clicked, this, &AmazonConnectionSection::copyConsentLink);
    connect(m_confirmButton, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->confirmAuthorization();
    });
    connect(m_disconnectButton, &QPushButton::clicked, this, &AmazonConnectionSection::confirmDisconnect);
    showConnection(AmazonConnection{});
}

void AmazonConnectionSection::setSession(Session* session, const QUrl& sandboxBase)
{
    if (m_client)
        m_client->deleteLater(); // its polling and its loopback listener stop with it
    m_client = nullptr;
    m_session = session;
    m_countdownTimer.stop();
    m_restartButton->hide();
    m_approvalLabel->hide();
    setMessage(QString(), false);
    if (session) {
        // The browser opener goes through the seam at call time, so tests may set it later.
        auto opener = [this](const QUrl& url) { return m_services.openUrl && m_services.openUrl(url); };
        m_client = new AmazonConnectionClient(session, ConsentUrlPolicy(sandboxBase), opener, &m_clock, this);
        connect(m_client, &AmazonConnectionClient::connectionChanged, this, &AmazonConnectionSection::showConnection);
        connect(m_client, &AmazonConnectionClient::connectionChanged, this, &AmazonConnectionSection::connectionChanged);
        connect(m_client, &AmazonConnectionClient::busyChanged, this, [this](bool busy) {
            m_busy = busy;
            updateButtons();
        });
        connect(m_client, &AmazonConnectionClient::authorizationStarted, this,
                [this](const QUrl&, const QDateTime&, bool browserOpened) {
                    if (browserOpened)
                        setMessage(tr("Amazon Seller Central is open in your browser. Sign in there and approve "
                                      "SellerPulse; this page updates by itself."),
                                   false);
                    else
                        setMessage(tr("No web browser could be opened. Click Copy link and paste the link into a "
                                      "browser on this computer; this page updates by itself."),
                                   true);
                    m_countdownTimer.start();
                    updateCountdown();
                    updateButtons();
                });
        connect(m_client, &AmazonConnectionClient::approvalReceived, this, &AmazonConnectionSection::showApproval);
        connect(m_client, &AmazonConnectionClient::authorizationFinished, this, &AmazonConnectionSection::onFinished);
        connect(m_client, &AmazonConnectionClient::failed, this,
                [this](const QString& message) { setMessage(message, true); });
        connect(m_client, &AmazonConnectionClient::disconnected, this, &AmazonConnectionSection::offerCacheRemoval);
    }
    showConnection(AmazonConnection{});
}

void AmazonConnectionSection::setSyncController(SyncController* sync) { m_sync = sync; }

void AmazonConnectionSection::refresh()
{
    if (m_client && m_session && m_session->state() == Session::State::SignedIn)
        m_client->refresh();
}

void AmazonConnectionSection::startConnecting()
{
    if (!m_client)
        return;
    setMessage(QString(), false);
    m_restartButton->hide();
    m_client->startAuthorization(AmazonRegion(m_regionCombo->currentData().toInt()));
}

void AmazonConnectionSection::copyConsentLink()
{
    if (!m_client || !m_client->consentUrl().isValid())
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_client->consentUrl().toEncoded()));
    setMessage(tr("The link is copied. Paste it into a browser on this computer: an approval in a browser on "
                  "another computer cannot connect your account."),
               false);
}

void AmazonConnectionSection::showConnection(const AmazonConnection& c)
{
    const bool known = c.status != AmazonConnection::Status::Unknown;
    const bool signedIn = m_session && m_session->state() == Session::State::SignedIn;
    m_statusLabel->setText(signedIn ? AmazonConnection::statusText(c.status) : tr("Sign in to see it."));
    const QString none = known ? tr("-") : QString();
    m_partnerLabel->setText(c.sellingPartnerId.isEmpty() ? none : c.sellingPartnerId);
    AmazonRegion region{};
    m_regionLabel->setText(AmazonRegions::fromCode(c.region, &region) ? AmazonRegions::displayName(region) : none);
    m_marketplacesLabel->setText(
        c.marketplaceIds.isEmpty() ? none : AmazonMarketplaces::displayNames(c.marketplaceIds).join(QLatin1Char('\n')));
    m_rolesLabel->setText(c.roles.isEmpty() ? none : c.roles.join(QLatin1Char('\n')));
    // The server's time (UTC) in this computer's time zone, which the long format names.
    m_sinceLabel->setText(c.connectedAt.isValid() ? QLocale().toString(c.connectedAt.toLocalTime(), QLocale::LongFormat)
                                                  : none);
    updateButtons();
}

void AmazonConnectionSection::showApproval(const AmazonAuthorization& authorization)
{
    AmazonRegion region = m_client ? m_client->region() : AmazonRegion::Europe;
    const QString marketplaces =
        authorization.marketplaceIds.isEmpty()
            ? AmazonRegions::displayName(region)
            : AmazonMarketplaces::displayNames(authorization.marketplaceIds).join(QStringLiteral(", "));
    m_approvalLabel->setText(tr("Amazon approved seller account %1 for %2. Connect this account to SellerPulse? "
                                "If this is not your Amazon account, click Cancel.")
                                 .arg(authorization.sellingPartnerId, marketplaces));
    m_approvalLabel->show();
    setMessage(QString(), false);
    updateButtons();
    m_confirmButton->setFocus();
}

void AmazonConnectionSection::updateButtons()
{
    const bool signedIn = m_client && m_session && m_session->state() == Session::State::SignedIn;
    const bool authorizing = m_client && m_client->isAuthorizing();
    const bool approved = m_client && m_client->isAwaitingConfirmation();
    const AmazonConnection::Status status =
        m_client ? m_client->connection().status : AmazonConnection::Status::Unknown;
    const bool connected = status == AmazonConnection::Status::Connected;
    m_connectButton->setEnabled(signedIn && !authorizing && !m_busy && !connected);
    m_regionCombo->setEnabled(signedIn && !authorizing && !connected);
    m_cancelButton->setVisible(authorizing);
    m_copyLinkButton->setVisible(authorizing && !approved && m_client->consentUrl().isValid());
    m_confirmButton->setVisible(approved);
    m_confirmButton->setEnabled(approved && !m_busy);
    m_approvalLabel->setVisible(approved);
    if (!signedIn || authorizing || connected)
        m_restartButton->hide();
    m_disconnectButton->setEnabled(signedIn && !m_busy && connected);
    m_countdownLabel->setVisible(authorizing);
    if (!authorizing)
        m_countdownTimer.stop();
}

void AmazonConnectionSection::updateCountdown()
{
    if (!m_client || !m_client->isAuthorizing()) {
        updateButtons();
        return;
    }
    const int left = m_client->secondsLeft();
    m_countdownLabel->setText(
        tr("Waiting for your consent on Amazon: %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void AmazonConnectionSection::onFinished(AmazonConnectionClient::Outcome outcome, const QString& message)
{
    m_countdownTimer.stop();
    setMessage(message, outcome != AmazonConnectionClient::Outcome::Connected
                            && outcome != AmazonConnectionClient::Outcome::Cancelled);
    // The approval never reached this computer: offer to start again, in a browser here.
    m_restartButton->setVisible(outcome == AmazonConnectionClient::Outcome::ApprovedElsewhere);
    updateButtons();
}

void AmazonConnectionSection::setMessage(const QString& text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setProperty("error", error);
    m_messageLabel->setVisible(!text.isEmpty());
    m_errorDetails->setDetails(error && !text.isEmpty() && m_client ? m_client->lastErrorDetails() : QString());
}

void AmazonConnectionSection::confirmDisconnect()
{
    ConfirmationStyle style;
    style.boxName = QStringLiteral("amazonDisconnectConfirmation");
    style.confirmName = QStringLiteral("amazonConfirmDisconnectButton");
    style.icon = QMessageBox::Warning;
    confirmDestructive(this, tr("Disconnect Amazon account"),
                       tr("Disconnect your Amazon account from SellerPulse? SellerPulse deletes its "
                          "Amazon access token at once and can no longer read new orders, stock or "
                          "fees. You can connect again at any time."),
                       tr("Disconnect"), style, [this] {
                           if (m_client)
                               m_client->disconnectAmazon();
                       });
}

void AmazonConnectionSection::offerCacheRemoval()
{
    setMessage(tr("Your Amazon account is disconnected; SellerPulse deleted its Amazon access token."), false);
    if (!m_sync || m_sync->state() == SyncController::State::Closed)
        return;
    // removeLocalData, not resetCache: a reset downloads everything again at once, which is the
    // opposite of what a seller who just disconnected wants. The removal deletes the files and
    // their keychain key; the account stays signed in.
    ConfirmationStyle style;
    style.boxName = QStringLiteral("amazonDeleteCacheOffer");
    style.confirmName = QStringLiteral("amazonDeleteCacheButton");
    style.cancelName = QStringLiteral("amazonKeepCacheButton");
    style.cancelText = tr("Keep");
    style.confirmRole = QMessageBox::DestructiveRole;
    confirmDestructive(this, tr("Delete downloaded Amazon data"),
                       tr("Also delete the Amazon data SellerPulse downloaded to this computer (orders, "
                          "products, stock, fees)? It cannot be read any more afterwards."),
                       tr("Delete from this computer"), style, [this] {
                           if (!m_sync)
                               return;
                           connect(
                               m_sync, &SyncController::localDataRemoved, this,
                               [this](const QString& summary) {
                                   qCInfo(lcUi) << "downloaded Amazon data removed after disconnecting";
                                   setMessage(summary, false);
                               },
                               Qt::SingleShotConnection);
                           m_sync->removeLocalData();
                       });
}

} // namespace sp
