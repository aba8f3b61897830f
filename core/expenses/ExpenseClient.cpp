#include "expenses/ExpenseClient.h"

#include "auth/Session.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTimer>

namespace sp {

namespace {
QJsonValue dayOrNull(QDate day) { return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue textOrNull(const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }
} // namespace

ExpenseClient::ExpenseClient(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

QString ExpenseClient::offlineMessage()
{
    return tr("Expenses can be changed when SellerPulse is online; you are offline.");
}

QString ExpenseClient::messageFor(const ApiError& error)
{
    if (error.ok())
        return QString();
    if (error.kind == ApiError::Kind::SessionEnded || error.kind == ApiError::Kind::Network
        || error.kind == ApiError::Kind::Timeout)
        return offlineMessage();
    if (error.code == QLatin1String("expense_limit_reached"))
        return tr("You already have 1,000 expenses, the most an account can keep. Delete some you no longer "
                  "need, then add this one again.");
    if (error.code == QLatin1String("validation_failed") && !error.fields.isEmpty())
        return tr("The server did not accept these fields: %1. Correct them and save again.")
            .arg(error.fields.join(QStringLiteral(", ")));
    return error.userMessage();
}

QJsonObject ExpenseClient::requestBody(const ExpenseRecord& e)
{
    return QJsonObject{{QStringLiteral("description"), e.description},
                       {QStringLiteral("category"), e.category},
                       {QStringLiteral("amount_cents"), double(e.amountCents)},
                       {QStringLiteral("currency"), e.currency},
                       {QStringLiteral("recurrence"), e.recurrence},
                       {QStringLiteral("starts_on"), dayOrNull(e.startsOn)},
                       {QStringLiteral("ends_on"), dayOrNull(e.endsOn)},
                       {QStringLiteral("marketplace_id"), textOrNull(e.marketplaceId)},
                       {QStringLiteral("sku"), textOrNull(e.sku)}};
}

bool ExpenseClient::refuseOffline()
{
    if (m_session)
        return false;
    ApiError refused;
    refused.kind = ApiError::Kind::SessionEnded;
    refused.technical = QStringLiteral("no session: offline");
    QTimer::singleShot(0, this, [this, refused] { emit finished(refused); }); // asynchronous, like an answer
    return true;
}

void ExpenseClient::create(const ExpenseRecord& expense)
{
    send("POST", QStringLiteral("/v1/expenses"), requestBody(expense), {});
}

void ExpenseClient::replace(const ExpenseRecord& expense)
{
    send("PUT", QStringLiteral("/v1/expenses/") + expense.id, requestBody(expense), {});
}

void ExpenseClient::remove(const ExpenseRecord& e)
{
    // What the listing will bring: the same fields, deleted. Only written after the server's 204.
    QJsonObject tombstone = requestBody(e);
    tombstone.insert(QStringLiteral("id"), e.id);
    tombstone.insert(QStringLiteral("created_at"), e.createdAt);
    tombstone.insert(QStringLiteral("updated_at"), e.updatedAt);
    tombstone.insert(QStringLiteral("deleted"), true);
    send("DELETE", QStringLiteral("/v1/expenses/") + e.id, std::nullopt, tombstone);
}

void ExpenseClient::send(const QByteArray& method, const QString& path, const std::optional<QJsonObject>& body,
                         const QJsonObject& tombstone)
{
    if (refuseOffline())
        return;
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    m_session->sendAuthorized(request, this, [this, tombstone](const ApiResponse& response) {
        if (response.error.ok())
            emit stored(tombstone.isEmpty() ? response.json : tombstone);
        emit finished(response.error);
    });
}

} // namespace sp
