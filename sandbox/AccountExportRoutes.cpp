#include "AccountExportRoutes.h"

#include "AccountExportBuilder.h"
#include "CivilTime.h"
#include "CryptoPrimitives.h"
#include "ExpenseRoutes.h"
#include "JsonBodyValidator.h"
#include "ProblemResponse.h"
#include "RestockSettingsRoutes.h"
#include "SandboxLog.h"
#include "UnitCostRoutes.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::AccountExportRoutes", text); }

QString timeText(qint64 unixSeconds)
{
    QByteArray text;
    CivilTime::appendRfc3339(&text, unixSeconds);
    return QString::fromLatin1(text);
}

} // namespace

AccountExportRoutes::AccountExportRoutes(RouteServices& services, BusinessRegistry& registry,
                                         const AmazonConnectionStore& connections, const PermissionStore& permissions,
                                         SellerInputs inputs)
    : m_services(services)
    , m_registry(registry)
    , m_connections(connections)
    , m_permissions(permissions)
    , m_inputs(inputs)
{}

void AccountExportRoutes::registerOn(Router& router)
{
    router.add("POST", QStringLiteral("/v1/account/exports"),
               [this](const HttpRequest& r, const QStringList&) { return start(r); });
    router.add("GET", QStringLiteral("/v1/account/exports/{id}"),
               [this](const HttpRequest& r, const QStringList& p) { return status(r, p.constFirst()); });
    router.add("GET", QStringLiteral("/v1/account/exports/{id}/download"),
               [this](const HttpRequest& r, const QStringList& p) { return download(r, p.constFirst()); });
}

bool AccountExportRoutes::isDownloadPath(const QString& path)
{
    static const QRegularExpression pattern(QStringLiteral("^/v1/account/exports/[^/]+/download$"));
    return pattern.match(path).hasMatch();
}

void AccountExportRoutes::forget(const QString& accountId)
{
    m_jobs.removeIf([&accountId](const Job& job) { return job.accountId == accountId; });
}

QJsonObject AccountExportRoutes::toJson(const Job& job)
{
    const bool ready = job.status == Job::Status::Ready;
    const QJsonValue null(QJsonValue::Null);
    int progress = 100;
    if (job.status == Job::Status::Preparing)
        progress = qMin(90, job.polls * 100 / (kPollsUntilReady + 1));
    return {{QStringLiteral("id"), job.id},
            {QStringLiteral("status"), ready                               ? QStringLiteral("ready")
                                       : job.status == Job::Status::Failed ? QStringLiteral("failed")
                                                                           : QStringLiteral("preparing")},
            {QStringLiteral("progress"), progress},
            {QStringLiteral("size_bytes"), ready ? QJsonValue(static_cast<qint64>(job.zip.size())) : null},
            {QStringLiteral("sha256"), ready ? QJsonValue(QString::fromLatin1(job.sha256Hex)) : null},
            {QStringLiteral("created_at"), timeText(job.createdAt)},
            {QStringLiteral("expires_at"), timeText(job.createdAt + kLifetimeSeconds)}};
}

AccountExportRoutes::Job* AccountExportRoutes::find(const QString& accountId, const QString& id)
{
    const qint64 now = m_registry.now();
    m_jobs.removeIf([now](const Job& job) { return job.createdAt + kLifetimeSeconds <= now; });
    for (Job& job : m_jobs) {
        if (job.id == id && job.accountId == accountId)
            return &job;
    }
    return nullptr;
}

void AccountExportRoutes::advance(Job& job)
{
    if (job.status != Job::Status::Preparing)
        return;
    ++job.polls;
    if (job.polls < kPollsUntilReady && m_registry.now() < job.createdAt + kSecondsUntilReady)
        return;
    AccountExportBuilder::Input input;
    input.exportId = job.id;
    input.createdAt = job.createdAt;
    input.account = m_services.state.accountById(job.accountId);
    input.business = m_registry.business(job.accountId);
    input.amazonConnection = m_connections.toJson(job.accountId, m_registry.now());
    input.permissions = m_permissions.listJson(job.accountId);
    if (input.business) {
        for (const UnitCostBook::Entry& entry : m_inputs.unitCosts.entries(job.accountId, *input.business))
            input.unitCosts.append(UnitCostRoutes::toJson(entry));
        for (const ExpenseBook::Expense& expense : m_inputs.expenses.expenses(job.accountId, *input.business))
            if (!expense.deleted)
                input.expenses.append(ExpenseRoutes::toJson(expense));
    }
    for (const RestockSetting& setting : m_inputs.restockSettings.settings(job.accountId))
        if (!setting.deleted)
            input.restockSettings.append(RestockSettingsRoutes::toJson(setting));
    QString error;
    const auto zip = AccountExportBuilder::build(input, &error);
    if (!zip) {
        qCWarning(lcSandbox).noquote() << QStringLiteral("Export %1 failed: %2").arg(job.id, error);
        job.status = Job::Status::Failed;
        return;
    }
    job.zip = *zip;
    job.sha256Hex = CryptoPrimitives::sha256(job.zip).toHex();
    job.status = Job::Status::Ready;
    qCInfo(lcSandbox).noquote() << QStringLiteral("Export %1 is ready (%2 bytes)").arg(job.id).arg(job.zip.size());
}

HttpReply AccountExportRoutes::start(const HttpRequest& request)
{
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        return *tooLarge;
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    const QString accountId = auth.caller.account->id;
    if (const int wait = m_services.limiter.consume(QStringLiteral("export:") + accountId))
        return ProblemResponse::rateLimited(wait, request.requestId);
    int own = 0;
    for (auto it = m_jobs.crbegin(); it != m_jobs.crend(); ++it)
        own += it->accountId == accountId ? 1 : 0;
    if (own >= kMaxJobsPerAccount) {
        const auto oldest = std::find_if(m_jobs.begin(), m_jobs.end(),
                                         [&accountId](const Job& job) { return job.accountId == accountId; });
        m_jobs.erase(oldest);
    }
    Job job;
    job.id = QStringLiteral("exp_") + QString::fromLatin1(CryptoPrimitives::randomToken(12));
    job.accountId = accountId;
    job.createdAt = m_registry.now();
    m_jobs.append(job);
    return jsonReply(202, toJson(job));
}

HttpReply AccountExportRoutes::status(const HttpRequest& request, const QString& id)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    Job* job = find(auth.caller.account->id, id);
    if (!job)
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("There is no such export."),
                                     request.requestId);
    advance(*job);
    return jsonReply(200, toJson(*job));
}

HttpReply AccountExportRoutes::download(const HttpRequest& request, const QString& id)
{
    const auto auth = m_services.guard.authenticate(request, RouteServices::now());
    if (auth.problem)
        return *auth.problem;
    Job* job = find(auth.caller.account->id, id);
    if (!job)
        return ProblemResponse::make(404, QStringLiteral("not_found"), tr("There is no such export."),
                                     request.requestId);
    if (job->status != Job::Status::Ready)
        return ProblemResponse::make(409, QStringLiteral("export_not_ready"),
                                     job->status == Job::Status::Failed ? tr("The export failed; request a new one.")
                                                                        : tr("The export is still being prepared."),
                                     request.requestId);
    HttpReply reply;
    reply.contentType = QByteArrayLiteral("application/zip");
    reply.body = job->zip;
    reply.setHeader(QByteArrayLiteral("Content-Disposition"),
                    QByteArrayLiteral("attachment; filename=\"sellerpulse-export-") + job->id.toLatin1()
                        + QByteArrayLiteral(".zip\""));
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return reply;
}

} // namespace sp
