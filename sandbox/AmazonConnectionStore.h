#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sp {

// An account's link to its Amazon seller account (never the token: that lives in the SecretVault).
struct AmazonConnectionRecord {
    enum class Status { Connected, Revoked };
    Status status = Status::Connected;
    QString sellingPartnerId;
    QString region;
    QStringList marketplaceIds;
    QStringList roles;
    qint64 connectedAt = 0; // simulated Unix seconds
};

// One website-authorization attempt: the CSRF state SellerPulse put into the consent URL.
struct AmazonAuthorizationRecord {
    enum class Status { Pending, Approved, Denied, Expired };
    QString id;
    QString accountId;
    QString region;
    QString state;
    qint64 stateExpiresAt = 0;
    Status status = Status::Pending;
    bool stateUsed = false;    // the callback used it up (one-time)
    bool sellerDecided = false; // Seller Central took the seller's Approve or Deny

    // Pending past its state's lifetime reads as expired.
    Status effectiveStatus(qint64 now) const
    {
        return status == Status::Pending && now >= stateExpiresAt ? Status::Expired : status;
    }
};

// Connections persist in DATA/amazon-connections.json (0600); authorization attempts live in memory
// (a restart forgets them, as a 15-minute state would soon be gone anyway).
class AmazonConnectionStore {
public:
    explicit AmazonConnectionStore(QString path);

    bool load(QString* error);
    bool save(QString* error = nullptr) const;

    const AmazonConnectionRecord* connection(const QString& accountId) const;
    void setConnection(const QString& accountId, const AmazonConnectionRecord& record);
    // Connected -> Revoked (keeping the partner id and region); false when nothing was connected.
    bool revoke(const QString& accountId);
    void forget(const QString& accountId) { m_connections.remove(accountId); }

    // A new attempt; earlier pending attempts of the account end (their state stops working).
    AmazonAuthorizationRecord& startAuthorization(const QString& accountId, const QString& region, qint64 now,
                                                  qint64 lifetimeSeconds);
    AmazonAuthorizationRecord* authorizationById(const QString& id);
    AmazonAuthorizationRecord* authorizationByState(const QString& state);
    const AmazonAuthorizationRecord* latestAuthorization(const QString& accountId) const;

    static QString statusName(AmazonAuthorizationRecord::Status status);
    // The contract's AmazonConnection object (no token, ever), as of simulated time `now`.
    QJsonObject toJson(const QString& accountId, qint64 now) const;
    // The contract's Authorization object.
    static QJsonObject authorizationJson(const AmazonAuthorizationRecord& record, qint64 now);

private:
    QString m_path;
    QHash<QString, AmazonConnectionRecord> m_connections;
    QList<AmazonAuthorizationRecord> m_authorizations; // oldest first
};

} // namespace sp
