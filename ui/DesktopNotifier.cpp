#include "DesktopNotifier.h"

#include "UiLog.h"

#include <QCoreApplication>
#include <QSystemTrayIcon>
#include <QVariantMap>

#ifdef Q_OS_LINUX
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace sp {

DesktopNotifier::~DesktopNotifier() = default;

std::unique_ptr<DesktopNotifier> DesktopNotifier::createDefault(QSystemTrayIcon* tray)
{
    if (FreedesktopNotifier::isAvailable())
        return std::make_unique<FreedesktopNotifier>();
    return std::make_unique<TrayNotifier>(tray);
}

bool FreedesktopNotifier::isAvailable()
{
#ifdef Q_OS_LINUX
    return QDBusConnection::sessionBus().isConnected();
#else
    return false;
#endif
}

void FreedesktopNotifier::notify(const QString& summary, const QString& body)
{
#ifdef Q_OS_LINUX
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout). The body
    // may be read as markup by the server: escaped.
    call << QCoreApplication::applicationName() << uint(0) << QStringLiteral("dialog-information") << summary
         << body.toHtmlEscaped() << QStringList() << QVariantMap{} << int(kExpireMs);
    QDBusConnection bus = QDBusConnection::sessionBus();
    auto* watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), QCoreApplication::instance());
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, watcher, [](QDBusPendingCallWatcher* w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) // no notification server: the alert is still in the list
            qCInfo(lcUi) << "no desktop notification:" << reply.error().name();
        w->deleteLater();
    });
#else
    Q_UNUSED(summary)
    Q_UNUSED(body)
#endif
}

void TrayNotifier::notify(const QString& summary, const QString& body)
{
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(summary, body, QSystemTrayIcon::Information);
}

} // namespace sp
