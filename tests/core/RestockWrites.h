#pragma once

#include "SyncHarness.h"

#include "restock/ConfirmedRestockSettings.h"
#include "restock/RestockSettingsClient.h"
#include "sync/SyncController.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

namespace sp::test {

// Issue 18 part 1's tests: one restock setting write through the client's real path (the server,
// then ConfirmedRestockSettings into the cache at once), and a sync that must succeed.
struct RestockWriteOutcome
{
    ApiError error;
    QJsonObject stored;
    bool written = false;
    QString cacheError;
};

inline RestockWriteOutcome writeRestock(const std::function<void(RestockSettingsClient&)>& call, Session* session,
                                        AccountCache* cache)
{
    RestockWriteOutcome out;
    RestockSettingsClient client(session);
    ConfirmedRestockSettings confirmed;
    confirmed.setCache(cache);
    bool done = false, cacheDone = false;
    QObject context;
    QObject::connect(&client, &RestockSettingsClient::stored, &confirmed, [&](const QJsonObject& stored) {
        out.stored = stored;
        confirmed.write(stored);
    });
    QObject::connect(&client, &RestockSettingsClient::finished, &context, [&](const ApiError& error) {
        out.error = error;
        done = true;
        cacheDone = cacheDone || !error.ok();
    });
    QObject::connect(&confirmed, &ConfirmedRestockSettings::written, &context, [&] { out.written = cacheDone = true; });
    QObject::connect(&confirmed, &ConfirmedRestockSettings::failed, &context, [&](const QString& e) {
        out.cacheError = e;
        cacheDone = true;
    });
    call(client);
    if (!QTest::qWaitFor([&] { return done && cacheDone; }, 30000))
        out.cacheError = QStringLiteral("no answer");
    return out;
}

inline bool syncOnce(SyncController* sync, QString* error = nullptr)
{
    QSignalSpy finished(sync, &SyncController::syncFinished);
    sync->syncNow();
    if (!finished.wait(180000))
        return false;
    if (error)
        *error = finished.last().at(1).toString();
    return finished.last().at(0).toBool();
}

} // namespace sp::test
