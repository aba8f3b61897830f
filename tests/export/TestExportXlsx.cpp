#include "AtomicExport.h"
#include "ExportControl.h"
#include "ExportTestSupport.h"
#include "XlsxReportWriter.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#if defined(__SANITIZE_ADDRESS__)
#define SP_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SP_TEST_ASAN 1
#endif
#endif

namespace sp::test {

// XLSX exports read back with openpyxl (Debian's python3-openpyxl).
class TestExportXlsx : public QObject
{
    Q_OBJECT

private:
    static QJsonObject cell(const QJsonObject& sheet, int row, int column)
    {
        return sheet.value(QLatin1String("cells")).toArray().at(row).toArray().at(column).toObject();
    }

private slots:
    void initTestCase()
    {
        if (!kXlsxAvailable)
            QSKIP("XLSX export is unavailable under AddressSanitizer (RTLD_DEEPBIND); the normal build covers it");
    }

    void readBackWithOpenpyxl()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ReportTable table = mixedTable();
        const QString path = dir.filePath(QStringLiteral("report.xlsx"));
        XlsxReportWriter writer;
        const ExportResult result = AtomicExport::write(writer, table, path, nullptr);
        QVERIFY2(result.isOk(), qPrintable(result.message));

        const QJsonObject sheet = readBack(QStringLiteral("xlsx"), path).object();
        QVERIFY(!sheet.isEmpty());
        QCOMPARE(sheet.value(QLatin1String("sheets")).toInt(), 1);
        // Excel forbids ':' in sheet names.
        QCOMPARE(sheet.value(QLatin1String("sheet")).toString(), QStringLiteral("Müller Küche  sales by product"));
        QCOMPARE(sheet.value(QLatin1String("title_property")).toString(), table.title);

        // The title block above the table.
        QCOMPARE(cell(sheet, 0, 0).value(QLatin1String("v")).toString(), table.title);
        QVERIFY(cell(sheet, 0, 0).value(QLatin1String("bold")).toBool());
        const QString periodLine = cell(sheet, 1, 0).value(QLatin1String("v")).toString();
        QVERIFY2(periodLine.contains(QLatin1String("2026-01-01")) && periodLine.contains(QLatin1String("2026-01-31"))
                     && periodLine.contains(QLatin1String("A1PA6795UKMFR9")),
                 qPrintable(periodLine));
        QVERIFY(cell(sheet, 2, 0).value(QLatin1String("v")).toString().contains(QLatin1String("2026-02-01 06:30")));

        // A bold header, frozen: the rows below it scroll under it.
        const int header = XlsxReportWriter::kHeaderRow;
        QCOMPARE(sheet.value(QLatin1String("freeze")).toString(), QStringLiteral("A%1").arg(header + 2));
        for (int c = 0; c < table.columns.size(); ++c) {
            QCOMPARE(cell(sheet, header, c).value(QLatin1String("v")).toString(), table.columns.at(c).title);
            QVERIFY(cell(sheet, header, c).value(QLatin1String("bold")).toBool());
        }
        // Column widths are set from the content.
        QVERIFY(sheet.value(QLatin1String("widths")).toObject().value(QLatin1String("B")).toDouble() > 12);

        for (int r = 0; r < table.rows.size(); ++r) {
            const QVariantList& row = table.rows.at(r);
            const int sheetRow = header + 1 + r;
            for (int c = 0; c < table.columns.size(); ++c) {
                const QJsonObject got = cell(sheet, sheetRow, c);
                const QVariant& want = row.at(c);
                const QString where = QStringLiteral("row %1 column %2: %3")
                                          .arg(r)
                                          .arg(c)
                                          .arg(QString::fromUtf8(QJsonDocument(got).toJson(QJsonDocument::Compact)));
                if (want.isNull() || (table.columns.at(c).kind == Kind::Text && want.toString().isEmpty())) {
                    QVERIFY2(got.value(QLatin1String("v")).isNull(), qPrintable(where));
                    continue;
                }
                switch (table.columns.at(c).kind) {
                case Kind::Text:
                    // Text stays text: a string cell is never a formula in XLSX. Line breaks become
                    // Excel's LF.
                    QCOMPARE(got.value(QLatin1String("t")).toString(), QStringLiteral("s"));
                    QCOMPARE(got.value(QLatin1String("v")).toString(),
                             want.toString().replace(QLatin1String("\r\n"), QLatin1String("\n")));
                    break;
                case Kind::Integer:
                    QVERIFY2(got.value(QLatin1String("t")).toString() == QLatin1String("n"), qPrintable(where));
                    QCOMPARE(qint64(got.value(QLatin1String("v")).toDouble()), want.toLongLong());
                    break;
                case Kind::Money: {
                    QVERIFY2(got.value(QLatin1String("t")).toString() == QLatin1String("n"), qPrintable(where));
                    QCOMPARE(std::llround(got.value(QLatin1String("v")).toDouble() * 100), want.toLongLong());
                    const QString currency = row.at(2).toString();
                    QVERIFY2(got.value(QLatin1String("fmt")).toString()
                                 == QStringLiteral("#,##0.00 \"%1\"").arg(currency),
                             qPrintable(where));
                    break;
                }
                case Kind::Percent:
                    QVERIFY2(got.value(QLatin1String("t")).toString() == QLatin1String("n"), qPrintable(where));
                    QCOMPARE(got.value(QLatin1String("v")).toDouble(), want.toDouble() / 100.0);
                    QCOMPARE(got.value(QLatin1String("fmt")).toString(), QStringLiteral("0.00%"));
                    break;
                case Kind::Date:
                    QVERIFY2(got.value(QLatin1String("date")).toBool(), qPrintable(where));
                    QCOMPARE(got.value(QLatin1String("fmt")).toString(), QStringLiteral("yyyy-mm-dd"));
                    QCOMPARE(got.value(QLatin1String("v")).toString(),
                             want.toDate().startOfDay().toString(Qt::ISODate));
                    break;
                }
            }
        }
        QCOMPARE(sheet.value(QLatin1String("cells")).toArray().size(), header + 1 + table.rows.size());
    }

    void quaZipAndXlsxInOneProcess()
    {
        // QuaZip (core's support bundles) exports a modified minizip under minizip's names; linked
        // the usual way, libxlsxwriter's zip calls reached QuaZip's and workbook_close() crashed.
#if defined(SP_TEST_ASAN)
        QSKIP("AddressSanitizer refuses RTLD_DEEPBIND: the XLSX export reports an error when QuaZip is loaded");
#endif
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("bundle.zip"));
        const auto writeZip = [&zipPath] {
            QuaZip zip(zipPath);
            if (!zip.open(QuaZip::mdCreate))
                return false;
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("note.txt"))))
                return false;
            file.write("written by QuaZip");
            file.close();
            zip.close();
            return zip.getZipError() == 0;
        };
        QVERIFY(writeZip());

        XlsxReportWriter writer;
        const QString xlsxPath = dir.filePath(QStringLiteral("report.xlsx"));
        const ExportResult result = AtomicExport::write(writer, mixedTable(), xlsxPath, nullptr);
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(readBack(QStringLiteral("xlsx"), xlsxPath).object().value(QLatin1String("title_property")).toString(),
                 mixedTable().title);

        // QuaZip still works after libxlsxwriter has run.
        QVERIFY(QFile::remove(zipPath));
        QVERIFY(writeZip());
        QuaZip zip(zipPath);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.setCurrentFile(QStringLiteral("note.txt")));
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("written by QuaZip"));
    }

    void cancelledMidway()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.xlsx"));
        ExportControl control;
        qint64 reported = 0;
        control.setProgressCallback([&](qint64 done, qint64) {
            reported = done;
            if (done >= 2000)
                control.cancel();
        });
        XlsxReportWriter writer;
        const ExportResult result = AtomicExport::write(writer, ordersTable(10000), path, &control);
        QCOMPARE(result.status, ExportResult::Status::Cancelled);
        QCOMPARE(reported, qint64(2000));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void tooManyRowsForASheet()
    {
        ReportTable table = ordersTable(1);
        table.rows = QList<QVariantList>(int(XlsxReportWriter::kMaxSheetRows), table.rows.first());
        QTemporaryDir dir;
        XlsxReportWriter writer;
        const ExportResult result =
            AtomicExport::write(writer, table, dir.filePath(QStringLiteral("big.xlsx")), nullptr);
        QCOMPARE(result.status, ExportResult::Status::Failed);
        QVERIFY2(result.message.contains(QLatin1String("CSV")), qPrintable(result.message));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestExportXlsx)
#include "TestExportXlsx.moc"
