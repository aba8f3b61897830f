// Issue 17 part 3, the client side of expenses, against the real sandbox and the real SQLCipher
// cache: the demo expenses synced; create, edit and delete online through the client's real write
// path (ExpenseClient, then ConfirmedExpenses into the cache at once), the next sync agreeing;
// offline writes refused with the clear message; a hostile page refused whole; and net profit with
// expenses equal to a hand computation (from the server's listing with the occurrence rule, and a
// fixed case written out by hand); another computer's changes arriving by the sync alone.
#include "SyncHarness.h"

#include "SandboxProcess.h"
#include "cache/CacheQuery.h"
#include "cache/PageDecoder.h"
#include "cache/ReadConnection.h"
#include "expenses/ConfirmedExpenses.h"
#include "expenses/ExpenseClient.h"
#include "expenses/ExpenseDecoding.h"
#include "expenses/ExpenseOccurrences.h"
#include "expenses/ExpenseRows.h"
#include "expenses/ExpensesQuery.h"
#include "reports/ReportBuilder.h"
#include "reports/SummarySql.h"
#include "sync/SyncController.h"

#include <QJsonArray>
#include <QTemporaryDir>

namespace sp::test {

namespace {

struct Outcome
{
    ApiError error;
    QJsonObject stored;
    bool written = false;
    QString cacheError;
};

} // namespace

class TestExpenses : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    Client m_client;
    std::unique_ptr<SyncController> m_sync;

    CipherDatabase& db() { return ReadConnection::of(*m_sync->query()); }
    QMap<QString, ExpenseRecord> cached()
    {
        QList<ExpenseRecord> rows;
        ExpenseRows::readAll(db(), &rows);
        QMap<QString, ExpenseRecord> byId;
        for (const ExpenseRecord& e : std::as_const(rows))
            byId.insert(e.id, e);
        return byId;
    }
    // The server's live expenses, decoded with the client's own strict checks.
    QList<ExpenseRecord> serverExpenses()
    {
        QList<ExpenseRecord> live;
        const auto listed = listAll(m_client, QStringLiteral("/v1/expenses"), QStringLiteral("expenses"));
        if (!listed)
            return live;
        QMap<QString, ExpenseRecord> latest; // a row comes again after a change: the latest wins
        for (const QJsonValue& value : *listed) {
            ExpenseRecord e;
            QString error;
            if (!ExpenseDecoding::decode(value.toObject(), &e, &error))
                qWarning() << "undecodable expense:" << error;
            latest.insert(e.id, e);
        }
        for (const ExpenseRecord& e : std::as_const(latest))
            if (!e.deleted)
                live.append(e);
        return live;
    }
    bool sync()
    {
        QSignalSpy finished(m_sync.get(), &SyncController::syncFinished);
        m_sync->syncNow();
        return finished.wait(120000) && finished.last().at(0).toBool();
    }
    // One write through the real path: the server, then the cache at once.
    Outcome write(const std::function<void(ExpenseClient&)>& call, Session* session)
    {
        Outcome out;
        ExpenseClient client(session);
        ConfirmedExpenses confirmed;
        confirmed.setCache(m_sync->cache());
        bool done = false, cacheDone = false;
        connect(&client, &ExpenseClient::stored, &confirmed, [&](const QJsonObject& stored) {
            out.stored = stored;
            confirmed.write(stored);
        });
        connect(&client, &ExpenseClient::finished, this, [&](const ApiError& error) {
            out.error = error;
            done = true;
            cacheDone = cacheDone || !error.ok();
        });
        connect(&confirmed, &ConfirmedExpenses::written, this, [&] { out.written = cacheDone = true; });
        connect(&confirmed, &ConfirmedExpenses::failed, this, [&](const QString& e) {
            out.cacheError = e;
            cacheDone = true;
        });
        call(client);
        if (!QTest::qWaitFor([&] { return done && cacheDone; }, 30000))
            out.cacheError = QStringLiteral("no answer");
        return out;
    }
    static ExpenseRecord draft()
    {
        ExpenseRecord e;
        e.description = QStringLiteral("Lagermiete Köln 🏭");
        e.category = QStringLiteral("warehouse");
        e.amountCents = 45000;
        e.currency = QStringLiteral("EUR");
        e.recurrence = QStringLiteral("monthly");
        e.startsOn = QDate(2026, 1, 31);
        return e;
    }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.demoOrders = 200;
        options.seed = 17;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QVERIFY(m_client.init(m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates()));
        QVERIFY(m_client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        m_sync = std::make_unique<SyncController>(m_client.session.get(), &m_client.keychain, &*m_client.profile,
                                                  &m_client.clock);
        m_sync->setRetryBudgetMs(3000);
        m_sync->setRetryBaseDelayMs(20);
        QSignalSpy finished(m_sync.get(), &SyncController::syncFinished);
        m_sync->open();
        QVERIFY(finished.wait(120000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    }

    void theDemoExpensesAreSynced()
    {
        const QList<ExpenseRecord> server = serverExpenses();
        QCOMPARE(server.size(), 3);
        const auto cache = cached();
        QCOMPARE(cache.size(), 3);
        for (const ExpenseRecord& e : server) {
            QVERIFY(cache.contains(e.id));
            const ExpenseRecord& c = cache[e.id];
            QCOMPARE(c.description, e.description);
            QCOMPARE(c.amountCents, e.amountCents);
            QCOMPARE(c.currency, e.currency);
            QCOMPARE(c.recurrence, e.recurrence);
            QCOMPARE(c.startsOn, e.startsOn);
            QCOMPARE(c.endsOn, e.endsOn);
            QCOMPARE(c.marketplaceId, e.marketplaceId);
            QCOMPARE(c.sku, e.sku);
        }
        // The page's read for the view: every row, with its marketplace's name where it has one.
        const ExpensesQuery::Result read = ExpensesQuery(*m_sync->query()).load();
        QVERIFY(read.error.isEmpty());
        QCOMPARE(read.rows.size(), 3);
        QVERIFY(!read.marketplaces.isEmpty());
    }

    void createEditDeleteOnlineTheCacheFollows()
    {
        const Outcome created = write([](ExpenseClient& c) { c.create(draft()); }, m_client.session.get());
        QVERIFY2(created.error.ok(), qPrintable(created.error.userMessage()));
        QVERIFY2(created.written, qPrintable(created.cacheError));
        const QString id = created.stored.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(cached().value(id).description, draft().description); // at once, before any sync
        QCOMPARE(cached().value(id).amountCents, 45000);

        ExpenseRecord edited = cached().value(id);
        edited.amountCents = 47500;
        edited.endsOn = QDate(2026, 6, 30);
        const Outcome replaced = write([edited](ExpenseClient& c) { c.replace(edited); }, m_client.session.get());
        QVERIFY2(replaced.error.ok(), qPrintable(replaced.error.userMessage()));
        QVERIFY(replaced.written);
        QCOMPARE(cached().value(id).amountCents, 47500);
        QCOMPARE(cached().value(id).endsOn, QDate(2026, 6, 30));
        QVERIFY(sync()); // the listing brings the same row: nothing changes
        QCOMPARE(cached().value(id).amountCents, 47500);
        QCOMPARE(cached().size(), 4);

        const ExpenseRecord known = cached().value(id);
        const Outcome removed = write([known](ExpenseClient& c) { c.remove(known); }, m_client.session.get());
        QVERIFY2(removed.error.ok(), qPrintable(removed.error.userMessage()));
        QVERIFY(removed.written);
        QVERIFY(!cached().contains(id)); // the tombstone removed it at once
        QVERIFY(sync());                 // and the listing's tombstone keeps it away
        QVERIFY(!cached().contains(id));
        QCOMPARE(cached().size(), 3);
        QCOMPARE(serverExpenses().size(), 3);
    }

    // Another computer's writes reach this cache by the sync alone: a created, a replaced and a
    // deleted expense (its tombstone removes the row), from the cursor of the previous sync.
    void anotherComputersChangesArriveByTheSync()
    {
        const auto created =
            m_client.authorized("POST", QStringLiteral("/v1/expenses"), ExpenseClient::requestBody(draft()));
        QVERIFY(created && created->error.ok() && created->httpStatus == 201);
        const QString id = created->json.value(QStringLiteral("id")).toString();
        QVERIFY(!cached().contains(id));
        QVERIFY(sync());
        QCOMPARE(cached().value(id).amountCents, 45000);
        ExpenseRecord changed = draft();
        changed.amountCents = 100;
        changed.recurrence = QStringLiteral("yearly");
        const auto replaced =
            m_client.authorized("PUT", QStringLiteral("/v1/expenses/") + id, ExpenseClient::requestBody(changed));
        QVERIFY(replaced && replaced->error.ok());
        QVERIFY(sync());
        QCOMPARE(cached().value(id).amountCents, 100);
        QCOMPARE(cached().value(id).recurrence, QStringLiteral("yearly"));
        const auto deleted = m_client.authorized("DELETE", QStringLiteral("/v1/expenses/") + id);
        QVERIFY(deleted && deleted->error.ok() && deleted->httpStatus == 204);
        QVERIFY(cached().contains(id));
        QVERIFY(sync());
        QVERIFY(!cached().contains(id));
        QCOMPARE(cached().size(), 3);
    }

    void refusedWritesAreExplainedAndChangeNothing()
    {
        ExpenseRecord bad = draft();
        bad.sku = QStringLiteral("NO-SUCH-SKU-123");
        bad.endsOn = QDate(2025, 1, 1); // before starts_on
        const Outcome refused = write([bad](ExpenseClient& c) { c.create(bad); }, m_client.session.get());
        QCOMPARE(refused.error.code, QStringLiteral("validation_failed"));
        QVERIFY2(refused.error.fields.contains(QStringLiteral("sku")),
                 qPrintable(refused.error.fields.join(QLatin1Char(','))));
        QVERIFY(refused.error.fields.contains(QStringLiteral("ends_on")));
        QVERIFY(ExpenseClient::messageFor(refused.error).contains(QStringLiteral("sku")));
        QCOMPARE(cached().size(), 3);

        // Offline (no session): refused without a request, with the clear message.
        const Outcome offline = write([](ExpenseClient& c) { c.create(draft()); }, nullptr);
        QVERIFY(!offline.error.ok());
        QCOMPARE(ExpenseClient::messageFor(offline.error),
                 QStringLiteral("Expenses can be changed when SellerPulse is online; you are offline."));
        QCOMPARE(cached().size(), 3);
    }

    void aHostilePageIsRefusedWhole()
    {
        ExpenseRecord good = draft();
        good.id = QStringLiteral("exp_1");
        QJsonObject row = ExpenseClient::requestBody(good);
        row.insert(QStringLiteral("id"), good.id);
        row.insert(QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z"));
        row.insert(QStringLiteral("updated_at"), QStringLiteral("2026-01-01T00:00:00Z"));
        row.insert(QStringLiteral("deleted"), false);
        auto page = [](const QJsonArray& rows) {
            return QJsonObject{{QStringLiteral("expenses"), rows},
                               {QStringLiteral("next_cursor"), QStringLiteral("c")},
                               {QStringLiteral("has_more"), false}};
        };
        DecodedPage decoded;
        QString error;
        QVERIFY2(PageDecoder::decode(QStringLiteral("expenses"), page({row}), &decoded, &error), qPrintable(error));
        QCOMPARE(decoded.expenses.size(), 1);
        const QList<std::pair<const char*, QJsonValue>> hostile = {
            {"amount_cents", 0},
            {"amount_cents", 1.5},
            {"amount_cents", QStringLiteral("100")},
            {"amount_cents", 1e15},
            {"currency", QStringLiteral("eur")},
            {"recurrence", QStringLiteral("weekly")},
            {"category", QStringLiteral("fun")},
            {"starts_on", QStringLiteral("2026-02-30")},
            {"ends_on", QStringLiteral("2025-12-31")},
            {"id", QStringLiteral("../../x")},
            {"description", QStringLiteral("bell\u0007")},
            {"description", QStringLiteral("   ")},
            {"deleted", QStringLiteral("yes")},
            {"unexpected", 1},
        };
        for (const auto& [key, value] : hostile) {
            QJsonObject badRow = row;
            badRow.insert(QLatin1String(key), value);
            DecodedPage refused;
            QString why;
            QVERIFY2(!PageDecoder::decode(QStringLiteral("expenses"), page({row, badRow}), &refused, &why), key);
            QVERIFY(!why.isEmpty());
        }
        QJsonObject missing = row;
        missing.remove(QStringLiteral("sku"));
        QVERIFY(!PageDecoder::decode(QStringLiteral("expenses"), page({missing}), &decoded, &error));
        QVERIFY(!PageDecoder::decode(QStringLiteral("expenses"), page({row, row}), &decoded, &error)); // twice
    }

    // The test: net profit with expenses equals a hand computation.
    void netProfitWithExpensesEqualsAHandComputation()
    {
        // 1. A fixed case written out by hand, in a year and currency without any sale: a monthly
        // 10.00 CHF from 31 January 2001 to 15 June 2001 books on 31 Jan, 28 Feb, 31 Mar, 30 Apr
        // and 31 May (five times: 50.00); a once 2.50 CHF on 29 February 2000 is outside 2001.
        ExpenseRecord rent = draft();
        rent.currency = QStringLiteral("CHF");
        rent.amountCents = 1000;
        rent.startsOn = QDate(2001, 1, 31);
        rent.endsOn = QDate(2001, 6, 15);
        ExpenseRecord once = rent;
        once.recurrence = QStringLiteral("once");
        once.amountCents = 250;
        once.startsOn = once.endsOn = QDate(2000, 2, 29);
        for (const ExpenseRecord& e : {rent, once})
            QVERIFY(write([e](ExpenseClient& c) { c.create(e); }, m_client.session.get()).written);
        const DashboardFilter year2001{{QDate(2001, 1, 1), QDate(2001, 12, 31)}, {}};
        QList<CurrencyTotals> totals;
        QVERIFY(SummarySql::totals(db(), year2001, &totals));
        const auto chf = std::find_if(totals.cbegin(), totals.cend(),
                                      [](const CurrencyTotals& t) { return t.currency == QLatin1String("CHF"); });
        QVERIFY(chf != totals.cend());
        QCOMPARE(chf->expensesCents, 5000);
        QCOMPARE(chf->netProfitCents, -5000);
        // The P&L by month: its own column, five months with -10.00 each.
        ReportBuilder builder(*m_sync->query());
        const ReportTable pnl = builder.build(ReportKind::ProfitAndLoss, year2001, QDate(2026, 12, 1));
        QVERIFY(builder.lastError().isEmpty());
        int expensesColumn = -1, netColumn = -1;
        for (int i = 0; i < pnl.columns.size(); ++i) {
            if (pnl.columns.at(i).key == QLatin1String("other_expenses"))
                expensesColumn = i;
            if (pnl.columns.at(i).key == QLatin1String("net_profit"))
                netColumn = i;
        }
        QVERIFY(expensesColumn >= 0 && netColumn == expensesColumn + 1);
        QStringList months;
        for (const QVariantList& r : pnl.rows) {
            if (r.at(1).toString() == QLatin1String("CHF")) {
                months.append(r.at(0).toString());
                QCOMPARE(r.at(expensesColumn).toLongLong(), 1000);
                QCOMPARE(r.at(netColumn).toLongLong(), -1000);
            }
        }
        QCOMPARE(months.join(QLatin1Char(' ')), QStringLiteral("2001-01 2001-02 2001-03 2001-04 2001-05"));

        // 2. The demo business over its last 90 days: net profit before expenses from the summaries,
        // less each currency's occurrences of the server's listed expenses (the contract's rule).
        const QDate today = m_client.clock.nowUtc().date();
        QString scoped; // the demo's packaging order belongs to one marketplace
        for (const ExpenseRecord& e : serverExpenses())
            scoped = e.marketplaceId.isEmpty() ? scoped : e.marketplaceId;
        QVERIFY(!scoped.isEmpty());
        for (const QStringList& markets : {QStringList(), QStringList{scoped}, QStringList{QStringLiteral("ZZ0")}}) {
            const DashboardFilter filter{{today.addDays(-89), today}, markets};
            QMap<QString, qint64> expected;
            for (const ExpenseRecord& e : serverExpenses()) {
                if (ExpenseOccurrences::inScope(e, markets))
                    expected[e.currency] += e.amountCents * ExpenseOccurrences::within(e, filter.period).size();
            }
            QVERIFY(SummarySql::totals(db(), filter, &totals));
            qint64 seen = 0;
            for (const CurrencyTotals& t : std::as_const(totals)) {
                QCOMPARE(t.expensesCents, expected.value(t.currency));
                const qint64 before = t.revenueCents - t.amazonFeesCents - t.refundsCents - t.advertisingCents
                                      + t.reimbursementsCents - t.cogsCents;
                QCOMPARE(t.netProfitCents, before - expected.value(t.currency));
                seen += t.expensesCents;
            }
            qint64 all = 0;
            for (qint64 v : std::as_const(expected))
                all += v;
            QCOMPARE(seen, all); // every currency of an expense has its line
            if (markets.isEmpty())
                QVERIFY2(all > 0, "the demo expenses occur in the last 90 days");
        }
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestExpenses)
#include "TestExpenses.moc"
