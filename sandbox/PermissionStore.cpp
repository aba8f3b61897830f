#include "PermissionStore.h"

#include "CivilTime.h"
#include "PrivateFiles.h"
#include "SandboxLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sp {

namespace {
constexpr int kFormatVersion = 1;
}

PermissionStore::PermissionStore(QString path)
    : m_path(std::move(path))
{}

const QStringList& PermissionStore::features()
{
    static const QStringList list{QStringLiteral("inventory_updates"), QStringLiteral("price_changes"),
                                  QStringLiteral("review_requests")};
    return list;
}

bool PermissionStore::load(QString* error)
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("sp::PermissionStore", "Cannot read %1: %2.").arg(m_path, file.errorString());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toInt() != kFormatVersion) {
        *error = QCoreApplication::translate("sp::PermissionStore",
                                             "%1 is damaged or from another version; move it away to start afresh.")
                     .arg(m_path);
        return false;
    }
    const QJsonObject accounts = root.value(QStringLiteral("accounts")).toObject();
    for (auto account = accounts.constBegin(); account != accounts.constEnd(); ++account) {
        const QJsonObject enabled = account.value().toObject();
        for (auto feature = enabled.constBegin(); feature != enabled.constEnd(); ++feature) {
            if (features().contains(feature.key())) // unknown names are dropped: off is the safe default
                m_enabledAt[account.key()].insert(feature.key(), feature.value().toInteger());
        }
    }
    return true;
}

bool PermissionStore::save(QString* error) const
{
    QJsonObject accounts;
    for (auto account = m_enabledAt.constBegin(); account != m_enabledAt.constEnd(); ++account) {
        QJsonObject enabled;
        for (auto feature = account->constBegin(); feature != account->constEnd(); ++feature)
            enabled.insert(feature.key(), feature.value());
        if (!enabled.isEmpty())
            accounts.insert(account.key(), enabled);
    }
    const QJsonObject root{{QStringLiteral("format"), kFormatVersion}, {QStringLiteral("accounts"), accounts}};
    QString message;
    if (!PrivateFiles::writeAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), &message)) {
        qCWarning(lcSandbox).noquote() << message;
        if (error)
            *error = message;
        return false;
    }
    return true;
}

bool PermissionStore::isEnabled(const QString& accountId, const QString& feature) const
{
    return m_enabledAt.value(accountId).contains(feature);
}

void PermissionStore::setEnabled(const QString& accountId, const QString& feature, bool enabled, qint64 now)
{
    if (!enabled) {
        m_enabledAt[accountId].remove(feature);
        return;
    }
    if (!isEnabled(accountId, feature))
        m_enabledAt[accountId].insert(feature, now);
}

QJsonObject PermissionStore::featureJson(const QString& accountId, const QString& feature) const
{
    const auto features = m_enabledAt.value(accountId);
    const auto it = features.constFind(feature);
    QJsonValue enabledAt(QJsonValue::Null);
    if (it != features.constEnd()) {
        QByteArray text;
        CivilTime::appendRfc3339(&text, it.value());
        enabledAt = QString::fromLatin1(text);
    }
    return {{QStringLiteral("id"), feature},
            {QStringLiteral("enabled"), it != features.constEnd()},
            {QStringLiteral("enabled_at"), enabledAt}};
}

QJsonObject PermissionStore::listJson(const QString& accountId) const
{
    QJsonArray list;
    for (const QString& feature : features())
        list.append(featureJson(accountId, feature));
    return {{QStringLiteral("features"), list}};
}

} // namespace sp
