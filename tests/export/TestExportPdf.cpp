#include "AtomicExport.h"
#include "ExportTestSupport.h"
#include "PdfReportWriter.h"
#include "ReportCellText.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace sp::test {

// PDF exports read back with pdftotext (poppler-utils).
class TestExportPdf : public QObject
{
    Q_OBJECT

private:
    static QString write(const ReportTable& table, QTemporaryDir& dir, const QString& name)
    {
        const QString path = dir.filePath(name);
        PdfReportWriter writer;
        writer.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
        const ExportResult result = AtomicExport::write(writer, table, path, nullptr);
        if (!result.isOk())
            qWarning().noquote() << result.message;
        return result.isOk() ? path : QString();
    }

private slots:
    void titleBlockAndValues()
    {
        QTemporaryDir dir;
        const ReportTable table = mixedTable();
        const QString path = write(table, dir, QStringLiteral("report.pdf"));
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Müller Küche: sales by product")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Period: 2026-01-01 to 2026-01-31")));
        QVERIFY(text.contains(QLatin1String("Marketplaces: A1PA6795UKMFR9, A1F83G8C2ARO7P")));
        QVERIFY(text.contains(QLatin1String("Data as of 2026-02-01 06:30 UTC")));
        QVERIFY(text.contains(QLatin1String("Page 1 of 1")));
        // The chart's legend and currency panels.
        QVERIFY(text.contains(QLatin1String("EUR")) && text.contains(QLatin1String("GBP")));

        // Money is localised and right-aligned: every amount ends where the Revenue header ends.
        const QList<PdfWord> words = pdfWords(path);
        // The table's header is the last "Revenue" (the chart's legend has it too).
        const auto header = std::find_if(words.crbegin(), words.crend(),
                                         [](const PdfWord& w) { return w.text == QLatin1String("Revenue"); });
        QVERIFY(header != words.crend());
        // The chart above the table is legible: a panel per currency, each tall enough for its axis (at
        // least an inch from one currency's legend to the next), and none of its words overlap.
        const auto legend = [&](const QString& currency) {
            return std::find_if(words.cbegin(), words.cend(),
                                [&](const PdfWord& w) { return w.text == currency && w.yMax < header->yMin; });
        };
        QVERIFY(legend(QStringLiteral("EUR")) != words.cend() && legend(QStringLiteral("GBP")) != words.cend());
        QVERIFY2(
            legend(QStringLiteral("GBP"))->yMin - legend(QStringLiteral("EUR"))->yMin >= 72,
            qPrintable(QString::number(legend(QStringLiteral("GBP"))->yMin - legend(QStringLiteral("EUR"))->yMin)));
        QList<PdfWord> above;
        for (const PdfWord& w : words) {
            if (w.page == words.first().page && w.yMax < header->yMin)
                above.append(w);
        }
        for (int i = 0; i < above.size(); ++i) {
            for (int j = i + 1; j < above.size(); ++j) {
                const PdfWord& a = above.at(i);
                const PdfWord& b = above.at(j);
                const bool overlap =
                    a.xMin < b.xMax - 0.5 && b.xMin < a.xMax - 0.5 && a.yMin < b.yMax - 0.5 && b.yMin < a.yMax - 0.5;
                QVERIFY2(!overlap, qPrintable(a.text + QStringLiteral(" overlaps ") + b.text));
            }
        }
        const QStringList amounts{
            QStringLiteral("1,234.50"), QStringLiteral("-12.50"),           QStringLiteral("0.00"),
            QStringLiteral("0.99"),     QStringLiteral("1,234,567,890.12"), QStringLiteral("-0.05")};
        for (const QString& amount : amounts) {
            const auto word = std::find_if(words.cbegin(), words.cend(),
                                           [&](const PdfWord& w) { return w.text == amount && w.yMin > header->yMax; });
            QVERIFY2(word != words.cend(), qPrintable(amount));
            QVERIFY2(
                std::abs(word->xMax - header->xMax) < 1.0,
                qPrintable(
                    QStringLiteral("%1 ends at %2, the header at %3").arg(amount).arg(word->xMax).arg(header->xMax)));
        }
        for (const QString& value :
             {QStringLiteral("Müller Küche"), QStringLiteral("SKU-6"), QStringLiteral("12.50 %"),
              QStringLiteral("-3.25 %"), QStringLiteral("1,000,000"), QStringLiteral("=HYPERLINK"),
              QStringLiteral("@SUM(A1:A2)"), QStringLiteral("Comma, \"quote\" and newline CRLF")})
            QVERIFY2(text.contains(value), qPrintable(value));
    }

    void paginatedWithHeaderOnEachPage()
    {
        QTemporaryDir dir;
        const ReportTable table = ordersTable(400);
        const QString path = write(table, dir, QStringLiteral("orders.pdf"));
        QVERIFY(!path.isEmpty());
        QString text = pdfText(path);
        if (text.endsWith(QLatin1Char('\f')))
            text.chop(1);
        const QStringList pages = text.split(QLatin1Char('\f'));
        QVERIFY2(pages.size() >= 5, qPrintable(QString::number(pages.size())));
        const qsizetype count = pages.size();
        for (qsizetype p = 0; p < count; ++p) {
            const QString& page = pages.at(p);
            QVERIFY2(QRegularExpression(
                         QStringLiteral("Order\\s+Date\\s+Marketplace\\s+Status\\s+Currency\\s+Total\\s+Items"))
                         .match(page)
                         .hasMatch(),
                     qPrintable(page));
            QVERIFY2(page.contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(count)), qPrintable(page));
        }
        // Every order is on some page, in order, exactly once.
        qsizetype from = 0;
        for (const QVariantList& row : table.rows) {
            const qsizetype at = text.indexOf(row.first().toString(), from);
            QVERIFY2(at >= 0, qPrintable(row.first().toString()));
            from = at + 1;
        }
        QCOMPARE(text.count(table.rows.first().first().toString()), 1);
    }

    void textIsSearchable()
    {
        // No ligatures: "Profit" must be found as typed, not as "Pro\uFB01t".
        QTemporaryDir dir;
        ReportTable table = ordersTable(2);
        table.title = QStringLiteral("Profit and loss of the fine office");
        table.columns[3].title = QStringLiteral("Net profit");
        const QString path = write(table, dir, QStringLiteral("profit.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QLatin1String("Profit and loss of the fine office")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Net profit")));
    }

    void emptyTableSaysSo()
    {
        QTemporaryDir dir;
        ReportTable table = ordersTable(0);
        table.period = Period{};
        const QString path = write(table, dir, QStringLiteral("empty.pdf"));
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY(text.contains(QLatin1String("No rows for this period.")));
        QVERIFY(text.contains(QLatin1String("Snapshot")));
        QVERIFY(text.contains(QLatin1String("Page 1 of 1")));
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestExportPdf)
#include "TestExportPdf.moc"
