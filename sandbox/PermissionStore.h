#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sp {

// Which write features each seller turned on (read-only by default), in DATA/permissions.json (0600).
class PermissionStore
{
public:
    explicit PermissionStore(QString path);

    // The features, in the order the contract lists them.
    static const QStringList& features();

    bool load(QString* error);
    bool save(QString* error = nullptr) const;

    bool isEnabled(const QString& accountId, const QString& feature) const;
    // Turning on records the (simulated) time; turning off forgets it.
    void setEnabled(const QString& accountId, const QString& feature, bool enabled, qint64 now);
    void forget(const QString& accountId) { m_enabledAt.remove(accountId); }

    QJsonObject featureJson(const QString& accountId, const QString& feature) const;
    QJsonObject listJson(const QString& accountId) const;

private:
    QString m_path;
    QHash<QString, QHash<QString, qint64>> m_enabledAt; // account -> feature -> when it was turned on
};

} // namespace sp
