#pragma once

#include <QWidget>

class QLabel;

namespace sp {

// Settings: for now the signed-in account and the server.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);

    void setAccount(const QString& email, const QString& displayName);
    void setServer(const QString& serverName, const QString& url);

private:
    QLabel* m_emailLabel;
    QLabel* m_nameLabel;
    QLabel* m_serverLabel;
    QLabel* m_urlLabel;
};

} // namespace sp
