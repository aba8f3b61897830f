// bench_interaction (issue 15): the main window over the dashboard benchmark's 1,000,000-order
// cache, its reads on the cache's reader thread, driven by a script a seller could play:
//   BENCH orders_table.search_ms <median> ms   from setting the orders' search to its first page and
//        count shown, median over a fixed list (an order id fragment, a full order id, a SKU, an
//        ASIN, a title word, a word that matches nothing)
//   BENCH orders_table.sort_ms <worst> ms      from a sort to its first page shown, the worst over
//        every sortable column of the orders, products and finances tables, both directions
//   BENCH ui.max_stall_ms.interaction <ms> ms  the longest gap of a 5 ms heartbeat timer on the UI
//        thread during all of that plus typing a search a character at a time, scrolling the
//        orders to the end and back, and switching to every page
//   bench_interaction --dir DIR   (DIR/cache.json names the SQLCipher file and its key file)
#include "DashboardPage.h"
#include "FinancesPage.h"
#include "FinancialEventsModel.h"
#include "MainWindow.h"
#include "OrderSearchTerms.h"
#include "OrdersModel.h"
#include "OrdersPage.h"
#include "StallMeter.h"
#include "ProductsModel.h"
#include "ProductsPage.h"
#include "ReportsPage.h"
#include "cache/CacheReader.h"
#include "cache/CipherDatabase.h"
#include "cache/SecureBytes.h"

#include <QStackedWidget>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

int fail(const QString& reason)
{
    for (const char* name : {"orders_table.search_ms", "orders_table.sort_ms", "ui.max_stall_ms.interaction"})
        std::printf("BENCH %s FAILED %s\n", name, qPrintable(reason));
    std::fflush(stdout);
    return 1;
}

// Runs the event loop until `done` (false after five minutes: the figure is then FAILED).
bool waitFor(const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > 300000)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// Lets the event loop run for `ms` (a user's pause, during which the heartbeat keeps measuring).
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

std::unique_ptr<sp::CipherDatabase> openCache(const QString& dir, QString* error)
{
    QFile info(dir + QStringLiteral("/cache.json"));
    if (!info.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("no cache.json in ") + dir;
        return nullptr;
    }
    const QJsonObject o = QJsonDocument::fromJson(info.readAll()).object();
    QFile keyFile(o.value(QStringLiteral("key_file")).toString());
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the key file");
        return nullptr;
    }
    const sp::SecureBytes key = sp::SecureBytes::fromHex(keyFile.readAll().trimmed());
    sp::CipherDatabase::OpenError openError = sp::CipherDatabase::OpenError::None;
    return sp::CipherDatabase::open(o.value(QStringLiteral("database")).toString(), key.toByteArray(),
                                    sp::CipherDatabase::Role::Reader, &openError, error);
}

qint64 median(std::vector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

// The fixed list of searches (OrderSearchTerms.h, shared with bench_orders_table --search).
QStringList searchTerms(sp::CipherDatabase& db)
{
    QStringList terms;
    for (const sp::bench::OrderSearchTerm& t : sp::bench::orderSearchTerms(db))
        terms << t.term;
    return terms;
}

// The time from `change` to `model` showing its answer (PagedTableModel::settled).
template <typename Model>
qint64 timeToSettle(Model* model, const std::function<void()>& change)
{
    QElapsedTimer timer;
    timer.start();
    change();
    if (!waitFor([model] { return !model->isReading(); }))
        return -1;
    return timer.elapsed();
}

template <typename Model>
bool sortEveryColumn(Model* model, std::vector<qint64>* times)
{
    for (int column = 0; column < model->columnCount(); ++column) {
        if (!Model::isSortable(column))
            continue;
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const qint64 ms = timeToSettle(model, [&] { model->sort(column, order); });
            if (ms < 0)
                return false;
            std::fprintf(stderr, "bench_interaction: %s column %d %s: %lld ms\n", model->metaObject()->className(),
                         column, order == Qt::AscendingOrder ? "ascending" : "descending", ms);
            times->push_back(ms);
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("the dashboard benchmark's cache folder"),
                                       QStringLiteral("DIR"));
    parser.addOption(dirOption);
    parser.process(app);
    if (!parser.isSet(dirOption))
        return fail(QStringLiteral("usage: bench_interaction --dir DIR"));
    QString error;
    auto terms = openCache(parser.value(dirOption), &error);
    auto viewsConnection = terms ? openCache(parser.value(dirOption), &error) : nullptr;
    if (!viewsConnection)
        return fail(QStringLiteral("cannot open the cache: ") + error);
    const QStringList searches = searchTerms(*terms);
    terms.reset();
    if (searches.size() < 3)
        return fail(QStringLiteral("the cache has no order with an item"));

    sp::CacheReader reader(std::move(viewsConnection));
    sp::MainWindow window;
    window.resize(1200, 800);
    window.show();
    sp::test::StallMeter meter;
    // Which step made the longest stall: printed as it grows, so a regression names its step.
    qint64 reported = 0;
    auto stallSoFar = [&meter, &reported](const char* after) {
        if (meter.longestMs() > reported) {
            reported = meter.longestMs();
            std::fprintf(stderr, "bench_interaction: longest stall %lld ms, after %s\n", reported, after);
        }
    };
    window.setPagesReader(&reader);
    window.showPage(sp::MainWindow::Page::Orders);
    auto* orders = window.findChild<sp::OrdersPage*>(QStringLiteral("ordersPage"));
    auto* products = window.findChild<sp::ProductsPage*>();
    auto* finances = window.findChild<sp::FinancesPage*>();
    if (!orders || !products || !finances)
        return fail(QStringLiteral("a page is missing"));
    sp::OrdersModel* model = orders->model();
    if (!waitFor([model] { return !model->isReading(); }))
        return fail(QStringLiteral("the orders never arrived"));

    // Searches, set whole (orders_table.search_ms), each cleared again.
    std::vector<qint64> searchTimes;
    for (const QString& term : searches) {
        const qint64 ms = timeToSettle(model, [&] { model->setSearch(term); });
        if (ms < 0)
            return fail(QStringLiteral("a search never arrived"));
        std::fprintf(stderr, "bench_interaction: search \"%s\": %d orders in %lld ms\n", qPrintable(term),
                     model->totalCount(), ms);
        searchTimes.push_back(ms);
        timeToSettle(model, [&] { model->setSearch(QString()); });
    }
    stallSoFar("the searches");
    // A search typed a character at a time into the field, as a seller types.
    auto* field = orders->findChild<QLineEdit*>(QStringLiteral("ordersSearchEdit"));
    if (field) {
        QString typed;
        for (const QChar c : searches.at(2)) {
            typed += c;
            field->setText(typed);
            pause(60);
        }
        waitFor([model, &typed] { return model->search() == typed && !model->isReading(); });
        field->clear();
        waitFor([model] { return model->search().isEmpty() && !model->isReading(); });
    }

    stallSoFar("typing a search");
    // Every sortable column of the three tables, both directions (orders_table.sort_ms).
    std::vector<qint64> sortTimes;
    window.showPage(sp::MainWindow::Page::Finances);
    if (!waitFor([finances] { return !finances->model()->isReading(); }))
        return fail(QStringLiteral("the finances never arrived"));
    stallSoFar("opening the finances");
    if (!sortEveryColumn(model, &sortTimes))
        return fail(QStringLiteral("a sort never arrived"));
    stallSoFar("sorting the orders");
    if (!sortEveryColumn(products->model(), &sortTimes) || !sortEveryColumn(finances->model(), &sortTimes))
        return fail(QStringLiteral("a sort never arrived"));
    model->sort(sp::OrdersModel::PurchaseDateColumn, Qt::DescendingOrder);
    waitFor([model] { return !model->isReading(); });

    stallSoFar("the sorts");
    // The orders scrolled to the end and back.
    window.showPage(sp::MainWindow::Page::Orders);
    QTableView* table = orders->table();
    for (const bool toEnd : {true, false}) {
        QScrollBar* bar = table->verticalScrollBar();
        bar->setValue(toEnd ? bar->maximum() : 0);
        table->viewport()->update();
        const int row = toEnd ? model->rowCount() - 1 : 0;
        waitFor([model, row] {
            model->index(row, 0).data();
            return model->hasRow(row);
        });
    }
    stallSoFar("scrolling");
    // Every page once.
    for (int page = int(sp::MainWindow::Page::Dashboard); page <= int(sp::MainWindow::Page::Settings); ++page) {
        window.showPage(static_cast<sp::MainWindow::Page>(page)); // the restock plan, alerts, what-if included
        pause(600);
        const QByteArray shown = "showing the page " + window.findChild<QStackedWidget*>(QStringLiteral("pages"))
                                                           ->currentWidget()->objectName().toUtf8();
        stallSoFar(shown.constData());
    }

    std::printf("BENCH orders_table.search_ms %lld ms\n", median(searchTimes));
    std::printf("BENCH orders_table.sort_ms %lld ms\n", *std::max_element(sortTimes.begin(), sortTimes.end()));
    std::printf("BENCH ui.max_stall_ms.interaction %lld ms\n", meter.longestMs());
    std::fflush(stdout);
    return 0;
}
