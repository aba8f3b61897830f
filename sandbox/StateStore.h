#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sp {

struct AccountRecord
{
    QString id;
    QString email; // lower case
    QString displayName;
    QByteArray passwordHash;
    qint64 tokenVersion = 1;
    QDateTime createdAt;
    QDateTime passwordChangedAt;    // null until the first change
    QDateTime deletionScheduledFor; // null unless the seller deleted the account; no sign-in from then on
};

// One signed-in device: a refresh-token family. Only SHA-256 hashes of refresh tokens are kept.
struct SessionRecord
{
    enum class EndReason { None, SignedOut, Revoked, Reused, PasswordChanged, AccountDeleted };

    QString id;
    QString accountId;
    QString clientName;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QByteArray currentTokenHash;
    QDateTime currentTokenExpiresAt;
    QList<QByteArray> usedTokenHashes;
    EndReason endReason = EndReason::None;
    // The last rotation, for its grace window (TokenIssuer::replayRotation). In memory only, never in
    // state.json: after a restart a replay of the previous token is a reuse again (fail closed).
    QByteArray previousTokenHash;
    QByteArray rotationKey; // the current token is HMAC(rotationKey, previous token): re-derivable, never stored
    qint64 rotatedAt = 0;   // TokenIssuer's grace clock (the sandbox clock: wall time + admin advances)
    bool rotationReplayed = false;

    bool isActive() const { return endReason == EndReason::None; }
};

// One POST /admin/v1/clock/advance, replayed after the business data is regenerated at start.
struct ClockOperation
{
    qint64 at = 0; // simulated Unix time when it was made
    qint64 seconds = 0;
    double changedFraction = 0;
    int accounts = 0; // accounts that existed then (later ones were generated after it)
};

// All persistent sandbox state, in DATA/state.json (0600, written atomically after every change).
class StateStore
{
public:
    explicit StateStore(QString path);

    bool load(QString* error);
    bool save(QString* error = nullptr) const;

    QList<AccountRecord>& accounts() { return m_accounts; }
    QList<SessionRecord>& sessions() { return m_sessions; }
    AccountRecord* accountById(const QString& id);
    AccountRecord* accountByEmail(const QString& email);
    SessionRecord* sessionById(const QString& id);
    // The session whose current or an earlier refresh token has this hash.
    SessionRecord* sessionByTokenHash(const QByteArray& hash, bool* wasUsedBefore);

    // The demo password is never written: the file records only whether the demo account still has the
    // sandbox's own password (derived from the signing key at every start, so it can be printed then).
    QString demoAccountId() const { return m_demoAccountId; }
    QString demoPassword() const { return m_demoPassword; } // in memory only; empty once changed
    bool demoHasSandboxPassword() const { return m_demoHasSandboxPassword; }
    void setDemo(const QString& accountId, const QString& password);
    void forgetDemoPassword()
    {
        m_demoPassword.clear();
        m_demoHasSandboxPassword = false;
    }

    QList<ClockOperation>& clockOperations() { return m_clockOperations; }

    // Drops sessions that ended or expired long ago, so the file does not grow without bound.
    void pruneSessions(const QDateTime& now);

private:
    QString m_path;
    QList<AccountRecord> m_accounts;
    QList<SessionRecord> m_sessions;
    QList<ClockOperation> m_clockOperations;
    QString m_demoAccountId;
    QString m_demoPassword;
    bool m_demoHasSandboxPassword = false;
};

} // namespace sp
