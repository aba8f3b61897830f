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

class Session;
class SyncController;

// Settings > Amazon connection: what is connected (status, selling partner, region,
// marketplaces, roles, since when), Connect (region, consent in the browser, countdown of the
// 15-minute state, polling) and Disconnect (confirmed; then offers to delete this computer's
// downloaded Amazon data).
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

private:
    void showConnection(const AmazonConnection& connection);
    void updateButtons();
    void updateCountdown();
    void onFinished(AmazonConnectionClient::Outcome outcome, const QString& message);
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
    QPushButton* m_disconnectButton;
    QLabel* m_countdownLabel;
    QLabel* m_messageLabel;
};

} // namespace sp
