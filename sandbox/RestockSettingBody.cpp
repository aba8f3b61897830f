#include "RestockSettingBody.h"

#include "JsonBodyValidator.h"
#include "ProblemResponse.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::RestockSettingBody", text); }

// A JSON number that is a whole number from `minimum` to `maximum` (30 and 30.0 alike; not "30", true or null).
std::optional<int> wholeDays(const QJsonValue& value, int minimum, int maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < minimum || number > maximum)
        return std::nullopt;
    return static_cast<int>(number);
}

} // namespace

std::optional<RestockSettingBody> RestockSettingBody::parse(const HttpRequest& request, HttpReply* problem)
{
    const auto body = JsonBodyValidator::parseObject(request);
    if (body.problem) {
        *problem = *body.problem;
        return std::nullopt;
    }
    const QString leadKey = QStringLiteral("lead_time_days");
    const QString safetyKey = QStringLiteral("safety_days");
    QList<FieldError> errors;
    for (const QString& key : body.object.keys()) {
        if (key != leadKey && key != safetyKey)
            errors.append({key, tr("is not a known field")});
    }
    RestockSettingBody parsed;
    if (const auto lead = wholeDays(body.object.value(leadKey), kMinLeadTimeDays, kMaxDays))
        parsed.leadTimeDays = *lead;
    else
        errors.append({leadKey, tr("must be a whole number of days from 1 to 365, e.g. 30")});
    if (const auto safety = wholeDays(body.object.value(safetyKey), 0, kMaxDays))
        parsed.safetyDays = *safety;
    else
        errors.append({safetyKey, tr("must be a whole number of days from 0 to 365, e.g. 14")});
    if (!errors.isEmpty()) {
        *problem = ProblemResponse::validationFailed(errors, request.requestId);
        return std::nullopt;
    }
    return parsed;
}

} // namespace sp
