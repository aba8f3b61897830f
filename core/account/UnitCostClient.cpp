#include "account/UnitCostClient.h"

#include "auth/Session.h"
#include "common/Money.h"

#include <QCoreApplication>
#include <QTimer>

namespace sp {

UnitCostClient::UnitCostClient(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{}

void UnitCostClient::setUnitCost(const QString& sku, const QString& currency, qint64 unitCostCents, QDate effectiveFrom)
{
    ApiError refused;
    // The SKU is one path segment (ApiClient encodes what needs encoding; these would split it).
    const bool skuOk = !sku.isEmpty() && !sku.contains(QLatin1Char('/')) && !sku.contains(QLatin1Char('?'))
                       && !sku.contains(QLatin1Char('#')) && !sku.contains(QLatin1Char('%'));
    if (!skuOk || unitCostCents < 0 || !effectiveFrom.isValid() || currency.size() != 3) {
        refused.kind = ApiError::Kind::Policy;
        refused.technical = QStringLiteral("invalid unit cost input");
        refused.detail = QCoreApplication::translate(
            "sp::UnitCostClient", "Enter a SKU, a currency, a cost of zero or more and the day it applies from.");
    } else if (!m_session) {
        refused.kind = ApiError::Kind::SessionEnded;
    }
    if (!refused.ok()) {
        // Always asynchronous, like an answer from the server.
        QTimer::singleShot(0, this, [this, sku, refused]() { emit finished(sku, refused); });
        return;
    }
    ApiRequest request;
    request.method = "PUT";
    request.path = QStringLiteral("/v1/unit-costs/") + sku;
    request.body = QJsonObject{{QStringLiteral("currency"), currency},
                               {QStringLiteral("unit_cost"), Money::formatCents(unitCostCents)},
                               {QStringLiteral("effective_from"), effectiveFrom.toString(Qt::ISODate)}};
    m_session->sendAuthorized(request, this, [this, sku](const ApiResponse& response) {
        if (response.error.ok())
            emit stored(response.json);
        emit finished(sku, response.error);
    });
}

} // namespace sp
