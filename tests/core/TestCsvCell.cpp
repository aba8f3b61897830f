// One CSV field (common/CsvCell), the rule the report CSV export and the offline archive share:
// RFC 4180 quoting, and formula-looking text made inert (ASCII and full-width = + - @).
#include "common/CsvCell.h"

#include <QTest>

namespace sp::test {

class TestCsvCell : public QObject
{
    Q_OBJECT

private slots:
    void neutralised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("equals") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                   << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("full-width equals") << QStringLiteral("\uFF1D1+2") << QStringLiteral("'\uFF1D1+2");
        QTest::newRow("full-width plus") << QStringLiteral("\uFF0B1") << QStringLiteral("'\uFF0B1");
        QTest::newRow("full-width minus") << QStringLiteral("\uFF0D2+3") << QStringLiteral("'\uFF0D2+3");
        QTest::newRow("full-width at") << QStringLiteral("\uFF20SUM(A1)") << QStringLiteral("'\uFF20SUM(A1)");
        QTest::newRow("plain") << QStringLiteral("Müller Küche") << QStringLiteral("Müller Küche");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("empty") << QString() << QString();
    }

    void neutralised()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvCell::neutralised(text), expected);
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("lf") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("utf-8") << QStringLiteral("Küche") << QStringLiteral("Küche");
        QTest::newRow("empty") << QString() << QString();
    }

    // quoted() and appendField() are the same rule: one as text, one as UTF-8 bytes.
    void quoting()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(CsvCell::quoted(text), expected);
        QByteArray out("x");
        CsvCell::appendField(out, text);
        QCOMPARE(out, QByteArray("x") + expected.toUtf8());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestCsvCell)
#include "TestCsvCell.moc"
