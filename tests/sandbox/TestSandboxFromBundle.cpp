// sellerpulse-sandbox --from-bundle FILE: the demo account's generated data takes the bundle's shape
// (marketplaces and so currencies, order and product counts, the span of order dates, the Amazon
// connection); a file that is not a bundle stops the sandbox with a reason. Talks HTTP directly (no core).
#include "DataListing.h"
#include "SandboxHttpClient.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace sp::test {

namespace {

const QString kGermany = QStringLiteral("A1PA6795UKMFR9");
const QString kUk = QStringLiteral("A1F83G8C2ARO7P");
const QString kFrance = QStringLiteral("A13V1IB3VIYZZH");

// A bundle as the app writes it, reduced to the two files the sandbox reads.
bool writeBundle(const QString& path, const QJsonObject& cacheSummary, const QJsonObject& connection)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("summary.txt"), "SellerPulse support bundle\n"},
        {QStringLiteral("cache-summary.json"), QJsonDocument(cacheSummary).toJson()},
        {QStringLiteral("connection.json"), QJsonDocument(connection).toJson()}};
    for (const auto& [name, content] : files) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)) || file.write(content) != content.size())
            return false;
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QJsonObject marketplace(const QString& id, const char* country, const char* currency, const char* region)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("country_code"), QLatin1String(country)},
                       {QStringLiteral("currency"), QLatin1String(currency)},
                       {QStringLiteral("region"), QLatin1String(region)}};
}

} // namespace

class TestSandboxFromBundle : public QObject
{
    Q_OBJECT

private slots:
    void dataHasTheBundlesShape()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.zip"));
        const QJsonObject cache{
            {QStringLiteral("schema_version"), 4},
            {QStringLiteral("tables"),
             QJsonObject{
                 {QStringLiteral("orders"),
                  QJsonObject{
                      {QStringLiteral("rows"), 260},
                      {QStringLiteral("date_spans"),
                       QJsonObject{{QStringLiteral("purchase_date"),
                                    QJsonObject{{QStringLiteral("first"), QStringLiteral("2026-05-01T08:00:00Z")},
                                                {QStringLiteral("last"), QStringLiteral("2026-08-08T20:00:00Z")}}}}}}},
                 {QStringLiteral("products"), QJsonObject{{QStringLiteral("rows"), 42}}}}},
            {QStringLiteral("marketplaces"),
             QJsonArray{marketplace(kGermany, "DE", "EUR", "eu"), marketplace(kUk, "GB", "GBP", "eu"),
                        marketplace(kFrance, "FR", "EUR", "eu")}},
            {QStringLiteral("currencies"), QJsonArray{QStringLiteral("EUR"), QStringLiteral("GBP")}}};
        const QJsonObject connection{{QStringLiteral("amazon"),
                                      QJsonObject{{QStringLiteral("connected"), QStringLiteral("yes (data synced)")}}}};
        QVERIFY(writeBundle(path, cache, connection));

        SandboxProcess sandbox;
        SandboxProcess::Options options;
        options.extraArgs = {QStringLiteral("--from-bundle"), path};
        QString error;
        QVERIFY2(sandbox.start(options, &error), qPrintable(error));
        SandboxHttpClient client(sandbox);
        const QByteArray bearer = client.login(sandbox.demoEmail(), sandbox.demoPassword())
                                      .value(QStringLiteral("access_token"))
                                      .toString()
                                      .toLatin1();
        QVERIFY(!bearer.isEmpty());

        // Marketplaces (and so currencies): exactly the bundle's.
        const HttpResult markets = client.get(QStringLiteral("/v1/marketplaces"), bearer);
        QCOMPARE(markets.status, 200);
        QSet<QString> ids, currencies;
        for (const QJsonValue& value : markets.json().value(QStringLiteral("marketplaces")).toArray()) {
            ids.insert(value.toObject().value(QStringLiteral("id")).toString());
            currencies.insert(value.toObject().value(QStringLiteral("currency")).toString());
        }
        QCOMPARE(ids, (QSet<QString>{kGermany, kUk, kFrance}));
        QCOMPARE(currencies, (QSet<QString>{QStringLiteral("EUR"), QStringLiteral("GBP")}));

        // Row counts, and orders only there, within the bundle's span of days.
        const DataListing orders =
            DataListing::fetch(client, QStringLiteral("/v1/orders"), QStringLiteral("orders"), bearer, 500);
        QVERIFY2(orders.failure.isEmpty(), qPrintable(orders.failure));
        QCOMPARE(orders.rows.size(), 260);
        QDateTime first, last;
        QSet<QString> orderCurrencies;
        for (const QJsonObject& order : orders.rows) {
            QVERIFY(ids.contains(order.value(QStringLiteral("marketplace_id")).toString()));
            const QDateTime at =
                QDateTime::fromString(order.value(QStringLiteral("purchase_date")).toString(), Qt::ISODate);
            first = !first.isValid() || at < first ? at : first;
            last = !last.isValid() || at > last ? at : last;
            orderCurrencies.insert(order.value(QStringLiteral("currency")).toString());
        }
        QCOMPARE(orderCurrencies, currencies);
        QVERIFY2(first.daysTo(last) <= 100,
                 qPrintable(first.toString(Qt::ISODate) + QLatin1Char(' ') + last.toString(Qt::ISODate)));
        QVERIFY2(first.daysTo(last) >= 80,
                 qPrintable(first.toString(Qt::ISODate) + QLatin1Char(' ') + last.toString(Qt::ISODate)));
        const DataListing products =
            DataListing::fetch(client, QStringLiteral("/v1/products"), QStringLiteral("products"), bearer, 500);
        QVERIFY2(products.failure.isEmpty(), qPrintable(products.failure));
        QCOMPARE(products.rows.size(), 42);
        for (const QJsonObject& product : products.rows) {
            for (const QJsonValue& id : product.value(QStringLiteral("marketplace_ids")).toArray())
                QVERIFY(ids.contains(id.toString()));
        }

        // Connected to Amazon, as the bundle's account was, in its region.
        const HttpResult amazon = client.get(QStringLiteral("/v1/amazon/connection"), bearer);
        QCOMPARE(amazon.status, 200);
        QCOMPARE(amazon.json().value(QStringLiteral("status")).toString(), QStringLiteral("connected"));
        QCOMPARE(amazon.json().value(QStringLiteral("region")).toString(), QStringLiteral("eu"));
    }

    void notABundleIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-bundle.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just text\n");
        file.close();
        QProcess process;
        process.start(SandboxProcess::binaryPath(), {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")),
                                                     QStringLiteral("--from-bundle"), path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(process.readAllStandardError().contains("not a support bundle"), "no reason given");
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxFromBundle)
#include "TestSandboxFromBundle.moc"
