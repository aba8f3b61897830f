#pragma once

#include "AmazonConnectionStore.h"
#include "BusinessRegistry.h"
#include "ExpenseBook.h"
#include "PermissionStore.h"
#include "RestockSettingsBook.h"
#include "RouteServices.h"
#include "Router.h"
#include "UnitCostBook.h"

#include <QList>

namespace sp {

// /v1/account/exports: export jobs (in memory). A job is "preparing" until it has been polled
// kPollsUntilReady times or kSecondsUntilReady simulated seconds passed, whichever comes first (tests
// poll, and need no sleep); then the ZIP is built (AccountExportBuilder) and the job is "ready" with its
// size and SHA-256 until it expires. The download is one of the paths the fault plan can hit.
class AccountExportRoutes
{
public:
    static constexpr int kPollsUntilReady = 3;
    static constexpr qint64 kSecondsUntilReady = 3;
    static constexpr qint64 kLifetimeSeconds = 24 * 3600;
    static constexpr int kMaxJobsPerAccount = 5; // older ones are dropped

    // What the seller entered (unit costs, expenses, restock settings): exported like everything else.
    struct SellerInputs
    {
        UnitCostBook& unitCosts;
        ExpenseBook& expenses;
        const RestockSettingsBook& restockSettings;
    };
    AccountExportRoutes(RouteServices& services, BusinessRegistry& registry, const AmazonConnectionStore& connections,
                        const PermissionStore& permissions, SellerInputs inputs);
    void registerOn(Router& router);

    static bool isDownloadPath(const QString& path);
    // Drops the account's jobs and their ZIPs (account deletion).
    void forget(const QString& accountId);

private:
    struct Job
    {
        QString id;
        QString accountId;
        qint64 createdAt = 0;
        int polls = 0;
        enum class Status { Preparing, Ready, Failed } status = Status::Preparing;
        QByteArray zip;
        QByteArray sha256Hex;
    };

    HttpReply start(const HttpRequest& request);
    HttpReply status(const HttpRequest& request, const QString& id);
    HttpReply download(const HttpRequest& request, const QString& id);
    // The caller's unexpired job, or nullptr (another account's job reads as missing).
    Job* find(const QString& accountId, const QString& id);
    void advance(Job& job);
    static QJsonObject toJson(const Job& job);

    RouteServices& m_services;
    BusinessRegistry& m_registry;
    const AmazonConnectionStore& m_connections;
    const PermissionStore& m_permissions;
    SellerInputs m_inputs;
    QList<Job> m_jobs;
};

} // namespace sp
