#include "RestockSettingsRoutes.h"

#include "CivilTime.h"
#include "ListingQuery.h"
#include "ProblemResponse.h"
#include "RestockSettingBody.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::RestockSettingsRoutes", text); }

QString rfc3339(qint64 unixSeconds)
{
    QByteArray text;
    CivilTime::appendRfc3339(&text, unixSeconds);
    return QString::fromLatin1(text);
}

QJsonObject settingJson(const RestockSetting& row)
{
    return QJsonObject{{QStringLiteral("sku"), row.isDefault() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.sku)},
                       {QStringLiteral("lead_time_days"), row.leadTimeDays},
                       {QStringLiteral("safety_days"), row.safetyDays},
                       {QStringLiteral("deleted"), row.deleted},
                       {QStringLiteral("updated_at"), rfc3339(row.updatedAt)}};
}

bool sells(const Business& business, const QString& sku)
{
    return std::any_of(business.products.begin(), business.products.end(),
                       [&](const ProductRow& p) { return p.sku == sku; });
}

} // namespace

QJsonObject RestockSettingsRoutes::toJson(const RestockSetting& row) { return settingJson(row); }

RestockSettingsRoutes::RestockSettingsRoutes(RouteServices& services, BusinessRegistry& registry,
                                             const ListingCursor& cursors, RestockSettingsBook& book)
    : m_services(services)
    , m_registry(registry)
    , m_cursors(cursors)
    , m_book(book)
{}

void RestockSettingsRoutes::registerOn(Router& router)
{
    router.add("GET", QStringLiteral("/v1/restock-settings"),
               [this](const HttpRequest& r, const QStringList&) { return list(r); });
    router.add("PUT", QStringLiteral("/v1/restock-settings/{sku}"),
               [this](const HttpRequest& r, const QStringList& p) { return putSku(r, p.value(0)); });
    router.add("DELETE", QStringLiteral("/v1/restock-settings/{sku}"),
               [this](const HttpRequest& r, const QStringList& p) { return remove(r, p.value(0)); });
    router.add("PUT", QStringLiteral("/v1/restock-default"),
               [this](const HttpRequest& r, const QStringList&) { return putDefault(r); });
}

std::optional<HttpReply> RestockSettingsRoutes::caller(const HttpRequest& request, QString* accountId,
                                                       Business** business) const
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    *accountId = auth.caller.account->id;
    *business = m_registry.business(*accountId);
    if (!*business)
        return ProblemResponse::make(500, QStringLiteral("internal_error"), tr("The account has no data."),
                                     request.requestId);
    return std::nullopt;
}

HttpReply RestockSettingsRoutes::list(const HttpRequest& request)
{
    QString accountId;
    Business* business = nullptr;
    if (auto problem = caller(request, &accountId, &business))
        return *problem;
    HttpReply problem;
    const std::optional<ListingQuery> parameters =
        ListingQuery::parse(request, m_cursors, accountId, kListing, &problem);
    if (!parameters)
        return problem;

    const std::vector<RestockSetting>& rows = m_book.settings(accountId);
    size_t position = 0;
    quint64 resumeSeq = 0;
    if (parameters->after) {
        position = static_cast<size_t>(
            std::upper_bound(rows.begin(), rows.end(), *parameters->after,
                             [](quint64 seq, const RestockSetting& row) { return seq < row.seq; })
            - rows.begin());
        resumeSeq = *parameters->after;
    } else if (parameters->updatedSince) {
        position = static_cast<size_t>(
            std::lower_bound(rows.begin(), rows.end(), *parameters->updatedSince,
                             [](const RestockSetting& row, qint64 t) { return row.updatedAt < t; })
            - rows.begin());
        resumeSeq = position > 0 ? rows[position - 1].seq : 0;
    }
    QJsonArray page;
    for (int written = 0; position < rows.size() && written < parameters->limit; ++position, ++written) {
        page.append(settingJson(rows[position]));
        resumeSeq = std::max(resumeSeq, rows[position].seq);
    }
    return jsonReply(200, QJsonObject{{QStringLiteral("restock_settings"), page},
                                      {QStringLiteral("next_cursor"), m_cursors.encode(accountId, kListing, resumeSeq)},
                                      {QStringLiteral("has_more"), position < rows.size()},
                                      {QStringLiteral("remaining"), static_cast<double>(rows.size() - position)},
                                      {QStringLiteral("server_time"), rfc3339(m_registry.now())}});
}

HttpReply RestockSettingsRoutes::putSku(const HttpRequest& request, const QString& sku)
{
    QString accountId;
    Business* business = nullptr;
    if (auto problem = caller(request, &accountId, &business))
        return *problem;
    if (!sells(*business, sku))
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("The account has no such SKU."),
                                     request.requestId);
    return store(request, accountId, sku);
}

HttpReply RestockSettingsRoutes::putDefault(const HttpRequest& request)
{
    QString accountId;
    Business* business = nullptr;
    if (auto problem = caller(request, &accountId, &business))
        return *problem;
    return store(request, accountId, QString());
}

HttpReply RestockSettingsRoutes::store(const HttpRequest& request, const QString& accountId, const QString& sku)
{
    HttpReply problem;
    const std::optional<RestockSettingBody> body = RestockSettingBody::parse(request, &problem);
    if (!body)
        return problem;
    RestockSetting stored;
    QString error;
    if (!m_book.set(accountId, sku, body->leadTimeDays, body->safetyDays, m_registry.now(), &stored, &error))
        return ProblemResponse::make(500, QStringLiteral("internal_error"),
                                     tr("The restock setting could not be saved."), request.requestId);
    return jsonReply(200, settingJson(stored));
}

HttpReply RestockSettingsRoutes::remove(const HttpRequest& request, const QString& sku)
{
    QString accountId;
    Business* business = nullptr;
    if (auto problem = caller(request, &accountId, &business))
        return *problem;
    const RestockSetting* current = m_book.find(accountId, sku);
    if (!sells(*business, sku) || !current || current->deleted)
        return ProblemResponse::make(404, QStringLiteral("not_found"),
                                     tr("The SKU has no restock setting of its own."), request.requestId);
    QString error;
    if (!m_book.remove(accountId, sku, m_registry.now(), &error))
        return ProblemResponse::make(500, QStringLiteral("internal_error"),
                                     tr("The restock setting could not be removed."), request.requestId);
    return noContent();
}

} // namespace sp
