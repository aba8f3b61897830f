#include "StateStore.h"

#include "PrivateFiles.h"
#include "SandboxLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sp {

namespace {

constexpr int kFormatVersion = 1;

QString timeToJson(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFromJson(const QJsonValue& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString reasonName(SessionRecord::EndReason reason)
{
    switch (reason) {
    case SessionRecord::EndReason::None:
        return QStringLiteral("active");
    case SessionRecord::EndReason::SignedOut:
        return QStringLiteral("signed_out");
    case SessionRecord::EndReason::Revoked:
        return QStringLiteral("revoked");
    case SessionRecord::EndReason::Reused:
        return QStringLiteral("reused");
    case SessionRecord::EndReason::PasswordChanged:
        return QStringLiteral("password_changed");
    case SessionRecord::EndReason::AccountDeleted:
        return QStringLiteral("account_deleted");
    }
    return QStringLiteral("revoked");
}

SessionRecord::EndReason reasonFromName(const QString& name)
{
    for (const auto reason : {SessionRecord::EndReason::None, SessionRecord::EndReason::SignedOut,
                              SessionRecord::EndReason::Revoked, SessionRecord::EndReason::Reused,
                              SessionRecord::EndReason::PasswordChanged, SessionRecord::EndReason::AccountDeleted}) {
        if (reasonName(reason) == name)
            return reason;
    }
    return SessionRecord::EndReason::Revoked; // unknown: fail closed
}

QJsonObject accountToJson(const AccountRecord& account)
{
    return {{QStringLiteral("id"), account.id},
            {QStringLiteral("email"), account.email},
            {QStringLiteral("display_name"), account.displayName},
            {QStringLiteral("password_hash"), QString::fromLatin1(account.passwordHash)},
            {QStringLiteral("token_version"), account.tokenVersion},
            {QStringLiteral("created_at"), timeToJson(account.createdAt)},
            {QStringLiteral("password_changed_at"), timeToJson(account.passwordChangedAt)},
            {QStringLiteral("deletion_scheduled_for"), timeToJson(account.deletionScheduledFor)}};
}

AccountRecord accountFromJson(const QJsonObject& object)
{
    AccountRecord account;
    account.id = object.value(QStringLiteral("id")).toString();
    account.email = object.value(QStringLiteral("email")).toString();
    account.displayName = object.value(QStringLiteral("display_name")).toString();
    account.passwordHash = object.value(QStringLiteral("password_hash")).toString().toLatin1();
    account.tokenVersion = object.value(QStringLiteral("token_version")).toInteger(1);
    account.createdAt = timeFromJson(object.value(QStringLiteral("created_at")));
    account.passwordChangedAt = timeFromJson(object.value(QStringLiteral("password_changed_at")));
    account.deletionScheduledFor = timeFromJson(object.value(QStringLiteral("deletion_scheduled_for")));
    return account;
}

QJsonObject sessionToJson(const SessionRecord& session)
{
    QJsonArray used;
    for (const QByteArray& hash : session.usedTokenHashes)
        used.append(QString::fromLatin1(hash.toHex()));
    return {{QStringLiteral("id"), session.id},
            {QStringLiteral("account_id"), session.accountId},
            {QStringLiteral("client_name"), session.clientName},
            {QStringLiteral("created_at"), timeToJson(session.createdAt)},
            {QStringLiteral("last_used_at"), timeToJson(session.lastUsedAt)},
            {QStringLiteral("current_token_sha256"), QString::fromLatin1(session.currentTokenHash.toHex())},
            {QStringLiteral("current_token_expires_at"), timeToJson(session.currentTokenExpiresAt)},
            {QStringLiteral("used_token_sha256"), used},
            {QStringLiteral("state"), reasonName(session.endReason)}};
}

SessionRecord sessionFromJson(const QJsonObject& object)
{
    SessionRecord session;
    session.id = object.value(QStringLiteral("id")).toString();
    session.accountId = object.value(QStringLiteral("account_id")).toString();
    session.clientName = object.value(QStringLiteral("client_name")).toString();
    session.createdAt = timeFromJson(object.value(QStringLiteral("created_at")));
    session.lastUsedAt = timeFromJson(object.value(QStringLiteral("last_used_at")));
    session.currentTokenHash =
        QByteArray::fromHex(object.value(QStringLiteral("current_token_sha256")).toString().toLatin1());
    session.currentTokenExpiresAt = timeFromJson(object.value(QStringLiteral("current_token_expires_at")));
    const QJsonArray used = object.value(QStringLiteral("used_token_sha256")).toArray();
    for (const QJsonValue& value : used)
        session.usedTokenHashes.append(QByteArray::fromHex(value.toString().toLatin1()));
    session.endReason = reasonFromName(object.value(QStringLiteral("state")).toString());
    return session;
}

} // namespace

StateStore::StateStore(QString path)
    : m_path(std::move(path))
{}

bool StateStore::load(QString* error)
{
    QFile file(m_path);
    if (!file.exists())
        return true; // first start
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("sp::StateStore", "Cannot read %1: %2.").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || root.value(QStringLiteral("format")).toInt() != kFormatVersion) {
        // Never overwrite a state we cannot read: the user may want to inspect or repair it.
        *error = QCoreApplication::translate("sp::StateStore",
                                             "%1 is damaged or from another version; move it away to start afresh.")
                     .arg(m_path);
        return false;
    }
    for (const QJsonValue& value : root.value(QStringLiteral("accounts")).toArray())
        m_accounts.append(accountFromJson(value.toObject()));
    for (const QJsonValue& value : root.value(QStringLiteral("sessions")).toArray())
        m_sessions.append(sessionFromJson(value.toObject()));
    for (const QJsonValue& value : root.value(QStringLiteral("clock")).toArray()) {
        const QJsonObject object = value.toObject();
        ClockOperation operation;
        operation.at = object.value(QStringLiteral("at")).toInteger();
        operation.seconds = object.value(QStringLiteral("seconds")).toInteger();
        operation.changedFraction = object.value(QStringLiteral("changed_fraction")).toDouble();
        operation.accounts = object.value(QStringLiteral("accounts")).toInt();
        m_clockOperations.append(operation);
    }
    const QJsonObject demo = root.value(QStringLiteral("demo")).toObject();
    m_demoAccountId = demo.value(QStringLiteral("account_id")).toString();
    // Earlier versions kept the password itself here; it is dropped at the next save.
    m_demoHasSandboxPassword = demo.value(QStringLiteral("sandbox_password")).toBool()
                               || !demo.value(QStringLiteral("password")).toString().isEmpty();
    return true;
}

bool StateStore::save(QString* error) const
{
    QJsonArray accounts;
    for (const AccountRecord& account : m_accounts)
        accounts.append(accountToJson(account));
    QJsonArray sessions;
    for (const SessionRecord& session : m_sessions)
        sessions.append(sessionToJson(session));
    const QJsonObject demo{{QStringLiteral("account_id"), m_demoAccountId},
                           {QStringLiteral("sandbox_password"), m_demoHasSandboxPassword}};
    QJsonArray clock;
    for (const ClockOperation& operation : m_clockOperations)
        clock.append(QJsonObject{{QStringLiteral("at"), operation.at},
                                 {QStringLiteral("seconds"), operation.seconds},
                                 {QStringLiteral("changed_fraction"), operation.changedFraction},
                                 {QStringLiteral("accounts"), operation.accounts}});
    const QJsonObject root{{QStringLiteral("format"), kFormatVersion},
                           {QStringLiteral("accounts"), accounts},
                           {QStringLiteral("clock"), clock},
                           {QStringLiteral("sessions"), sessions},
                           {QStringLiteral("demo"), demo}};
    QString message;
    if (!PrivateFiles::writeAtomically(m_path, QJsonDocument(root).toJson(QJsonDocument::Indented), &message)) {
        qCWarning(lcSandbox).noquote() << message;
        if (error)
            *error = message;
        return false;
    }
    return true;
}

AccountRecord* StateStore::accountById(const QString& id)
{
    for (AccountRecord& account : m_accounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

AccountRecord* StateStore::accountByEmail(const QString& email)
{
    const QString wanted = email.toLower();
    for (AccountRecord& account : m_accounts) {
        if (account.email == wanted)
            return &account;
    }
    return nullptr;
}

SessionRecord* StateStore::sessionById(const QString& id)
{
    for (SessionRecord& session : m_sessions) {
        if (session.id == id)
            return &session;
    }
    return nullptr;
}

SessionRecord* StateStore::sessionByTokenHash(const QByteArray& hash, bool* wasUsedBefore)
{
    for (SessionRecord& session : m_sessions) {
        if (session.currentTokenHash == hash) {
            *wasUsedBefore = false;
            return &session;
        }
        if (session.usedTokenHashes.contains(hash)) {
            *wasUsedBefore = true;
            return &session;
        }
    }
    return nullptr;
}

void StateStore::setDemo(const QString& accountId, const QString& password)
{
    m_demoAccountId = accountId;
    m_demoPassword = password;
    m_demoHasSandboxPassword = true;
}

void StateStore::pruneSessions(const QDateTime& now)
{
    // Ended sessions stay a while so a late refresh still gets the precise reason (reuse, password change).
    const QDateTime cutoff = now.addDays(-30);
    m_sessions.removeIf([&](const SessionRecord& session) {
        return session.currentTokenExpiresAt < cutoff && session.lastUsedAt < cutoff;
    });
}

} // namespace sp
