// Issue 17: the Payouts page over a real synced cache (real sandbox over HTTPS, real keychain:
// scripts/with-keyring.sh). For every payout of the sandbox's business (18 months, three settlement
// currencies) the page shows the server's figures (/v1/settlements: period, amount, day paid,
// status, account tail), newest first; opening each one shows its breakdown, whose parts add up to
// the payout, whose events are the server's events of that settlement (/v1/financial-events), and
// whose reconciliation difference is zero.
#include "MainWindow.h"
#include "AccountantFilesBar.h"
#include "AccountingFixture.h"
#include "DashboardPage.h"
#include "MoneyText.h"
#include "NextPayoutLabel.h"
#include "PayoutsPage.h"
#include "SettledShareLabel.h"
#include "SyncedWorkspace.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

namespace sp::test {

class TestPayoutsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listShowsTheServersPayoutsNewestFirst();
    void everyPayoutReconcilesWithItsEvents();
    void withoutACacheThePageSaysSo();
    void dashboardShowsTheNextPayouts();
    void dashboardMarksSettledAndEstimatedMoney();
    void accountantFilesBalanceAndEqualEachPayout();

private:
    PayoutsPage* page() const { return SyncedWorkspace::child<PayoutsPage>(m_workspace.window(), "payoutsPage"); }
    // Every row of a listing, page by page (a changed row comes again later: the latest wins).
    QJsonArray listAll(const QString& path, const QString& key);

    bool select(const QString& id); // shows that payout's breakdown
    const QJsonArray& serverEvents(); // /v1/financial-events, read once

    SyncedWorkspace m_workspace;
    QMap<QString, QJsonObject> m_settlements; // the server's, by id
    QJsonArray m_events;
};

const QJsonArray& TestPayoutsPage::serverEvents()
{
    if (m_events.isEmpty())
        m_events = listAll(QStringLiteral("/v1/financial-events"), QStringLiteral("financial_events"));
    return m_events;
}

QJsonArray TestPayoutsPage::listAll(const QString& path, const QString& key)
{
    QJsonArray all;
    QString cursor;
    for (int n = 0; n < 1000; ++n) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("cursor"), cursor);
        const std::optional<QJsonObject> answer = m_workspace.get(path, query);
        if (!answer)
            return {};
        for (const QJsonValue& row : answer->value(key).toArray())
            all.append(row);
        if (!answer->value(QStringLiteral("has_more")).toBool())
            break;
        cursor = answer->value(QStringLiteral("next_cursor")).toString();
    }
    return all;
}

void TestPayoutsPage::initTestCase()
{
    QString error;
    QVERIFY2(m_workspace.start(400, &error), qPrintable(error));
    for (const QJsonValue& value : listAll(QStringLiteral("/v1/settlements"), QStringLiteral("settlements")))
        m_settlements.insert(value.toObject().value(QStringLiteral("id")).toString(), value.toObject());
    QVERIFY(m_settlements.size() > 30); // about 14 days each over 18 months, three currencies
    m_workspace.window()->show();
    QSignalSpy shown(page(), &PayoutsPage::payoutsShown);
    m_workspace.window()->showPage(MainWindow::Page::Payouts);
    QVERIFY(shown.wait(30000) || !page()->payouts().isEmpty());
    QTRY_VERIFY(!page()->isLoading());
}

void TestPayoutsPage::listShowsTheServersPayoutsNewestFirst()
{
    QTableWidget* table = page()->table();
    QCOMPARE(table->rowCount(), int(m_settlements.size()));
    QCOMPARE(SyncedWorkspace::child<QLabel>(page(), "payoutsSummaryLabel")->text(),
             QStringLiteral("%1 payouts").arg(m_settlements.size()));
    QString previousStart;
    for (int row = 0; row < table->rowCount(); ++row) {
        const PayoutRow& shown = page()->payouts().at(row);
        QVERIFY2(m_settlements.contains(shown.id), qPrintable(shown.id));
        const QJsonObject server = m_settlements.value(shown.id);
        const QString currency = server.value(QStringLiteral("currency")).toString();
        const qint64 total = qint64(server.value(QStringLiteral("original_total_cents")).toDouble());
        const QString what = shown.id + QLatin1Char(' ');
        // The amount, as the seller reads it, is the server's.
        QCOMPARE(table->item(row, 2)->text(), MoneyText::format(total, currency));
        // The period: its first day and its last (the end is exclusive), as the locale writes them.
        const QDate start =
            QDateTime::fromString(server.value(QStringLiteral("period_start")).toString(), Qt::ISODate).toUTC().date();
        const QDate end =
            QDateTime::fromString(server.value(QStringLiteral("period_end")).toString(), Qt::ISODate).toUTC().date();
        QCOMPARE(table->item(row, 0)->text(),
                 QStringLiteral("%1 – %2").arg(QLocale().toString(start, QLocale::ShortFormat),
                                               QLocale().toString(end.addDays(-1), QLocale::ShortFormat)));
        // The day paid: the transfer's (expected until it succeeded), or nothing.
        const QJsonValue paid = server.value(QStringLiteral("fund_transfer_date"));
        const QString paidDay =
            paid.isNull() ? QString()
                          : QLocale().toString(QDateTime::fromString(paid.toString(), Qt::ISODate).toUTC().date(),
                                               QLocale::ShortFormat);
        const bool succeeded =
            server.value(QStringLiteral("fund_transfer_status")).toString() == QLatin1String("Succeeded");
        // An open period without a transfer yet: about three days after it ends, as the dashboard says.
        const QString openDay = QLocale().toString(end.addDays(3), QLocale::ShortFormat);
        const bool open = server.value(QStringLiteral("status")).toString() == QLatin1String("open");
        QCOMPARE(table->item(row, 1)->text(),
                 paid.isNull() ? (open ? QStringLiteral("about %1 (expected)").arg(openDay) : QString())
                 : succeeded   ? paidDay
                               : QStringLiteral("%1 (expected)").arg(paidDay));
        const QString status = server.value(QStringLiteral("status")).toString();
        const QString transfer = server.value(QStringLiteral("fund_transfer_status")).toString();
        const QString expectedStatus = status == QLatin1String("open")           ? QStringLiteral("Open: still growing")
                                       : transfer == QLatin1String("Succeeded")  ? QStringLiteral("Paid")
                                       : transfer == QLatin1String("Processing") ? QStringLiteral("On its way")
                                                                                 : QStringLiteral("Nothing to pay");
        QVERIFY2(table->item(row, 3)->text() == expectedStatus, qPrintable(what + table->item(row, 3)->text()));
        QCOMPARE(table->item(row, 4)->text(),
                 QStringLiteral("…") + server.value(QStringLiteral("account_tail")).toString());
        // Newest first.
        const QString periodStart = server.value(QStringLiteral("period_start")).toString();
        if (row > 0)
            QVERIFY2(periodStart <= previousStart,
                     qPrintable(what + periodStart + QLatin1String(" after ") + previousStart));
        previousStart = periodStart;
    }
}

void TestPayoutsPage::everyPayoutReconcilesWithItsEvents()
{
    // The server's events per settlement: their sum and count.
    QHash<QString, qint64> sums, counts;
    QHash<QString, QMap<QString, qint64>> orderSums; // settlement -> order id -> the sum of its events there
    const QJsonArray& events = serverEvents();
    QVERIFY(!events.isEmpty());
    for (const QJsonValue& value : events) {
        const QJsonObject e = value.toObject();
        const QString id = e.value(QStringLiteral("settlement_id")).toString();
        const qint64 cents = SyncedWorkspace::cents(e.value(QStringLiteral("amount")).toString());
        sums[id] += cents;
        counts[id] += 1;
        const QJsonValue order = e.value(QStringLiteral("order_id"));
        if (order.isString() && !id.isEmpty())
            orderSums[id][order.toString()] += cents;
    }
    int withOrders = 0;
    QTableWidget* table = page()->table();
    int withReserves = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString id = page()->payouts().at(row).id;
        if (table->currentRow() != row) {
            QSignalSpy shown(page(), &PayoutsPage::breakdownShown);
            table->setCurrentCell(row, 0);
            QVERIFY(shown.wait(15000));
        }
        QTRY_COMPARE(page()->shownBreakdown().payout.id, id);
        const PayoutBreakdown& b = page()->shownBreakdown();
        const QJsonObject server = m_settlements.value(id);
        const QString currency = server.value(QStringLiteral("currency")).toString();
        const qint64 total = qint64(server.value(QStringLiteral("original_total_cents")).toDouble());
        const qint64 held = qint64(server.value(QStringLiteral("reserve_held_cents")).toDouble());
        const qint64 released = qint64(server.value(QStringLiteral("reserve_released_cents")).toDouble());
        withReserves += held > 0 ? 1 : 0;
        // The breakdown's events are the server's events of this settlement.
        QCOMPARE(b.eventsCents, sums.value(id));
        QCOMPARE(b.cachedEvents, counts.value(id));
        QCOMPARE(b.cachedEvents, qint64(server.value(QStringLiteral("event_count")).toDouble()));
        // Its parts add up to the payout, and the page says it matches.
        qint64 parts = 0;
        for (const PayoutLine& line : b.lines)
            parts += line.cents;
        QCOMPARE(parts, total);
        QCOMPARE(b.eventsCents + released - held, total);
        QCOMPARE(b.differenceCents, 0);
        const QString matches =
            QStringLiteral("Difference: %1 — matches the payout.").arg(MoneyText::format(0, currency));
        QVERIFY2(page()->differenceText().startsWith(matches),
                 qPrintable(id + QLatin1Char(' ') + page()->differenceText()));
        // The table shows each part and the payout on its last line.
        QTableWidget* parts_ = page()->breakdownTable();
        QCOMPARE(parts_->rowCount(), int(b.lines.size()) + 1);
        QCOMPARE(parts_->item(parts_->rowCount() - 1, 2)->text(), MoneyText::format(total, currency));
        for (int k = 0; k < b.lines.size(); ++k) {
            QCOMPARE(parts_->item(k, 0)->text(), PayoutsPage::partText(b.lines.at(k)));
            QCOMPARE(parts_->item(k, 2)->text(), MoneyText::format(b.lines.at(k).cents, currency));
        }
        // The orders it settles (a read of their own, after the parts): the server's events of this
        // settlement grouped by order (events without an order left out), the first kOrderRows by
        // order id, each with its sum.
        QTRY_COMPARE(page()->ordersShownFor(), id);
        const QMap<QString, qint64> expected = orderSums.value(id);
        QCOMPARE(b.settled.total, qint64(expected.size()));
        QCOMPARE(b.settled.rows.size(), std::min<qsizetype>(expected.size(), PayoutsPage::kOrderRows));
        QTableWidget* orders = page()->ordersTable();
        QCOMPARE(orders->objectName(), QStringLiteral("payoutOrdersTable"));
        QCOMPARE(orders->rowCount(), int(b.settled.rows.size()));
        auto next = expected.cbegin();
        for (int k = 0; k < b.settled.rows.size(); ++k, ++next) {
            const PayoutOrder& o = b.settled.rows.at(k);
            QCOMPARE(o.orderId, next.key());
            QCOMPARE(o.cents, next.value());
            QCOMPARE(orders->item(k, 0)->text(), o.orderId);
            QCOMPARE(orders->item(k, 2)->text(), MoneyText::format(o.cents, currency));
        }
        withOrders += expected.isEmpty() ? 0 : 1;
        if (!expected.isEmpty() && !b.settled.rows.first().purchaseDate.isEmpty())
            QVERIFY(!orders->item(0, 1)->text().isEmpty()); // the purchase day of a cached order
        QCOMPARE(page()->ordersText(), expected.size() > PayoutsPage::kOrderRows
                                           ? QStringLiteral("First %1 of %2 orders (by order number).")
                                                 .arg(PayoutsPage::kOrderRows)
                                                 .arg(QLocale().toString(qint64(expected.size())))
                                       : expected.isEmpty()   ? QStringLiteral("No orders in this payout.")
                                       : expected.size() == 1 ? QStringLiteral("1 order")
                                                              : QStringLiteral("%1 orders").arg(expected.size()));
    }
    QVERIFY(withOrders >= 2);
    QVERIFY(withReserves > 0); // the reserves are really part of some
}

void TestPayoutsPage::withoutACacheThePageSaysSo()
{
    PayoutsPage empty;
    empty.setReader(nullptr);
    QCOMPARE(empty.table()->rowCount(), 0);
    QCOMPARE(SyncedWorkspace::child<QLabel>(&empty, "payoutsSummaryLabel")->text(),
             QStringLiteral("No payouts downloaded yet."));
}

// The dashboard names the payouts still to come (issue 17): per currency, a closed one on its way with
// its transfer day, and the open period's running total, expected about three days after it ends.
void TestPayoutsPage::dashboardShowsTheNextPayouts()
{
    QList<QJsonObject> upcoming;
    for (const QJsonObject& g : std::as_const(m_settlements)) {
        const QString transfer = g.value(QStringLiteral("fund_transfer_status")).toString();
        if (g.value(QStringLiteral("status")).toString() == QLatin1String("open")
            || transfer == QLatin1String("Pending") || transfer == QLatin1String("Processing"))
            upcoming << g;
    }
    QVERIFY(upcoming.size() >= 3); // an open period per currency at least
    std::sort(upcoming.begin(), upcoming.end(), [](const QJsonObject& a, const QJsonObject& b) {
        const auto key = [](const QJsonObject& g) -> QString {
            return g.value(QStringLiteral("currency")).toString() + g.value(QStringLiteral("period_start")).toString()
                   + g.value(QStringLiteral("id")).toString();
        };
        return key(a) < key(b);
    });
    QStringList parts;
    for (const QJsonObject& g : std::as_const(upcoming)) {
        const QString amount = MoneyText::format(qint64(g.value(QStringLiteral("original_total_cents")).toDouble()),
                                                 g.value(QStringLiteral("currency")).toString());
        const QJsonValue date = g.value(QStringLiteral("fund_transfer_date"));
        const QDate day = date.isNull()
                              ? QDateTime::fromString(g.value(QStringLiteral("period_end")).toString(), Qt::ISODate)
                                    .toUTC()
                                    .date()
                                    .addDays(3)
                              : QDateTime::fromString(date.toString(), Qt::ISODate).toUTC().date();
        const QString dayText = QLocale().toString(day, QLocale::ShortFormat);
        parts << (g.value(QStringLiteral("status")).toString() == QLatin1String("open")
                      ? QStringLiteral("%1 so far in the open period, expected about %2").arg(amount, dayText)
                      : QStringLiteral("%1 on its way, expected %2").arg(amount, dayText));
    }
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
    auto* dashboard = SyncedWorkspace::child<DashboardPage>(m_workspace.window(), "dashboardPage");
    QVERIFY(dashboard);
    // The label is read again after the sync's last change (the dashboard's refresh delay): wait for it.
    QTRY_COMPARE_WITH_TIMEOUT(dashboard->nextPayout()->text(),
                              QStringLiteral("Next payouts: ") + parts.join(QLatin1String("; ")), 15000);
    QVERIFY(dashboard->nextPayout()->isVisible());
}

// The dashboard says per currency how much of the period's money (its financial events, by posted day
// and marketplace filter) is settled (in closed payouts) and how much still estimated (open or no payout):
// the same split as the server's /v1/settlements and /v1/financial-events give for the default period.
void TestPayoutsPage::dashboardMarksSettledAndEstimatedMoney()
{
    m_workspace.window()->showPage(MainWindow::Page::Dashboard);
    auto* dashboard = SyncedWorkspace::child<DashboardPage>(m_workspace.window(), "dashboardPage");
    QVERIFY(dashboard);
    const DashboardFilter filter = dashboard->filter();
    QMap<QString, QPair<qint64, qint64>> expected; // currency -> settled, estimated
    for (const QJsonValue& value : serverEvents()) {
        const QJsonObject e = value.toObject();
        const QDate day =
            QDateTime::fromString(e.value(QStringLiteral("posted_at")).toString(), Qt::ISODateWithMs).toUTC().date();
        if (day < filter.period.from || day > filter.period.to)
            continue;
        if (!filter.marketplaceIds.isEmpty()
            && !filter.marketplaceIds.contains(e.value(QStringLiteral("marketplace_id")).toString()))
            continue;
        const qint64 cents = SyncedWorkspace::cents(e.value(QStringLiteral("amount")).toString());
        const QJsonObject settlement = m_settlements.value(e.value(QStringLiteral("settlement_id")).toString());
        auto& sums = expected[e.value(QStringLiteral("currency")).toString()];
        (settlement.value(QStringLiteral("status")).toString() == QLatin1String("closed") ? sums.first : sums.second) +=
            cents;
    }
    QVERIFY(!expected.isEmpty());
    SettledShareLabel* label = dashboard->settledShare();
    QTRY_VERIFY_WITH_TIMEOUT(!label->isLoading() && !dashboard->isRefreshPending() && !label->shares().isEmpty(),
                             15000);
    QMap<QString, QPair<qint64, qint64>> shown;
    QStringList lines;
    for (const SettledShare& share : label->shares()) {
        shown.insert(share.currency, {share.settledCents, share.estimatedCents()});
        lines << SettledShareLabel::lineFor(share);
    }
    QCOMPARE(shown, expected);
    QCOMPARE(label->text(), lines.join(QLatin1Char('\n')));
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral(" settled (")));
    QVERIFY(!label->toolTip().isEmpty());
}

bool TestPayoutsPage::select(const QString& id)
{
    for (int row = 0; row < page()->payouts().size(); ++row) {
        if (page()->payouts().at(row).id != id)
            continue;
        if (page()->table()->currentRow() != row) {
            QSignalSpy shown(page(), &PayoutsPage::breakdownShown);
            page()->table()->setCurrentCell(row, 0);
            if (!shown.wait(15000))
                return false;
        }
        return page()->shownBreakdown().payout.id == id;
    }
    return false;
}

// Issue 17 parts 4 and 5: each currency's newest paid payout as a journal CSV (and the euro one as a
// DATEV Buchungsstapel), with 19 % VAT on Amazon's fees, read back by Python's csv module
// (tests/core/read_accounting.py): no format problem, debits equal credits, and the bank side is the
// server's payout. A payout still open, or one DATEV cannot book (not in euro), offers no such file.
void TestPayoutsPage::accountantFilesBalanceAndEqualEachPayout()
{
    AccountantFilesBar* files = page()->accountantFiles();
    AccountantSetup setup = files->setup();
    setup.datev.consultantNumber = 29098;
    setup.datev.clientNumber = 55003;
    setup.feeVatRateBp = 1900;
    files->setSetup(setup);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QMap<QString, QString> newestPaid; // currency -> id
    QString open;
    for (const PayoutRow& p : page()->payouts()) { // newest first
        if (p.status == QLatin1String("open"))
            open = p.id;
        else if (p.fundTransferStatus == QLatin1String("Succeeded") && !newestPaid.contains(p.currency))
            newestPaid.insert(p.currency, p.id);
    }
    QVERIFY(newestPaid.contains(QStringLiteral("EUR")) && newestPaid.size() >= 2);
    for (const QString& id : std::as_const(newestPaid)) {
        QVERIFY(select(id));
        const QJsonObject server = m_settlements.value(id);
        const QString currency = server.value(QStringLiteral("currency")).toString();
        const qint64 total = qint64(server.value(QStringLiteral("original_total_cents")).toDouble());
        // The fees show their net beside the gross.
        bool netShown = false;
        for (int k = 0; k < page()->shownBreakdown().lines.size(); ++k)
            netShown = netShown || page()->breakdownTable()->item(k, 2)->text().contains(QStringLiteral("(net "));
        QVERIFY2(netShown, qPrintable(id));

        const QString journal = dir.filePath(id + QStringLiteral("-journal.csv"));
        QVERIFY2(files->exportTo(AccountantFilesBar::Format::Journal, journal), qPrintable(files->messageText()));
        const QJsonObject read = readBack(QStringLiteral("journal"), journal);
        QVERIFY2(read.value(QStringLiteral("problems")).toArray().isEmpty(),
                 QJsonDocument(read.value(QStringLiteral("problems")).toArray()).toJson().constData());
        const QJsonObject entry = read.value(QStringLiteral("journals")).toObject().value(id).toObject();
        QVERIFY2(!entry.isEmpty(), qPrintable(id));
        QCOMPARE(entry.value(QStringLiteral("debit")).toDouble(), entry.value(QStringLiteral("credit")).toDouble());
        QCOMPARE(net(read, setup.mapping.bankAccount), total);
        QVERIFY(net(read, setup.mapping.inputVatAccount) != 0); // the fees' input VAT booked apart

        auto* datev = files->findChild<QPushButton*>(QStringLiteral("payoutDatevButton"));
        QCOMPARE(datev->isEnabled(), currency == QLatin1String("EUR"));
        if (currency != QLatin1String("EUR"))
            continue;
        const QString extf = dir.filePath(QStringLiteral("EXTF_") + id + QStringLiteral(".csv"));
        QVERIFY2(files->exportTo(AccountantFilesBar::Format::Datev, extf), qPrintable(files->messageText()));
        const QJsonObject booked = readBack(QStringLiteral("datev"), extf);
        QVERIFY2(booked.value(QStringLiteral("problems")).toArray().isEmpty(),
                 QJsonDocument(booked.value(QStringLiteral("problems")).toArray()).toJson().constData());
        const QJsonArray header = booked.value(QStringLiteral("header")).toArray();
        QCOMPARE(header.at(0).toString(), QStringLiteral("EXTF"));
        QCOMPARE(header.at(10).toString(), QStringLiteral("29098")); // Beraternummer
        QCOMPARE(header.at(11).toString(), QStringLiteral("55003")); // Mandantennummer
        QCOMPARE(booked.value(QStringLiteral("debit_total")).toDouble(),
                 booked.value(QStringLiteral("credit_total")).toDouble());
        QCOMPARE(net(booked, setup.mapping.bankAccount), total);
        QVERIFY(files->messageText().contains(QFileInfo(extf).fileName()));
    }
    if (!open.isEmpty()) {
        QVERIFY(select(open));
        QVERIFY(!files->findChild<QPushButton*>(QStringLiteral("payoutJournalButton"))->isEnabled());
    }
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestPayoutsPage)
#include "TestPayoutsPage.moc"
