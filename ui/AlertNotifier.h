#pragma once

#include "DesktopNotifier.h"
#include "alerts/AlertTypes.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QSystemTrayIcon;
class QWidget;

namespace sp {

class AlertCenter;

// Issue 18 part 2: an alert raised while the seller is not looking (the main window is not the active
// window) becomes an operating-system notification (DesktopNotifier). Up to kSingleNotifications at
// once are notified one by one, more as one summary. Also the notification area's icon, shown while the
// seller keeps it on (AlertSettings::trayIcon) and the platform has one; clicking it asks for the alerts.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr int kSingleNotifications = 3;

    // The platform's notifier (DesktopNotifier::createDefault) unless one is given (tests).
    explicit AlertNotifier(AlertCenter* center, QObject* parent = nullptr,
                           std::unique_ptr<DesktopNotifier> notifier = nullptr);
    ~AlertNotifier() override;
    // The window whose being active holds notifications back (the main window).
    void setWindow(QWidget* window) { m_window = window; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }

signals:
    void openAlertsRequested(); // the tray icon was clicked, or its menu's "Show alerts"

private:
    void onRaised(const QList<Alert>& alerts);
    void applyTraySetting();

    QPointer<AlertCenter> m_center;
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray;
    std::unique_ptr<DesktopNotifier> m_notifier;
};

} // namespace sp
