#include "ProblemResponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sp {

namespace {

QByteArray toBody(const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

QJsonObject problemObject(int status, const QString& code, const QString& title, const QString& detail,
                          const QString& requestId)
{
    return {{QStringLiteral("type"), QString(QStringLiteral("https://docs.getsellerpulse.com/problems/") + code)},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("code"), code},
            {QStringLiteral("request_id"), requestId}};
}

} // namespace

QString ProblemResponse::titleFor(int status)
{
    switch (status) {
    case 400:
        return QCoreApplication::translate("sp::ProblemResponse", "Bad request");
    case 401:
        return QCoreApplication::translate("sp::ProblemResponse", "Not signed in");
    case 403:
        return QCoreApplication::translate("sp::ProblemResponse", "Forbidden");
    case 404:
        return QCoreApplication::translate("sp::ProblemResponse", "Not found");
    case 405:
        return QCoreApplication::translate("sp::ProblemResponse", "Method not allowed");
    case 409:
        return QCoreApplication::translate("sp::ProblemResponse", "Conflict");
    case 413:
        return QCoreApplication::translate("sp::ProblemResponse", "Payload too large");
    case 415:
        return QCoreApplication::translate("sp::ProblemResponse", "Unsupported media type");
    case 431:
        return QCoreApplication::translate("sp::ProblemResponse", "Request header fields too large");
    case 429:
        return QCoreApplication::translate("sp::ProblemResponse", "Too many requests");
    default:
        return QCoreApplication::translate("sp::ProblemResponse", "Internal error");
    }
}

HttpReply ProblemResponse::make(int status, const QString& code, const QString& detail, const QString& requestId)
{
    HttpReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/problem+json");
    reply.body = toBody(problemObject(status, code, titleFor(status), detail, requestId));
    return reply;
}

HttpReply ProblemResponse::validationFailed(const QList<FieldError>& errors, const QString& requestId)
{
    return validationProblem(
        errors,
        QCoreApplication::translate("sp::ProblemResponse", "The request body does not match the expected fields."),
        requestId);
}

HttpReply ProblemResponse::invalidQuery(const QList<FieldError>& errors, const QString& requestId)
{
    return validationProblem(
        errors,
        QCoreApplication::translate("sp::ProblemResponse", "The query parameters do not match the expected values."),
        requestId);
}

HttpReply ProblemResponse::validationProblem(const QList<FieldError>& errors, const QString& detail,
                                             const QString& requestId)
{
    QJsonArray list;
    for (const FieldError& error : errors)
        list.append(QJsonObject{{QStringLiteral("field"), error.field}, {QStringLiteral("message"), error.message}});
    QJsonObject object = problemObject(400, QStringLiteral("validation_failed"), titleFor(400), detail, requestId);
    object.insert(QStringLiteral("errors"), list);
    HttpReply reply;
    reply.status = 400;
    reply.contentType = QByteArrayLiteral("application/problem+json");
    reply.body = toBody(object);
    return reply;
}

HttpReply ProblemResponse::rateLimited(int retryAfterSeconds, const QString& requestId)
{
    QJsonObject object = problemObject(429, QStringLiteral("rate_limited"), titleFor(429),
                                       QCoreApplication::translate("sp::ProblemResponse",
                                                                   "Too many attempts; try again in %n second(s).",
                                                                   nullptr, retryAfterSeconds),
                                       requestId);
    object.insert(QStringLiteral("retry_after"), retryAfterSeconds);
    HttpReply reply;
    reply.status = 429;
    reply.contentType = QByteArrayLiteral("application/problem+json");
    reply.body = toBody(object);
    reply.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    return reply;
}

} // namespace sp
