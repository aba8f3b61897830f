// The reports page over a real synced cache (real sandbox, real keychain: scripts/with-keyring.sh):
// the profit-and-loss and sales reports add up to the sandbox's own figures per currency, inventory
// health lists every stock row of the cache, and exports through the page: a CSV read back, a
// failing export (read-only folder) with a clear message and no file, and a cancelled one; a report
// build shows its progress with Cancel, and a cancelled build leaves the previous report shown.
#include "DashboardChart.h"
#include "ReportTableModel.h"
#include "ReportsPage.h"
#include "cache/CacheReader.h"
#include "SyncedWorkspace.h"
#include "UrlCatcher.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QJsonArray>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QDesktopServices>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace sp::test {

class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void profitAndLossAddsUpToTheServersFigures();
    void salesByProductAddsUpToTheServersUnits();
    void inventoryHealthListsEveryStockRow();
    void csvExportIsWrittenWhole();
    void germanCsvReadsBackWithTheLocalesSeparators();
    void failingExportSaysWhyAndLeavesNoFile();
    void cancelledExportLeavesNoFile();
    void cancelledBuildKeepsThePreviousReport();

private:
    // The page, once the report it asked for last is shown (it arrives from the cache's reader).
    ReportsPage* page() const
    {
        auto* page = SyncedWorkspace::child<ReportsPage>(m_workspace.window(), "reportsPage");
        if (page && !QTest::qWaitFor([page] { return !page->isLoading(); }, 30000))
            qWarning("the report did not arrive");
        return page;
    }
    // Sum of a money or integer column per currency.
    static QHash<QString, qint64> sumPerCurrency(const ReportTable& table, const QString& key);
    QHash<QString, QJsonObject> metrics(const Period& period);

    SyncedWorkspace m_workspace;
};

void TestReportsPage::initTestCase()
{
    QString error;
    QVERIFY2(m_workspace.start(400, &error), qPrintable(error));
    m_workspace.window()->show();
    m_workspace.window()->showPage(MainWindow::Page::Reports);
    QVERIFY(page());
    page()->refresh(); // now, not after the sync's refresh delay
}

QHash<QString, qint64> TestReportsPage::sumPerCurrency(const ReportTable& table, const QString& key)
{
    int currency = -1;
    int value = -1;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).key == QLatin1String("currency"))
            currency = c;
        if (table.columns.at(c).key == key)
            value = c;
    }
    QHash<QString, qint64> sums;
    if (currency < 0 || value < 0)
        return sums;
    for (const QVariantList& row : table.rows)
        sums[row.value(currency).toString()] += row.value(value).toLongLong();
    return sums;
}

QHash<QString, QJsonObject> TestReportsPage::metrics(const Period& period)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), period.from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), period.to.toString(Qt::ISODate));
    QHash<QString, QJsonObject> byCurrency;
    const std::optional<QJsonObject> answer = m_workspace.get(QStringLiteral("/v1/metrics/summary"), query);
    if (answer) {
        for (const QJsonValue& value : answer->value(QLatin1String("currencies")).toArray())
            byCurrency.insert(value.toObject().value(QLatin1String("currency")).toString(), value.toObject());
    }
    return byCurrency;
}

void TestReportsPage::profitAndLossAddsUpToTheServersFigures()
{
    page()->setReport(QStringLiteral("profit-and-loss"));
    page()->setPreset(RangePreset::Last12Months);
    const ReportTable& table = page()->table();
    QVERIFY2(page()->errorText().isEmpty(), qPrintable(page()->errorText()));
    QCOMPARE(table.id, QStringLiteral("profit-and-loss"));
    QVERIFY(table.rows.size() >= 12);
    QCOMPARE(page()->model()->rowCount(), int(table.rows.size()));
    const QHash<QString, QJsonObject> truth = metrics(table.period);
    const QHash<QString, qint64> revenue = sumPerCurrency(table, QStringLiteral("revenue"));
    QCOMPARE(revenue.size(), truth.size());
    for (auto it = truth.cbegin(); it != truth.cend(); ++it)
        QCOMPARE(revenue.value(it.key()), SyncedWorkspace::cents(it->value(QLatin1String("revenue")).toString()));
    // The chart beside it.
    auto* chart = SyncedWorkspace::child<DashboardChart>(page(), "reportChart");
    QVERIFY(!chart->chart().isEmpty());
}

void TestReportsPage::salesByProductAddsUpToTheServersUnits()
{
    page()->setReport(QStringLiteral("sales-by-product"));
    page()->setPreset(RangePreset::Last30Days);
    const ReportTable& table = page()->table();
    QCOMPARE(table.id, QStringLiteral("sales-by-product"));
    QVERIFY(!table.rows.isEmpty());
    const QHash<QString, QJsonObject> truth = metrics(table.period);
    const QHash<QString, qint64> units = sumPerCurrency(table, QStringLiteral("units"));
    for (auto it = truth.cbegin(); it != truth.cend(); ++it)
        QCOMPARE(units.value(it.key()), it->value(QLatin1String("units")).toInteger());
}

void TestReportsPage::inventoryHealthListsEveryStockRow()
{
    page()->setReport(QStringLiteral("inventory-health"));
    QCOMPARE(page()->table().id, QStringLiteral("inventory-health"));
    QCOMPARE(page()->model()->rowCount(), int(m_workspace.scalar("SELECT count(*) FROM inventory")));
}

void TestReportsPage::csvExportIsWrittenWhole()
{
    page()->setReport(QStringLiteral("profit-and-loss"));
    page()->setPreset(RangePreset::Last12Months);
    QTemporaryDir dir;
    QString suggested;
    page()->setTargetChooser([&](ExportJob::Format format, const QString& name) -> QString {
        suggested = name;
        return format == ExportJob::Format::Csv ? dir.filePath(QStringLiteral("pnl")) : QString();
    });
    QSignalSpy finished(page(), &ReportsPage::exportFinished);
    auto* button = SyncedWorkspace::child<QPushButton>(page(), "exportCsvButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const auto result = finished.constFirst().constFirst().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));
    QVERIFY(suggested.startsWith(QLatin1String("profit-and-loss_")) && suggested.endsWith(QLatin1String(".csv")));
    const QString path = dir.filePath(QStringLiteral("pnl.csv")); // the suffix added
    QCOMPARE(result.path, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // Header and one line per row (CRLF ends: a last empty piece).
    QCOMPARE(lines.size() - 1, page()->table().rows.size() + 1);
    QVERIFY(lines.first().contains("Revenue"));
    QVERIFY2(page()->exportMessage().startsWith(QLatin1String("Exported to ")), qPrintable(page()->exportMessage()));
    QVERIFY(!page()->progressDialog()->isVisible());
}

// A German seller's CSV opens in German Excel: semicolons between fields, decimal commas; read back
// with those separators, every row has every column and the amounts are the report's. After the
// export, Open and Show in folder hand the file and its folder to the system.
void TestReportsPage::germanCsvReadsBackWithTheLocalesSeparators()
{
    page()->setReport(QStringLiteral("profit-and-loss"));
    page()->setPreset(RangePreset::Last12Months);
    const QLocale german(QLocale::German, QLocale::Germany);
    page()->setLocale(german);
    const auto restore = qScopeGuard([this] { page()->setLocale(QLocale()); });
    QTemporaryDir dir;
    page()->setTargetChooser(
        [&](ExportJob::Format, const QString&) { return dir.filePath(QStringLiteral("gewinn.csv")); });
    QSignalSpy finished(page(), &ReportsPage::exportFinished);
    page()->exportAs(ExportJob::Format::Csv);
    QVERIFY(finished.wait(30000));
    const auto result = finished.constFirst().constFirst().value<ExportResult>();
    QVERIFY2(result.isOk(), qPrintable(result.message));

    QFile file(result.path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const ReportTable& table = page()->table();
    QCOMPARE(lines.size(), table.rows.size() + 1);
    int revenue = -1;
    for (int c = 0; c < table.columns.size(); ++c) {
        if (table.columns.at(c).key == QLatin1String("revenue"))
            revenue = c;
    }
    QVERIFY(revenue >= 0);
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList fields = lines.at(row + 1).split(QLatin1Char(';'));
        QCOMPARE(fields.size(), table.columns.size());
        bool ok = false;
        const double amount = german.toDouble(fields.at(revenue), &ok);
        QVERIFY2(ok, qPrintable(fields.at(revenue)));
        QCOMPARE(qRound64(amount * 100), table.rows.at(row).at(revenue).toLongLong());
        QVERIFY2(fields.at(revenue).contains(QLatin1Char(',')), qPrintable(fields.at(revenue)));
    }

    UrlCatcher caught;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &caught, "open");
    const auto unhook = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    auto* open = SyncedWorkspace::child<QPushButton>(page(), "exportOpenButton");
    auto* folder = SyncedWorkspace::child<QPushButton>(page(), "exportShowFolderButton");
    QVERIFY(open->isVisible() && folder->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QTest::mouseClick(folder, Qt::LeftButton);
    QCOMPARE(caught.urls, (QList<QUrl>{QUrl::fromLocalFile(result.path), QUrl::fromLocalFile(dir.path())}));
}

void TestReportsPage::failingExportSaysWhyAndLeavesNoFile()
{
    // A target whose folder is a file: no write can succeed there, whoever runs the test (root
    // writes into read-only folders).
    QTemporaryDir dir;
    const QString notAFolder = dir.filePath(QStringLiteral("not-a-folder"));
    QFile blocker(notAFolder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    page()->setTargetChooser(
        [&](ExportJob::Format, const QString&) -> QString { return notAFolder + QStringLiteral("/report.pdf"); });
    QSignalSpy finished(page(), &ReportsPage::exportFinished);
    page()->exportAs(ExportJob::Format::Pdf);
    QVERIFY(finished.wait(30000));
    const auto result = finished.constFirst().constFirst().value<ExportResult>();
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList{QStringLiteral("not-a-folder")});
    QVERIFY2(page()->exportMessage().startsWith(QLatin1String("The export failed and no file was written: ")),
             qPrintable(page()->exportMessage()));
    auto* box = page()->findChild<QMessageBox*>(QStringLiteral("exportErrorBox"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY(box->text().contains(result.message));
    box->accept();
}

void TestReportsPage::cancelledExportLeavesNoFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    page()->setTargetChooser([&](ExportJob::Format, const QString&) -> QString { return path; });
    QSignalSpy finished(page(), &ReportsPage::exportFinished);
    page()->exportAs(ExportJob::Format::Pdf);
    QVERIFY(page()->progressDialog()->isVisible());
    page()->progressDialog()->cancel(); // the user's Cancel
    QVERIFY(finished.wait(30000));
    const auto result = finished.constFirst().constFirst().value<ExportResult>();
    // A small report may be written before the cancel arrives; then it is whole.
    if (result.status == ExportResult::Status::Cancelled) {
        QVERIFY(!QFile::exists(path));
        QCOMPARE(page()->exportMessage(), QStringLiteral("Export cancelled; no file was written."));
    } else {
        QVERIFY(result.isOk());
        QVERIFY(QFile::exists(path));
    }
    QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::Files | QDir::Hidden).size() <= 1); // no temp file
}

// Cancelled from the build's first progress report (no timer): no report arrives, the previous one
// stays with its figures and title, no error, a note says so; the next build arrives as usual.
void TestReportsPage::cancelledBuildKeepsThePreviousReport()
{
    ReportsPage* reports = page();
    reports->setReport(QStringLiteral("profit-and-loss"));
    reports->setPreset(RangePreset::Last12Months);
    QVERIFY(QTest::qWaitFor([reports] { return !reports->isLoading(); }, 30000));
    const ReportTable before = reports->table();
    QVERIFY(!before.rows.isEmpty());
    auto* title = SyncedWorkspace::child<QLabel>(reports, "reportTitleLabel");
    const QString titleBefore = title->text();
    auto* bar = SyncedWorkspace::child<QProgressBar>(reports, "reportProgress");
    auto* cancel = SyncedWorkspace::child<QPushButton>(reports, "reportCancelButton");
    auto* note = SyncedWorkspace::child<QLabel>(reports, "reportNoteLabel");
    QVERIFY(bar && cancel && note);
    QVERIFY(!bar->isVisible());

    reports->setProgressDelay(0); // shown at once, not after a moment
    QSignalSpy shown(reports, &ReportsPage::shown);
    bool barShown = false;
    int progressReports = 0;
    QObject hook;
    connect(reports, &ReportsPage::buildProgress, &hook, [&](qint64, qint64) {
        if (++progressReports > 1)
            return;
        barShown = bar->isVisible() && cancel->isVisible() && cancel->isEnabled();
        QTest::mouseClick(cancel, Qt::LeftButton); // the user's Cancel
    });
    reports->setPreset(RangePreset::Last30Days);
    QVERIFY(reports->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!reports->isLoading(), 30000);
    QVERIFY(barShown);
    QVERIFY(!bar->isVisible());
    // Anything the build still sent is queued before a later read of the same reader.
    bool later = false;
    m_workspace.reader()->read<int>(
        &hook, QStringLiteral("probe"), [](const CacheQuery&) { return 1; }, [&](int) { later = true; });
    QTRY_VERIFY(later);
    QCOMPARE(shown.size(), 0); // the cancelled build's report never arrived
    QCOMPARE(progressReports, 1);
    QCOMPARE(reports->table().period.from, before.period.from);
    QVERIFY(reports->table().rows == before.rows);
    QCOMPARE(title->text(), titleBefore);
    QVERIFY2(reports->errorText().isEmpty(), qPrintable(reports->errorText()));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QLatin1String("previous report")), qPrintable(note->text()));

    // The next build runs to its end.
    disconnect(reports, nullptr, &hook, nullptr);
    reports->refresh();
    QVERIFY(shown.wait(30000));
    QVERIFY(!reports->isLoading());
    QVERIFY(!note->isVisible());
    QVERIFY(!bar->isVisible());
    QVERIFY(reports->table().period.from > before.period.from);
    QCOMPARE(reports->table().period.to, before.period.to);
    reports->setProgressDelay(400);
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestReportsPage)
#include "TestReportsPage.moc"
