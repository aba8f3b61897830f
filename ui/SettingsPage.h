#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;

namespace sp {

// Settings: the signed-in account, the server, and how often the offline cache syncs.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);

    void setAccount(const QString& email, const QString& displayName);
    void setServer(const QString& serverName, const QString& url);
    // The sync interval in minutes (0 = only on demand); disabled while no cache is open (-1).
    void setSyncInterval(int minutes);

signals:
    void syncIntervalChanged(int minutes);
    // The user confirmed "Reset the cache and download again".
    void resetCacheRequested();

private:
    void confirmReset();

    QLabel* m_emailLabel;
    QLabel* m_nameLabel;
    QLabel* m_serverLabel;
    QLabel* m_urlLabel;
    QSpinBox* m_intervalSpin;
    QPushButton* m_resetButton;
};

} // namespace sp
