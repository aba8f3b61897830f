#pragma once

#include "account/PermissionsClient.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace sp {

class Session;

// Settings > Permissions: SellerPulse only reads by default; each write feature is off until the
// seller turns it on and confirms, in a dialog, what it allows. The state lives on the server.
class PermissionsSection : public QWidget
{
    Q_OBJECT
public:
    explicit PermissionsSection(QWidget* parent = nullptr);

    void setSession(Session* session);
    void refresh();
    PermissionsClient* client() const { return m_client; }

private:
    void rebuild();
    void onToggled(const QString& id, bool on);
    void confirmEnable(const QString& id);

    QPointer<Session> m_session;
    QPointer<PermissionsClient> m_client;
    QHash<QString, QCheckBox*> m_boxes;
    QWidget* m_listWidget; // holds the features' rows; emptied when the session changes
    QVBoxLayout* m_list;
    QLabel* m_messageLabel;
};

} // namespace sp
