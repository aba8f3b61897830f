#pragma once

#include "AccessGuard.h"
#include "AccountDeletionRoutes.h"
#include "AccountExportRoutes.h"
#include "AccountRoutes.h"
#include "AdminRoutes.h"
#include "AmazonConnectionStore.h"
#include "AmazonRoutes.h"
#include "AuthRoutes.h"
#include "BusinessRegistry.h"
#include "DataRoutes.h"
#include "ExchangeRateRoutes.h"
#include "ExpenseBook.h"
#include "ExpenseRoutes.h"
#include "FaultInjector.h"
#include "ListingCursor.h"
#include "MetricsRoutes.h"
#include "HttpServerAdapter.h"
#include "JwtSigner.h"
#include "PasswordHasher.h"
#include "PermissionRoutes.h"
#include "RestockSettingsBook.h"
#include "RestockSettingsRoutes.h"
#include "RateLimiter.h"
#include "RouteServices.h"
#include "Router.h"
#include "SandboxOptions.h"
#include "SecretVault.h"
#include "SellerCentralRoutes.h"
#include "StateStore.h"
#include "TlsIdentity.h"
#include "TokenIssuer.h"
#include "UnitCostBook.h"
#include "UnitCostRoutes.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace sp {

// Wires the sandbox together: state, keys, routes, and the HTTP(S) listener on 127.0.0.1.
// Every reply gets the request id and the security headers here, in one place, and one log line.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    SandboxServer(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads or creates state, keys and certificate, then listens. Prints nothing.
    bool start(QString* error);

    QUrl url() const { return m_url; }
    QString certificatePath() const;
    QByteArray adminToken() const { return m_adminToken; }
    QString demoEmail() const;
    QString demoPassword() const { return m_state ? m_state->demoPassword() : QString(); }

private:
    HttpReply handle(HttpRequest& request);
    bool ensureDemoAccount(const QByteArray& signingKey, QString* error);
    bool connectAsInBundle(QString* error);
    bool startAccountDataServices(const QByteArray& signingKey, QString* error);

    SandboxOptions m_options;
    QByteArray m_adminToken;
    QUrl m_url;
    TlsIdentity m_tls;
    std::unique_ptr<StateStore> m_state;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::unique_ptr<JwtSigner> m_signer;
    std::unique_ptr<RateLimiter> m_limiter;
    std::unique_ptr<TokenIssuer> m_issuer;
    std::unique_ptr<AccessGuard> m_guard;
    std::unique_ptr<RouteServices> m_services;
    std::unique_ptr<AuthRoutes> m_authRoutes;
    std::unique_ptr<AccountRoutes> m_accountRoutes;
    std::unique_ptr<AdminRoutes> m_adminRoutes;
    // Issue 5: the Amazon connection (consent flow, encrypted token vault), permissions, exports, deletion.
    std::unique_ptr<AmazonConnectionStore> m_amazonConnections;
    std::unique_ptr<SecretVault> m_amazonTokens;
    std::unique_ptr<PermissionStore> m_permissions;
    std::unique_ptr<SellerCentralEmulation> m_sellerCentral;
    std::unique_ptr<SellerCentralRoutes> m_sellerCentralRoutes;
    std::unique_ptr<AmazonRoutes> m_amazonRoutes;
    std::unique_ptr<PermissionRoutes> m_permissionRoutes;
    std::unique_ptr<AccountExportRoutes> m_exportRoutes;
    std::unique_ptr<AccountDeletionRoutes> m_deletionRoutes;
    std::unique_ptr<BusinessRegistry> m_registry;
    std::unique_ptr<ListingCursor> m_cursors;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<DataRoutes> m_dataRoutes;
    std::unique_ptr<UnitCostBook> m_unitCosts;
    std::unique_ptr<UnitCostRoutes> m_unitCostRoutes;
    std::unique_ptr<ExpenseBook> m_expenses;
    std::unique_ptr<ExpenseRoutes> m_expenseRoutes;
    std::unique_ptr<RestockSettingsBook> m_restockSettings;
    std::unique_ptr<RestockSettingsRoutes> m_restockRoutes;
    std::unique_ptr<MetricsRoutes> m_metricsRoutes;
    std::unique_ptr<ExchangeRateRoutes> m_rateRoutes;
    Router m_router;
    HttpServerAdapter* m_http = nullptr;
};

} // namespace sp
