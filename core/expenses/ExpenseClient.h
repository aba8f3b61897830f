#pragma once

#include "api/ApiError.h"
#include "expenses/ExpenseRecord.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace sp {

class Session;

// The seller's expense writes on the server, the system of record (POST /v1/expenses, PUT and
// DELETE /v1/expenses/{id}); ConfirmedExpenses then puts the server's answer into the cache at
// once, and the next sync brings the same row again. Without a session (offline) every write is
// refused with offlineMessage(), asynchronously like an answer.
class ExpenseClient : public QObject
{
    Q_OBJECT
public:
    explicit ExpenseClient(Session* session, QObject* parent = nullptr);

    // `expense`'s id is ignored for a create; its other fields are the request (ExpenseRequest).
    void create(const ExpenseRecord& expense);
    void replace(const ExpenseRecord& expense);
    // `expense`: the row as last known; after the 204 it is confirmed as a tombstone.
    void remove(const ExpenseRecord& expense);

    static QJsonObject requestBody(const ExpenseRecord& expense);
    static QString offlineMessage();
    // A readable message for a refused write: the offending fields of a 400, the limit of a 409.
    static QString messageFor(const ApiError& error);

signals:
    // The server's Expense object (a tombstone after a delete); just before finished() with an ok error.
    void stored(const QJsonObject& expense);
    void finished(const sp::ApiError& error);

private:
    bool refuseOffline();
    void send(const QByteArray& method, const QString& path, const std::optional<QJsonObject>& body,
              const QJsonObject& tombstone);

    QPointer<Session> m_session;
};

} // namespace sp
