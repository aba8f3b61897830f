#include "AmazonConnectionStore.h"

#include "CivilTime.h"
#include "CryptoPrimitives.h"
#include "PrivateFiles.h"
#include "SandboxLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace sp {

namespace {

constexpr int kFormatVersion = 1;
constexpr int kMaxAuthorizations = 1000; // in memory; old attempts are dropped first

QString timeText(qint64 unixSeconds)
{
    QByteArray text;
    CivilTime::appendRfc3339(&text, unixSeconds);
    return QString::fromLatin1(text);
}

} // namespace

AmazonConnectionStore::AmazonConnectionStore(QString path)
    : m_path(std::move(path))
{}

bool AmazonConnectionStore::load(QString* error)
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("sp::AmazonConnectionStore", "Cannot read %1: %2.")
                     .arg(m_path, file.errorString());
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("format")).toInt() != kFormatVersion) {
        *error = QCoreApplication::translate("sp::AmazonConnectionStore",
                                             "%1 is damaged or from another version; move it away to start afresh.")
                     .arg(m_path);
        return false;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("connections")).toArray()) {
        const QJsonObject object = value.toObject();
        AmazonConnectionRecord record;
        record.status = object.value(QStringLiteral("status")).toString() == QLatin1String("connected")
                            ? AmazonConnectionRecord::Status::Connected
                            : AmazonConnectionRecord::Status::Revoked; // unknown: fail closed
        record.sellingPartnerId = object.value(QStringLiteral("selling_partner_id")).toString();
        record.region = object.value(QStringLiteral("region")).toString();
        for (const QJsonValue& id : object.value(QStringLiteral("marketplace_ids")).toArray())
            record.marketplaceIds.append(id.toString());
        for (const QJsonValue& role : object.value(QStringLiteral("roles")).toArray())
            record.roles.append(role.toString());
        record.connectedAt = object.value(QStringLiteral("connected_at")).toInteger();
        m_connections.insert(object.value(QStringLiteral("account_id")).toString(), record);
    }
    return true;
}

bool AmazonConnectionStore::save(QString* error) const
{
    QStringList ids = m_connections.keys();
    std::sort(ids.begin(), ids.end());
    QJsonArray connections;
    for (const QString& id : ids) {
        const AmazonConnectionRecord& record = m_connections.value(id);
        connections.append(
            QJsonObject{{QStringLiteral("account_id"), id},
                        {QStringLiteral("status"), record.status == AmazonConnectionRecord::Status::Connected
                                                       ? QStringLiteral("connected")
                                                       : QStringLiteral("revoked")},
                        {QStringLiteral("selling_partner_id"), record.sellingPartnerId},
                        {QStringLiteral("region"), record.region},
                        {QStringLiteral("marketplace_ids"), QJsonArray::fromStringList(record.marketplaceIds)},
                        {QStringLiteral("roles"), QJsonArray::fromStringList(record.roles)},
                        {QStringLiteral("connected_at"), record.connectedAt}});
    }
    const QJsonObject root{{QStringLiteral("format"), kFormatVersion}, {QStringLiteral("connections"), connections}};
    QString message;
    if (!PrivateFiles::writeAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), &message)) {
        qCWarning(lcSandbox).noquote() << message;
        if (error)
            *error = message;
        return false;
    }
    return true;
}

const AmazonConnectionRecord* AmazonConnectionStore::connection(const QString& accountId) const
{
    const auto it = m_connections.constFind(accountId);
    return it == m_connections.constEnd() ? nullptr : &it.value();
}

void AmazonConnectionStore::setConnection(const QString& accountId, const AmazonConnectionRecord& record)
{
    m_connections.insert(accountId, record);
}

bool AmazonConnectionStore::revoke(const QString& accountId)
{
    const auto it = m_connections.find(accountId);
    if (it == m_connections.end() || it->status != AmazonConnectionRecord::Status::Connected)
        return false;
    it->status = AmazonConnectionRecord::Status::Revoked;
    it->marketplaceIds.clear();
    it->roles.clear();
    it->connectedAt = 0;
    return true;
}

AmazonAuthorizationRecord& AmazonConnectionStore::startAuthorization(const QString& accountId, const QString& region,
                                                                     qint64 now, qint64 lifetimeSeconds)
{
    for (AmazonAuthorizationRecord& earlier : m_authorizations) {
        if (earlier.accountId == accountId && earlier.status == AmazonAuthorizationRecord::Status::Pending)
            earlier.status = AmazonAuthorizationRecord::Status::Expired;
    }
    if (m_authorizations.size() >= kMaxAuthorizations) {
        // A record that holds a token is never dropped: its token would stay in the vault with no owner.
        const auto droppable = std::find_if(m_authorizations.begin(), m_authorizations.end(),
                                            [](const AmazonAuthorizationRecord& r) { return !r.tokenHeld; });
        m_authorizations.erase(droppable == m_authorizations.end() ? m_authorizations.begin() : droppable);
    }
    AmazonAuthorizationRecord record;
    record.id = QStringLiteral("auth_") + QString::fromLatin1(CryptoPrimitives::randomToken(12));
    record.accountId = accountId;
    record.region = region;
    record.state = QString::fromLatin1(CryptoPrimitives::randomToken(32));
    record.stateExpiresAt = now + lifetimeSeconds;
    m_authorizations.append(record);
    return m_authorizations.last();
}

QList<AmazonAuthorizationRecord*> AmazonConnectionStore::authorizations(const QString& accountId)
{
    QList<AmazonAuthorizationRecord*> found;
    for (AmazonAuthorizationRecord& record : m_authorizations) {
        if (accountId.isEmpty() || record.accountId == accountId)
            found.append(&record);
    }
    return found;
}

AmazonAuthorizationRecord* AmazonConnectionStore::authorizationById(const QString& id)
{
    for (AmazonAuthorizationRecord& record : m_authorizations) {
        if (record.id == id)
            return &record;
    }
    return nullptr;
}

AmazonAuthorizationRecord* AmazonConnectionStore::authorizationByState(const QString& state)
{
    if (state.isEmpty())
        return nullptr;
    const QByteArray wanted = state.toLatin1();
    for (AmazonAuthorizationRecord& record : m_authorizations) {
        if (CryptoPrimitives::constantTimeEquals(record.state.toLatin1(), wanted))
            return &record;
    }
    return nullptr;
}

const AmazonAuthorizationRecord* AmazonConnectionStore::latestAuthorization(const QString& accountId) const
{
    for (auto it = m_authorizations.crbegin(); it != m_authorizations.crend(); ++it) {
        if (it->accountId == accountId)
            return &*it;
    }
    return nullptr;
}

QString AmazonConnectionStore::statusName(AmazonAuthorizationRecord::Status status)
{
    switch (status) {
    case AmazonAuthorizationRecord::Status::Pending:
        return QStringLiteral("pending");
    case AmazonAuthorizationRecord::Status::AwaitingConfirmation:
        return QStringLiteral("awaiting_confirmation");
    case AmazonAuthorizationRecord::Status::Approved:
        return QStringLiteral("approved");
    case AmazonAuthorizationRecord::Status::Denied:
        return QStringLiteral("denied");
    case AmazonAuthorizationRecord::Status::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("expired");
}

QJsonObject AmazonConnectionStore::authorizationJson(const AmazonAuthorizationRecord& record, qint64 now)
{
    const bool approvedByAmazon = !record.sellingPartnerId.isEmpty();
    return {{QStringLiteral("id"), record.id},
            {QStringLiteral("status"), statusName(record.effectiveStatus(now))},
            {QStringLiteral("expires_at"), timeText(record.stateExpiresAt)},
            {QStringLiteral("selling_partner_id"),
             approvedByAmazon ? QJsonValue(record.sellingPartnerId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("marketplace_ids"), QJsonArray::fromStringList(record.marketplaceIds)}};
}

QJsonObject AmazonConnectionStore::toJson(const QString& accountId, qint64 now) const
{
    const AmazonConnectionRecord* record = connection(accountId);
    const AmazonAuthorizationRecord* latest = latestAuthorization(accountId);
    const bool connected = record && record->status == AmazonConnectionRecord::Status::Connected;
    QString status = QStringLiteral("not_connected");
    if (connected)
        status = QStringLiteral("connected");
    else if (latest && latest->isOpen(now)) // pending, or awaiting the app's confirm
        status = QStringLiteral("pending");
    else if (record)
        status = QStringLiteral("revoked");
    const QJsonValue null(QJsonValue::Null);
    return {{QStringLiteral("status"), status},
            {QStringLiteral("selling_partner_id"), record ? QJsonValue(record->sellingPartnerId) : null},
            {QStringLiteral("region"), record ? QJsonValue(record->region) : null},
            {QStringLiteral("marketplace_ids"),
             QJsonArray::fromStringList(connected ? record->marketplaceIds : QStringList())},
            {QStringLiteral("roles"), QJsonArray::fromStringList(connected ? record->roles : QStringList())},
            {QStringLiteral("connected_at"), connected ? QJsonValue(timeText(record->connectedAt)) : null},
            {QStringLiteral("authorization"), latest ? QJsonValue(authorizationJson(*latest, now)) : null}};
}

} // namespace sp
