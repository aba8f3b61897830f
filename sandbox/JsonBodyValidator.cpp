#include "JsonBodyValidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::JsonBodyValidator", text); }

} // namespace

bool JsonBodyValidator::isJsonContentType(const QByteArray& value)
{
    // "application/json" with an optional charset parameter that must be UTF-8.
    const QList<QByteArray> parts = value.split(';');
    if (parts.constFirst().trimmed().toLower() != "application/json")
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed().toLower();
        if (parameter.isEmpty())
            continue;
        if (parameter != "charset=utf-8" && parameter != "charset=\"utf-8\"")
            return false;
    }
    return true;
}

bool JsonBodyValidator::looksLikeEmail(const QString& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s\\x00-\\x1f]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9]"
                                                           ")?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"));
    return pattern.match(value).hasMatch();
}

std::optional<HttpReply> JsonBodyValidator::checkSize(const HttpRequest& request)
{
    if (request.refused == HttpRequest::Refused::HeadTooLarge)
        return ProblemResponse::make(431, QStringLiteral("headers_too_large"),
                                     tr("The request line and headers are larger than 32 KiB."), request.requestId);
    if (request.body.size() <= kMaxBodyBytes && request.refused != HttpRequest::Refused::BodyTooLarge)
        return std::nullopt;
    return ProblemResponse::make(413, QStringLiteral("payload_too_large"),
                                 tr("The request body is larger than 64 KiB."), request.requestId);
}

JsonBodyValidator::Result JsonBodyValidator::parseObject(const HttpRequest& request)
{
    Result result;
    if (auto tooLarge = checkSize(request)) {
        result.problem = tooLarge;
        return result;
    }
    if (!isJsonContentType(request.header(QByteArrayLiteral("Content-Type")))) {
        result.problem = ProblemResponse::make(415, QStringLiteral("unsupported_media_type"),
                                               tr("Send the body as application/json."), request.requestId);
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problem = ProblemResponse::make(400, QStringLiteral("invalid_json"),
                                               tr("The request body is not valid JSON."), request.requestId);
        return result;
    }
    if (!document.isObject()) {
        result.problem =
            ProblemResponse::validationFailed({{QString(), tr("must be a JSON object")}}, request.requestId);
        return result;
    }
    result.object = document.object();
    return result;
}

JsonBodyValidator::Result JsonBodyValidator::validate(const HttpRequest& request, const QList<FieldRule>& rules)
{
    Result result = parseObject(request);
    if (result.problem)
        return result;
    const QJsonObject object = result.object;
    result.object = QJsonObject();
    QList<FieldError> errors;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool known =
            std::any_of(rules.cbegin(), rules.cend(), [&](const FieldRule& rule) { return rule.name == it.key(); });
        if (!known)
            errors.append({it.key(), tr("unknown field")});
    }
    for (const FieldRule& rule : rules) {
        const QJsonValue value = object.value(rule.name);
        if (value.isUndefined()) {
            if (rule.required)
                errors.append({rule.name, tr("is required")});
            continue;
        }
        if (!value.isString()) {
            errors.append({rule.name, tr("must be a string")});
            continue;
        }
        const QString text = value.toString();
        if (text.size() < rule.minLength)
            errors.append({rule.name, tr("must be at least %1 characters").arg(rule.minLength)});
        else if (text.size() > rule.maxLength)
            errors.append({rule.name, tr("must be at most %1 characters").arg(rule.maxLength)});
        else if (rule.kind == FieldRule::Kind::Email && !looksLikeEmail(text))
            errors.append({rule.name, tr("must be an email address")});
    }
    if (!errors.isEmpty()) {
        result.problem = ProblemResponse::validationFailed(errors, request.requestId);
        return result;
    }
    result.object = object;
    return result;
}

} // namespace sp
