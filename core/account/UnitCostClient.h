#pragma once

#include "api/ApiError.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace sp {

class Session;

// Saves the seller's unit cost of a SKU on the server (PUT /v1/unit-costs/{sku}), the system of
// record; the next sync brings it into the cache (resource "unit-costs") and into COGS.
class UnitCostClient : public QObject
{
    Q_OBJECT
public:
    explicit UnitCostClient(Session* session, QObject* parent = nullptr);

    // `currency`: ISO code of the sales the cost applies to (e.g. "EUR"); `unitCostCents` >= 0;
    // `effectiveFrom`: the first day (UTC) it applies to. Always answers with finished().
    void setUnitCost(const QString& sku, const QString& currency, qint64 unitCostCents, QDate effectiveFrom);

signals:
    // Saved: the server's answer, the UnitCost as it stored it (ConfirmedUnitCosts puts it in the
    // cache). Just before finished() with an ok error.
    void stored(const QJsonObject& unitCost);
    // error.ok() when saved; otherwise error.userMessage() says what went wrong.
    void finished(const QString& sku, const sp::ApiError& error);

private:
    QPointer<Session> m_session;
};

} // namespace sp
