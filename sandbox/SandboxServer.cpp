#include "SandboxServer.h"

#include "CryptoPrimitives.h"
#include "JsonBodyValidator.h"
#include "PrivateFiles.h"
#include "SandboxLog.h"
#include "SecurityHeaders.h"
#include "SigningKey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>

namespace sp {

namespace {

const QString kDemoEmail = QStringLiteral("demo@sellerpulse.test");

// Paths are attacker-controlled: keep log lines on one line and short.
QString loggablePath(const QString& path)
{
    QString out = path.left(200);
    for (QChar& c : out) {
        if (!c.isPrint())
            c = QLatin1Char('?');
    }
    return out;
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::certificatePath() const { return m_options.plainHttp ? QString() : m_tls.certificatePath(); }

QString SandboxServer::demoEmail() const { return kDemoEmail; }

bool SandboxServer::start(QString* error)
{
    if (!PrivateFiles::ensureFolder(m_options.dataDir, error))
        return false;
    const QByteArray signingKey = SigningKey::load(m_options.dataDir, error);
    if (signingKey.isEmpty())
        return false;

    m_adminToken = qgetenv("SELLERPULSE_SANDBOX_ADMIN_TOKEN");
    if (m_adminToken.isEmpty())
        m_adminToken = CryptoPrimitives::randomToken(24);

    m_state = std::make_unique<StateStore>(m_options.dataDir + QStringLiteral("/state.json"));
    if (!m_state->load(error))
        return false;
    m_hasher = std::make_unique<PasswordHasher>(m_options.bcryptCost);
    if (m_hasher->decoyHash().isEmpty()) {
        *error = tr("bcrypt is not available in libcrypt");
        return false;
    }
    if (!ensureDemoAccount(signingKey, error))
        return false;

    m_signer = std::make_unique<JwtSigner>(signingKey);
    m_limiter = std::make_unique<RateLimiter>(m_options.rateLimit, m_options.rateWindowSeconds);
    m_issuer =
        std::make_unique<TokenIssuer>(*m_state, *m_signer, m_options.accessTtlSeconds, m_options.refreshTtlSeconds);
    m_guard = std::make_unique<AccessGuard>(*m_state, *m_signer);
    m_services = std::make_unique<RouteServices>(RouteServices{*m_state, *m_hasher, *m_issuer, *m_guard, *m_limiter});
    m_authRoutes = std::make_unique<AuthRoutes>(*m_services);
    m_accountRoutes = std::make_unique<AccountRoutes>(*m_services);
    // The business data is regenerated from the seed and the recorded clock operations are replayed.
    QElapsedTimer generation;
    generation.start();
    m_registry = std::make_unique<BusinessRegistry>(static_cast<quint64>(m_options.seed), m_options.demoOrders,
                                                    m_options.shape ? m_options.shape->business : BusinessShape());
    m_registry->restoreClock(m_state->clockOperations());
    // The refresh grace window runs on the sandbox's clock, so a test can move past it.
    m_issuer->setGraceClock([registry = m_registry.get()] { return registry->now(); });
    for (int index = 0; index < m_state->accounts().size(); ++index) {
        const AccountRecord& account = m_state->accounts().at(index);
        m_registry->addAccount(account.id, index, account.createdAt.toSecsSinceEpoch(), m_state->clockOperations());
    }
    qCInfo(lcSandbox).noquote() << QStringLiteral("Generated the data of %1 account(s) in %2 ms")
                                       .arg(m_state->accounts().size())
                                       .arg(generation.elapsed());
    m_cursors = std::make_unique<ListingCursor>(
        CryptoPrimitives::hmacSha256(signingKey, QByteArrayLiteral("sellerpulse-sandbox listing cursor")));
    m_faults = std::make_unique<FaultInjector>(static_cast<quint64>(m_options.seed));
    m_dataRoutes = std::make_unique<DataRoutes>(*m_services, *m_registry, *m_cursors);
    m_unitCosts = std::make_unique<UnitCostBook>(m_options.dataDir + QStringLiteral("/unit-costs.json"));
    if (!m_unitCosts->load(error))
        return false;
    m_unitCostRoutes = std::make_unique<UnitCostRoutes>(*m_services, *m_registry, *m_cursors, *m_unitCosts);
    m_expenses = std::make_unique<ExpenseBook>(m_options.dataDir + QStringLiteral("/expenses.jsonl"));
    if (!m_expenses->load(error))
        return false;
    m_expenseRoutes = std::make_unique<ExpenseRoutes>(*m_services, *m_registry, *m_cursors, *m_expenses);
    m_restockSettings = std::make_unique<RestockSettingsBook>(
        RestockSettingsFile(m_options.dataDir + QStringLiteral("/restock-settings.json")));
    if (!m_restockSettings->load(error))
        return false;
    m_restockRoutes =
        std::make_unique<RestockSettingsRoutes>(*m_services, *m_registry, *m_cursors, *m_restockSettings);
    m_rateRoutes = std::make_unique<ExchangeRateRoutes>(*m_services, *m_registry, *m_cursors);
    m_metricsRoutes = std::make_unique<MetricsRoutes>(*m_services, *m_registry, *m_unitCosts);
    m_adminRoutes = std::make_unique<AdminRoutes>(*m_services, m_adminToken, *m_faults, *m_registry);
    if (!startAccountDataServices(signingKey, error))
        return false;
    m_router.add("GET", QStringLiteral("/v1/health"), [](const HttpRequest&, const QStringList&) {
        return jsonReply(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                          {QStringLiteral("version"), QStringLiteral(SP_VERSION)},
                                          {QStringLiteral("api_version"), QStringLiteral("v1")}});
    });
    m_authRoutes->registerOn(m_router);
    m_accountRoutes->registerOn(m_router);
    m_adminRoutes->registerOn(m_router);
    m_sellerCentralRoutes->registerOn(m_router);
    m_amazonRoutes->registerOn(m_router);
    m_permissionRoutes->registerOn(m_router);
    m_exportRoutes->registerOn(m_router);
    m_deletionRoutes->registerOn(m_router);
    m_dataRoutes->registerOn(m_router);
    m_unitCostRoutes->registerOn(m_router);
    m_expenseRoutes->registerOn(m_router);
    m_restockRoutes->registerOn(m_router);
    m_rateRoutes->registerOn(m_router);
    m_metricsRoutes->registerOn(m_router);

    m_http = new HttpServerAdapter([this](HttpRequest& request) { return handle(request); }, this);
    if (!m_options.plainHttp) {
        if (!m_tls.loadOrCreate(m_options.dataDir, error))
            return false;
        m_http->useTls(m_tls.certificate(), m_tls.privateKey());
    }
    const quint16 port = m_http->listenOnLoopback(m_options.port);
    if (port == 0) {
        *error = tr("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    m_url.setScheme(m_options.plainHttp ? QStringLiteral("http") : QStringLiteral("https"));
    m_url.setHost(QStringLiteral("127.0.0.1"));
    m_url.setPort(port);
    return true;
}

bool SandboxServer::startAccountDataServices(const QByteArray& signingKey, QString* error)
{
    m_amazonConnections =
        std::make_unique<AmazonConnectionStore>(m_options.dataDir + QStringLiteral("/amazon-connections.json"));
    if (!m_amazonConnections->load(error))
        return false;
    if (!connectAsInBundle(error))
        return false;
    // Amazon refresh tokens are one secret class with a key of their own; other classes get their own vault.
    m_amazonTokens = std::make_unique<SecretVault>(m_options.dataDir, QStringLiteral("amazon-refresh-tokens"));
    if (!m_amazonTokens->load(error))
        return false;
    m_permissions = std::make_unique<PermissionStore>(m_options.dataDir + QStringLiteral("/permissions.json"));
    if (!m_permissions->load(error))
        return false;
    m_sellerCentral = std::make_unique<SellerCentralEmulation>(signingKey);
    // The URL is known only once listening; routes ask for it when they build a link.
    const auto baseUrl = [this] { return m_url; };
    m_sellerCentralRoutes =
        std::make_unique<SellerCentralRoutes>(*m_state, *m_registry, *m_amazonConnections, *m_sellerCentral, baseUrl);
    m_amazonRoutes = std::make_unique<AmazonRoutes>(*m_services, *m_registry, *m_amazonConnections, *m_sellerCentral,
                                                    *m_amazonTokens, m_adminToken, baseUrl);
    m_permissionRoutes =
        std::make_unique<PermissionRoutes>(*m_services, *m_registry, *m_permissions, *m_amazonConnections);
    m_exportRoutes = std::make_unique<AccountExportRoutes>(
        *m_services, *m_registry, *m_amazonConnections, *m_permissions,
        AccountExportRoutes::SellerInputs{*m_unitCosts, *m_expenses, *m_restockSettings});
    m_deletionRoutes = std::make_unique<AccountDeletionRoutes>(*m_services, *m_amazonRoutes, *m_exportRoutes);
    return true;
}

bool SandboxServer::connectAsInBundle(QString* error)
{
    // --from-bundle: the demo account is connected to Amazon when the bundle's account was, with the
    // bundle's marketplaces. There is no Amazon token: nothing in the sandbox's data routes needs one.
    const QString demoId = m_state->demoAccountId();
    if (!m_options.shape || !m_options.shape->amazonConnected || demoId.isEmpty()
        || m_amazonConnections->connection(demoId))
        return true;
    AmazonConnectionRecord record;
    record.sellingPartnerId = QStringLiteral("A1SANDBOXBUNDLE");
    record.region = m_options.shape->amazonRegion;
    record.marketplaceIds = m_options.shape->marketplaceIds;
    record.roles = SellerCentralEmulation::grantedRoles();
    record.connectedAt = m_registry->now();
    m_amazonConnections->setConnection(demoId, record);
    return m_amazonConnections->save(error);
}

bool SandboxServer::ensureDemoAccount(const QByteArray& signingKey, QString* error)
{
    // The demo password is derived from the signing key instead of stored, so it can be printed at every start
    // while state.json holds only its bcrypt hash. Whoever can read the key can forge any token anyway.
    const QString password = QString::fromLatin1(
        CryptoPrimitives::toBase64Url(
            CryptoPrimitives::hmacSha256(signingKey, QByteArrayLiteral("sellerpulse-sandbox demo password")))
            .left(20));
    AccountRecord* demo = m_state->accountById(m_state->demoAccountId());
    if (demo) {
        if (!m_state->demoHasSandboxPassword())
            return true; // the seller chose their own: nothing to print
        // A new signing key (or a state from a version that stored the password) gets the derived password.
        if (!m_hasher->verify(password, demo->passwordHash)) {
            const QByteArray hash = m_hasher->hash(password);
            if (hash.isEmpty()) {
                *error = tr("bcrypt is not available in libcrypt");
                return false;
            }
            demo->passwordHash = hash;
        }
        m_state->setDemo(demo->id, password);
        return m_state->save(error);
    }
    if (!m_state->demoAccountId().isEmpty() || m_state->accountByEmail(kDemoEmail))
        return true;
    AccountRecord account = AdminRoutes::makeAccount(*m_hasher, kDemoEmail, password, QStringLiteral("Demo Seller"),
                                                     QDateTime::currentDateTimeUtc());
    m_state->accounts().append(account);
    m_state->setDemo(account.id, password);
    return m_state->save(error);
}

HttpReply SandboxServer::handle(HttpRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    static const QRegularExpression requestIdPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QString clientId = QString::fromLatin1(request.header(QByteArrayLiteral("X-Request-Id")));
    request.requestId = requestIdPattern.match(clientId).hasMatch()
                            ? clientId
                            : QStringLiteral("req_") + QString::fromLatin1(CryptoPrimitives::randomToken(12));

    HttpReply reply;
    if (auto tooLarge = JsonBodyValidator::checkSize(request))
        reply = *tooLarge;
    else
        reply = m_router.dispatch(request);
    if (DataRoutes::isDataPath(request.path) || AccountExportRoutes::isDownloadPath(request.path)
        || ((ExpenseRoutes::isListingPath(request.path) || RestockSettingsRoutes::isListingPath(request.path))
            && request.method == "GET"))
        m_faults->apply(&reply, request.requestId, request.path);

    SecurityHeaders::apply(&reply);
    reply.setHeader(QByteArrayLiteral("X-Request-Id"), request.requestId.toLatin1());
    qCInfo(lcSandbox).noquote() << QString::fromLatin1(request.method) << loggablePath(request.path) << reply.status
                                << QStringLiteral("%1ms").arg(timer.elapsed()) << request.requestId;
    return reply;
}

} // namespace sp
