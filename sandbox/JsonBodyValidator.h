#pragma once

#include "HttpExchange.h"
#include "ProblemResponse.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sp {

// The schema of one string field of a request body.
struct FieldRule
{
    enum class Kind { Text, Email };
    QString name;
    bool required = true;
    int minLength = 0;
    int maxLength = 0;
    Kind kind = Kind::Text;
};

// Checks a JSON request body strictly against the contract: content type, size, syntax, then fields
// (missing, wrong type, unknown, too short or long). Either a valid object or a problem reply to send.
class JsonBodyValidator
{
public:
    static constexpr qsizetype kMaxBodyBytes = 64 * 1024;
    static constexpr qsizetype kMaxHeadBytes = 32 * 1024; // request line and headers

    struct Result
    {
        QJsonObject object;
        std::optional<HttpReply> problem;
    };

    static Result validate(const HttpRequest& request, const QList<FieldRule>& rules);
    // Size, content type, syntax and "is an object" only; for bodies with non-string fields.
    static Result parseObject(const HttpRequest& request);
    // 413 when the body is too large (or the adapter stopped it by its size), 431 when the head was; for every
    // request, before any routing work.
    static std::optional<HttpReply> checkSize(const HttpRequest& request);

private:
    static bool isJsonContentType(const QByteArray& value);
    static bool looksLikeEmail(const QString& value);
};

} // namespace sp
