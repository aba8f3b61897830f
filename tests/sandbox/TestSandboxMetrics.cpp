// The sandbox's ground truth (GET /v1/metrics/summary) and unit costs (GET /v1/unit-costs,
// PUT /v1/unit-costs/{sku}) over real loopback HTTPS. The figures are recomputed here from the
// listings, with the contract's definitions, so the endpoint is checked against the data it sums.

#include "DataListing.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTest>

namespace sp::test {

namespace {

constexpr int kOrders = 600;
const QString kGermany = QStringLiteral("A1PA6795UKMFR9");

qint64 cents(const QJsonValue& value)
{
    const QString text = value.toString();
    const bool negative = text.startsWith(QLatin1Char('-'));
    const QStringList parts = text.mid(negative ? 1 : 0).split(QLatin1Char('.'));
    if (parts.size() != 2 || parts.at(1).size() != 2)
        return -999999999;
    const qint64 value100 = parts.at(0).toLongLong() * 100 + parts.at(1).toLongLong();
    return negative ? -value100 : value100;
}

struct Figures
{
    qint64 revenue = 0, units = 0, orders = 0, pendingOrders = 0, fees = 0, refunds = 0, advertising = 0,
           reimbursements = 0;
    bool operator==(const Figures& o) const
    {
        return revenue == o.revenue && units == o.units && orders == o.orders && pendingOrders == o.pendingOrders
               && fees == o.fees && refunds == o.refunds && advertising == o.advertising
               && reimbursements == o.reimbursements;
    }
};

QString text(const Figures& f)
{
    return QStringLiteral("revenue %1 units %2 orders %3 pending %4 fees %5 refunds %6 ads %7 reimb %8")
        .arg(f.revenue)
        .arg(f.units)
        .arg(f.orders)
        .arg(f.pendingOrders)
        .arg(f.fees)
        .arg(f.refunds)
        .arg(f.advertising)
        .arg(f.reimbursements);
}

} // namespace

class TestSandboxMetrics : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
    QByteArray m_token;
    QDate m_today;

    HttpResult put(const QString& sku, const QJsonObject& body)
    {
        return m_client->send("PUT", QStringLiteral("/v1/unit-costs/") + sku, QJsonDocument(body).toJson(),
                              {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                               {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token}});
    }
    QJsonObject metrics(const QString& query)
    {
        const HttpResult result = m_client->get(QStringLiteral("/v1/metrics/summary?") + query, m_token);
        return result.status == 200 ? result.json() : QJsonObject();
    }
    static QMap<QString, QJsonObject> byCurrency(const QJsonObject& summary)
    {
        QMap<QString, QJsonObject> out;
        for (const QJsonValue& value : summary.value(QStringLiteral("currencies")).toArray())
            out.insert(value.toObject().value(QStringLiteral("currency")).toString(), value.toObject());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        SandboxProcess::Options options;
        options.demoOrders = kOrders;
        options.seed = 21;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
        m_token = m_client->login(m_sandbox.demoEmail(), m_sandbox.demoPassword())
                      .value(QStringLiteral("access_token"))
                      .toString()
                      .toLatin1();
        QVERIFY(!m_token.isEmpty());
        const HttpResult first =
            m_client->get(QStringLiteral("/v1/metrics/summary?from=2020-01-01&to=2020-01-01"), m_token);
        QCOMPARE(first.status, 200);
        m_today = QDateTime::fromString(first.json().value(QStringLiteral("server_time")).toString(), Qt::ISODate)
                      .toUTC()
                      .date();
        QVERIFY(m_today.isValid());
    }

    void needsABearerTokenAndValidQueries()
    {
        QCOMPARE(m_client->get(QStringLiteral("/v1/metrics/summary?from=2025-01-01&to=2025-01-31")).status, 401);
        QCOMPARE(m_client->get(QStringLiteral("/v1/unit-costs")).status, 401);
        for (const QString& query :
             {QStringLiteral("to=2025-01-31"), QStringLiteral("from=2025-02-01&to=2025-01-31"),
              QStringLiteral("from=2025-02-30&to=2025-03-01"), QStringLiteral("from=2020-01-01&to=2025-01-01"),
              QStringLiteral("from=2025-01-01&to=2025-01-31&marketplace_ids=NOPE")}) {
            const HttpResult result = m_client->get(QStringLiteral("/v1/metrics/summary?") + query, m_token);
            QCOMPARE(result.status, 400);
            QCOMPARE(result.code(), QStringLiteral("validation_failed"));
        }
    }

    // The contract: present but empty, an empty item or an unknown id is refused, with the query named (not "body").
    void emptyMarketplaceIdsAreRefusedAsAQueryParameter()
    {
        for (const QString& ids :
             {QString(), QStringLiteral(","), QString(kGermany + QLatin1Char(',')), QStringLiteral("NOPE")}) {
            const HttpResult result = m_client->get(
                QStringLiteral("/v1/metrics/summary?from=2025-01-01&to=2025-01-31&marketplace_ids=") + ids, m_token);
            QCOMPARE(result.status, 400);
            QVERIFY2(result.isProblem(), result.body.constData());
            QCOMPARE(result.code(), QStringLiteral("validation_failed"));
            const QJsonArray errors = result.json().value(QStringLiteral("errors")).toArray();
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().toObject().value(QStringLiteral("field")).toString(),
                     QStringLiteral("marketplace_ids"));
            const QString detail = result.json().value(QStringLiteral("detail")).toString();
            QVERIFY2(detail.contains(QLatin1String("query")) && !detail.contains(QLatin1String("body")),
                     qPrintable(detail));
        }
        // Absent means all; one valid id is fine.
        QCOMPARE(m_client->get(QStringLiteral("/v1/metrics/summary?from=2025-01-01&to=2025-01-31"), m_token).status,
                 200);
        QCOMPARE(
            m_client
                ->get(QStringLiteral("/v1/metrics/summary?from=2025-01-01&to=2025-01-31&marketplace_ids=") + kGermany,
                      m_token)
                .status,
            200);
    }

    // The endpoint's figures equal the same definitions applied to the listings.
    void figuresAreTheListingsSummedByTheContractsDefinitions()
    {
        const QDate periodFrom = m_today.addDays(-120), periodTo = m_today;
        const DataListing orders =
            DataListing::fetch(*m_client, QStringLiteral("/v1/orders"), QStringLiteral("orders"), m_token, 1000);
        const DataListing events = DataListing::fetch(*m_client, QStringLiteral("/v1/financial-events"),
                                                      QStringLiteral("financial_events"), m_token, 1000);
        QVERIFY2(orders.failure.isEmpty() && events.failure.isEmpty(), qPrintable(orders.failure + events.failure));
        const HttpResult markets = m_client->get(QStringLiteral("/v1/marketplaces"), m_token);
        QMap<QString, QString> region;
        for (const QJsonValue& m : markets.json().value(QStringLiteral("marketplaces")).toArray())
            region.insert(m.toObject().value(QStringLiteral("id")).toString(),
                          m.toObject().value(QStringLiteral("region")).toString());
        auto inPeriod = [&](const QJsonValue& time) {
            const QDate day = QDateTime::fromString(time.toString(), Qt::ISODate).toUTC().date();
            return day >= periodFrom && day <= periodTo;
        };
        QMap<QString, Figures> expected;
        for (const QJsonObject& o : orders.rows) {
            if (!inPeriod(o.value(QStringLiteral("purchase_date")))
                || o.value(QStringLiteral("status")) == QLatin1String("Canceled"))
                continue;
            Figures& f = expected[o.value(QStringLiteral("currency")).toString()];
            ++f.orders;
            const bool pending = o.value(QStringLiteral("status")) == QLatin1String("Pending");
            f.pendingOrders += pending ? 1 : 0;
            const bool vatIncluded =
                region.value(o.value(QStringLiteral("marketplace_id")).toString()) == QLatin1String("eu");
            for (const QJsonValue& value : o.value(QStringLiteral("items")).toArray()) {
                const QJsonObject i = value.toObject();
                f.units += i.value(QStringLiteral("quantity")).toInt();
                if (!pending)
                    f.revenue += cents(i.value(QStringLiteral("item_price")))
                                 - (vatIncluded ? cents(i.value(QStringLiteral("item_tax"))) : 0)
                                 + cents(i.value(QStringLiteral("shipping_price")))
                                 - cents(i.value(QStringLiteral("promotion_discount")));
            }
        }
        const QStringList feeCharges{QStringLiteral("Commission"), QStringLiteral("FBAPerUnitFulfillmentFee"),
                                     QStringLiteral("RefundCommission"), QStringLiteral("Subscription"),
                                     QStringLiteral("StorageFee")};
        for (const QJsonObject& e : events.rows) {
            if (!inPeriod(e.value(QStringLiteral("posted_at"))))
                continue;
            Figures& f = expected[e.value(QStringLiteral("currency")).toString()];
            const QString charge = e.value(QStringLiteral("charge")).toString();
            const qint64 amount = cents(e.value(QStringLiteral("amount")));
            if (feeCharges.contains(charge))
                f.fees -= amount;
            else if (charge == QLatin1String("Principal") && e.value(QStringLiteral("type")) == QLatin1String("refund"))
                f.refunds -= amount;
            else if (charge == QLatin1String("Advertising"))
                f.advertising -= amount;
            else if (charge == QLatin1String("Reimbursement"))
                f.reimbursements += amount;
        }
        const auto actual = byCurrency(metrics(
            QStringLiteral("from=%1&to=%2").arg(periodFrom.toString(Qt::ISODate), periodTo.toString(Qt::ISODate))));
        QCOMPARE(actual.keys(), expected.keys());
        for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
            const QJsonObject& o = it.value();
            Figures f;
            f.revenue = cents(o.value(QStringLiteral("revenue")));
            f.units = o.value(QStringLiteral("units")).toInteger();
            f.orders = o.value(QStringLiteral("orders")).toInteger();
            f.pendingOrders = o.value(QStringLiteral("pending_orders")).toInteger();
            f.fees = cents(o.value(QStringLiteral("amazon_fees")));
            f.refunds = cents(o.value(QStringLiteral("refunds")));
            f.advertising = cents(o.value(QStringLiteral("advertising")));
            f.reimbursements = cents(o.value(QStringLiteral("reimbursements")));
            QVERIFY2(f == expected.value(it.key()),
                     qPrintable(it.key() + QStringLiteral(": ") + text(f) + QStringLiteral(" != ")
                                + text(expected.value(it.key()))));
            QVERIFY(f.revenue > 0);
            QCOMPARE(cents(o.value(QStringLiteral("net_profit"))),
                     f.revenue - f.fees - f.refunds - f.advertising + f.reimbursements
                         - cents(o.value(QStringLiteral("cost_of_goods"))));
        }
    }

    void unitCostsAreListedPutAndPersisted()
    {
        const DataListing before =
            DataListing::fetch(*m_client, QStringLiteral("/v1/unit-costs"), QStringLiteral("unit_costs"), m_token, 50);
        QVERIFY2(before.failure.isEmpty(), qPrintable(before.failure));
        QVERIFY(before.pages > 1);
        const DataListing products =
            DataListing::fetch(*m_client, QStringLiteral("/v1/products"), QStringLiteral("products"), m_token, 1000);
        QVERIFY(!products.rows.isEmpty());
        QSet<QString> costed;
        for (const QJsonObject& row : before.rows)
            costed.insert(row.value(QStringLiteral("sku")).toString() + QLatin1Char('/')
                          + row.value(QStringLiteral("currency")).toString());
        int withoutEur = 0;
        for (const QJsonObject& p : products.rows) {
            const bool inGermany = p.value(QStringLiteral("marketplace_ids")).toArray().contains(kGermany);
            withoutEur +=
                inGermany && !costed.contains(p.value(QStringLiteral("sku")).toString() + QStringLiteral("/EUR"));
        }
        QVERIFY(withoutEur > 0); // "cost of goods incomplete" can show

        // A SKU sold on Amazon.de in the last 60 days (not cancelled), so its cost moves the figure.
        const QString from = m_today.addDays(-60).toString(Qt::ISODate);
        const DataListing orders =
            DataListing::fetch(*m_client, QStringLiteral("/v1/orders"), QStringLiteral("orders"), m_token, 1000);
        QString sku;
        for (const QJsonObject& o : orders.rows) {
            if (sku.isEmpty() && o.value(QStringLiteral("marketplace_id")) == kGermany
                && o.value(QStringLiteral("status")) != QLatin1String("Canceled")
                && o.value(QStringLiteral("purchase_date")).toString().left(10) >= from)
                sku = o.value(QStringLiteral("items"))
                          .toArray()
                          .first()
                          .toObject()
                          .value(QStringLiteral("sku"))
                          .toString();
        }
        QVERIFY(!sku.isEmpty());
        const QString query =
            QStringLiteral("from=%1&to=%2&marketplace_ids=%3").arg(from, m_today.toString(Qt::ISODate), kGermany);
        const qint64 cogsBefore =
            cents(byCurrency(metrics(query)).value(QStringLiteral("EUR")).value(QStringLiteral("cost_of_goods")));
        const HttpResult stored = put(sku, {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                            {QStringLiteral("unit_cost"), QStringLiteral("987.65")},
                                            {QStringLiteral("effective_from"), from}});
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.json().value(QStringLiteral("unit_cost")).toString(), QStringLiteral("987.65"));
        QCOMPARE(stored.json().value(QStringLiteral("effective_from")).toString(), from);
        // Listed after the previous listing's end (an incremental sync sees it), exactly once.
        const DataListing after = DataListing::fetch(*m_client, QStringLiteral("/v1/unit-costs"),
                                                     QStringLiteral("unit_costs"), m_token, 50, before.nextCursor);
        QCOMPARE(after.rows.size(), 1);
        QCOMPARE(after.rows.first().value(QStringLiteral("sku")).toString(), sku);
        const qint64 cogsAfter =
            cents(byCurrency(metrics(query)).value(QStringLiteral("EUR")).value(QStringLiteral("cost_of_goods")));
        QVERIFY(cogsAfter > cogsBefore); // 987.65 a unit is far above any generated cost

        // Bad input is refused whole, nothing stored.
        QCOMPARE(put(QStringLiteral("NO-SUCH-SKU"), {{QStringLiteral("currency"), QStringLiteral("EUR")},
                                                     {QStringLiteral("unit_cost"), QStringLiteral("1.00")},
                                                     {QStringLiteral("effective_from"), from}})
                     .status,
                 404);
        for (const QJsonObject& bad : {QJsonObject{{QStringLiteral("currency"), QStringLiteral("JPY")},
                                                   {QStringLiteral("unit_cost"), QStringLiteral("1.00")},
                                                   {QStringLiteral("effective_from"), from}},
                                       QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                                                   {QStringLiteral("unit_cost"), QStringLiteral("-1.00")},
                                                   {QStringLiteral("effective_from"), from}},
                                       QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                                                   {QStringLiteral("unit_cost"), QStringLiteral("1.00")}},
                                       QJsonObject{{QStringLiteral("currency"), QStringLiteral("EUR")},
                                                   {QStringLiteral("unit_cost"), QStringLiteral("1.00")},
                                                   {QStringLiteral("effective_from"), from},
                                                   {QStringLiteral("note"), QStringLiteral("x")}}}) {
            const HttpResult refused = put(sku, bad);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.code(), QStringLiteral("validation_failed"));
        }
        const DataListing unchanged = DataListing::fetch(*m_client, QStringLiteral("/v1/unit-costs"),
                                                         QStringLiteral("unit_costs"), m_token, 50, after.nextCursor);
        QVERIFY(unchanged.rows.isEmpty());

        // The server is the system of record: the cost survives a restart.
        QString error;
        QVERIFY2(m_sandbox.restart(&error), qPrintable(error));
        m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
        m_token = m_client->login(m_sandbox.demoEmail(), m_sandbox.demoPassword())
                      .value(QStringLiteral("access_token"))
                      .toString()
                      .toLatin1();
        const DataListing restarted = DataListing::fetch(*m_client, QStringLiteral("/v1/unit-costs"),
                                                         QStringLiteral("unit_costs"), m_token, 1000);
        QCOMPARE(restarted.rows.size(), before.rows.size() + 1);
        bool found = false;
        for (const QJsonObject& row : restarted.rows)
            found = found
                    || (row.value(QStringLiteral("sku")).toString() == sku
                        && row.value(QStringLiteral("unit_cost")).toString() == QLatin1String("987.65"));
        QVERIFY(found);
        QCOMPARE(cents(byCurrency(metrics(query)).value(QStringLiteral("EUR")).value(QStringLiteral("cost_of_goods"))),
                 cogsAfter);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxMetrics)
#include "TestSandboxMetrics.moc"
