#pragma once

#include "HttpExchange.h"

#include <QList>
#include <QString>

namespace sp {

// One offending field of a validation_failed problem.
struct FieldError
{
    QString field;
    QString message;
};

// Builds application/problem+json replies (RFC 9457) with the contract's stable `code` and the request id.
class ProblemResponse
{
public:
    static HttpReply make(int status, const QString& code, const QString& detail, const QString& requestId);
    static HttpReply validationFailed(const QList<FieldError>& errors, const QString& requestId);
    // validation_failed for query parameters: the same shape, a detail that names the query, not the body.
    static HttpReply invalidQuery(const QList<FieldError>& errors, const QString& requestId);
    static HttpReply rateLimited(int retryAfterSeconds, const QString& requestId);

private:
    static QString titleFor(int status);
    static HttpReply validationProblem(const QList<FieldError>& errors, const QString& detail,
                                       const QString& requestId);
};

} // namespace sp
