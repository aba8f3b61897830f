// Issue 18 part 1, the client side of the restock settings, against the real sandbox and the real
// SQLCipher cache: the default and a SKU's own setting written online through the client's real path
// (RestockSettingsClient, then ConfirmedRestockSettings into the cache at once), the next sync
// agreeing; a delete's tombstone removes the row at once and by the sync; another computer's changes
// (sent past the cache) arriving by the sync alone; refusals (unknown SKU, out of range, offline)
// with their messages; a hostile page refused whole.
#include "RestockWrites.h"

#include "SandboxProcess.h"
#include "cache/CacheQuery.h"
#include "cache/PageDecoder.h"
#include "cache/ReadConnection.h"
#include "restock/RestockSettingRows.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sp::test {

class TestRestockSettingsSync : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    Client m_client;
    std::unique_ptr<SyncController> m_sync;
    QStringList m_skus;

    CipherDatabase& db() { return ReadConnection::of(*m_sync->query()); }
    // sku ("" for the default) -> "lead/safety"
    QMap<QString, QString> cached()
    {
        QList<RestockSetting> rows;
        if (!RestockSettingRows::readAll(db(), &rows))
            return {{QStringLiteral("error"), db().lastError()}};
        QMap<QString, QString> out;
        for (const RestockSetting& r : std::as_const(rows))
            out.insert(r.sku, QStringLiteral("%1/%2").arg(r.leadTimeDays).arg(r.safetyDays));
        return out;
    }
    RestockWriteOutcome write(const std::function<void(RestockSettingsClient&)>& call)
    {
        return writeRestock(call, m_client.session.get(), m_sync->cache());
    }
    bool sync()
    {
        QString error;
        const bool ok = syncOnce(m_sync.get(), &error);
        if (!ok)
            qWarning() << "sync failed:" << error;
        return ok;
    }

private slots:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.demoOrders = 200;
        options.seed = 18;
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
        CipherDatabase::Statement s = db().prepare("SELECT sku FROM products ORDER BY sku LIMIT 3");
        while (s.step() == CipherDatabase::Statement::Step::Row)
            m_skus.append(s.text(0));
        QCOMPARE(m_skus.size(), 3);
    }

    void nothingSetNothingCached()
    {
        QVERIFY(cached().isEmpty()); // the contract's 30 and 14 apply; nothing is stored
        QCOMPARE(db().scalar("SELECT item_count FROM sync_state WHERE resource = 'restock-settings'", -1), 0);
    }

    void setTheDefaultAndASkuTheCacheFollowsAtOnce()
    {
        const RestockWriteOutcome byDefault = write([](RestockSettingsClient& c) { c.setDefault(21, 7); });
        QVERIFY2(byDefault.error.ok(), qPrintable(byDefault.error.userMessage()));
        QVERIFY2(byDefault.written, qPrintable(byDefault.cacheError));
        QVERIFY(byDefault.stored.value(QStringLiteral("sku")).isNull());
        QCOMPARE(cached().value(QString()), QStringLiteral("21/7")); // before any sync

        const QString sku = m_skus.at(0);
        const RestockWriteOutcome own = write([sku](RestockSettingsClient& c) { c.setSku(sku, 45, 10); });
        QVERIFY2(own.error.ok(), qPrintable(own.error.userMessage()));
        QVERIFY(own.written);
        QCOMPARE(own.stored.value(QStringLiteral("sku")).toString(), sku);
        QCOMPARE(cached().value(sku), QStringLiteral("45/10"));
        const RestockWriteOutcome changed = write([sku](RestockSettingsClient& c) { c.setSku(sku, 60, 0); });
        QVERIFY(changed.written);
        QCOMPARE(cached().value(sku), QStringLiteral("60/0")); // replaced, one row per SKU

        QVERIFY(sync()); // the listing brings the same rows: nothing changes
        const QMap<QString, QString> expected{{QString(), QStringLiteral("21/7")}, {sku, QStringLiteral("60/0")}};
        QCOMPARE(cached(), expected);
        QCOMPARE(db().scalar("SELECT item_count FROM sync_state WHERE resource = 'restock-settings'", -1), 2);
    }

    void deleteLeavesATombstoneTheRowGoes()
    {
        const QString sku = m_skus.at(0);
        const RestockWriteOutcome removed = write([sku](RestockSettingsClient& c) { c.removeSku(sku); });
        QVERIFY2(removed.error.ok(), qPrintable(removed.error.userMessage()));
        QVERIFY(removed.written);
        QVERIFY(!cached().contains(sku)); // at once
        QVERIFY(cached().contains(QString()));
        // The server lists the tombstone; the sync keeps the row away.
        const auto listed =
            listAll(m_client, QStringLiteral("/v1/restock-settings"), QStringLiteral("restock_settings"));
        QVERIFY(listed);
        bool tombstone = false;
        for (const QJsonValue& v : *listed)
            tombstone = tombstone
                        || (v.toObject().value(QStringLiteral("sku")).toString() == sku
                            && v.toObject().value(QStringLiteral("deleted")).toBool());
        QVERIFY(tombstone);
        QVERIFY(sync());
        QVERIFY(!cached().contains(sku));
        // Deleting again: the SKU has no setting of its own any more.
        const RestockWriteOutcome again = write([sku](RestockSettingsClient& c) { c.removeSku(sku); });
        QCOMPARE(again.error.httpStatus, 404);
        QCOMPARE(RestockSettingsClient::messageFor(again.error),
                 QStringLiteral("The server does not know this SKU (or it has no setting of its own). Sync, then "
                                "try again."));
    }

    void anotherComputersChangesArriveByTheSync()
    {
        // Sent past this cache, as another computer would.
        const QString sku = m_skus.at(1);
        const QJsonObject body{{QStringLiteral("lead_time_days"), 12}, {QStringLiteral("safety_days"), 3}};
        auto answer = m_client.authorized("PUT", QStringLiteral("/v1/restock-settings/") + sku, body);
        QVERIFY(answer && answer->error.ok());
        answer = m_client.authorized(
            "PUT", QStringLiteral("/v1/restock-default"),
            QJsonObject{{QStringLiteral("lead_time_days"), 40}, {QStringLiteral("safety_days"), 20}});
        QVERIFY(answer && answer->error.ok());
        QVERIFY(!cached().contains(sku));
        QVERIFY(sync());
        QCOMPARE(cached().value(sku), QStringLiteral("12/3"));
        QCOMPARE(cached().value(QString()), QStringLiteral("40/20"));
        answer = m_client.authorized("DELETE", QStringLiteral("/v1/restock-settings/") + sku);
        QVERIFY(answer && answer->error.ok());
        QVERIFY(sync()); // the tombstone, by the listing alone
        QVERIFY(!cached().contains(sku));
        QCOMPARE(cached().size(), 1);
    }

    void refusalsSayWhy()
    {
        const RestockWriteOutcome unknown =
            write([](RestockSettingsClient& c) { c.setSku(QStringLiteral("NO-SUCH-SKU-18"), 10, 5); });
        QCOMPARE(unknown.error.httpStatus, 404);
        QVERIFY(!unknown.written);
        const RestockWriteOutcome outOfRange = write([](RestockSettingsClient& c) { c.setDefault(0, 5); });
        QCOMPARE(outOfRange.error.kind, ApiError::Kind::Policy); // refused before sending
        QCOMPARE(RestockSettingsClient::messageFor(outOfRange.error),
                 QStringLiteral("Enter a lead time of 1 to 365 days and 0 to 365 safety days."));
        // The server's own check of a value the client would never send.
        const auto raw = m_client.authorized(
            "PUT", QStringLiteral("/v1/restock-default"),
            QJsonObject{{QStringLiteral("lead_time_days"), 366}, {QStringLiteral("safety_days"), 5}});
        QVERIFY(raw);
        QCOMPARE(raw->error.httpStatus, 400);
        QCOMPARE(raw->error.code, QStringLiteral("validation_failed"));
        const RestockWriteOutcome offline =
            writeRestock([](RestockSettingsClient& c) { c.setDefault(10, 5); }, nullptr, m_sync->cache());
        QCOMPARE(RestockSettingsClient::messageFor(offline.error), RestockSettingsClient::offlineMessage());
        QCOMPARE(cached().value(QString()), QStringLiteral("40/20")); // nothing of it reached the cache
    }

    void aHostilePageIsRefusedWhole()
    {
        const QJsonObject good{{QStringLiteral("sku"), QStringLiteral("A-1")},
                               {QStringLiteral("lead_time_days"), 10},
                               {QStringLiteral("safety_days"), 0},
                               {QStringLiteral("deleted"), false},
                               {QStringLiteral("updated_at"), QStringLiteral("2026-12-01T10:00:00Z")}};
        auto decode = [](const QJsonArray& rows, QString* error) {
            DecodedPage page;
            return PageDecoder::decode(QStringLiteral("restock-settings"),
                                       QJsonObject{{QStringLiteral("restock_settings"), rows},
                                                   {QStringLiteral("next_cursor"), QStringLiteral("c")},
                                                   {QStringLiteral("has_more"), false}},
                                       &page, error);
        };
        QString error;
        QVERIFY2(decode({good}, &error), qPrintable(error));
        QJsonObject defaultRow = good;
        defaultRow.insert(QStringLiteral("sku"), QJsonValue::Null);
        QVERIFY(decode({good, defaultRow}, &error));
        const auto with = [&good](const char* key, const QJsonValue& value) {
            QJsonObject o = good;
            o.insert(QLatin1String(key), value);
            return o;
        };
        QJsonObject missing = good;
        missing.remove(QStringLiteral("safety_days"));
        QJsonObject deletedDefault = defaultRow;
        deletedDefault.insert(QStringLiteral("deleted"), true);
        const QList<QJsonArray> hostile{
            {good, with("extra", 1)},
            {missing},
            {with("lead_time_days", 0)},
            {with("lead_time_days", 366)},
            {with("safety_days", -1)},
            {with("safety_days", 2.5)},
            {with("lead_time_days", QStringLiteral("30"))},
            {with("sku", QString())},
            {with("sku", QString(101, QLatin1Char('x')))},
            {with("deleted", 0)},
            {with("updated_at", QStringLiteral("2026-12-01T10:00:00"))}, // no zone
            {deletedDefault},
            {good, good}, // one SKU twice
            {defaultRow, defaultRow},
        };
        for (const QJsonArray& rows : hostile) {
            error.clear();
            QVERIFY2(!decode(rows, &error), QJsonDocument(rows).toJson(QJsonDocument::Compact).constData());
            QVERIFY(!error.isEmpty());
        }
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestRestockSettingsSync)
#include "TestRestockSettingsSync.moc"
