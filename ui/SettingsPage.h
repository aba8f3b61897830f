#pragma once

#include "SettingsServices.h"
#include "amazon/AmazonConnection.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

class QSettings;

namespace sp {

class HomeCurrencyChooser;
class LanguageChooser;

class AmazonConnectionSection;
class Clock;
class PermissionsSection;
class Session;
class SettingsSecuritySection;
class SyncController;
class YourDataSection;
struct ServerChoice;

// Settings, in tabs: General (account and security, the server, how often the offline cache
// syncs), Amazon connection, Permissions, Your data.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);

    void setAccount(const QString& email, const QString& displayName);
    void setServer(const QString& serverName, const QString& url);
    // The sync interval in minutes (0 = only on demand); disabled while no cache is open (-1).
    void setSyncInterval(int minutes);
    // The session the sections talk through, and its server (the sandbox may serve Amazon's consent page).
    void setSession(Session* session, const ServerChoice& server);
    void setSyncController(SyncController* controller);
    // Browser and file dialog (tests replace them).
    void setServices(const SettingsServices& services);
    void setClock(const Clock* clock); // null: the system clock
    // The profile's settings, where the language choice is kept. Not owned.
    void setSettings(QSettings* settings);
    // The guided start's ways in (issue 16): the Amazon tab; the General tab with the home currency focused.
    void showAmazonSection();
    void showHomeCurrencyChooser();
    // Asks the server for the Amazon connection (amazonConnectionChanged follows): after each sync, so
    // that the alerts know a revoked connection without Settings being opened.
    void refreshAmazonConnection();

signals:
    void syncIntervalChanged(int minutes);
    // The user confirmed "Reset the cache and download again".
    void resetCacheRequested();
    void changePasswordRequested();
    void signOutRequested();
    void restartRequested(); // to show the language chosen
    void accountDeleted(const QString& message);
    void amazonConnectionChanged(const sp::AmazonConnection& connection); // as the server last said

private:
    void confirmReset();
    LanguageChooser* m_languageChooser = nullptr;
    HomeCurrencyChooser* m_homeCurrencyChooser = nullptr;
    void refreshCurrent();
    void bindSections(); // (re)creates the sections' clients for m_session

    QUrl m_sandboxBase;
    QPointer<Session> m_session;
    QTabWidget* m_tabs;
    SettingsSecuritySection* m_security;
    AmazonConnectionSection* m_amazon;
    PermissionsSection* m_permissions;
    YourDataSection* m_yourData;
    QLabel* m_serverLabel;
    QLabel* m_urlLabel;
    QSpinBox* m_intervalSpin;
    QPushButton* m_resetButton;
};

} // namespace sp
