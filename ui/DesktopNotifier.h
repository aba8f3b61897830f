#pragma once

#include <QString>

#include <memory>

class QSystemTrayIcon;

namespace sp {

// The seam to the operating system's notifications (issue 18 part 2). On Linux the freedesktop
// notification call over the session D-Bus (org.freedesktop.Notifications.Notify); elsewhere the
// tray icon's message (QSystemTrayIcon::showMessage). Tests put a recording one in its place.
// What is shown is the alert's plain words: never a token, password, key or money amount.
class DesktopNotifier
{
public:
    virtual ~DesktopNotifier();
    virtual void notify(const QString& summary, const QString& body) = 0;

    // The platform's: Linux with a session bus: FreedesktopNotifier; else the tray's messages
    // through `tray` (nothing when there is no tray).
    static std::unique_ptr<DesktopNotifier> createDefault(QSystemTrayIcon* tray);
};

// org.freedesktop.Notifications.Notify on the session bus (asynchronous: the UI never waits for
// the notification server). Linux only; builds elsewhere as a no-op.
class FreedesktopNotifier : public DesktopNotifier
{
public:
    static constexpr int kExpireMs = 10000;
    void notify(const QString& summary, const QString& body) override;
    static bool isAvailable(); // a session bus is connected
};

// QSystemTrayIcon::showMessage (Windows, macOS; Linux without a session bus).
class TrayNotifier : public DesktopNotifier
{
public:
    explicit TrayNotifier(QSystemTrayIcon* tray)
        : m_tray(tray)
    {}
    void notify(const QString& summary, const QString& body) override;

private:
    QSystemTrayIcon* m_tray;
};

} // namespace sp
