// Issue 18 part 1: the restock page standalone over a real synced cache (real sandbox, real
// keychain): the plan read off the UI thread and shown by urgency with the formula in the column
// tooltips; the default and a SKU's own lead time and safety days saved online, in the cache and the
// table at once; read-only offline with a clear message; the purchase list exported to CSV and XLSX
// (files 0600) and read back with Python's csv module and openpyxl.
#include "ExportTestSupport.h"
#include "RestockPage.h"
#include "RestockPurchaseList.h"
#include "SyncedWorkspace.h"
#include "restock/RestockSettingsClient.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>

namespace sp::test {

class TestRestockPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsThePlanByUrgency();
    void editsTheDefaultAndASkuOnline();
    void offlineTheSettingsAreReadOnly();
    void exportsThePurchaseList();
    void cleanupTestCase();

private:
    QTableView* table() const { return SyncedWorkspace::child<QTableView>(m_page, "restockTable"); }
    int rowCount() const { return table()->model()->rowCount(); }
    QString cell(int row, int column, int role = Qt::DisplayRole) const
    {
        return table()->model()->index(row, column).data(role).toString();
    }
    QString headerTip(int column) const
    {
        return table()->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    }
    template <typename T>
    T* child(const char* name) const
    {
        return SyncedWorkspace::child<T>(m_page, name);
    }
    int rowOf(const QString& sku) const
    {
        for (int i = 0; i < rowCount(); ++i)
            if (cell(i, 0) == sku)
                return i;
        return -1;
    }
    bool reloaded(const std::function<void()>& action)
    {
        QSignalSpy shown(m_page, &RestockPage::planShown);
        action();
        return shown.wait(30000);
    }

    SyncedWorkspace m_workspace;
    RestockPage* m_page = nullptr;
    QTemporaryDir m_dir;
};

void TestRestockPage::initTestCase()
{
    QString error;
    QVERIFY2(m_workspace.start(3000, &error), qPrintable(error));
    m_page = new RestockPage;
    m_page->setCache(m_workspace.sync()->cache());
    m_page->setSession(m_workspace.harness().host->session(), true);
    m_page->resize(1400, 800);
    m_page->show(); // a hidden page reads nothing (ReadWhenShown)
    QVERIFY(reloaded([this] { m_page->setReader(m_workspace.reader()); }));
}

void TestRestockPage::showsThePlanByUrgency()
{
    const RestockPlanner::Plan& plan = m_page->plan();
    QVERIFY(plan.error.isEmpty());
    QCOMPARE(rowCount(), plan.rows.size());
    QCOMPARE(plan.rows.size(), m_workspace.scalar("SELECT count(*) FROM inventory")); // every SKU and region
    for (int i = 0; i < plan.rows.size(); ++i) {
        QCOMPARE(cell(i, 0), plan.rows.at(i).sku);
        QCOMPARE(cell(i, 3), RestockPurchaseList::urgencyText(plan.rows.at(i)));
        if (i > 0)
            QVERIFY(int(plan.rows.at(i - 1).figures.urgency) <= int(plan.rows.at(i).figures.urgency));
    }
    // Nothing set yet: the contract's 30 lead days and 14 safety days.
    QCOMPARE(child<QSpinBox>("restockDefaultLeadSpin")->value(), 30);
    QCOMPARE(child<QSpinBox>("restockDefaultSafetySpin")->value(), 14);
    // The formula is in the column titles' tooltips.
    QCOMPARE(headerTip(8), RestockPurchaseList::seasonHint());
    QCOMPARE(headerTip(11), RestockPurchaseList::coverHint());
    QCOMPARE(headerTip(14), RestockPurchaseList::quantityHint());
    QVERIFY(!child<QLabel>("restockOfflineMessage")->isVisible());
}

void TestRestockPage::editsTheDefaultAndASkuOnline()
{
    child<QSpinBox>("restockDefaultLeadSpin")->setValue(25);
    child<QSpinBox>("restockDefaultSafetySpin")->setValue(5);
    QVERIFY(reloaded([this] { child<QPushButton>("restockDefaultSaveButton")->click(); }));
    QCOMPARE(m_workspace.scalar("SELECT lead_time_days FROM restock_settings WHERE sku IS NULL"), 25);
    QCOMPARE(m_page->plan().defaultSafetyDays, 5);
    QTRY_COMPARE(child<QLabel>("restockMessage")->text(), QStringLiteral("Saved."));

    const QString sku = m_page->plan().rows.first().sku;
    table()->selectRow(0);
    QVERIFY(child<QPushButton>("restockSkuSaveButton")->isEnabled());
    QVERIFY(!child<QPushButton>("restockSkuResetButton")->isEnabled()); // it follows the default
    QCOMPARE(child<QSpinBox>("restockSkuLeadSpin")->value(), 25);
    child<QSpinBox>("restockSkuLeadSpin")->setValue(60);
    child<QSpinBox>("restockSkuSafetySpin")->setValue(0);
    QVERIFY(reloaded([this] { child<QPushButton>("restockSkuSaveButton")->click(); }));
    QCOMPARE(m_workspace.scalar("SELECT lead_time_days FROM restock_settings WHERE sku = ?1", {sku}), 60);
    const int row = rowOf(sku);
    QVERIFY(row >= 0);
    QCOMPARE(cell(row, 12), QStringLiteral("60"));
    QCOMPARE(cell(row, 12, Qt::ToolTipRole), QStringLiteral("This SKU's own setting"));
    // The plan read again keeps the SKU chosen, wherever its row moved.
    QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table()->selectionModel()->selectedRows().first().row(), row);
    QCOMPARE(child<QLabel>("restockSkuLabel")->text(), QStringLiteral("Lead time and safety days of %1:").arg(sku));

    table()->selectRow(rowOf(sku));
    QVERIFY(child<QPushButton>("restockSkuResetButton")->isEnabled());
    QVERIFY(reloaded([this] { child<QPushButton>("restockSkuResetButton")->click(); }));
    QCOMPARE(m_workspace.scalar("SELECT count(*) FROM restock_settings WHERE sku = ?1", {sku}), 0);
    QCOMPARE(cell(rowOf(sku), 12), QStringLiteral("25"));
}

void TestRestockPage::offlineTheSettingsAreReadOnly()
{
    m_page->setSession(m_workspace.harness().host->session(), false);
    auto* offline = child<QLabel>("restockOfflineMessage");
    QVERIFY(offline->isVisible());
    QCOMPARE(offline->text(), RestockSettingsClient::offlineMessage());
    table()->selectRow(0);
    for (const char* name : {"restockDefaultSaveButton", "restockSkuSaveButton", "restockSkuResetButton"})
        QVERIFY2(!child<QPushButton>(name)->isEnabled(), name);
    QVERIFY(!child<QSpinBox>("restockDefaultLeadSpin")->isEnabled());
    QVERIFY(rowCount() > 0);                                      // still readable
    QVERIFY(child<QPushButton>("restockCsvButton")->isEnabled()); // and exportable
    m_page->setSession(nullptr, false);
    QVERIFY(!child<QPushButton>("restockDefaultSaveButton")->isEnabled());
}

void TestRestockPage::exportsThePurchaseList()
{
    QList<const RestockPlanner::Row*> toOrder;
    for (const RestockPlanner::Row& r : m_page->plan().rows)
        if (r.figures.quantity > 0)
            toOrder.append(&r);
    QVERIFY(!toOrder.isEmpty());
    m_page->setLocale(QLocale(QLocale::English, QLocale::UnitedStates)); // commas and a decimal point
    m_page->setTargetChooser([this](ExportJob::Format, const QString& name) { return m_dir.filePath(name); });
    QSignalSpy finished(m_page, &RestockPage::exportFinished);
    child<QPushButton>("restockCsvButton")->click();
    QVERIFY(finished.wait(30000));
    ExportResult result = finished.last().at(0).value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(QFileInfo(result.path).permissions() & 0x7777, // 0600: nobody else reads it
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const QJsonArray csv = readBack(QStringLiteral("csv"), result.path).object().value(QLatin1String("rows")).toArray();
    QCOMPARE(csv.size(), toOrder.size() + 1); // the header, then one row per SKU to order
    QCOMPARE(csv.at(0).toArray().at(0).toString(), QStringLiteral("SKU"));
    for (int i = 0; i < toOrder.size(); ++i) {
        const QJsonArray row = csv.at(i + 1).toArray();
        QCOMPARE(row.at(0).toString(), toOrder.at(i)->sku);
        QCOMPARE(row.at(5).toString(), QString::number(toOrder.at(i)->figures.quantity));
        QCOMPARE(row.at(4).toString(), toOrder.at(i)->reorderDate.toString(Qt::ISODate));
    }

    if (!kXlsxAvailable)
        return;
    child<QPushButton>("restockXlsxButton")->click();
    QVERIFY(finished.wait(30000));
    result = finished.last().at(0).value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QCOMPARE(QFileInfo(result.path).permissions() & 0x7777, // 0600: nobody else reads it
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    const QJsonArray cells =
        readBack(QStringLiteral("xlsx"), result.path).object().value(QLatin1String("cells")).toArray();
    const int header = 4; // XlsxReportWriter::kHeaderRow
    QCOMPARE(cells.size(), header + 1 + toOrder.size());
    QCOMPARE(cells.at(header).toArray().at(0).toObject().value(QLatin1String("v")).toString(), QStringLiteral("SKU"));
    for (int i = 0; i < toOrder.size(); ++i) {
        const QJsonArray row = cells.at(header + 1 + i).toArray();
        QCOMPARE(row.at(0).toObject().value(QLatin1String("v")).toString(), toOrder.at(i)->sku);
        QCOMPARE(row.at(5).toObject().value(QLatin1String("v")).toInteger(), toOrder.at(i)->figures.quantity);
    }
}

void TestRestockPage::cleanupTestCase() { delete m_page; }

} // namespace sp::test

QTEST_MAIN(sp::test::TestRestockPage)
#include "TestRestockPage.moc"
