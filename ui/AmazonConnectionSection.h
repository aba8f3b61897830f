#pragma once

#include "SettingsServices.h"
#include "amazon/AmazonConnectionClient.h"
#include "common/Clock.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace sp {

class ErrorDetailsView;

class Session;
class SyncController;

// Settings > Amazon connection: what is connected (status, selling partner, region,
// marketplaces by name, roles, since when in local time), Connect and Disconnect (confirmed; then
// offers to delete this computer's downloaded Amazon data). Connecting goes through these states:
// waiting for the browser (countdown of the 15-minute state, "Copy link" when no browser opened,
// Cancel); Amazon approved an account in a browser on this computer (which account, for which
// marketplaces: "Connect this account" or Cancel); connected; or "approve in a browser on this
// computer" (Start again) when the approval never reached this computer.
class AmazonConnectionSection : public QWidget
{
    Q_OBJECT
public:
    explicit AmazonConnectionSection(QWidget* parent = nullptr);

    // `sandboxBase`: the server's URL when it is not the production API (it may serve the consent page).
    void setSession(Session* session, const QUrl& sandboxBase);
    void setSyncController(SyncController* sync);
    void setServices(const SettingsServices& services) { m_services = services; }
    void refresh();
    AmazonConnectionClient* client() const { return m_client; } // null while no session

signals:
    void connectionChanged(const sp::AmazonConnection& connection); // as the server last said (the alerts)

private:
    void showConnection(const AmazonConnection& connection);
    void updateButtons();
    void updateCountdown();
    void onFinished(AmazonConnectionClient::Outcome outcome, const QString& message);
    void showApproval(const AmazonAuthorization& authorization);
    void startConnecting();
    void copyConsentLink();
    void confirmDisconnect();
    void offerCacheRemoval();
    void setMessage(const QString& text, bool error);

    QPointer<Session> m_session;
    QPointer<SyncController> m_sync;
    QPointer<AmazonConnectionClient> m_client;
    SettingsServices m_services;
    Clock m_clock;
    QTimer m_countdownTimer;
    bool m_busy = false;

    QLabel* m_statusLabel;
    QLabel* m_partnerLabel;
    QLabel* m_regionLabel;
    QLabel* m_marketplacesLabel;
    QLabel* m_rolesLabel;
    QLabel* m_sinceLabel;
    QComboBox* m_regionCombo;
    QPushButton* m_connectButton;
    QPushButton* m_cancelButton;
    QPushButton* m_copyLinkButton;
    QLabel* m_approvalLabel;
    QPushButton* m_confirmButton;
    QPushButton* m_restartButton;
    QPushButton* m_disconnectButton;
    QLabel* m_countdownLabel;
    QLabel* m_messageLabel;
    ErrorDetailsView* m_errorDetails; // an error's request id, for support
};

} // namespace sp
