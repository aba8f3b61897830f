#pragma once

#include "MainWindow.h"
#include "SandboxProcess.h"
#include "sync/SyncHost.h"
#include "api/ApiClient.h"
#include "auth/Session.h"
#include "UiHarness.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"
#include "secrets/QtKeychainSecretStore.h"
#include "sync/SyncController.h"

#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>
#include <QTest>

#include <memory>
#include <optional>

namespace sp::test {

// The workspace pages' common setting: a real sandbox with demo data, the app signed in with the
// real keychain (run under scripts/with-keyring.sh), and a complete first sync into the real
// encrypted cache. The pages are then read as the user sees them, and the cache with SQL of the
// test's own as the truth to compare with.
class SyncedWorkspace
{
public:
    static constexpr int kSyncTimeoutMs = 120000;

    bool start(int demoOrders, QString* error)
    {
        // Fixed formatting for the texts compared ("1,234.50 EUR").
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        SandboxProcess::Options options;
        options.demoOrders = demoOrders;
        if (!m_sandbox.start(options, error))
            return false;
        m_harness = std::make_unique<UiHarness>(std::make_unique<QtKeychainSecretStore>(QStringLiteral("SellerPulse")));
        ServerChoice server;
        server.url = m_sandbox.url();
        server.caFile = m_sandbox.certificatePath();
        if (!m_harness->host->useServer(server, error))
            return false;
        m_harness->windows()->signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
        bool failed = false;
        const bool done = QTest::qWaitFor(
            [&] {
                SyncController* sync = m_harness->windows()->syncHost()->controller();
                failed = sync && sync->state() == SyncController::State::Failed;
                return failed
                       || (sync && sync->state() == SyncController::State::Idle && sync->lastSyncedAt().isValid()
                           && sync->query());
            },
            kSyncTimeoutMs);
        if (!done || failed) {
            if (error)
                *error = failed ? sync()->lastError() : QStringLiteral("the first sync did not complete in time");
            return false;
        }
        return true;
    }

    MainWindow* window() const { return m_harness->windows()->mainWindow(); }
    SyncController* sync() const { return m_harness->windows()->syncHost()->controller(); }
    CacheQuery* query() const { return sync()->query(); }
    CacheReader* reader() const { return sync()->reader(); } // what the pages read through
    UiHarness& harness() const { return *m_harness; }
    SandboxProcess& sandbox() { return m_sandbox; }

    // The test's own SQL over the cache: one integer (or -1 on error).
    qint64 scalar(const char* sql, const QStringList& args = {}) const
    {
        CipherDatabase::Statement s = ReadConnection::of(*query()).prepare(sql);
        if (!s.isValid())
            return -1;
        for (int i = 0; i < args.size(); ++i)
            s.bind(i + 1, args.at(i));
        return s.step() == CipherDatabase::Statement::Step::Row ? s.int64(0) : -1;
    }
    // The first column of every row.
    QStringList column(const char* sql, const QStringList& args = {}) const
    {
        QStringList values;
        CipherDatabase::Statement s = ReadConnection::of(*query()).prepare(sql);
        if (!s.isValid())
            return values;
        for (int i = 0; i < args.size(); ++i)
            s.bind(i + 1, args.at(i));
        while (s.step() == CipherDatabase::Statement::Step::Row)
            values << s.text(0);
        return values;
    }

    // The server's answer to an authorized GET (the sandbox's own figures), or nothing.
    std::optional<QJsonObject> get(const QString& path, const QUrlQuery& query = {})
    {
        ApiRequest request;
        request.path = path;
        request.query = query;
        std::optional<ApiResponse> answer;
        m_harness->host->session()->sendAuthorized(request, &m_context,
                                                   [&answer](const ApiResponse& response) { answer = response; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000) || !answer->error.ok()
            || answer->httpStatus != 200)
            return std::nullopt;
        return answer->json;
    }

    // "24.99" or "-3.10" (the API's money) in cents.
    static qint64 cents(const QString& amount)
    {
        const bool negative = amount.startsWith(QLatin1Char('-'));
        const QStringList parts = amount.mid(negative ? 1 : 0).split(QLatin1Char('.'));
        const qint64 value =
            parts.value(0).toLongLong() * 100 + parts.value(1).leftJustified(2, QLatin1Char('0')).toLongLong();
        return negative ? -value : value;
    }

    // The model has shown its answer to the last filter, sort or reload (reads run on the reader thread).
    template <typename Model>
    static bool settled(Model* model)
    {
        return QTest::qWaitFor([model] { return !model->isReading(); }, 30000);
    }
    // The model holds `row`, asked for as a view would (data()) until its page arrived.
    template <typename Model>
    static bool rowArrived(Model* model, int row)
    {
        return settled(model)
               && QTest::qWaitFor(
                   [model, row] {
                       model->index(row, 0).data();
                       return model->hasRow(row);
                   },
                   30000);
    }

    template <typename T>
    static T* child(QObject* parent, const char* name)
    {
        auto* object = parent->findChild<T*>(QLatin1String(name));
        if (!object)
            qWarning("no child %s", name);
        return object;
    }

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<UiHarness> m_harness;
    QObject m_context; // the callbacks' context
};

} // namespace sp::test
