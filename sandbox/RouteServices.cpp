#include "RouteServices.h"

#include "ProblemResponse.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sp {

HttpReply savedOr500(RouteServices& services, HttpReply reply, const QString& requestId)
{
    if (services.state.save())
        return reply;
    return ProblemResponse::make(
        500, QStringLiteral("internal_error"),
        QCoreApplication::translate("sp::RouteServices", "The sandbox could not save its state."), requestId);
}

HttpReply noContent()
{
    HttpReply reply;
    reply.status = 204;
    return reply;
}

HttpReply jsonReply(int status, const QJsonObject& object)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json");
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace sp
