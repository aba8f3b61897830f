// Issue 17 part 3: the expenses page over a real synced cache (real sandbox, real keychain): the
// demo's expenses listed; add, edit and delete through the dialog, written on the server and into
// the cache at once; a refused save keeps the dialog and its input with the server's reason;
// offline the list is read-only with a clear message.
#include "ExpenseDialog.h"
#include "ExpensesPage.h"
#include "SyncedWorkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace sp::test {

class TestExpensesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTheCachedExpenses();
    void addEditDeleteThroughTheDialog();
    void offlineTheListIsReadOnly();

private:
    ExpensesPage* page() const { return SyncedWorkspace::child<ExpensesPage>(m_workspace.window(), "expensesPage"); }
    QTableWidget* table() const { return SyncedWorkspace::child<QTableWidget>(page(), "expensesTable"); }
    QPushButton* button(const char* name) const { return SyncedWorkspace::child<QPushButton>(page(), name); }
    int rowOf(const QString& description) const
    {
        for (int i = 0; i < table()->rowCount(); ++i)
            if (table()->item(i, 0) && table()->item(i, 0)->text() == description)
                return i;
        return -1;
    }
    qint64 amountOf(const QString& description) const
    {
        return m_workspace.scalar("SELECT amount_cents FROM expenses WHERE description = ?1", {description});
    }

    SyncedWorkspace m_workspace;
};

void TestExpensesPage::initTestCase()
{
    QString error;
    QVERIFY2(m_workspace.start(200, &error), qPrintable(error));
    m_workspace.window()->show();
    m_workspace.window()->showPage(MainWindow::Page::Expenses);
    QVERIFY(page());
}

void TestExpensesPage::listsTheCachedExpenses()
{
    QCOMPARE(m_workspace.scalar("SELECT count(*) FROM expenses"), 3);
    QTRY_COMPARE(table()->rowCount(), 3);
    QVERIFY(rowOf(QStringLiteral("Repricing software subscription")) >= 0);
    const int row = rowOf(QStringLiteral("Repricing software subscription"));
    QCOMPARE(table()->item(row, 1)->text(), ExpenseDialog::categoryName(QStringLiteral("software")));
    QCOMPARE(table()->item(row, 3)->text(), ExpenseDialog::recurrenceName(QStringLiteral("monthly")));
}

void TestExpensesPage::addEditDeleteThroughTheDialog()
{
    page()->setSession(m_workspace.harness().host->session(), true);
    QVERIFY(button("expenseAddButton")->isEnabled());
    button("expenseAddButton")->click();
    QTRY_VERIFY(page()->dialog());
    ExpenseDialog* dialog = page()->dialog();
    const QString description = QStringLiteral("Lagerfläche Köln");
    SyncedWorkspace::child<QLineEdit>(dialog, "expenseDescriptionEdit")->setText(description);
    SyncedWorkspace::child<QLineEdit>(dialog, "expenseAmountEdit")->setText(QStringLiteral("12,34"));
    auto* recurrence = SyncedWorkspace::child<QComboBox>(dialog, "expenseRecurrenceCombo");
    recurrence->setCurrentIndex(recurrence->findData(QStringLiteral("monthly")));
    // A SKU the seller does not have: the server refuses it; the dialog stays with the input.
    SyncedWorkspace::child<QLineEdit>(dialog, "expenseSkuEdit")->setText(QStringLiteral("NO-SUCH-SKU-9"));
    auto* save = SyncedWorkspace::child<QPushButton>(dialog, "expenseSaveButton");
    save->click();
    auto* message = SyncedWorkspace::child<QLabel>(dialog, "expenseDialogMessage");
    QTRY_VERIFY(message->isVisible() && message->text().contains(QStringLiteral("sku")));
    QVERIFY(page()->dialog());
    QCOMPARE(SyncedWorkspace::child<QLineEdit>(dialog, "expenseDescriptionEdit")->text(), description);
    QVERIFY(save->isEnabled());
    QCOMPARE(m_workspace.scalar("SELECT count(*) FROM expenses"), 3);

    SyncedWorkspace::child<QLineEdit>(dialog, "expenseSkuEdit")->clear();
    save->click();
    QTRY_VERIFY(!page()->dialog());       // saved: closed
    QTRY_COMPARE(table()->rowCount(), 4); // at once, from the cache, before any sync
    QCOMPARE(amountOf(description), 1234);

    table()->selectRow(rowOf(description));
    QVERIFY(button("expenseEditButton")->isEnabled());
    button("expenseEditButton")->click();
    QTRY_VERIFY(page()->dialog());
    dialog = page()->dialog();
    QCOMPARE(SyncedWorkspace::child<QLineEdit>(dialog, "expenseAmountEdit")->text(), QStringLiteral("12.34"));
    SyncedWorkspace::child<QLineEdit>(dialog, "expenseAmountEdit")->setText(QStringLiteral("20"));
    SyncedWorkspace::child<QPushButton>(dialog, "expenseSaveButton")->click();
    QTRY_VERIFY(!page()->dialog());
    QTRY_COMPARE(amountOf(description), 2000);

    QTRY_VERIFY(rowOf(description) >= 0);
    table()->selectRow(rowOf(description));
    button("expenseDeleteButton")->click();
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = page()->findChild<QMessageBox*>(QStringLiteral("expenseDeleteConfirmation"))));
    SyncedWorkspace::child<QPushButton>(confirm, "expenseDeleteConfirmButton")->click();
    QTRY_COMPARE(m_workspace.scalar("SELECT count(*) FROM expenses"), 3);
    QTRY_COMPARE(table()->rowCount(), 3);
    QCOMPARE(rowOf(description), -1);
}

void TestExpensesPage::offlineTheListIsReadOnly()
{
    page()->setSession(m_workspace.harness().host->session(), false);
    auto* offline = SyncedWorkspace::child<QLabel>(page(), "expensesOfflineMessage");
    QVERIFY(offline->isVisible());
    QCOMPARE(offline->text(), QStringLiteral("Expenses can be changed when SellerPulse is online; you are offline."));
    table()->selectRow(0);
    QVERIFY(!button("expenseAddButton")->isEnabled());
    QVERIFY(!button("expenseEditButton")->isEnabled());
    QVERIFY(!button("expenseDeleteButton")->isEnabled());
    QCOMPARE(table()->rowCount(), 3);   // still readable
    page()->setSession(nullptr, false); // signed out: the same
    QVERIFY(!button("expenseAddButton")->isEnabled());
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestExpensesPage)
#include "TestExpensesPage.moc"
