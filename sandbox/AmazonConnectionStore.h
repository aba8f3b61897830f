#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sp {

// An account's link to its Amazon seller account (never the token: that lives in the SecretVault).
struct AmazonConnectionRecord
{
    enum class Status { Connected, Revoked };
    Status status = Status::Connected;
    QString sellingPartnerId;
    QString region;
    QStringList marketplaceIds;
    QStringList roles;
    qint64 connectedAt = 0; // simulated Unix seconds
};

// One website-authorization attempt: the CSRF state SellerPulse put into the consent URL, and what binds the
// attempt to the app that started it (the PKCE challenge, its loopback port, the one-time handle's hash).
struct AmazonAuthorizationRecord
{
    enum class Status { Pending, AwaitingConfirmation, Approved, Denied, Expired };
    QString id;
    QString accountId;
    QString region;
    QString state;
    qint64 stateExpiresAt = 0;
    Status status = Status::Pending;
    bool stateUsed = false;     // the callback used it up (one-time)
    bool sellerDecided = false; // Seller Central took the seller's Approve or Deny
    QByteArray codeChallenge;   // base64url(SHA-256(verifier)), as the app sent it
    int redirectPort = 0;       // the app's listener on 127.0.0.1
    QByteArray handleHash;      // SHA-256 of the one-time handle; empty when none is valid
    bool tokenHeld = false;     // an encrypted Amazon token waits in the vault for the app's confirm
    QString sellingPartnerId;   // set once Amazon approved
    QStringList marketplaceIds; // likewise

    // Open (pending or awaiting confirmation) past its state's lifetime reads as expired.
    Status effectiveStatus(qint64 now) const
    {
        const bool open = status == Status::Pending || status == Status::AwaitingConfirmation;
        return open && now >= stateExpiresAt ? Status::Expired : status;
    }
    bool isOpen(qint64 now) const
    {
        const Status current = effectiveStatus(now);
        return current == Status::Pending || current == Status::AwaitingConfirmation;
    }
};

// Connections persist in DATA/amazon-connections.json (0600); authorization attempts live in memory
// (a restart forgets them, as a 15-minute state would soon be gone anyway; the tokens they held are then
// deleted from the vault at start, see AmazonRoutes).
class AmazonConnectionStore
{
public:
    explicit AmazonConnectionStore(QString path);

    bool load(QString* error);
    bool save(QString* error = nullptr) const;

    const AmazonConnectionRecord* connection(const QString& accountId) const;
    void setConnection(const QString& accountId, const AmazonConnectionRecord& record);
    // Connected -> Revoked (keeping the partner id and region); false when nothing was connected.
    bool revoke(const QString& accountId);
    void forget(const QString& accountId) { m_connections.remove(accountId); }

    // A new attempt. The caller ends the account's earlier open attempts first (they may hold a token).
    // When the in-memory list is full, the oldest attempt that holds no token is dropped.
    AmazonAuthorizationRecord& startAuthorization(const QString& accountId, const QString& region, qint64 now,
                                                  qint64 lifetimeSeconds);
    // The attempts, oldest first: all of them, or one account's.
    QList<AmazonAuthorizationRecord*> authorizations(const QString& accountId = QString());
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
