// The sandbox's settlements (Amazon's financial event groups, issue 17) over real loopback HTTPS: every group's
// total is exactly the sum of its events as /v1/financial-events lists them (+ the reserve released - the reserve
// held), before and after the clock moves; the open group grows and closes; the listing pages and resumes with
// its cursor; bad query values answer problem+json 400; a restart serves the same groups.

#include "DataListing.h"
#include "SandboxHttpClient.h"
#include "SandboxProcess.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace sp::test {

namespace {

constexpr int kOrders = 1500; // enough that every closed period has a positive payout
const QString kSettlementsPath = QStringLiteral("/v1/settlements");
const QString kEventsPath = QStringLiteral("/v1/financial-events");

qint64 centsOf(const QString& money)
{
    // Money is "-12.34": always two fraction digits (see the contract).
    QString digits = money;
    digits.remove(QLatin1Char('.'));
    return digits.toLongLong();
}

qint64 number(const QJsonObject& row, const char* key) { return row.value(QLatin1String(key)).toInteger(); }
QString text(const QJsonObject& row, const char* key) { return row.value(QLatin1String(key)).toString(); }
QDateTime timeOf(const QJsonObject& row, const char* key) { return QDateTime::fromString(text(row, key), Qt::ISODate); }

// Rows by id, later versions replacing earlier ones (what a client's upsert does).
QHash<QString, QJsonObject> byId(const QList<QJsonObject>& rows)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonObject& row : rows)
        result.insert(text(row, "id"), row);
    return result;
}

// Empty when every group's total equals its events' sum + released - held and every event has a known group.
QString sumFailure(const QHash<QString, QJsonObject>& groups, const QList<QJsonObject>& events)
{
    QHash<QString, qint64> sums;
    QHash<QString, qint64> counts;
    for (const QJsonObject& event : events) {
        const QString group = text(event, "settlement_id");
        if (!groups.contains(group))
            return QStringLiteral("event %1 names the settlement '%2', which is not listed")
                .arg(text(event, "id"), group);
        if (text(event, "currency") != text(groups.value(group), "currency"))
            return QStringLiteral("event %1 is in another currency than its group").arg(text(event, "id"));
        const QDateTime posted = timeOf(event, "posted_at");
        if (posted < timeOf(groups.value(group), "period_start") || posted >= timeOf(groups.value(group), "period_end"))
            return QStringLiteral("event %1 is outside its group's period").arg(text(event, "id"));
        sums[group] += centsOf(text(event, "amount"));
        counts[group] += 1;
    }
    for (const QJsonObject& group : groups) {
        const QString id = text(group, "id");
        const qint64 expected =
            sums.value(id) + number(group, "reserve_released_cents") - number(group, "reserve_held_cents");
        if (number(group, "original_total_cents") != expected)
            return QStringLiteral("%1 (%2): total %3, its events make %4")
                .arg(id, text(group, "status"))
                .arg(number(group, "original_total_cents"))
                .arg(expected);
        if (number(group, "event_count") != counts.value(id))
            return QStringLiteral("%1: event_count %2, %3 events")
                .arg(id)
                .arg(number(group, "event_count"))
                .arg(counts.value(id));
    }
    return {};
}

// The open group of a currency, or an empty object.
QJsonObject openGroup(const QHash<QString, QJsonObject>& groups, const QString& currency)
{
    for (const QJsonObject& group : groups) {
        if (text(group, "currency") == currency && text(group, "status") == QLatin1String("open"))
            return group;
    }
    return {};
}

} // namespace

class TestSandboxSettlements : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groupsSumExactlyToTheirEvents();
    void groupsAreWellFormedAndChained();
    void pagesReturnEveryGroupOnce();
    void openGroupGrowsWithTheClockAndOnlyChangedGroupsComeAgain();
    void openGroupClosesWhenItsPeriodEndsAndIsPaidLater();
    void badQueryValuesAnswer400_data();
    void badQueryValuesAnswer400();
    void foreignCursorsAndMissingTokensAreRefused();
    void anotherAccountSeesOnlyItsOwnGroups();
    void restartServesTheSameGroups();

private:
    DataListing settlements(int limit = 1000, const QString& cursor = {});
    DataListing events(const QString& cursor = {});

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttpClient> m_client;
    QByteArray m_token;
};

DataListing TestSandboxSettlements::settlements(int limit, const QString& cursor)
{
    return DataListing::fetch(*m_client, kSettlementsPath, QStringLiteral("settlements"), m_token, limit, cursor);
}

DataListing TestSandboxSettlements::events(const QString& cursor)
{
    return DataListing::fetch(*m_client, kEventsPath, QStringLiteral("financial_events"), m_token, 1000, cursor);
}

void TestSandboxSettlements::initTestCase()
{
    QString error;
    SandboxProcess::Options options;
    options.demoOrders = kOrders;
    QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    m_client = std::make_unique<SandboxHttpClient>(m_sandbox);
    m_token = m_client->login(m_sandbox.demoEmail(), m_sandbox.demoPassword())
                  .value(QStringLiteral("access_token"))
                  .toString()
                  .toLatin1();
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxSettlements::groupsSumExactlyToTheirEvents()
{
    const DataListing groups = settlements();
    QVERIFY2(groups.failure.isEmpty(), qPrintable(groups.failure));
    const DataListing all = events();
    QVERIFY2(all.failure.isEmpty(), qPrintable(all.failure));
    QVERIFY(all.rows.size() > 1000); // several pages of events over 18 months
    const QHash<QString, QJsonObject> byGroup = byId(groups.rows);
    const QString failure = sumFailure(byGroup, all.rows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Closed groups, one open group per currency the business sells in, and reserves both held and released.
    int closed = 0, held = 0, released = 0;
    for (const QJsonObject& group : byGroup) {
        closed += text(group, "status") == QLatin1String("closed");
        held += number(group, "reserve_held_cents") > 0;
        released += number(group, "reserve_released_cents") > 0;
    }
    QVERIFY(closed > 30);
    QVERIFY(held > 0);
    QVERIFY(released > 0);
    for (const QString& currency : {QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD")})
        QVERIFY2(!openGroup(byGroup, currency).isEmpty(), qPrintable(currency));
}

void TestSandboxSettlements::groupsAreWellFormedAndChained()
{
    const DataListing groups = settlements();
    QVERIFY2(groups.failure.isEmpty(), qPrintable(groups.failure));
    static const QRegularExpression tail(QStringLiteral("^[0-9]{3,4}$"));
    const QDateTime serverNow = QDateTime::currentDateTimeUtc().addSecs(60);
    QHash<QString, QList<QJsonObject>> perCurrency;
    for (const QJsonObject& group : groups.rows) {
        QVERIFY2(tail.match(text(group, "account_tail")).hasMatch(), qPrintable(text(group, "account_tail")));
        QCOMPARE(timeOf(group, "period_start").secsTo(timeOf(group, "period_end")), 14 * 86400);
        QCOMPARE(number(group, "beginning_balance_cents"), number(group, "reserve_released_cents"));
        const QString status = text(group, "status");
        const QString transfer = text(group, "fund_transfer_status");
        if (status == QLatin1String("open")) {
            QCOMPARE(transfer, QStringLiteral("Pending"));
            QVERIFY(group.value(QStringLiteral("fund_transfer_date")).isNull());
            QCOMPARE(number(group, "reserve_held_cents"), 0);
        } else {
            QCOMPARE(status, QStringLiteral("closed"));
            QVERIFY(timeOf(group, "period_end") <= serverNow);
            if (number(group, "original_total_cents") > 0) {
                QVERIFY2(transfer == QLatin1String("Succeeded") || transfer == QLatin1String("Processing"),
                         qPrintable(transfer));
                QCOMPARE(timeOf(group, "fund_transfer_date"), timeOf(group, "period_end").addDays(3));
            } else {
                QCOMPARE(transfer, QStringLiteral("NotApplicable"));
                QVERIFY(group.value(QStringLiteral("fund_transfer_date")).isNull());
            }
        }
        perCurrency[text(group, "currency")].append(group);
    }
    // Per currency: consecutive periods without gaps; each group releases what the one before held back.
    for (QList<QJsonObject>& list : perCurrency) {
        std::sort(list.begin(), list.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return timeOf(a, "period_start") < timeOf(b, "period_start");
        });
        QCOMPARE(number(list.first(), "reserve_released_cents"), 0);
        for (qsizetype i = 1; i < list.size(); ++i) {
            QCOMPARE(timeOf(list[i], "period_start"), timeOf(list[i - 1], "period_end"));
            QCOMPARE(number(list[i], "reserve_released_cents"), number(list[i - 1], "reserve_held_cents"));
        }
        QCOMPARE(text(list.last(), "status"), QStringLiteral("open"));
    }
}

void TestSandboxSettlements::pagesReturnEveryGroupOnce()
{
    const DataListing whole = settlements(1000);
    QVERIFY2(whole.failure.isEmpty(), qPrintable(whole.failure));
    QCOMPARE(whole.pages, 1);
    const DataListing paged = settlements(7);
    QVERIFY2(paged.failure.isEmpty(), qPrintable(paged.failure));
    QVERIFY(paged.pages > 5);
    QCOMPARE(paged.rows.size(), whole.rows.size());
    QCOMPARE(byId(paged.rows).size(), whole.rows.size()); // no group twice
    QCOMPARE(byId(paged.rows), byId(whole.rows));
    // Resuming from the last page's cursor with nothing changed returns nothing.
    const DataListing nothing = settlements(1000, whole.nextCursor);
    QVERIFY2(nothing.failure.isEmpty(), qPrintable(nothing.failure));
    QVERIFY(nothing.rows.isEmpty());
}

void TestSandboxSettlements::openGroupGrowsWithTheClockAndOnlyChangedGroupsComeAgain()
{
    const DataListing groupsBefore = settlements();
    QVERIFY2(groupsBefore.failure.isEmpty(), qPrintable(groupsBefore.failure));
    const DataListing eventsBefore = events();
    QVERIFY2(eventsBefore.failure.isEmpty(), qPrintable(eventsBefore.failure));
    const QHash<QString, QJsonObject> before = byId(groupsBefore.rows);
    // A currency whose open period does not end within two days (the currencies' periods end on other days),
    // so that a day's advance stays inside it. Advertising is posted daily, so the group gets events.
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(2);
    QJsonObject openBefore;
    for (const QString& currency : {QStringLiteral("EUR"), QStringLiteral("GBP"), QStringLiteral("USD")}) {
        const QJsonObject candidate = openGroup(before, currency);
        if (openBefore.isEmpty() && timeOf(candidate, "period_end") > soon)
            openBefore = candidate;
    }
    QVERIFY(!openBefore.isEmpty());

    QString error;
    QVERIFY2(m_sandbox.advanceClock({{QStringLiteral("seconds"), 86400}}, &error), qPrintable(error));

    const DataListing delta = settlements(1000, groupsBefore.nextCursor);
    QVERIFY2(delta.failure.isEmpty(), qPrintable(delta.failure));
    QVERIFY(!delta.rows.isEmpty());
    const QHash<QString, QJsonObject> changed = byId(delta.rows);
    QCOMPARE(changed.size(), delta.rows.size()); // each changed group once
    for (const QJsonObject& group : changed) {
        // Only groups that changed come again (or are new).
        const QString id = text(group, "id");
        QVERIFY2(!before.contains(id) || before.value(id) != group, qPrintable(id));
    }
    const QJsonObject openAfter = changed.value(text(openBefore, "id"));
    QVERIFY2(!openAfter.isEmpty(), "the open group did not change");
    QCOMPARE(text(openAfter, "status"), QStringLiteral("open"));
    QVERIFY(number(openAfter, "event_count") > number(openBefore, "event_count"));

    // The merged state equals a fresh full listing, and it still sums exactly to the events.
    QHash<QString, QJsonObject> merged = before;
    for (auto it = changed.constBegin(); it != changed.constEnd(); ++it)
        merged.insert(it.key(), it.value());
    const DataListing groupsAfter = settlements();
    QVERIFY2(groupsAfter.failure.isEmpty(), qPrintable(groupsAfter.failure));
    QCOMPARE(merged, byId(groupsAfter.rows));
    const DataListing newEvents = events(eventsBefore.nextCursor);
    QVERIFY2(newEvents.failure.isEmpty(), qPrintable(newEvents.failure));
    QVERIFY(!newEvents.rows.isEmpty());
    const QString failure = sumFailure(merged, eventsBefore.rows + newEvents.rows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestSandboxSettlements::openGroupClosesWhenItsPeriodEndsAndIsPaidLater()
{
    const DataListing groupsBefore = settlements();
    QVERIFY2(groupsBefore.failure.isEmpty(), qPrintable(groupsBefore.failure));
    const QJsonObject open = openGroup(byId(groupsBefore.rows), QStringLiteral("EUR"));
    QVERIFY(!open.isEmpty());
    const QJsonObject serverPage = m_client->get(kSettlementsPath + QStringLiteral("?limit=1"), m_token).json();
    const QDateTime now =
        QDateTime::fromString(serverPage.value(QStringLiteral("server_time")).toString(), Qt::ISODate);
    QVERIFY(now.isValid());

    // Just past the period's end: closed, its reserve held back, its payout on its way.
    QString error;
    const qint64 toEnd = now.secsTo(timeOf(open, "period_end")) + 3600;
    QVERIFY(toEnd > 0);
    QVERIFY2(m_sandbox.advanceClock({{QStringLiteral("seconds"), toEnd}}, &error), qPrintable(error));
    QHash<QString, QJsonObject> after = byId(settlements().rows);
    const QJsonObject closed = after.value(text(open, "id"));
    QCOMPARE(text(closed, "status"), QStringLiteral("closed"));
    QVERIFY(number(closed, "original_total_cents") > 0); // a year of a real business's sales
    QVERIFY(number(closed, "reserve_held_cents") > 0);
    QCOMPARE(text(closed, "fund_transfer_status"), QStringLiteral("Processing"));
    const QJsonObject next = openGroup(after, QStringLiteral("EUR"));
    QVERIFY(!next.isEmpty());
    QCOMPARE(timeOf(next, "period_start"), timeOf(closed, "period_end"));
    QCOMPARE(number(next, "reserve_released_cents"), number(closed, "reserve_held_cents"));
    const DataListing all = events();
    QVERIFY2(all.failure.isEmpty(), qPrintable(all.failure));
    QString failure = sumFailure(after, all.rows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // Three days later the money has arrived; the closed group's total has not moved.
    const DataListing beforeTransfer = settlements();
    QVERIFY2(m_sandbox.advanceClock({{QStringLiteral("seconds"), 3 * 86400}}, &error), qPrintable(error));
    const QHash<QString, QJsonObject> changed = byId(settlements(1000, beforeTransfer.nextCursor).rows);
    const QJsonObject paid = changed.value(text(open, "id"));
    QCOMPARE(text(paid, "fund_transfer_status"), QStringLiteral("Succeeded"));
    QCOMPARE(timeOf(paid, "fund_transfer_date"), timeOf(closed, "period_end").addDays(3));
    QCOMPARE(number(paid, "original_total_cents"), number(closed, "original_total_cents"));
    QCOMPARE(number(paid, "event_count"), number(closed, "event_count"));
    after = byId(settlements().rows);
    failure = sumFailure(after, events().rows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestSandboxSettlements::badQueryValuesAnswer400_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("code");
    QTest::newRow("limit 0") << QStringLiteral("limit=0") << QStringLiteral("validation_failed");
    QTest::newRow("limit 1001") << QStringLiteral("limit=1001") << QStringLiteral("validation_failed");
    QTest::newRow("limit abc") << QStringLiteral("limit=abc") << QStringLiteral("validation_failed");
    QTest::newRow("since word") << QStringLiteral("updated_since=yesterday") << QStringLiteral("validation_failed");
    QTest::newRow("since no zone") << QStringLiteral("updated_since=2025-01-01T00:00:00")
                                   << QStringLiteral("validation_failed");
    QTest::newRow("cursor garbage") << QStringLiteral("cursor=%00%FF") << QStringLiteral("invalid_cursor");
    QTest::newRow("cursor empty") << QStringLiteral("cursor=") << QStringLiteral("invalid_cursor");
}

void TestSandboxSettlements::badQueryValuesAnswer400()
{
    QFETCH(QString, query);
    QFETCH(QString, code);
    const HttpResult result = m_client->get(kSettlementsPath + QLatin1Char('?') + query, m_token);
    QCOMPARE(result.status, 400);
    QVERIFY(result.isProblem());
    QCOMPARE(result.code(), code);
}

void TestSandboxSettlements::foreignCursorsAndMissingTokensAreRefused()
{
    // A valid cursor of another listing (one page of events) is refused; the listing needs a token.
    const HttpResult page = m_client->get(kEventsPath + QStringLiteral("?limit=1"), m_token);
    QCOMPARE(page.status, 200);
    const QString cursor = page.json().value(QStringLiteral("next_cursor")).toString();
    const HttpResult foreign = m_client->get(kSettlementsPath + QStringLiteral("?limit=1&cursor=") + cursor, m_token);
    QCOMPARE(foreign.status, 400);
    QVERIFY(foreign.isProblem());
    QCOMPARE(foreign.code(), QStringLiteral("invalid_cursor"));
    const HttpResult anonymous = m_client->get(kSettlementsPath);
    QCOMPARE(anonymous.status, 401);
    QVERIFY(anonymous.isProblem());
}

void TestSandboxSettlements::anotherAccountSeesOnlyItsOwnGroups()
{
    // Another seller (the other local user, or another account on the service): its own groups, summing to its
    // own events; A's cursor is refused to it.
    const QString email = QStringLiteral("seller-b@sellerpulse.test");
    const QString password = QStringLiteral("another-long-password");
    QString error;
    QVERIFY2(m_sandbox.createAccount(email, password, &error), qPrintable(error));
    const QByteArray tokenB =
        m_client->login(email, password).value(QStringLiteral("access_token")).toString().toLatin1();
    QVERIFY(!tokenB.isEmpty());
    const DataListing groupsA = settlements();
    const DataListing groupsB =
        DataListing::fetch(*m_client, kSettlementsPath, QStringLiteral("settlements"), tokenB, 1000);
    const DataListing eventsB =
        DataListing::fetch(*m_client, kEventsPath, QStringLiteral("financial_events"), tokenB, 1000);
    QVERIFY(groupsA.failure.isEmpty() && groupsB.failure.isEmpty() && eventsB.failure.isEmpty());
    QVERIFY(!groupsB.rows.isEmpty());
    const QHash<QString, QJsonObject> a = byId(groupsA.rows);
    for (const QJsonObject& group : groupsB.rows)
        QVERIFY2(!a.contains(text(group, "id")), qPrintable(text(group, "id")));
    const QString failure = sumFailure(byId(groupsB.rows), eventsB.rows);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const HttpResult refused =
        m_client->get(kSettlementsPath + QStringLiteral("?cursor=") + groupsA.nextCursor, tokenB);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.code(), QStringLiteral("invalid_cursor"));
}

void TestSandboxSettlements::restartServesTheSameGroups()
{
    const DataListing before = settlements();
    QVERIFY2(before.failure.isEmpty(), qPrintable(before.failure));
    QString error;
    QVERIFY2(m_sandbox.restartOnSamePort(&error), qPrintable(error));
    m_token = m_client->login(m_sandbox.demoEmail(), m_sandbox.demoPassword())
                  .value(QStringLiteral("access_token"))
                  .toString()
                  .toLatin1();
    QVERIFY(!m_token.isEmpty());
    const DataListing after = settlements();
    QVERIFY2(after.failure.isEmpty(), qPrintable(after.failure));
    // The clock operations are replayed: the same groups, the same change order (an old cursor stays valid).
    QCOMPARE(byId(after.rows), byId(before.rows));
    QCOMPARE(after.nextCursor, before.nextCursor);
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxSettlements)
#include "TestSandboxSettlements.moc"
