// The home currency in the UI over a real synced cache (real sandbox, real keychain): the dashboard
// leads with every marketplace added up in the home currency, whose figures equal the test's own
// SQL over the cache (each day's summary at that day's rate, or the latest earlier one); the choice
// in Settings is stored in the profile and changes the dashboard; a currency without rates is named
// and nothing is shown converted at a made-up rate.
#include "DashboardPage.h"
#include "HomeCurrencyChooser.h"
#include "HomeCurrencySummary.h"
#include "MoneyText.h"
#include "SyncedWorkspace.h"
#include "expenses/ExpenseOccurrences.h"
#include "reports/HomeCurrency.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QTableWidget>

#include <cmath>

namespace sp::test {

namespace {

// Each day's summed figure at that day's rates (latest on or before it; the first one before any),
// into `home`, in plain SQL: an independent computation of what HomeCurrencyQuery adds up.
QByteArray convertedSql(const char* figure)
{
    const QByteArray rate =
        "(SELECT CASE WHEN %1 = 'EUR' THEN 1000000 ELSE COALESCE("
        "(SELECT r.rate_micros FROM exchange_rates r WHERE r.currency = %1 AND r.day <= d.day "
        "ORDER BY r.day DESC LIMIT 1), "
        "(SELECT r.rate_micros FROM exchange_rates r WHERE r.currency = %1 ORDER BY r.day LIMIT 1)) "
        "END)";
    return "SELECT CAST(ROUND(SUM(CAST(" + QByteArray(figure) + " AS REAL) / "
           + QByteArray(rate).replace("%1", "d.currency") + " * " + QByteArray(rate).replace("%1", "?3")
           + ")) AS INTEGER) FROM summary_daily d WHERE d.day >= ?1 AND d.day <= ?2";
}

// Issue 17: one amount of `?4`'s currency on day `?1`, into `?3`, in thousandths of a cent.
QByteArray convertedAmountSql()
{
    const QByteArray rate =
        "(SELECT CASE WHEN %1 = 'EUR' THEN 1000000 ELSE COALESCE("
        "(SELECT r.rate_micros FROM exchange_rates r WHERE r.currency = %1 AND r.day <= ?1 "
        "ORDER BY r.day DESC LIMIT 1), "
        "(SELECT r.rate_micros FROM exchange_rates r WHERE r.currency = %1 ORDER BY r.day LIMIT 1)) "
        "END)";
    return "SELECT CAST(ROUND(CAST(?2 AS REAL) * 1000 / " + QByteArray(rate).replace("%1", "?4") + " * "
           + QByteArray(rate).replace("%1", "?3") + ") AS INTEGER)";
}

} // namespace

class TestHomeCurrencyUi : public QObject
{
    Q_OBJECT

private:
    SyncedWorkspace m_workspace;

    HomeCurrencySummary* summary() const
    {
        auto* summary = SyncedWorkspace::child<HomeCurrencySummary>(m_workspace.window(), "homeCurrencySummary");
        if (summary && !QTest::qWaitFor([summary] { return !summary->isLoading(); }, 30000))
            qWarning("the home currency figures did not arrive");
        return summary;
    }
    QString expected(const char* figure, const QString& home) const
    {
        const Period period =
            SyncedWorkspace::child<DashboardPage>(m_workspace.window(), "dashboardPage")->filter().period;
        const qint64 cents =
            m_workspace.scalar(convertedSql(figure).constData(),
                               {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), home});
        return MoneyText::format(cents, home);
    }
    // Net profit: the summaries' figure less the seller's expenses, each occurrence at its day's rate.
    QString expectedProfit(const QString& home) const
    {
        const Period period =
            SyncedWorkspace::child<DashboardPage>(m_workspace.window(), "dashboardPage")->filter().period;
        const QByteArray figure = "(d.revenue_cents - d.fees_cents - d.refunds_cents - d.advertising_cents "
                                  "+ d.reimbursements_cents - d.cogs_cents) * 1000";
        qint64 milli = m_workspace.scalar(convertedSql(figure.constData()).constData(),
                                          {period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), home});
        const QStringList ids = m_workspace.column("SELECT id FROM expenses");
        for (const QString& id : ids) {
            ExpenseRecord e;
            e.recurrence = m_workspace.column("SELECT recurrence FROM expenses WHERE id = ?1", {id}).value(0);
            e.startsOn = QDate::fromString(
                m_workspace.column("SELECT starts_on FROM expenses WHERE id = ?1", {id}).value(0), Qt::ISODate);
            e.endsOn = QDate::fromString(
                m_workspace.column("SELECT ends_on FROM expenses WHERE id = ?1", {id}).value(0), Qt::ISODate);
            const QString currency = m_workspace.column("SELECT currency FROM expenses WHERE id = ?1", {id}).value(0);
            const QString amount = QString::number(
                m_workspace.scalar("SELECT amount_cents FROM expenses WHERE id = ?1", {id}));
            for (const QDate& day : ExpenseOccurrences::within(e, period))
                milli -= m_workspace.scalar(convertedAmountSql().constData(),
                                            {day.toString(Qt::ISODate), amount, home, currency});
        }
        return MoneyText::format(qint64(std::llround(double(milli) / 1000.0)), home);
    }
    QComboBox* combo() const { return SyncedWorkspace::child<QComboBox>(m_workspace.window(), "homeCurrencyCombo"); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_workspace.start(500, &error), qPrintable(error));
        m_workspace.window()->show();
        m_workspace.window()->showPage(MainWindow::Page::Dashboard);
        auto* page = SyncedWorkspace::child<DashboardPage>(m_workspace.window(), "dashboardPage");
        QVERIFY(page);
        page->refresh(); // the synced data's figures, now rather than after the refresh delay
        QVERIFY(summary());
    }

    // First on the page, above the per-currency cards; the figures are the SQL's, rounded to the cent.
    void dashboardLeadsWithEveryMarketplaceInTheHomeCurrency()
    {
        HomeCurrencySummary* s = summary();
        const QString home = s->totals().currency;
        QCOMPARE(home, HomeCurrency::defaultFor(QLocale::system(), s->totals().covered));
        QCOMPARE(s->headingText(), QStringLiteral("All marketplaces in %1").arg(home));
        QCOMPARE(s->totals().fromCurrencies.size(), 3);
        auto* cards = SyncedWorkspace::child<QWidget>(m_workspace.window(), "dashboardCards");
        QVERIFY(s->mapTo(m_workspace.window(), QPoint()).y() < cards->mapTo(m_workspace.window(), QPoint()).y());
        QCOMPARE(s->valueText(QStringLiteral("revenue")), expected("d.revenue_cents", home));
        QCOMPARE(s->valueText(QStringLiteral("fees")), expected("d.fees_cents", home));
        QCOMPARE(s->valueText(QStringLiteral("refunds")), expected("d.refunds_cents", home));
        QCOMPARE(s->valueText(QStringLiteral("profit")), expectedProfit(home));
        QVERIFY(s->ratesNoteText().contains(QLatin1String("reference rates")));
        QVERIFY(s->missingRatesText().isEmpty());
        auto* note = SyncedWorkspace::child<QLabel>(s, "homeCurrencyRatesNote");
        QVERIFY2(note->toolTip().contains(QLocale().toString(s->totals().lastRateDay, QLocale::ShortFormat)),
                 qPrintable(note->toolTip()));

        // Top earners across currencies, by the converted net profit, and it says so.
        auto* box = SyncedWorkspace::child<QGroupBox>(m_workspace.window(), "dashboardTopEarnersBox");
        QTRY_COMPARE(box->title(), QStringLiteral("Top earners (by net profit in %1, converted)").arg(home));
        QVERIFY(box->toolTip().contains(QLocale().toString(s->totals().rankRateDay, QLocale::ShortFormat)));
        auto* table = SyncedWorkspace::child<QTableWidget>(m_workspace.window(), "dashboardTopEarners");
        QVERIFY(table->rowCount() > 1);
        QCOMPARE(table->rowCount(), int(s->totals().topEarners.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const ProductRank& rank = s->totals().topEarners.at(row);
            QCOMPARE(table->item(row, 0)->text(), rank.sku);
            QCOMPARE(table->item(row, 4)->text(), MoneyText::format(rank.netProfitCents, home));
            if (row > 0)
                QVERIFY(s->totals().topEarners.at(row - 1).netProfitCents >= rank.netProfitCents);
        }
    }

    // Settings' choice is stored in the profile; the dashboard shows it when shown again.
    void choosingInSettingsChangesTheDashboard()
    {
        m_workspace.window()->showPage(MainWindow::Page::Settings);
        QComboBox* c = combo();
        QVERIFY(c);
        QCOMPARE(c->currentData().toString(), QString()); // automatic
        c->setCurrentIndex(c->findData(QStringLiteral("GBP")));
        QSettings& settings = m_workspace.harness().profile->settings();
        QCOMPARE(settings.value(HomeCurrency::settingsKey()).toString(), QStringLiteral("GBP"));
        m_workspace.window()->showPage(MainWindow::Page::Dashboard);
        QTRY_COMPARE(summary()->headingText(), QStringLiteral("All marketplaces in GBP"));
        QCOMPARE(summary()->valueText(QStringLiteral("revenue")), expected("d.revenue_cents", QStringLiteral("GBP")));
        // A second chooser over the same settings shows the stored choice.
        HomeCurrencyChooser other;
        other.setSettings(&settings);
        QCOMPARE(other.currentCode(), QStringLiteral("GBP"));
    }

    // SEK: the seller sells nothing in it, so no rates: named, and no figure is shown.
    void aCurrencyWithoutRatesIsNamedNotConverted()
    {
        m_workspace.window()->showPage(MainWindow::Page::Settings);
        combo()->setCurrentIndex(combo()->findData(QStringLiteral("SEK")));
        m_workspace.window()->showPage(MainWindow::Page::Dashboard);
        QTRY_COMPARE(summary()->headingText(), QStringLiteral("All marketplaces in SEK"));
        QVERIFY2(summary()->missingRatesText().contains(QLatin1String("SEK")),
                 qPrintable(summary()->missingRatesText()));
        for (const QString& key : HomeCurrencySummary::figureKeys())
            QCOMPARE(summary()->valueText(key), QStringLiteral("\u2014"));
        // Without rates the products are ranked within each currency again, and the heading says no more.
        QTRY_COMPARE(SyncedWorkspace::child<QGroupBox>(m_workspace.window(), "dashboardTopEarnersBox")->title(),
                     QStringLiteral("Top earners"));
        // Back to automatic: the key is removed again.
        m_workspace.window()->showPage(MainWindow::Page::Settings);
        combo()->setCurrentIndex(0);
        QVERIFY(!m_workspace.harness().profile->settings().contains(HomeCurrency::settingsKey()));
        m_workspace.window()->showPage(MainWindow::Page::Dashboard);
        QTRY_VERIFY(summary()->missingRatesText().isEmpty());
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestHomeCurrencyUi)
#include "TestHomeCurrencyUi.moc"
