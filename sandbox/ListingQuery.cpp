#include "ListingQuery.h"

#include "CivilTime.h"
#include "ListingCursor.h"
#include "ProblemResponse.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::ListingQuery", text); }

// An RFC 3339 date-time as unix seconds; a fractional time rounds up (rows carry whole seconds:
// "changed at or after" it starts at the next whole second).
std::optional<qint64> parseTime(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return CivilTime::floorDiv(time.toMSecsSinceEpoch() + 999, 1000);
}

} // namespace

std::optional<ListingQuery> ListingQuery::parse(const HttpRequest& request, const ListingCursor& cursors,
                                                const QString& accountId, char listing, HttpReply* problem)
{
    ListingQuery result;
    QList<FieldError> errors;
    const QUrlQuery& query = request.query;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        result.limit = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded).toInt(&ok);
        if (!ok || result.limit < 1 || result.limit > kMaxLimit)
            errors.append({QStringLiteral("limit"), tr("must be a whole number from 1 to %1").arg(kMaxLimit)});
    }
    const bool hasCursor = query.hasQueryItem(QStringLiteral("cursor"));
    if (!hasCursor && query.hasQueryItem(QStringLiteral("updated_since"))) {
        result.updatedSince = parseTime(query.queryItemValue(QStringLiteral("updated_since"), QUrl::FullyDecoded));
        if (!result.updatedSince)
            errors.append(
                {QStringLiteral("updated_since"), tr("must be an RFC 3339 date-time, e.g. 2025-01-31T00:00:00Z")});
    }
    if (!errors.isEmpty()) {
        *problem = ProblemResponse::invalidQuery(errors, request.requestId);
        return std::nullopt;
    }
    if (hasCursor) {
        result.after =
            cursors.decode(accountId, listing, query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded));
        if (!result.after) {
            *problem = ProblemResponse::make(400, QStringLiteral("invalid_cursor"),
                                             tr("The cursor is malformed or belongs to another listing or account."),
                                             request.requestId);
            return std::nullopt;
        }
    }
    return result;
}

} // namespace sp
