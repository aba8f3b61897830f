// Layouts that fit (issue 16): in each shipped language, at 1024x700 offscreen, the main window
// fits (its minimum size is at most 1024x700), no page scrolls sideways, no table header's label is
// cut, no report column but free text is narrower than its cells and no single-line label is
// wider than its room. The pages show a real synced cache (real
// sandbox over HTTPS, real keychain: run under scripts/with-keyring.sh), built anew per language
// with that language's translation (the .ts files built to .qm, as the app embeds them).
#include "DashboardPage.h"
#include "FinancesPage.h"
#include "FinancialEventsModel.h"
#include "HomeCurrencySummary.h"
#include "MainWindow.h"
#include "OrdersModel.h"
#include "OrdersPage.h"
#include "PayoutsPage.h"
#include "ProductsModel.h"
#include "ProductsPage.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "SyncedWorkspace.h"

#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QTranslator>

namespace sp::test {

class TestLayoutFits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_workspace.start(300, &error), qPrintable(error));
    }

    void everyPageFitsAt1024x700_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en"); // the source language: no translation
        for (const QString& language : QStringLiteral(SP_SHIPPED_LANGUAGES).split(QLatin1Char(',')))
            QTest::newRow(qPrintable(language)) << language;
    }

    void everyPageFitsAt1024x700()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (language != QLatin1String("en")) {
            QVERIFY2(translator.load(QStringLiteral(":/i18n/sellerpulse_%1.qm").arg(language)), qPrintable(language));
            QCoreApplication::installTranslator(&translator);
        }
        const QLocale before;
        QLocale::setDefault(QLocale(language == QLatin1String("en") ? QStringLiteral("en_US") : language));
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(before);
        });

        MainWindow window;
        window.setPagesReader(m_workspace.reader());
        if (window.minimumSizeHint().width() > 1024 || window.minimumSizeHint().height() > 700) {
            QStringList widest;
            for (QWidget* page : window.findChild<QStackedWidget*>(QStringLiteral("pages"))
                                     ->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
                widest << QStringLiteral("%1 %2").arg(page->objectName()).arg(page->minimumSizeHint().width());
            QFAIL(qPrintable(QStringLiteral("%1: the window needs %2x%3 (pages: %4)")
                                 .arg(language)
                                 .arg(window.minimumSizeHint().width())
                                 .arg(window.minimumSizeHint().height())
                                 .arg(widest.join(QLatin1String(", ")))));
        }
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.size(), QSize(1024, 700));
        QStringList problems;
        for (const MainWindow::Page page :
             {MainWindow::Page::Dashboard, MainWindow::Page::Orders, MainWindow::Page::Products,
              MainWindow::Page::Finances, MainWindow::Page::Reports, MainWindow::Page::Payouts,
              MainWindow::Page::Expenses, MainWindow::Page::Restock, MainWindow::Page::Alerts, MainWindow::Page::WhatIf,
              MainWindow::Page::Settings}) {
            window.showPage(page);
            QWidget* shown = window.findChild<QStackedWidget*>(QStringLiteral("pages"))->currentWidget();
            QVERIFY(shown);
            waitForData(shown);
            const QString where = language + QLatin1String(" / ") + shown->objectName();
            for (const QString& problem : problemsOf(shown))
                problems << where + QLatin1String(": ") + problem;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // At 1024x700 the orders table has most of the height and the order's detail a modest share; the
    // report's chart is not squeezed by its splitter (the defaults, before anyone moves a divider).
    void splittersGiveTheContentItsRoom()
    {
        MainWindow window;
        window.setPagesReader(m_workspace.reader());
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        window.showPage(MainWindow::Page::Orders);
        auto* orders = window.findChild<OrdersPage*>();
        QVERIFY(orders);
        waitForData(orders);
        auto* ordersSplitter = orders->findChild<QSplitter*>(QStringLiteral("ordersSplitter"));
        QVERIFY(ordersSplitter);
        // At 1024x700 the detail is at its own minimum (its two tables and their titles): every pixel above that
        // goes to the table. Larger windows give the table three quarters.
        QList<int> sizes = ordersSplitter->sizes();
        QCOMPARE(sizes.size(), 2);
        QWidget* detail = ordersSplitter->widget(1);
        QVERIFY2(sizes[1] <= detail->minimumSizeHint().height() + 2,
                 qPrintable(QStringLiteral("detail %1 px, its minimum %2 px")
                                .arg(sizes[1])
                                .arg(detail->minimumSizeHint().height())));
        QVERIFY2(sizes[0] > sizes[1],
                 qPrintable(QStringLiteral("table %1 px, detail %2 px").arg(sizes[0]).arg(sizes[1])));
        window.resize(1600, 1000);
        QTRY_COMPARE(window.size(), QSize(1600, 1000));
        sizes = ordersSplitter->sizes();
        QVERIFY2(sizes[0] >= 0.65 * (sizes[0] + sizes[1]),
                 qPrintable(QStringLiteral("table %1 px, detail %2 px at 1600x1000").arg(sizes[0]).arg(sizes[1])));
        window.resize(1024, 700);
        QTRY_COMPARE(window.size(), QSize(1024, 700));

        window.showPage(MainWindow::Page::Reports);
        auto* reports = window.findChild<ReportsPage*>();
        QVERIFY(reports);
        waitForData(reports);
        auto* chart = reports->findChild<QWidget*>(QStringLiteral("reportChart"));
        auto* table = reports->findChild<QWidget*>(QStringLiteral("reportTable"));
        QVERIFY(chart && table);
        QTRY_VERIFY(chart->isVisible());
        QVERIFY2(chart->height() >= kMinimumReportChartHeight,
                 qPrintable(QStringLiteral("chart %1 px, table %2 px").arg(chart->height()).arg(table->height())));
        QVERIFY2(chart->height() >= chart->minimumSizeHint().height(), // each currency's plot keeps its room
                 qPrintable(QStringLiteral("chart %1 px, needs %2 px")
                                .arg(chart->height())
                                .arg(chart->minimumSizeHint().height())));
        QVERIFY2(table->height() >= 120, // its header and a few rows
                 qPrintable(QStringLiteral("chart %1 px, table %2 px").arg(chart->height()).arg(table->height())));
    }

private:
    static constexpr int kMinimumReportChartHeight = 180;

    // The page's tables and figures are in (they are read on the cache's reader thread).
    static void waitForData(QWidget* page)
    {
        if (auto* dashboard = qobject_cast<DashboardPage*>(page))
            QTRY_VERIFY(!dashboard->isLoading() && !dashboard->isRefreshPending() &&
                        !dashboard->homeCurrencySummary()->isLoading());
        if (auto* orders = qobject_cast<OrdersPage*>(page))
            QVERIFY(SyncedWorkspace::settled(orders->model()));
        if (auto* products = qobject_cast<ProductsPage*>(page))
            QVERIFY(SyncedWorkspace::settled(products->model()));
        if (auto* finances = qobject_cast<FinancesPage*>(page))
            QVERIFY(SyncedWorkspace::settled(finances->model()));
        if (auto* reports = qobject_cast<ReportsPage*>(page))
            QTRY_VERIFY(!reports->isLoading());
        if (auto* payouts = qobject_cast<PayoutsPage*>(page))
            QTRY_VERIFY(!payouts->isLoading() && payouts->breakdownTable()->rowCount() > 0);
        if (auto* expenses = page->findChild<QTableWidget*>(QStringLiteral("expensesTable")))
            QTRY_VERIFY(expenses->rowCount() > 0); // the demo business's expenses
        // The layouts settle after the last answer (a label's new text asks for a layout later).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }

    // What a seller would see cut or scrolled sideways on `page`.
    static QStringList problemsOf(QWidget* page)
    {
        QStringList problems;
        for (auto* area : page->findChildren<QAbstractScrollArea*>()) {
            // A report of a dozen columns of figures may scroll inside its table where the
            // language's words are long (German, French, Spanish), as a spreadsheet does; its
            // headers are still whole (below), and the page never scrolls.
            if (area->objectName() == QLatin1String("reportTable"))
                continue;
            if (area->isVisible() && area->horizontalScrollBar()->isVisible())
                problems << QStringLiteral("%1 scrolls sideways (%2 px in %3)")
                                .arg(nameOf(area))
                                .arg(area->horizontalScrollBar()->maximum() + area->viewport()->width())
                                .arg(area->viewport()->width());
        }
        for (auto* header : page->findChildren<QHeaderView*>()) {
            if (!header->isVisible() || header->orientation() != Qt::Horizontal)
                continue;
            const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString label = header->model()->headerData(section, Qt::Horizontal).toString();
                for (const QString& line : label.split(QLatin1Char('\n'))) {
                    if (header->fontMetrics().horizontalAdvance(line) + 2 * margin > header->sectionSize(section))
                        problems << QStringLiteral("header \"%1\" of %2 is cut").arg(line, nameOf(header));
                }
            }
        }
        // A report's months, ids, SKUs and figures are whole; only its free text (titles, fee names) is elided.
        if (auto* table = page->findChild<QTableView*>(QStringLiteral("reportTable")); table && table->isVisible()) {
            auto* model = qobject_cast<ReportTableModel*>(table->model());
            const QList<int> elidable = model ? ReportTableModel::freeTextColumns(model->table()) : QList<int>();
            for (int column = 0; model && column < model->columnCount(); ++column) {
                const int needed = static_cast<const QAbstractItemView*>(table)->sizeHintForColumn(column);
                if (!elidable.contains(column) && table->columnWidth(column) < needed)
                    problems << QStringLiteral("report column \"%1\" is %2 px, its cells need %3")
                                    .arg(model->headerData(column, Qt::Horizontal).toString())
                                    .arg(table->columnWidth(column))
                                    .arg(needed);
            }
        }
        for (auto* label : page->findChildren<QLabel*>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty()
                || label->text().contains(QLatin1Char('\n')) || Qt::mightBeRichText(label->text()))
                continue;
            // As drawn: a mnemonic's "&" is not shown ("&&" is one).
            QString shown = label->text();
            shown.replace(QLatin1String("&&"), QStringLiteral("\u0001")).remove(QLatin1Char('&'));
            shown.replace(QChar(1), QLatin1Char('&'));
            const int needed = label->fontMetrics().horizontalAdvance(shown);
            if (needed > label->contentsRect().width())
                problems << QStringLiteral("label \"%1\" (%2) needs %3 px, has %4")
                                .arg(label->text(), nameOf(label))
                                .arg(needed)
                                .arg(label->contentsRect().width());
        }
        return problems;
    }

    static QString nameOf(const QWidget* widget)
    {
        for (const QWidget* w = widget; w; w = w->parentWidget()) {
            if (!w->objectName().isEmpty())
                return w->objectName();
        }
        return QString::fromLatin1(widget->metaObject()->className());
    }

    SyncedWorkspace m_workspace;
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestLayoutFits)
#include "TestLayoutFits.moc"
