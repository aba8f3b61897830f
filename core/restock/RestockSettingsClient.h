#pragma once

#include "api/ApiError.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace sp {

class Session;

// The seller's lead time and safety days on the server, the system of record (issue 18 part 1):
// PUT and DELETE /v1/restock-settings/{sku}, PUT /v1/restock-default. The answer (or, after a
// delete's 204, the tombstone the listing will bring) comes as stored(); ConfirmedRestockSettings
// puts it into the cache at once. Without a session (offline) every write is refused with
// offlineMessage(), asynchronously like an answer.
class RestockSettingsClient : public QObject
{
    Q_OBJECT
public:
    explicit RestockSettingsClient(Session* session, QObject* parent = nullptr);

    void setSku(const QString& sku, int leadTimeDays, int safetyDays);
    void setDefault(int leadTimeDays, int safetyDays);
    // The SKU follows the default again.
    void removeSku(const QString& sku);

    static QString offlineMessage();
    // A readable message for a refused write (the offending fields of a 400, an unknown SKU's 404).
    static QString messageFor(const ApiError& error);
    // The SKU can be one path segment (ApiClient encodes the rest).
    static bool isUsableSku(const QString& sku);

signals:
    // The server's RestockSetting (a tombstone after a delete); just before finished() with an ok error.
    void stored(const QJsonObject& setting);
    void finished(const sp::ApiError& error);

private:
    void send(const QByteArray& method, const QString& path, const std::optional<QJsonObject>& body,
              const QJsonObject& tombstone);
    void refuse(ApiError error);

    QPointer<Session> m_session;
};

} // namespace sp
