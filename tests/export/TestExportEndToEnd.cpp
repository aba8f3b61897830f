// End to end: the real sandbox over loopback HTTPS, the real sync into the encrypted cache, the
// real report builder, then every export format read back by the independent readers and compared
// with the server's own order listing (not with the client's code).
#include "amazon/AmazonTerms.h"
#include "ExportJob.h"
#include "XlsxReportWriter.h"
#include "ExportTestSupport.h"
#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "auth/Session.h"
#include "cache/CacheQuery.h"
#include "common/Money.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "reports/ReportBuilder.h"
#include "secrets/InMemorySecretStore.h"
#include "sync/SyncController.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

namespace sp::test {

namespace {

// What a row of the orders report must say about one order, from the server's listing.
struct ServerOrder
{
    QString day; // UTC purchase day, ISO
    QString status;
    QString channel;
    QString currency;
    QString units;
    QString total; // "12.34", empty while pending
};

} // namespace

class TestExportEndToEnd : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;
    Clock m_clock;
    InMemorySecretStore m_secrets;
    std::optional<Profile> m_profile;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<SyncController> m_sync;

    // The server's complete order listing, page by page.
    std::optional<QJsonArray> serverOrders()
    {
        QJsonArray all;
        QString cursor;
        for (int page = 0; page < 1000; ++page) {
            ApiRequest request;
            request.path = QStringLiteral("/v1/orders");
            request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
            if (!cursor.isEmpty())
                request.query.addQueryItem(QStringLiteral("cursor"), cursor);
            std::optional<ApiResponse> response;
            QObject context;
            m_session->sendAuthorized(request, &context, [&response](const ApiResponse& r) { response = r; });
            if (!QTest::qWaitFor([&response] { return response.has_value(); }, 30000) || !response->error.ok())
                return std::nullopt;
            const QJsonArray orders = response->json.value(QLatin1String("orders")).toArray();
            for (const QJsonValue& order : orders)
                all.append(order);
            if (!response->json.value(QLatin1String("has_more")).toBool())
                return all;
            cursor = response->json.value(QLatin1String("next_cursor")).toString();
        }
        return std::nullopt;
    }

    ReportTable build(ReportKind kind)
    {
        ReportBuilder builder(*m_sync->query());
        // Every order the sandbox made: its data spans the last years up to today.
        const DashboardFilter filter{Period{QDate(2000, 1, 1), QDate::currentDate().addYears(1)}, {}};
        ReportTable table = builder.build(kind, filter, QDate::currentDate());
        if (!builder.lastError().isEmpty())
            qWarning().noquote() << "report error:" << builder.lastError();
        return table;
    }

    ExportResult exportTable(const ReportTable& table, ExportJob::Format format, const QString& path)
    {
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        if (!job.start(table, format, path) || !finished.wait(120000))
            return ExportResult::failed(QStringLiteral("the export did not finish"));
        return job.lastResult();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SandboxProcess::Options options;
        options.demoOrders = 300;
        options.seed = 11;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));

        m_profile = Profile::open(m_dir.filePath(QStringLiteral("profile")), &error);
        QVERIFY2(m_profile, qPrintable(error));
        m_api = std::make_unique<ApiClient>(
            &m_nam, ServerConfig{m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates(), 15000});
        m_session = std::make_unique<Session>(m_api.get(), &m_secrets, &*m_profile, &m_clock);
        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        m_session->signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword());
        QVERIFY(signedIn.wait(30000));

        m_sync = std::make_unique<SyncController>(m_session.get(), &m_secrets, &*m_profile, &m_clock);
        QSignalSpy finished(m_sync.get(), &SyncController::syncFinished);
        m_sync->open();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 180000);
        QVERIFY2(finished.last().at(0).toBool(), "the sync failed");
        QVERIFY(m_sync->query());
    }

    void cleanupTestCase()
    {
        m_sync.reset();
        m_session.reset();
    }

    void ordersReportMatchesTheServer()
    {
        const ReportTable table = build(ReportKind::Orders);
        QVERIFY(!table.rows.isEmpty());

        const std::optional<QJsonArray> orders = serverOrders();
        QVERIFY(orders);
        QMap<QString, ServerOrder> expected;
        QMap<QString, qint64> totalsByCurrency;
        for (const QJsonValue& value : *orders) {
            const QJsonObject o = value.toObject();
            qint64 units = 0;
            const QJsonArray items = o.value(QLatin1String("items")).toArray();
            for (const QJsonValue& item : items)
                units += item.toObject().value(QLatin1String("quantity")).toInt();
            const QString total = o.value(QLatin1String("order_total")).toString();
            qint64 cents = 0;
            if (Money::parseCents(total, &cents))
                totalsByCurrency[o.value(QLatin1String("currency")).toString()] += cents;
            expected.insert(
                o.value(QLatin1String("id")).toString(),
                ServerOrder{QDateTime::fromString(o.value(QLatin1String("purchase_date")).toString(), Qt::ISODate)
                                .toUTC()
                                .date()
                                .toString(Qt::ISODate),
                            o.value(QLatin1String("status")).toString(),
                            o.value(QLatin1String("fulfillment_channel")).toString(),
                            o.value(QLatin1String("currency")).toString(), QString::number(units), total});
        }
        QCOMPARE(table.rows.size(), expected.size());

        // CSV, read by Python's csv module.
        const QString csvPath = m_dir.filePath(QStringLiteral("orders.csv"));
        const ExportResult csv = exportTable(table, ExportJob::Format::Csv, csvPath);
        QVERIFY2(csv.isOk(), qPrintable(csv.message));
        const QJsonArray rows =
            readBack(QStringLiteral("csv"), csvPath).object().value(QLatin1String("rows")).toArray();
        QCOMPARE(rows.size(), expected.size() + 1);
        QStringList keys;
        for (const ReportColumn& column : table.columns)
            keys.append(column.key);
        const auto at = [&keys](const QJsonArray& row, const char* key) {
            return row.at(keys.indexOf(QLatin1String(key))).toString();
        };
        QSet<QString> seen;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QJsonArray row = rows.at(r).toArray();
            const QString id = at(row, "order_id");
            QVERIFY2(expected.contains(id), qPrintable(id));
            QVERIFY2(!seen.contains(id), qPrintable(id));
            seen.insert(id);
            const ServerOrder& want = expected.value(id);
            QCOMPARE(at(row, "purchase_date"), want.day);
            // The report names them as a seller reads them, not with the API's words.
            QCOMPARE(at(row, "status"), AmazonTerms::orderStatus(want.status));
            QCOMPARE(at(row, "fulfillment"), AmazonTerms::fulfillment(want.channel));
            QVERIFY(at(row, "fulfillment") != want.channel);
            QCOMPARE(at(row, "currency"), want.currency);
            QCOMPARE(at(row, "units"), want.units);
            QCOMPARE(at(row, "order_total"), want.total);
        }

        if (kXlsxAvailable) { // see ExportTestSupport.h
            // XLSX, read by openpyxl: the totals per currency are numbers that add up to the server's.
            const QString xlsxPath = m_dir.filePath(QStringLiteral("orders.xlsx"));
            const ExportResult xlsx = exportTable(table, ExportJob::Format::Xlsx, xlsxPath);
            QVERIFY2(xlsx.isOk(), qPrintable(xlsx.message));
            const QJsonArray cells =
                readBack(QStringLiteral("xlsx"), xlsxPath).object().value(QLatin1String("cells")).toArray();
            QCOMPARE(cells.size(), XlsxReportWriter::kHeaderRow + 1 + expected.size());
            QMap<QString, qint64> sheetTotals;
            const int currencyColumn = int(keys.indexOf(QLatin1String("currency")));
            const int totalColumn = int(keys.indexOf(QLatin1String("order_total")));
            for (qsizetype r = XlsxReportWriter::kHeaderRow + 1; r < cells.size(); ++r) {
                const QJsonArray row = cells.at(r).toArray();
                const QJsonObject total = row.at(totalColumn).toObject();
                if (total.value(QLatin1String("v")).isNull())
                    continue;
                QCOMPARE(total.value(QLatin1String("t")).toString(), QStringLiteral("n"));
                sheetTotals[row.at(currencyColumn).toObject().value(QLatin1String("v")).toString()] +=
                    std::llround(total.value(QLatin1String("v")).toDouble() * 100);
            }
            QCOMPARE(sheetTotals, totalsByCurrency);
        }

        // PDF, read by pdftotext: every order id, over pages numbered "Page n of m".
        const QString pdfPath = m_dir.filePath(QStringLiteral("orders.pdf"));
        const ExportResult pdf = exportTable(table, ExportJob::Format::Pdf, pdfPath);
        QVERIFY2(pdf.isOk(), qPrintable(pdf.message));
        const QString text = pdfText(pdfPath);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QVERIFY2(text.contains(it.key()), qPrintable(it.key()));
        QVERIFY(QRegularExpression(QStringLiteral("Page 1 of [2-9]")).match(text).hasMatch());
    }

    void everyReportExports()
    {
        for (ReportKind kind : ReportBuilder::allKinds()) {
            const ReportTable table = build(kind);
            QVERIFY2(!table.columns.isEmpty(), qPrintable(ReportBuilder::idOf(kind)));
            for (ExportJob::Format format : {ExportJob::Format::Csv, ExportJob::Format::Xlsx, ExportJob::Format::Pdf}) {
                if (format == ExportJob::Format::Xlsx && !kXlsxAvailable)
                    continue;
                const QString path =
                    m_dir.filePath(ReportBuilder::idOf(kind) + QLatin1Char('.') + ExportJob::suffixOf(format));
                const ExportResult result = exportTable(table, format, path);
                QVERIFY2(result.isOk(), qPrintable(path + QLatin1String(": ") + result.message));
                QVERIFY(QFileInfo(path).size() > 0);
            }
            // The CSV has one record per row, header included.
            const QJsonArray rows =
                readBack(QStringLiteral("csv"), m_dir.filePath(ReportBuilder::idOf(kind) + QStringLiteral(".csv")))
                    .object()
                    .value(QLatin1String("rows"))
                    .toArray();
            QCOMPARE(rows.size(), table.rows.size() + 1);
            const QString text = pdfText(m_dir.filePath(ReportBuilder::idOf(kind) + QStringLiteral(".pdf")));
            QVERIFY2(text.contains(table.title),
                     qPrintable(ReportBuilder::idOf(kind) + QLatin1Char('\n') + text.left(600)));
        }
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestExportEndToEnd)
#include "TestExportEndToEnd.moc"
