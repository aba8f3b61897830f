// The main window's sections after the dashboard (SectionPages, issue 15): built with the window, or after
// its first show at the app's start; each at the stack index of its MainWindow::Page whichever way; built at
// once when one is asked for; and given what the window was told before they existed. The start end to
// end (first screen with the cached figures, the sections after it) is TestOfflineStart's.
#include "MainWindow.h"
#include "ProductsPage.h"
#include "SettingsPage.h"
#include "common/Clock.h"
#include "reports/HomeCurrency.h"

#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

namespace {

class FixedClock : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2025, 3, 14), QTime(12, 0), Qt::UTC); }
    qint64 nowMSecsSinceEpoch() const override { return nowUtc().toMSecsSinceEpoch(); }
};

int sectionPagesIn(const MainWindow& window)
{
    int pages = 0;
    for (const char* name : {"sp::OrdersPage", "sp::ProductsPage", "sp::SettingsPage", "sp::AlertsPage"})
        for (const QObject* child : window.findChildren<QWidget*>())
            pages += child->metaObject()->className() == QByteArray(name);
    return pages;
}

// Every page at the index of its MainWindow::Page, named by the sidebar's row of that index.
void checkPagesAreInPlace(const MainWindow& window)
{
    const auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    const auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    QVERIFY(stack && sidebar);
    const QList<QPair<MainWindow::Page, QByteArray>> expected = {
        {MainWindow::Page::Dashboard, "sp::DashboardPage"}, {MainWindow::Page::Orders, "sp::OrdersPage"},
        {MainWindow::Page::Products, "sp::ProductsPage"},   {MainWindow::Page::Finances, "sp::FinancesPage"},
        {MainWindow::Page::Reports, "sp::ReportsPage"},     {MainWindow::Page::Payouts, "sp::PayoutsPage"},
        {MainWindow::Page::Expenses, "sp::ExpensesPage"},   {MainWindow::Page::Restock, "sp::RestockPage"},
        {MainWindow::Page::Alerts, "sp::AlertsPage"},       {MainWindow::Page::WhatIf, "sp::WhatIfPage"},
        {MainWindow::Page::Settings, "sp::SettingsPage"}};
    QCOMPARE(stack->count(), expected.size());
    QCOMPARE(sidebar->count(), expected.size());
    for (const auto& [page, className] : expected)
        QCOMPARE(QByteArray(stack->widget(static_cast<int>(page))->metaObject()->className()), className);
}

} // namespace

class TestSectionPages : public QObject
{
    Q_OBJECT

private slots:
    void atOnceEverySectionComesWithTheWindow()
    {
        MainWindow window;
        QCOMPARE(sectionPagesIn(window), 4);
        checkPagesAreInPlace(window);
    }

    void afterFirstShowTheSectionsFollowTheFirstScreen()
    {
        MainWindow window(nullptr, MainWindow::PageBuilding::AfterFirstShow);
        QCOMPARE(sectionPagesIn(window), 0);
        // The sidebar names every section from the start; its rows lead to placeholders until then.
        QCOMPARE(window.findChild<QListWidget*>(QStringLiteral("sidebar"))->count(), 11);
        QSignalSpy built(&window, &MainWindow::sectionsBuilt);
        int pagesAtFirstShow = -1;
        connect(&window, &MainWindow::firstShown, this, [&] { pagesAtFirstShow = sectionPagesIn(window); });
        window.show();
        QTRY_COMPARE(built.count(), 1);
        QCOMPARE(pagesAtFirstShow, 0); // the first screen was the dashboard alone
        QCOMPARE(sectionPagesIn(window), 4);
        checkPagesAreInPlace(window);
        QCOMPARE(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentIndex(), 0);
    }

    void askingForASectionBuildsThemAtOnce()
    {
        MainWindow window(nullptr, MainWindow::PageBuilding::AfterFirstShow);
        QSignalSpy built(&window, &MainWindow::sectionsBuilt);
        window.showPage(MainWindow::Page::Settings); // e.g. Ctrl+, before the first screen was done
        QCOMPARE(built.count(), 1);
        const auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
        QVERIFY(qobject_cast<SettingsPage*>(stack->currentWidget()));
        checkPagesAreInPlace(window);
        window.show();
        QTest::qWait(0); // the build after the first show would come now: none, they are there
        QCoreApplication::processEvents();
        QCOMPARE(built.count(), 1);
        QVERIFY(qobject_cast<SettingsPage*>(stack->currentWidget()));
    }

    void whatTheWindowWasToldReachesSectionsBuiltLater()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        settings.setValue(HomeCurrency::settingsKey(), QStringLiteral("JPY"));
        FixedClock clock;
        MainWindow window(nullptr, MainWindow::PageBuilding::AfterFirstShow);
        window.setClock(&clock);
        window.setSettings(&settings);
        window.buildSections();
        // The clock: a unit cost's first day is today by the app's clock, not the wall clock.
        const auto* from = window.productsPage()->findChild<QDateEdit*>(QStringLiteral("unitCostFromEdit"));
        QVERIFY(from);
        QCOMPARE(from->date(), QDate(2025, 3, 14));
        // The settings: the home currency chosen in the profile.
        const auto* home = window.settingsPage()->findChild<QComboBox*>(QStringLiteral("homeCurrencyCombo"));
        QVERIFY(home);
        QVERIFY2(home->currentText().contains(QLatin1String("JPY")), qPrintable(home->currentText()));
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestSectionPages)
#include "TestSectionPages.moc"
