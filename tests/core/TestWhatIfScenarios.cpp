// Issue 18 part 4: the what-if's scenarios never leave the computer. Against the real sandbox, the
// real SQLCipher cache and the real keychain (scripts/with-keyring.sh): a scenario with a distinctive
// name and values is saved through the cache's writer; it is then found nowhere in plain form: not in
// any file under the profile folder (the cache file is encrypted), not in the sandbox's data folder or
// its log of requests, not in the app's log, not in any request the app sent (none is sent by a save,
// a load or a delete). Reopened with a new controller (the key from the keychain), it is there; the
// page's reader sees it; deleted, it is gone. The history of a synced business projects with zero
// change to the baseline exactly.
#include "SyncHarness.h"

#include "SandboxProcess.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"
#include "cache/ReadConnection.h"
#include "support/CacheSummary.h"
#include "sync/SyncController.h"
#include "whatif/WhatIfQuery.h"
#include "whatif/WhatIfScenarios.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkReply>

namespace sp::test {

namespace {

QMutex g_logMutex;
QStringList g_log;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_logMutex);
    g_log.append(QLatin1String(context.category ? context.category : "") + QLatin1Char(' ') + message);
}

// Distinctive: found by chance nowhere.
const QString kName = QStringLiteral("Sommerpreis Zitronen-Ω 7Q4X whatif");

WhatIfScenario distinctive(const QStringList& skus)
{
    WhatIfScenario s;
    s.name = kName;
    s.skus = skus;
    s.currency = QStringLiteral("EUR");
    s.priceKind = WhatIfScenario::PriceChange::Percent;
    s.priceChange = 1357;      // +13.57 %
    s.unitCostCents = 8642097; // 86,420.97
    s.advertisingChangeCents = 7531864;
    s.fbaFeeChangeCents = 246813;
    s.elasticityHundredths = 193;
    s.savedAt = QDateTime(QDate(2026, 12, 7), QTime(3, 4, 5), Qt::UTC);
    return s;
}

// The ways a name or value could sit in a file in plain form.
QList<QByteArray> needles()
{
    QList<QByteArray> out{kName.toUtf8(),
                          QByteArray(reinterpret_cast<const char*>(kName.utf16()), kName.size() * 2),
                          QByteArrayLiteral("Zitronen"),
                          QByteArrayLiteral("7Q4X"),
                          QByteArrayLiteral("8642097"),
                          QByteArrayLiteral("86420.97"),
                          QByteArrayLiteral("7531864"),
                          QByteArrayLiteral("75318.64"),
                          QByteArrayLiteral("246813"),
                          QByteArrayLiteral("2468.13")};
    return out;
}

// Every file under `dir` holding any needle, as "file: needle".
QStringList filesHolding(const QString& dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(file.fileName() + QStringLiteral(": unreadable"));
            continue;
        }
        const QByteArray bytes = file.readAll();
        for (const QByteArray& needle : needles())
            if (bytes.contains(needle))
                found.append(file.fileName() + QStringLiteral(": ") + QString::fromUtf8(needle));
    }
    return found;
}

QStringList textsHolding(const QStringList& texts)
{
    QStringList found;
    for (const QString& text : texts)
        for (const QByteArray& needle : needles())
            if (text.toUtf8().contains(needle))
                found.append(text.left(200));
    return found;
}

} // namespace

class TestWhatIfScenarios : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    Client m_client;
    std::unique_ptr<SyncController> m_sync;
    QStringList m_requests; // every request the app sent: method, URL, headers

    bool openAndSync()
    {
        m_sync = std::make_unique<SyncController>(m_client.session.get(), &m_client.keychain, &*m_client.profile,
                                                  &m_client.clock);
        m_sync->setRetryBudgetMs(3000);
        m_sync->setRetryBaseDelayMs(20);
        QSignalSpy finished(m_sync.get(), &SyncController::syncFinished);
        m_sync->open();
        return finished.wait(120000) && finished.first().at(0).toBool();
    }
    QStringList skus()
    {
        QStringList out;
        for (const auto& [sku, title] : WhatIfQuery(*m_sync->query()).choices().products)
            out.append(sku);
        return out;
    }
    QList<WhatIfScenario> saved()
    {
        const WhatIfQuery::Choices read = WhatIfQuery(*m_sync->query()).scenarios();
        if (!read.error.isEmpty())
            qWarning() << read.error;
        return read.scenarios;
    }
    // save() or remove(), waiting for the writer's answer; the requests the app sent meanwhile.
    bool write(const std::function<void(WhatIfScenarios&)>& call, int* requestsSent)
    {
        WhatIfScenarios scenarios;
        scenarios.setCache(m_sync->cache());
        QSignalSpy saved(&scenarios, &WhatIfScenarios::saved);
        QSignalSpy removed(&scenarios, &WhatIfScenarios::removed);
        QSignalSpy failed(&scenarios, &WhatIfScenarios::failed);
        const qsizetype before = m_requests.size();
        call(scenarios);
        if (!QTest::qWaitFor([&] { return saved.size() + removed.size() + failed.size() > 0; }, 30000))
            return false;
        *requestsSent = int(m_requests.size() - before);
        if (!failed.isEmpty())
            qWarning() << failed.first().at(0).toString();
        return failed.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        qInstallMessageHandler(captureMessage);
        SandboxProcess::Options options;
        options.demoOrders = 300;
        options.seed = 18;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        QVERIFY(m_client.init(m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates()));
        connect(&m_client.nam, &QNetworkAccessManager::finished, this, [this](QNetworkReply* reply) {
            QStringList request{
                QString::fromLatin1(reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray()),
                reply->url().toString()};
            for (const QByteArray& header : reply->request().rawHeaderList())
                request.append(QString::fromUtf8(header + ": " + reply->request().rawHeader(header)));
            m_requests.append(request.join(QLatin1Char(' ')));
        });
        QVERIFY(m_client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        QVERIFY(openAndSync());
        QVERIFY(!skus().isEmpty());
    }

    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void zeroChangeOnTheSyncedHistoryIsTheBaseline()
    {
        const QStringList all = skus();
        const WhatIfQuery::History read = WhatIfQuery(*m_sync->query()).history(all, m_client.clock.nowUtc().date());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QVERIFY(!read.currencies.isEmpty());
        qint64 units = 0;
        for (const WhatIfCurrencyProjection& p : WhatIfProjection::project(read.currencies, WhatIfScenario())) {
            QCOMPARE(p.scenario, p.baseline);
            units += p.baseline.units;
        }
        QVERIFY(units > 0); // the demo business sold in the last 90 days
        // A changed scenario differs.
        WhatIfScenario higher;
        higher.priceKind = WhatIfScenario::PriceChange::Percent;
        higher.priceChange = 1000;
        QVERIFY(WhatIfProjection::project(read.currencies, higher).first().scenario
                != WhatIfProjection::project(read.currencies, higher).first().baseline);
    }

    void savedOnlyInTheEncryptedCache()
    {
        const WhatIfScenario scenario = distinctive(skus().mid(0, 2));
        int sent = -1;
        QVERIFY(write([&](WhatIfScenarios& s) { s.save(scenario); }, &sent));
        QCOMPARE(sent, 0); // a save sends nothing
        QCOMPARE(saved().size(), 1);
        QCOMPARE(saved().first(), scenario);
        QCOMPARE(saved().first().savedAt, scenario.savedAt);
        // The page's path: the cache's reader, off this thread.
        std::optional<QList<WhatIfScenario>> read;
        QObject context;
        m_sync->reader()->read<WhatIfQuery::Choices>(
            &context, QStringLiteral("test"), [](const CacheQuery& q) { return WhatIfQuery(q).choices(); },
            [&read](WhatIfQuery::Choices c) { read = c.scenarios; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->first(), scenario);

        // A sync after the save: it sends nothing of the scenario either.
        QSignalSpy finished(m_sync.get(), &SyncController::syncFinished);
        m_sync->syncNow();
        QVERIFY(finished.wait(120000));
        QVERIFY(!m_requests.isEmpty());

        // The search itself finds a plain copy (a control).
        QTemporaryDir control;
        QFile plain(control.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("name=" + kName.toUtf8() + "; cost=86420.97");
        plain.close();
        QCOMPARE(filesHolding(control.path()).size(), 4); // the name, two parts of it, the cost

        const QString profileDir = m_client.dir.path(); // the profile folder and everything beside it
        QStringList dbFiles;
        QDirIterator it(profileDir, {QStringLiteral("cache.db")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            dbFiles.append(it.next());
        QCOMPARE(dbFiles.size(), 1);
        QFile db(dbFiles.first());
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.read(16).startsWith("SQLite format 3")); // encrypted from its first page
        QVERIFY2(filesHolding(profileDir).isEmpty(), qPrintable(filesHolding(profileDir).join(QLatin1Char('\n'))));
        QVERIFY2(filesHolding(m_sandbox.dataDir()).isEmpty(),
                 qPrintable(filesHolding(m_sandbox.dataDir()).join(QLatin1Char('\n'))));
        QVERIFY2(textsHolding({m_sandbox.capturedStderr()}).isEmpty(), "the sandbox's log names the scenario");
        QVERIFY2(textsHolding(m_requests).isEmpty(), "a request names the scenario");
        // A support bundle's summary of the cache: the table's shape (rows, saved days), nothing of the scenario.
        const QJsonObject summary = CacheSummary::read(ReadConnection::of(*m_sync->query()));
        QCOMPARE(summary.value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("whatif_scenarios"))
                     .toObject()
                     .value(QStringLiteral("rows"))
                     .toInt(),
                 1);
        QVERIFY(textsHolding({QString::fromUtf8(QJsonDocument(summary).toJson())}).isEmpty());
        QMutexLocker lock(&g_logMutex);
        QVERIFY(!g_log.isEmpty());
        QVERIFY2(textsHolding(g_log).isEmpty(), qPrintable(textsHolding(g_log).join(QLatin1Char('\n'))));
    }

    void reopenedItIsThereAndDeletedItIsGone()
    {
        m_sync.reset(); // closes the cache
        QVERIFY(openAndSync());
        QCOMPARE(saved().size(), 1);
        const WhatIfScenario again = saved().first();
        QCOMPARE(again, distinctive(again.skus));
        QVERIFY(again.unitCostCents.has_value());

        // Saved again under the same name: replaced, not doubled; a second one beside it.
        WhatIfScenario changed = again;
        changed.unitCostCents.reset();
        changed.priceKind = WhatIfScenario::PriceChange::Amount;
        changed.priceChange = -150;
        int sent = -1;
        QVERIFY(write([&](WhatIfScenarios& s) { s.save(changed); }, &sent));
        WhatIfScenario second = changed;
        second.name = QStringLiteral("Second");
        QVERIFY(write([&](WhatIfScenarios& s) { s.save(second); }, &sent));
        QCOMPARE(saved().size(), 2);
        QCOMPARE(saved().at(1), changed); // by name: "Second" first
        QVERIFY(!saved().at(1).unitCostCents.has_value());

        QVERIFY(write([](WhatIfScenarios& s) { s.remove(kName); }, &sent));
        QCOMPARE(sent, 0);
        QCOMPARE(saved().size(), 1);
        QCOMPARE(saved().first().name, QStringLiteral("Second"));

        // Refused before the writer: no name, no SKU; and a closed cache says so.
        WhatIfScenarios scenarios;
        scenarios.setCache(m_sync->cache());
        QSignalSpy failed(&scenarios, &WhatIfScenarios::failed);
        WhatIfScenario nameless = second;
        nameless.name = QStringLiteral("  ");
        scenarios.save(nameless);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("Enter a name for the scenario."));
        scenarios.setCache(nullptr);
        scenarios.save(second);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.last().at(0).toString(), QStringLiteral("The offline cache is not open."));
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestWhatIfScenarios)
#include "TestWhatIfScenarios.moc"
