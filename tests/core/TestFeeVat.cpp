// FeeVat::split (core/accounting/FeeVat): net + VAT == gross for every amount, negatives mirror
// positives, the rounding is half away from zero, and the extremes of qint64 do not overflow.
#include "accounting/FeeVat.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

namespace sp::test {

class TestFeeVat : public QObject
{
    Q_OBJECT

private slots:
    void knownValues()
    {
        QCOMPARE(FeeVat::split(119, 1900).netCents, qint64(100));
        QCOMPARE(FeeVat::split(119, 1900).vatCents, qint64(19));
        QCOMPARE(FeeVat::split(-1190, 1900).netCents, qint64(-1000));
        QCOMPARE(FeeVat::split(-1190, 1900).vatCents, qint64(-190));
        QCOMPARE(FeeVat::split(1, 1900).netCents, qint64(1));       // 0.84 -> 1
        QCOMPARE(FeeVat::split(-450, 1900).netCents, qint64(-378)); // -378.15 -> -378
        QCOMPARE(FeeVat::split(107, 700).netCents, qint64(100));
        QCOMPARE(FeeVat::split(1234, 0).netCents, qint64(1234));
        QCOMPARE(FeeVat::split(1234, 0).vatCents, qint64(0));
        QCOMPARE(FeeVat::split(200, 10000).netCents, qint64(100));
        QCOMPARE(FeeVat::split(3, 10000).netCents, qint64(2)); // 1.5 -> 2, half away from zero
        QCOMPARE(FeeVat::split(-3, 10000).netCents, qint64(-2));
        QCOMPARE(FeeVat::split(500, -5).netCents, qint64(500)); // invalid rate: everything net
        QCOMPARE(FeeVat::split(500, 10001).vatCents, qint64(0));
    }

    void netPlusVatIsGross()
    {
        QRandomGenerator random(17);
        const int rates[] = {0, 1, 500, 700, 1900, 2000, 2100, 2500, 9999, 10000};
        for (int i = 0; i < 200000; ++i) {
            const qint64 gross =
                i < 40000 ? qint64(i - 20000) : qint64(random.bounded(2000000000)) * 1000 - 999999999999;
            const int rate = rates[i % 10];
            const FeeVat::Split s = FeeVat::split(gross, rate);
            QCOMPARE(s.netCents + s.vatCents, gross);
            const FeeVat::Split mirrored = FeeVat::split(-gross, rate);
            QCOMPARE(mirrored.netCents, -s.netCents);
            QCOMPARE(mirrored.vatCents, -s.vatCents);
            // Within half a cent of the exact net, VAT with the gross's sign (or zero).
            const long double exact = (long double)gross * 10000.0L / (10000.0L + rate);
            QVERIFY(std::fabs((long double)s.netCents - exact) <= 0.5L + 1e-9L);
            QVERIFY(gross >= 0 ? s.vatCents >= 0 : s.vatCents <= 0);
        }
    }

    void extremesDoNotOverflow()
    {
        for (qint64 gross : {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(),
                             std::numeric_limits<qint64>::min() + 1}) {
            for (int rate : {1, 1900, 10000}) {
                const FeeVat::Split s = FeeVat::split(gross, rate);
                QCOMPARE(s.netCents + s.vatCents, gross);
                QVERIFY(gross > 0 ? s.netCents > 0 && s.netCents < gross : s.netCents < 0 && s.netCents > gross);
            }
        }
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestFeeVat)
#include "TestFeeVat.moc"
