#include "api/ProblemDetails.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sp {

namespace {
// Seconds from a Retry-After header; the HTTP-date form is not used by the API, so 0 = unknown.
int parseRetryAfter(const QByteArray& header)
{
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0)
        return 0;
    constexpr qint64 kMaxSeconds = 24 * 3600; // never trust a server to lock us out for days
    return int(qMin(seconds, kMaxSeconds));
}

QString stringField(const QJsonObject& object, const QString& name)
{
    const QJsonValue value = object.value(name);
    // Long server texts are cut: they end up in dialogs and logs.
    return value.isString() ? value.toString().left(1000) : QString();
}
} // namespace

ApiError ProblemDetails::fromHttp(int httpStatus, const QByteArray& body, const QString& requestId,
                                  const QByteArray& retryAfterHeader)
{
    ApiError error;
    error.kind = httpStatus == 429 ? ApiError::Kind::RateLimited : ApiError::Kind::Problem;
    error.httpStatus = httpStatus;
    error.requestId = requestId;

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject problem = document.object();
        error.code = stringField(problem, QStringLiteral("code"));
        error.title = stringField(problem, QStringLiteral("title"));
        error.detail = stringField(problem, QStringLiteral("detail"));
        if (error.requestId.isEmpty())
            error.requestId = stringField(problem, QStringLiteral("request_id"));
        // validation_failed names every offending field (at most a few dozen kept, each short).
        for (const QJsonValue& entry : problem.value(QStringLiteral("errors")).toArray()) {
            const QString field = stringField(entry.toObject(), QStringLiteral("field")).left(64);
            if (!field.isEmpty() && !error.fields.contains(field) && error.fields.size() < 32)
                error.fields.append(field);
        }
        const QJsonValue retryAfter = problem.value(QStringLiteral("retry_after"));
        if (error.kind == ApiError::Kind::RateLimited && retryAfterHeader.isEmpty() && retryAfter.isDouble())
            error.retryAfterSeconds = qBound(0, retryAfter.toInt(), 24 * 3600);
    }
    if (error.kind == ApiError::Kind::RateLimited) {
        if (!retryAfterHeader.isEmpty())
            error.retryAfterSeconds = parseRetryAfter(retryAfterHeader);
        if (error.retryAfterSeconds <= 0)
            error.retryAfterSeconds = 1; // a 429 without a hint still means "not right now"
        if (error.code.isEmpty())
            error.code = QStringLiteral("rate_limited");
    } else if (httpStatus == 503 && !retryAfterHeader.isEmpty()) {
        error.retryAfterSeconds = parseRetryAfter(retryAfterHeader); // RFC 9110: "unavailable for this long"
    }
    return error;
}

} // namespace sp
