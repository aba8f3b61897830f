#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sp {

class Session;

// One write feature the seller may allow SellerPulse to use on their Amazon account.
struct WriteFeature
{
    QString id; // "inventory_updates", "price_changes", "review_requests"
    bool enabled = false;
    QDateTime enabledAt;

    // Translated ("sp::WriteFeature"): its name, and the plain statement of what turning it on allows.
    static QString title(const QString& id);
    static QString whatItAllows(const QString& id);
};

// The write features and their state, which lives on the server (read-only by default). The UI
// asks the seller to confirm what a feature allows before calling setEnabled(id, true): the
// request says so (confirmed: true).
class PermissionsClient : public QObject
{
    Q_OBJECT
public:
    explicit PermissionsClient(Session* session, QObject* parent = nullptr);

    QList<WriteFeature> features() const { return m_features; }
    void refresh();                                   // GET /v1/permissions
    void setEnabled(const QString& id, bool enabled); // PUT /v1/permissions/{id}

signals:
    void featuresChanged();
    void featureChanged(const sp::WriteFeature& feature);
    void failed(const QString& message);

private:
    QPointer<Session> m_session;
    QList<WriteFeature> m_features;
};

} // namespace sp

Q_DECLARE_METATYPE(sp::WriteFeature)
