#include "AtomicExport.h"
#include "CsvReportWriter.h"
#include "ExportTestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace sp::test {

// CSV exports read back with Python's csv module (strict Excel dialect).
class TestExportCsv : public QObject
{
    Q_OBJECT

private:
    static QList<QStringList> rowsOf(const QJsonDocument& document)
    {
        QList<QStringList> rows;
        const QJsonArray array = document.object().value(QLatin1String("rows")).toArray();
        for (const QJsonValue& row : array) {
            QStringList fields;
            const QJsonArray values = row.toArray();
            for (const QJsonValue& value : values)
                fields.append(value.toString());
            rows.append(fields);
        }
        return rows;
    }

private slots:
    // The full-width forms (＝ ＋ － ＠) that some spreadsheets fold to ASCII are defused in the file
    // itself, read back by Python's csv module; the cell rule is CsvCell's (TestCsvCell).
    void fullWidthFormulaIsText()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ReportTable table;
        table.columns = {column("title", QStringLiteral("Title"), Kind::Text),
                         column("revenue", QStringLiteral("Revenue"), Kind::Money)};
        const QStringList titles{QStringLiteral("\uFF1DHYPERLINK(\"http://x\",\"y\")"), QStringLiteral("\uFF0B1"),
                                 QStringLiteral("\uFF0D2+3"), QStringLiteral("\uFF20SUM(A1)")};
        for (const QString& title : titles)
            table.rows.append({title, qint64(-1250)});
        const QString path = dir.filePath(QStringLiteral("full-width.csv"));
        CsvReportWriter writer;
        QVERIFY(AtomicExport::write(writer, table, path, nullptr).isOk());

        const QList<QStringList> rows = rowsOf(readBack(QStringLiteral("csv"), path));
        QCOMPARE(rows.size(), titles.size() + 1);
        for (int r = 0; r < titles.size(); ++r)
            QCOMPARE(rows.at(r + 1), (QStringList{QLatin1Char('\'') + titles.at(r), QStringLiteral("-12.50")}));
    }

    void readBackWithPythonCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const ReportTable table = mixedTable();
        const QString path = dir.filePath(QStringLiteral("Müller report.csv"));
        CsvReportWriter writer;
        const ExportResult result = AtomicExport::write(writer, table, path, nullptr);
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.path, QFileInfo(path).absoluteFilePath());

        const QJsonDocument document = readBack(QStringLiteral("csv"), path);
        QVERIFY(document.isObject());
        const QJsonObject object = document.object();
        QVERIFY(object.value(QLatin1String("bom")).toBool());
        QVERIFY(object.value(QLatin1String("crlf_only")).toBool());
        QVERIFY(object.value(QLatin1String("ends_with_crlf")).toBool());

        const QList<QStringList> rows = rowsOf(document);
        QCOMPARE(rows.size(), table.rows.size() + 1);
        QCOMPARE(rows.at(0), (QStringList{QStringLiteral("SKU"), QStringLiteral("Title"), QStringLiteral("Currency"),
                                          QStringLiteral("Units"), QStringLiteral("Revenue"), QStringLiteral("Margin"),
                                          QStringLiteral("First sale")}));
        const QList<QStringList> expected{
            {QStringLiteral("SKU-1"), QStringLiteral("Müller Küche"), QStringLiteral("EUR"), QStringLiteral("3"),
             QStringLiteral("1234.50"), QStringLiteral("12.50"), QStringLiteral("2026-01-31")},
            // Line breaks inside a cell survive exactly, CRLF included.
            {QStringLiteral("SKU-2"), QStringLiteral("Comma, \"quote\" and\nnewline\r\nCRLF"), QStringLiteral("GBP"),
             QStringLiteral("-2"), QStringLiteral("-12.50"), QStringLiteral("-3.25"), QStringLiteral("2026-02-01")},
            // Formula-like text is neutralised; the numbers beside it are not touched.
            {QStringLiteral("SKU-3"), QStringLiteral("'=HYPERLINK(\"http://example.com\",\"x\")"),
             QStringLiteral("USD"), QStringLiteral("0"), QStringLiteral("0.00"), QStringLiteral("0.00"), QString()},
            {QStringLiteral("'+1"), QStringLiteral("'-2+3"), QStringLiteral("EUR"), QStringLiteral("1"),
             QStringLiteral("0.99"), QString(), QStringLiteral("2026-12-31")},
            {QStringLiteral("'@SUM(A1:A2)"), QStringLiteral("'\tTabbed"), QStringLiteral("JPY"),
             QStringLiteral("1000000"), QStringLiteral("1234567890.12"), QStringLiteral("100.00"),
             QStringLiteral("2000-02-29")},
            {QStringLiteral("SKU-6"), QString(), QStringLiteral("EUR"), QString(), QStringLiteral("-0.05"),
             QStringLiteral("33.33"), QStringLiteral("2026-03-01")},
        };
        for (int r = 0; r < expected.size(); ++r)
            QCOMPARE(rows.at(r + 1), expected.at(r));

        // Every money field is a plain machine number that parses back to the exact cents.
        const int revenue = 4;
        for (int r = 0; r < table.rows.size(); ++r) {
            bool ok = false;
            const double value = rows.at(r + 1).at(revenue).toDouble(&ok);
            QVERIFY(ok);
            QCOMPARE(qint64(std::llround(value * 100)), table.rows.at(r).at(revenue).toLongLong());
        }
    }

    void withoutByteOrderMark()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plain.csv"));
        CsvReportWriter writer;
        writer.setByteOrderMark(false);
        QVERIFY(writer.write(ordersTable(3), path, nullptr).isOk());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("Order,Date,Marketplace,Status,Currency,Total,Items\r\n"));
        const QJsonDocument document = readBack(QStringLiteral("csv"), path);
        QVERIFY(!document.object().value(QLatin1String("bom")).toBool());
        QCOMPARE(rowsOf(document).size(), 4);
    }

    void emptyTableHasHeaderOnly()
    {
        QTemporaryDir dir;
        ReportTable table = ordersTable(0);
        const QString path = dir.filePath(QStringLiteral("empty.csv"));
        CsvReportWriter writer;
        QVERIFY(AtomicExport::write(writer, table, path, nullptr).isOk());
        const QList<QStringList> rows = rowsOf(readBack(QStringLiteral("csv"), path));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().size(), table.columns.size());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestExportCsv)
#include "TestExportCsv.moc"
