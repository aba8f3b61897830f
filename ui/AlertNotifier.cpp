#include "AlertNotifier.h"

#include "alerts/AlertCenter.h"
#include "alerts/AlertText.h"

#include <QApplication>
#include <QLocale>
#include <QSystemTrayIcon>
#include <QWidget>

namespace sp {

AlertNotifier::AlertNotifier(AlertCenter* center, QObject* parent, std::unique_ptr<DesktopNotifier> notifier)
    : QObject(parent)
    , m_center(center)
    , m_tray(new QSystemTrayIcon(QApplication::windowIcon(), this))
    , m_notifier(notifier ? std::move(notifier) : DesktopNotifier::createDefault(m_tray))
{
    m_tray->setObjectName(QStringLiteral("alertsTrayIcon"));
    m_tray->setToolTip(QApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openAlertsRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::openAlertsRequested);
    connect(center, &AlertCenter::raised, this, &AlertNotifier::onRaised);
    connect(center, &AlertCenter::settingsChanged, this, &AlertNotifier::applyTraySetting);
    applyTraySetting();
}

AlertNotifier::~AlertNotifier() = default;

void AlertNotifier::applyTraySetting()
{
    const bool on = m_center && m_center->settings().trayIcon && QSystemTrayIcon::isSystemTrayAvailable();
    m_tray->setVisible(on);
}

void AlertNotifier::onRaised(const QList<Alert>& alerts)
{
    if (alerts.isEmpty() || (m_window && m_window->isActiveWindow()))
        return; // the seller is looking: the alerts page and its count say it
    if (alerts.size() <= kSingleNotifications) {
        for (const Alert& alert : alerts)
            m_notifier->notify(AlertText::notificationSummary(alert.rule), AlertText::describe(alert));
        return;
    }
    QStringList lines;
    for (const Alert& alert : alerts.mid(0, kSingleNotifications))
        lines << AlertText::ruleTitle(alert.rule) + QStringLiteral(": ") + AlertText::subjectText(alert);
    // No %n plurals (the source language has no translation file): more than kSingleNotifications here.
    lines
        << tr("and %1 more: see Alerts in SellerPulse.").arg(QLocale().toString(alerts.size() - kSingleNotifications));
    m_notifier->notify(tr("SellerPulse: %1 new alerts").arg(QLocale().toString(alerts.size())),
                       lines.join(QLatin1Char('\n')));
}

} // namespace sp
