// Cents as text, the one rule (common/Money): the machine form of CSV, the archive and the API, and
// the locale's form of the UI and the PDF, for every qint64 (INT64_MIN has no positive qint64).
#include "common/Money.h"

#include <QLocale>
#include <QTest>

#include <limits>

namespace sp::test {

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void machine_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("one cent") << qint64(1) << QStringLiteral("0.01");
        QTest::newRow("minus five cents") << qint64(-5) << QStringLiteral("-0.05");
        QTest::newRow("minus 12.50") << qint64(-1250) << QStringLiteral("-12.50");
        QTest::newRow("1234.56") << qint64(123456) << QStringLiteral("1234.56");
        QTest::newRow("-1234.56") << qint64(-123456) << QStringLiteral("-1234.56");
        QTest::newRow("INT64_MAX") << std::numeric_limits<qint64>::max() << QStringLiteral("92233720368547758.07");
        QTest::newRow("INT64_MIN") << std::numeric_limits<qint64>::min() << QStringLiteral("-92233720368547758.08");
    }

    void machine()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QCOMPARE(Money::formatCents(cents), expected);
    }

    // What formatCents writes, parseCents reads back (within the contract's twelve integer digits).
    void machineRoundTrip()
    {
        for (qint64 cents : {qint64(0), qint64(-1), qint64(99), qint64(-123456), qint64(99999999999999)}) {
            qint64 back = 42;
            QVERIFY(Money::parseCents(Money::formatCents(cents), &back));
            QCOMPARE(back, cents);
        }
    }

    void locale_data()
    {
        QTest::addColumn<QString>("localeName");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en_US") << QStringLiteral("en_US") << qint64(-123456) << QStringLiteral("-1,234.56");
        QTest::newRow("en_US zero") << QStringLiteral("en_US") << qint64(0) << QStringLiteral("0.00");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << qint64(123456789) << QStringLiteral("1.234.567,89");
        QTest::newRow("de_DE negative") << QStringLiteral("de_DE") << qint64(-5) << QStringLiteral("-0,05");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << qint64(123456)
                               << QStringLiteral("1\u202F234,56"); // narrow no-break space groups
        QTest::newRow("C: no grouping") << QStringLiteral("C") << qint64(-123456) << QStringLiteral("-1234.56");
        QTest::newRow("en_US INT64_MAX") << QStringLiteral("en_US") << std::numeric_limits<qint64>::max()
                                         << QStringLiteral("92,233,720,368,547,758.07");
        QTest::newRow("en_US INT64_MIN") << QStringLiteral("en_US") << std::numeric_limits<qint64>::min()
                                         << QStringLiteral("-92,233,720,368,547,758.08");
        QTest::newRow("de_DE INT64_MIN") << QStringLiteral("de_DE") << std::numeric_limits<qint64>::min()
                                         << QStringLiteral("-92.233.720.368.547.758,08");
    }

    void locale()
    {
        QFETCH(QString, localeName);
        QFETCH(qint64, cents);
        QFETCH(QString, expected);
        QCOMPARE(Money::formatCents(cents, QLocale(localeName)), expected);
    }

    // The locale's own minus sign, not always "-".
    void localeMinusSign()
    {
        const QLocale swedish(QStringLiteral("sv_SE"));
        QVERIFY(Money::formatCents(-100, swedish).startsWith(swedish.negativeSign()));
        QVERIFY(Money::formatCents(-100, swedish).endsWith(swedish.decimalPoint() + QStringLiteral("00")));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestMoney)
#include "TestMoney.moc"
