// Issue 18 part 2: the alerts page standalone, over a real SQLCipher cache (an AccountCache with an
// in-memory keychain, no sandbox): the list (rule, subject, plain words, when; new ones bold), Read,
// Snooze and Dismiss of the selected alert, and the rules' settings saved to the profile at once.
// Widgets found by object name.
#include "AlertsPage.h"
#include "WidgetChecks.h"
#include "alerts/AlertCenter.h"
#include "alerts/AlertStore.h"
#include "alerts/AlertText.h"
#include "cache/AccountCache.h"
#include "cache/CacheWriter.h"
#include "common/Clock.h"
#include "profile/Profile.h"
#include "secrets/InMemorySecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

class TestAlertsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<Profile> m_profile;
    InMemorySecretStore m_keychain;
    Clock m_clock;
    std::unique_ptr<AccountCache> m_cache;
    std::unique_ptr<AlertCenter> m_center;
    std::unique_ptr<AlertsPage> m_page;

    template <typename T>
    T* child(const char* name)
    {
        T* w = m_page->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning() << "no" << name;
        return w;
    }
    // The evaluator's output recorded as after a sync (on the writer's thread).
    bool record(const QList<AlertCause>& causes)
    {
        CacheWriter* writer = m_cache->writer();
        bool ok = false;
        const QDateTime now = m_clock.nowUtc();
        QMetaObject::invokeMethod(
            writer,
            [&] {
                QString error;
                ok = writer->writeInTransaction(
                    [&](CipherDatabase& db, QString* e) {
                        QList<Alert> raised;
                        return AlertStore::apply(db, causes, {}, now, &raised, e);
                    },
                    &error);
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }
    int rowOf(const QString& key) const
    {
        for (int row = 0; row < m_page->table()->rowCount(); ++row)
            if (m_page->table()->item(row, 0)->data(Qt::UserRole).toString() == key)
                return row;
        return -1;
    }
    bool waitShown(const std::function<void()>& action)
    {
        QSignalSpy shown(m_page.get(), &AlertsPage::alertsShown);
        action();
        return shown.wait(10000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_profile = Profile::open(m_dir.filePath(QStringLiteral("profile")), &error);
        QVERIFY2(m_profile, qPrintable(error));
        m_cache = std::make_unique<AccountCache>(&m_keychain, &*m_profile, &m_clock);
        QSignalSpy opened(m_cache.get(), &AccountCache::opened);
        m_cache->open(QStringLiteral("acct_alerts"));
        QVERIFY(opened.wait(30000));
        m_center = std::make_unique<AlertCenter>(&m_profile->settings(), &m_clock);
        m_center->setCache(m_cache.get());
        AlertCause stock;
        stock.key = QStringLiteral("stock-out|SKU-RED-1|eu");
        stock.rule = AlertRule::StockOut;
        stock.subject = QStringLiteral("SKU-RED-1 · EU");
        stock.facts = {{QStringLiteral("sku"), QStringLiteral("SKU-RED-1")},
                       {QStringLiteral("region"), QStringLiteral("eu")},
                       {QStringLiteral("fulfillable"), 6},
                       {QStringLiteral("days"), 3},
                       {QStringLiteral("per_day"), 2.0}};
        AlertCause refunds;
        refunds.key = QStringLiteral("refund-rate|SKU-BLUE-2");
        refunds.rule = AlertRule::RefundRate;
        refunds.subject = QStringLiteral("SKU-BLUE-2");
        refunds.facts = {{QStringLiteral("sku"), QStringLiteral("SKU-BLUE-2")},
                         {QStringLiteral("refunds"), 5},
                         {QStringLiteral("units"), 20},
                         {QStringLiteral("rate"), 25.0}};
        AlertCause sync;
        sync.key = QStringLiteral("sync-failing");
        sync.rule = AlertRule::SyncFailing;
        // no subject of its own: shown as "Sync"
        sync.facts = {{QStringLiteral("since"), QStringLiteral("2026-12-01T08:00:00Z")}, {QStringLiteral("hours"), 30}};
        QVERIFY(record({stock, refunds, sync}));
        m_page = std::make_unique<AlertsPage>();
        m_page->resize(1000, 700);
        QVERIFY(waitShown([this] {
            m_page->setAlertCenter(m_center.get());
            m_page->show();
        }));
    }

    void listShowsEachAlertInPlainWords()
    {
        QTableWidget* table = child<QTableWidget>("alertsTable");
        QVERIFY(table);
        QCOMPARE(table, m_page->table());
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->columnCount(), 4);
        const int row = rowOf(QStringLiteral("stock-out|SKU-RED-1|eu"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 0)->text(), AlertText::ruleTitle(AlertRule::StockOut));
        QCOMPARE(table->item(row, 1)->text(), QStringLiteral("SKU-RED-1 · EU"));
        QCOMPARE(table->item(row, 2)->text(),
                 QStringLiteral("SKU-RED-1 in EU runs out in about 3 days: 6 in stock, about 2.0 sold a day over the "
                                "last 30 days."));
        QVERIFY(!table->item(row, 3)->text().isEmpty());
        QVERIFY(table->item(row, 0)->font().bold()); // new
        const int refund = rowOf(QStringLiteral("refund-rate|SKU-BLUE-2"));
        QCOMPARE(table->item(refund, 2)->text(),
                 QStringLiteral("SKU-BLUE-2: 25.0 % of the units sold in the last 30 days were refunded (5 of 20)."));
        QVERIFY(table->item(rowOf(QStringLiteral("sync-failing")), 2)->text().contains(QLatin1String("30 hours")));
        QCOMPARE(table->item(rowOf(QStringLiteral("sync-failing")), 1)->text(), QStringLiteral("Sync"));
        QCOMPARE(m_page->newCount(), 3);
        QCOMPARE(child<QLabel>("alertsSummary")->text(), QStringLiteral("3 alerts, 3 new."));
        for (const char* name :
             {"alertReadButton", "alertSnoozeDayButton", "alertSnoozeWeekButton", "alertDismissButton"})
            QVERIFY(!child<QPushButton>(name)->isEnabled()); // nothing selected
    }

    void readSnoozeAndDismissTheSelectedAlert()
    {
        QTableWidget* table = m_page->table();
        table->selectRow(rowOf(QStringLiteral("stock-out|SKU-RED-1|eu")));
        QVERIFY(child<QPushButton>("alertReadButton")->isEnabled());
        QVERIFY(waitShown([this] { QTest::mouseClick(child<QPushButton>("alertReadButton"), Qt::LeftButton); }));
        int row = rowOf(QStringLiteral("stock-out|SKU-RED-1|eu"));
        QVERIFY(row >= 0);
        QVERIFY(!table->item(row, 0)->font().bold());
        QCOMPARE(m_page->newCount(), 2);

        table->selectRow(row);
        QVERIFY(waitShown([this] { QTest::mouseClick(child<QPushButton>("alertSnoozeWeekButton"), Qt::LeftButton); }));
        QCOMPARE(rowOf(QStringLiteral("stock-out|SKU-RED-1|eu")), -1); // snoozed for a week

        table->selectRow(rowOf(QStringLiteral("refund-rate|SKU-BLUE-2")));
        QVERIFY(waitShown([this] { QTest::mouseClick(child<QPushButton>("alertDismissButton"), Qt::LeftButton); }));
        QCOMPARE(rowOf(QStringLiteral("refund-rate|SKU-BLUE-2")), -1);
        QCOMPARE(table->rowCount(), 1);

        // The same causes recorded again (the next sync): nothing comes back, nothing is new.
        QVERIFY(waitShown([this] {
            AlertCause stock;
            stock.key = QStringLiteral("stock-out|SKU-RED-1|eu");
            stock.subject = QStringLiteral("SKU-RED-1 · EU");
            AlertCause refunds;
            refunds.key = QStringLiteral("refund-rate|SKU-BLUE-2");
            refunds.rule = AlertRule::RefundRate;
            refunds.subject = QStringLiteral("SKU-BLUE-2");
            AlertCause sync;
            sync.key = QStringLiteral("sync-failing");
            sync.rule = AlertRule::SyncFailing;
            // no subject of its own: shown as "Sync"
            QVERIFY(record({stock, refunds, sync}));
            m_center->markRead(QStringLiteral("sync-failing"));
        }));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(m_page->newCount(), 0);
    }

    void settingsAreSavedAtOnce()
    {
        QVERIFY(child<QGroupBox>("alertRulesGroup")->isEnabled());
        auto* stock = child<QCheckBox>("stockOutCheck");
        auto* days = child<QSpinBox>("stockOutDays");
        QVERIFY(stock && days);
        QVERIFY(stock->isChecked());
        QCOMPARE(days->value(), 14);
        days->setValue(21);
        QCOMPARE(m_center->settings().stockOutDays, 21);
        QCOMPARE(m_profile->settings().value(QStringLiteral("alerts/stockOutDays")).toInt(), 21);
        child<QCheckBox>("refundRateCheck")->setChecked(false);
        QVERIFY(!m_center->settings().refundRateOn);
        QVERIFY(!child<QSpinBox>("refundRatePercent")->isEnabled());
        child<QSpinBox>("marginDropPoints")->setValue(15);
        child<QSpinBox>("syncFailingHours")->setValue(48);
        child<QCheckBox>("trayIconCheck")->setChecked(false);
        const AlertSettings saved = AlertSettings::load(m_profile->settings());
        QCOMPARE(saved.marginDropPoints, 15);
        QCOMPARE(saved.syncFailingHours, 48);
        QVERIFY(!saved.trayIcon);
        QVERIFY(child<QCheckBox>("amazonConnectionCheck")->isChecked());
        // A change made elsewhere shows on the page.
        m_center->setSettings(AlertSettings());
        QCOMPARE(days->value(), 14);
        QVERIFY(child<QCheckBox>("trayIconCheck")->isChecked());
    }

    // The page fits the main window at 1024x700 beside the sidebar (TestLayoutFits checks every language
    // once the page is in the window).
    void fitsBesideTheSidebar()
    {
        const QSize needed = m_page->minimumSizeHint();
        QVERIFY2(needed.width() <= 780 && needed.height() <= 560,
                 qPrintable(QStringLiteral("%1x%2").arg(needed.width()).arg(needed.height())));
    }

    void everyInteractiveWidgetIsNamed()
    {
        for (QWidget* w : m_page->findChildren<QWidget*>()) {
            if (!isInteractive(w) || isQtInternal(w) || qobject_cast<QAbstractItemView*>(w->parentWidget()))
                continue;
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        }
        const QStringList unnamed = widgetsWithoutAccessibleName(m_page.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_center.reset();
        m_cache.reset();
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestAlertsPage)
#include "TestAlertsPage.moc"
