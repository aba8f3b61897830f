// Times a user reads are in this computer's time zone and the locale's format, not in the server's UTC:
// run with TZ=Asia/Tokyo (UTC+9, no daylight saving), set before QApplication, a known UTC instant from the
// API shows as the Tokyo wall-clock time in the order and fee dates, "data as of" and the offline banner's time.
#include "MoneyText.h"
#include "SyncStatusPanel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <ctime>

namespace sp::test {

class TestLocalTimes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The zone really is Tokyo here, so a UTC text would differ from what is expected below.
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Asia/Tokyo"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void apiDatesShowInTheLocalZone_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QDateTime>("local");
        // 20:18 UTC on 5 Dec is 05:18 on 6 Dec in Tokyo: the day changes too.
        QTest::newRow("evening UTC") << QStringLiteral("2026-12-05T20:18:53Z")
                                     << QDateTime(QDate(2026, 12, 6), QTime(5, 18, 53), Qt::LocalTime);
        QTest::newRow("fractional seconds") << QStringLiteral("2026-07-01T00:00:00.250Z")
                                            << QDateTime(QDate(2026, 7, 1), QTime(9, 0, 0, 250), Qt::LocalTime);
        QTest::newRow("offset") << QStringLiteral("2026-03-29T01:30:00+02:00")
                                << QDateTime(QDate(2026, 3, 29), QTime(8, 30), Qt::LocalTime);
    }

    void apiDatesShowInTheLocalZone()
    {
        QFETCH(QString, iso);
        QFETCH(QDateTime, local);
        const QString shown = MoneyText::dateTime(iso);
        QCOMPARE(shown, QLocale().toString(local, QLocale::ShortFormat));
        QVERIFY2(shown.contains(local.time().toString(QStringLiteral("HH:mm"))), qPrintable(shown));
    }

    void dataAsOfIsLocal()
    {
        const QDateTime utc(QDate(2026, 12, 5), QTime(20, 18, 53), Qt::UTC);
        const QString text = SyncStatusPanel::dataAsOfText(utc);
        QCOMPARE(text, QStringLiteral("Data as of 06/12/2026 05:18"));
    }
};

} // namespace sp::test

int main(int argc, char** argv)
{
    // Before anything reads the zone (QApplication, QDateTime's caches).
    qputenv("TZ", "Asia/Tokyo");
    tzset();
    QApplication app(argc, argv);
    sp::test::TestLocalTimes test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestLocalTimes.moc"
