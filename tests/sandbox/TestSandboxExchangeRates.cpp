// The sandbox's daily reference rates (GET /v1/exchange-rates, issue 16) over real loopback HTTPS:
// business days only over the business's whole range, plausible EUR-based levels that move
// smoothly, the same history after a restart, new days (and only them) as the clock advances, and
// the listing conventions (token, cursor bound to the listing and account).

#include "DataListing.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

namespace sp::test {

namespace {

const QString kPath = QStringLiteral("/v1/exchange-rates");
const QString kRows = QStringLiteral("exchange_rates");

QByteArray signIn(SandboxHttpClient& client, const QString& email, const QString& password)
{
    return client.login(email, password).value(QStringLiteral("access_token")).toString().toLatin1();
}

QDate dayOf(const QJsonObject& row)
{
    return QDate::fromString(row.value(QStringLiteral("date")).toString(), Qt::ISODate);
}

} // namespace

class TestSandboxExchangeRates : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
    QByteArray m_token;

    DataListing all(int limit = 1000) { return DataListing::fetch(*m_client, kPath, kRows, m_token, limit); }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxProcess::Options options;
        options.demoOrders = 400;
        options.seed = 5;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
        m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
        m_token = signIn(*m_client, m_sandbox.demoEmail(), m_sandbox.demoPassword());
        QVERIFY(!m_token.isEmpty());
    }

    void needsABearerTokenAndItsOwnCursor()
    {
        QCOMPARE(m_client->get(kPath).status, 401);
        const DataListing orders =
            DataListing::fetch(*m_client, QStringLiteral("/v1/orders"), QStringLiteral("orders"), m_token, 1000);
        QVERIFY(orders.failure.isEmpty());
        const HttpResult foreign = m_client->get(kPath + QStringLiteral("?cursor=") + orders.nextCursor, m_token);
        QCOMPARE(foreign.status, 400);
        QCOMPARE(foreign.code(), QStringLiteral("invalid_cursor"));
    }

    // Every business day from the first day of the data to the last published one, each with a
    // plausible rate of every non-EUR currency of the marketplaces, moving smoothly.
    void historyCoversTheBusinessDays()
    {
        const DataListing rates = all();
        QVERIFY2(rates.failure.isEmpty(), qPrintable(rates.failure));
        QVERIFY(rates.rows.size() > 250); // about 18 months of business days
        const DataListing orders =
            DataListing::fetch(*m_client, QStringLiteral("/v1/orders"), QStringLiteral("orders"), m_token, 1000);
        QDate firstOrder = QDate::currentDate();
        for (const QJsonObject& o : orders.rows)
            firstOrder = std::min(
                firstOrder,
                QDateTime::fromString(o.value(QStringLiteral("purchase_date")).toString(), Qt::ISODate).toUTC().date());
        QVERIFY(dayOf(rates.rows.first()) <= firstOrder.addDays(3)); // the first business day on or after
        QVERIFY(dayOf(rates.rows.first()) >= firstOrder.addDays(-400));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY(dayOf(rates.rows.last()) <= today);
        QVERIFY(dayOf(rates.rows.last()) >= today.addDays(-5));

        QDate previous;
        QHash<QString, double> last;
        const QHash<QString, QPair<double, double>> plausible{{QStringLiteral("USD"), {0.95, 1.25}},
                                                              {QStringLiteral("GBP"), {0.78, 0.95}}};
        for (const QJsonObject& row : rates.rows) {
            const QDate day = dayOf(row);
            QVERIFY2(day.isValid() && day.dayOfWeek() <= 5, qPrintable(day.toString()));
            QVERIFY(!(day.month() == 12 && day.day() == 25) && !(day.month() == 1 && day.day() == 1));
            QVERIFY(!previous.isValid() || day > previous);
            if (previous.isValid() && previous.daysTo(day) > 1)
                QVERIFY2(previous.daysTo(day) <= 5, qPrintable(day.toString())); // a weekend and holidays at most
            previous = day;
            QCOMPARE(row.value(QStringLiteral("published_at")).toString(),
                     day.toString(Qt::ISODate) + QStringLiteral("T15:00:00Z"));
            const QJsonObject byCurrency = row.value(QStringLiteral("rates")).toObject();
            QCOMPARE(byCurrency.keys(), (QStringList{QStringLiteral("GBP"), QStringLiteral("USD")}));
            for (auto it = byCurrency.begin(); it != byCurrency.end(); ++it) {
                const QString text = it.value().toString();
                QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{1,6}\\.[0-9]{1,6}$")).match(text).hasMatch(),
                         qPrintable(text));
                const double rate = text.toDouble();
                QVERIFY2(rate > plausible.value(it.key()).first && rate < plausible.value(it.key()).second,
                         qPrintable(it.key() + QLatin1Char(' ') + text));
                if (last.contains(it.key()))
                    QVERIFY2(std::abs(rate / last.value(it.key()) - 1) < 0.02, qPrintable(day.toString())); // smooth
                last.insert(it.key(), rate);
            }
        }
    }

    // Small pages give the same rows; a restart serves the same history.
    void pagingAndRestartAreDeterministic()
    {
        const DataListing whole = all();
        const DataListing paged = all(7);
        QVERIFY(paged.failure.isEmpty());
        QVERIFY(paged.pages > 10);
        QCOMPARE(paged.rows, whole.rows);
        QString error;
        QVERIFY2(m_sandbox.restartOnSamePort(&error), qPrintable(error));
        m_token = signIn(*m_client, m_sandbox.demoEmail(), m_sandbox.demoPassword());
        const DataListing again = all();
        QCOMPARE(again.rows, whole.rows);
        // The cursor of the last page still holds after the restart: nothing new yet.
        const DataListing after = DataListing::fetch(*m_client, kPath, kRows, m_token, 1000, whole.nextCursor);
        QVERIFY(after.failure.isEmpty());
        QVERIFY(after.rows.isEmpty());
    }

    // The clock moves a week: the listing from the last cursor holds the new business days only.
    void newDaysArriveAsTheClockAdvances()
    {
        const DataListing before = all();
        QString error;
        QVERIFY2(m_sandbox.advanceClock(QJsonObject{{QStringLiteral("seconds"), 7 * 86400}}, &error),
                 qPrintable(error));
        const DataListing added = DataListing::fetch(*m_client, kPath, kRows, m_token, 1000, before.nextCursor);
        QVERIFY2(added.failure.isEmpty(), qPrintable(added.failure));
        QVERIFY2(added.rows.size() >= 4 && added.rows.size() <= 5, qPrintable(QString::number(added.rows.size())));
        for (const QJsonObject& row : added.rows)
            QVERIFY(dayOf(row) > dayOf(before.rows.last()));
        const DataListing now = all();
        QCOMPARE(now.rows.mid(0, before.rows.size()), before.rows); // history never changes
        QCOMPARE(now.rows.mid(before.rows.size()), added.rows);
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxExchangeRates)
#include "TestSandboxExchangeRates.moc"
