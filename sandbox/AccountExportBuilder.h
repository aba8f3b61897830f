#pragma once

#include "Business.h"
#include "StateStore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sp {

// Builds an account export: a ZIP (QuaZip, deflate) of JSON files with everything the service holds for
// the account, and manifest.json listing every other file with its size and SHA-256. Never a secret:
// no password hash, no session, no Amazon token.
class AccountExportBuilder
{
public:
    struct Input
    {
        QString exportId;
        qint64 createdAt = 0; // simulated Unix seconds; also the files' time in the ZIP
        const AccountRecord* account = nullptr;
        const Business* business = nullptr;
        QJsonObject amazonConnection;
        QJsonObject permissions;
        // What the seller entered, as the API lists it (live rows only; no tombstones).
        QJsonArray unitCosts, expenses, restockSettings;
    };

    // The files in the ZIP, in order (manifest.json last).
    static QStringList fileNames();
    // The ZIP's bytes; empty optional with `error` set when it could not be built.
    static std::optional<QByteArray> build(const Input& input, QString* error);

private:
    static QByteArray ordersJson(const Business& business);
    static QByteArray productsJson(const Business& business);
    static QByteArray inventoryJson(const Business& business);
    static QByteArray financialEventsJson(const Business& business);
};

} // namespace sp
