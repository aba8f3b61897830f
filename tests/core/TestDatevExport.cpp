// The DATEV "Buchungsstapel" (core/accounting/DatevExport), read back by Python's csv module
// (read_accounting.py): the header fields where DATEV's format description puts them, the 125 columns,
// Windows-1252 with the umlauts intact, debits equal to credits, the bank receiving each payout, and
// every payout or setting the format cannot hold refused with a sentence.
#include "AccountingFixture.h"
#include "accounting/DatevExport.h"
#include "accounting/FeeVat.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(sp::PayoutBooking)
Q_DECLARE_METATYPE(sp::DatevSettings)
Q_DECLARE_METATYPE(sp::PostingOptions)

namespace sp::test {

class TestDatevExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static DatevSettings settings()
    {
        DatevSettings s;
        s.consultantNumber = 29098;
        s.clientNumber = 55003;
        return s;
    }

    // Writes the file with DatevExport::write and reads it back; fails the test on any format problem.
    QJsonObject exported(const QList<PayoutBooking>& payouts, const AccountMapping& mapping, const DatevSettings& s,
                         const PostingOptions& options, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!DatevExport::write(payouts, mapping, s, options, path, &error)) {
            qWarning().noquote() << error;
            return {};
        }
        const QJsonObject found = readBack(QStringLiteral("datev"), path);
        if (!found.value(QStringLiteral("problems")).toArray().isEmpty())
            qWarning().noquote() << QJsonDocument(found.value(QStringLiteral("problems")).toArray()).toJson();
        return found;
    }

    static QStringList strings(const QJsonObject& found, const char* key)
    {
        QStringList out;
        for (const QJsonValue& v : found.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void headerAndColumnsWhereDatevPutsThem()
    {
        const QJsonObject found = exported({realisticPayout()}, AccountMapping::defaults(AccountMapping::Chart::Skr03),
                                           settings(), {}, QStringLiteral("EXTF_header.csv"));
        QVERIFY(found.value(QStringLiteral("problems")).toArray().isEmpty());
        const QStringList raw = strings(found, "header_raw");
        QCOMPARE(raw.size(), 31);
        QCOMPARE(raw.at(0), QStringLiteral("\"EXTF\""));                                          // 1 Kennzeichen
        QCOMPARE(raw.at(1), QStringLiteral("700"));                                               // 2 Versionsnummer
        QCOMPARE(raw.at(2), QStringLiteral("21"));                                                // 3 Formatkategorie
        QCOMPARE(raw.at(3), QStringLiteral("\"Buchungsstapel\""));                                // 4 Formatname
        QCOMPARE(raw.at(4), QStringLiteral("13"));                                                // 5 Formatversion
        QVERIFY(QRegularExpression(QStringLiteral("^20[0-9]{15}$")).match(raw.at(5)).hasMatch()); // 6 Erzeugt am
        QCOMPARE(raw.at(6), QString());                                                           // 7 Importiert
        QCOMPARE(raw.at(7), QStringLiteral("\"SP\""));                                            // 8 Herkunft
        QCOMPARE(raw.at(10), QStringLiteral("29098"));                                            // 11 Beraternummer
        QCOMPARE(raw.at(11), QStringLiteral("55003"));                                            // 12 Mandantennummer
        QCOMPARE(raw.at(12), QStringLiteral("20260101"));                                         // 13 WJ-Beginn
        QCOMPARE(raw.at(13), QStringLiteral("4"));                                                // 14 Sachkontenlänge
        QCOMPARE(raw.at(14), QStringLiteral("20261102"));               // 15 Datum vom: the first booking
        QCOMPARE(raw.at(15), QStringLiteral("20261116"));               // 16 Datum bis: the payout's date
        QCOMPARE(raw.at(16), QStringLiteral("\"Amazon 24681357901\"")); // 17 Bezeichnung
        QCOMPARE(raw.at(18), QStringLiteral("1"));                      // 19 Buchungstyp: Finanzbuchführung
        QCOMPARE(raw.at(19), QStringLiteral("0"));                      // 20 Rechnungslegungszweck
        QCOMPARE(raw.at(20), QStringLiteral("0"));                      // 21 Festschreibung: off
        QCOMPARE(raw.at(21), QStringLiteral("\"EUR\""));                // 22 WKZ
        QCOMPARE(raw.at(26), QStringLiteral("\"03\""));                 // 27 Sachkontenrahmen
        const QStringList columns = strings(found, "columns");
        QCOMPARE(columns.size(), 125);
        QCOMPARE(columns, DatevExport::columnNames());
        QCOMPARE(columns.at(0), QStringLiteral("Umsatz (ohne Soll/Haben-Kz)"));
        QCOMPARE(columns.at(7), QStringLiteral("Gegenkonto (ohne BU-Schlüssel)")); // decoded from Windows-1252
        QCOMPARE(columns.at(9), QStringLiteral("Belegdatum"));
        QCOMPARE(columns.at(13), QStringLiteral("Buchungstext"));
        QCOMPARE(columns.at(124), QStringLiteral("Abw. Skontokonto"));
    }

    void balancedAndTheBankReceivesThePayout()
    {
        const PayoutBooking payout = realisticPayout();
        const AccountMapping mapping = AccountMapping::defaults(AccountMapping::Chart::Skr03);
        const QJsonObject found = exported({payout}, mapping, settings(), {}, QStringLiteral("EXTF_balanced.csv"));
        QVERIFY(found.value(QStringLiteral("problems")).toArray().isEmpty());
        QCOMPARE(found.value(QStringLiteral("bookings")).toInt(), payout.lines.size() + 1); // + the bank booking
        QCOMPARE(found.value(QStringLiteral("debit_total")).toDouble(),
                 found.value(QStringLiteral("credit_total")).toDouble());
        QCOMPARE(net(found, mapping.bankAccount), payout.payoutCents);
        QCOMPARE(net(found, mapping.clearingAccount), qint64(0));
        QCOMPARE(net(found, QStringLiteral("8400")), -(2999 + 14950 + 1000)); // revenue: credited
        QCOMPARE(net(found, QStringLiteral("8720")), qint64(2999));           // refund: debited
        QCOMPARE(net(found, QStringLiteral("4730")), qint64(356 + 612));      // FBA fulfilment fees
        QCOMPARE(net(found, QStringLiteral("4760")), qint64(450 + 2243 - 360 + 90 + 1234));
        QCOMPARE(net(found, QStringLiteral("4600")), qint64(4321));
        QCOMPARE(net(found, QStringLiteral("1500")), qint64(5000 - 4200));
        QCOMPARE(net(found, QStringLiteral("1576")), qint64(0)); // VAT option off
        QCOMPARE(strings(found, "currencies"), QStringList{QStringLiteral("EUR")});
    }

    void textSurvivesInWindows1252()
    {
        const QJsonObject found = exported({realisticPayout()}, AccountMapping::defaults(AccountMapping::Chart::Skr03),
                                           settings(), {}, QStringLiteral("EXTF_text.csv"));
        const QStringList texts = strings(found, "texts");
        QVERIFY2(texts.contains(QStringLiteral("Rücksendung Größe 42")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Verkauf Laufschuhe Größe 42")));
        QVERIFY(texts.contains(QStringLiteral("Verkauf \"Premium\", Set")));                  // ';' -> ','
        QVERIFY(texts.contains(QStringLiteral("Sponsored Products – November")));             // en dash is 0x96
        QVERIFY(texts.contains(QStringLiteral("Erstattung verlorener Artikel Lager o ? ?"))); // no line break
        QVERIFY(texts.contains(QStringLiteral("Amazon-Gebühr Commission")));                  // no description
        QVERIFY(texts.contains(QStringLiteral("Amazon Auszahlung 24681357901")));
        const QStringList references = strings(found, "references");
        QVERIFY(references.contains(QStringLiteral("302-1111111-1111111")));
        QVERIFY(references.contains(QStringLiteral("ADS_2026/11")));
        QVERIFY(strings(found, "dates").contains(QStringLiteral("0211"))); // Belegdatum DDMM
        QVERIFY(strings(found, "dates").contains(QStringLiteral("1611")));
        // The bytes themselves: ü is 0xFC in Windows-1252.
        QFile file(m_dir.filePath(QStringLiteral("EXTF_text.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"R\xFC"
                                        "cksendung Gr\xF6\xDF"
                                        "e 42\""));
    }

    void vatOnFeesIsItsOwnBooking()
    {
        const PayoutBooking payout = realisticPayout();
        const AccountMapping mapping = AccountMapping::defaults(AccountMapping::Chart::Skr03);
        PostingOptions options;
        options.vatRateBp = 1900;
        const QJsonObject found = exported({payout}, mapping, settings(), options, QStringLiteral("EXTF_vat.csv"));
        QVERIFY(found.value(QStringLiteral("problems")).toArray().isEmpty());
        qint64 vat = 0;
        qint64 feeNet = 0;
        for (const BookingLine& l : payout.lines) {
            if (l.kind == Kind::AmazonFee) {
                vat += FeeVat::split(l.amountCents, 1900).vatCents;
                feeNet += FeeVat::split(l.amountCents, 1900).netCents;
            } else if (l.kind == Kind::Advertising) {
                vat += FeeVat::split(l.amountCents, 1900).vatCents;
            }
        }
        QVERIFY(vat < 0);
        QCOMPARE(net(found, QStringLiteral("1576")), -vat); // input VAT: debited
        QCOMPARE(net(found, QStringLiteral("4730")) + net(found, QStringLiteral("4760")), -feeNet);
        QCOMPARE(net(found, QStringLiteral("4600")), -FeeVat::split(-4321, 1900).netCents);
        QCOMPARE(net(found, mapping.bankAccount), payout.payoutCents);
        QCOMPARE(net(found, mapping.clearingAccount), qint64(0));
        QCOMPARE(found.value(QStringLiteral("debit_total")).toDouble(),
                 found.value(QStringLiteral("credit_total")).toDouble());
        QVERIFY(strings(found, "texts").contains(QStringLiteral("Vorsteuer: Lagergebühr Oktober")));
    }

    // Per account: one booking per account, kind and fee type, the same totals to the cent.
    void summaryPerAccount()
    {
        const AccountMapping mapping = AccountMapping::defaults(AccountMapping::Chart::Skr03);
        PostingOptions perLine;
        perLine.vatRateBp = 1900;
        PostingOptions perAccount = perLine;
        perAccount.detail = PostingOptions::Detail::PerAccount;
        const QJsonObject lines =
            exported({realisticPayout()}, mapping, settings(), perLine, QStringLiteral("EXTF_lines.csv"));
        const QJsonObject summary =
            exported({realisticPayout()}, mapping, settings(), perAccount, QStringLiteral("EXTF_summary.csv"));
        QVERIFY(summary.value(QStringLiteral("problems")).toArray().isEmpty());
        QCOMPARE(summary.value(QStringLiteral("net")).toObject(), lines.value(QStringLiteral("net")).toObject());
        // Sales, refunds, reimbursement, other, reserve held, released: 6; four fee types and
        // advertising, each net and VAT: 10; the bank: 1.
        QCOMPARE(summary.value(QStringLiteral("bookings")).toInt(), 17);
        QCOMPARE(strings(summary, "dates"), QStringList(17, QStringLiteral("1611")));
        QCOMPARE(strings(summary, "references"), QStringList(17, QStringLiteral("24681357901")));
        QVERIFY(strings(summary, "texts").contains(QStringLiteral("Vorsteuer: Amazon-Gebühr FBAStorageFee")));
        QVERIFY(strings(summary, "texts").contains(QStringLiteral("Umsatz")));
    }

    void negativePayoutCreditsTheBank()
    {
        const PayoutBooking payout = negativePayout();
        QCOMPARE(payout.payoutCents, qint64(-7500));
        const AccountMapping mapping = AccountMapping::defaults(AccountMapping::Chart::Skr04);
        const QJsonObject found = exported({payout}, mapping, settings(), {}, QStringLiteral("EXTF_negative.csv"));
        QVERIFY(found.value(QStringLiteral("problems")).toArray().isEmpty());
        QCOMPARE(strings(found, "header_raw").at(26), QStringLiteral("\"04\""));
        QCOMPARE(net(found, QStringLiteral("1460")), qint64(-7500)); // SKR04 Geldtransit, credited
        QCOMPARE(net(found, QStringLiteral("1370")), qint64(0));
        QCOMPARE(net(found, QStringLiteral("4720")), qint64(8000));
    }

    void payoutWithoutLines()
    {
        const QJsonObject found = exported({emptyPayout()}, AccountMapping::defaults(AccountMapping::Chart::Skr03),
                                           settings(), {}, QStringLiteral("EXTF_empty.csv"));
        QVERIFY(found.value(QStringLiteral("problems")).toArray().isEmpty());
        QCOMPARE(found.value(QStringLiteral("bookings")).toInt(), 0);
        QCOMPARE(strings(found, "header_raw").at(14), QStringLiteral("20261115"));
        QCOMPARE(strings(found, "header_raw").at(15), QStringLiteral("20261130"));
    }

    void aMonthOfPayouts()
    {
        DatevSettings s = settings();
        s.periodFrom = QDate(2026, 11, 1);
        s.periodTo = QDate(2026, 11, 30);
        const QList<PayoutBooking> payouts{realisticPayout(), negativePayout(), emptyPayout()};
        const QJsonObject found = exported(payouts, AccountMapping::defaults(AccountMapping::Chart::Skr03), s, {},
                                           DatevExport::suggestedFileName(payouts));
        QVERIFY(found.value(QStringLiteral("problems")).toArray().isEmpty());
        QCOMPARE(strings(found, "header_raw").at(14), QStringLiteral("20261101"));
        QCOMPARE(strings(found, "header_raw").at(15), QStringLiteral("20261130"));
        QCOMPARE(net(found, QStringLiteral("1360")), realisticPayout().payoutCents - 7500);
        QCOMPARE(net(found, QStringLiteral("1590")), qint64(0));
        QVERIFY(DatevExport::suggestedFileName(payouts).startsWith(QLatin1String("EXTF_")));
    }

    void settingsJsonRoundTrip()
    {
        DatevSettings s = settings();
        s.fiscalYearStartMonth = 7;
        s.lockBookings = true;
        DatevSettings back;
        QString error;
        QVERIFY2(DatevSettings::fromJson(s.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back.toJson(), s.toJson());
        QVERIFY(DatevSettings::fromJson(QJsonObject{{QStringLiteral("client"), 7}}, &back, &error));
        QCOMPARE(back.clientNumber, 7);
        QCOMPARE(back.accountLength, 4);
        QVERIFY(!DatevSettings::fromJson(QJsonObject{{QStringLiteral("client"), QStringLiteral("7")}}, &back, &error));
        QVERIFY(!DatevSettings::fromJson(QJsonObject{{QStringLiteral("client"), 7.5}}, &back, &error));
        QVERIFY(!error.isEmpty());
    }

    void refusesWhatDatevCannotHold_data()
    {
        QTest::addColumn<QList<PayoutBooking>>("payouts");
        QTest::addColumn<DatevSettings>("datev");
        QTest::addColumn<PostingOptions>("options");
        QTest::addColumn<QString>("expected");
        PayoutBooking unbalanced = realisticPayout();
        unbalanced.payoutCents += 1;
        QTest::newRow("lines do not sum to the payout")
            << QList<PayoutBooking>{unbalanced} << settings() << PostingOptions{}
            << QStringLiteral("Payout 24681357901 does not balance: its lines add up to");
        PayoutBooking mixed = realisticPayout();
        mixed.lines[2].currency = QStringLiteral("GBP");
        QTest::newRow("a line in another currency") << QList<PayoutBooking>{mixed} << settings() << PostingOptions{}
                                                    << QStringLiteral("one of its lines is in GBP");
        PayoutBooking pounds = negativePayout();
        pounds.currency = QStringLiteral("GBP");
        for (BookingLine& l : pounds.lines)
            l.currency = QStringLiteral("GBP");
        QTest::newRow("payout in another currency than the ledger")
            << QList<PayoutBooking>{pounds} << settings() << PostingOptions{}
            << QStringLiteral("DATEV files hold one currency");
        QTest::newRow("no consultant number") << QList<PayoutBooking>{realisticPayout()} << DatevSettings{}
                                              << PostingOptions{} << QStringLiteral("Beraternummer");
        DatevSettings longAccounts = settings();
        longAccounts.accountLength = 5;
        QTest::newRow("account length") << QList<PayoutBooking>{realisticPayout()} << longAccounts << PostingOptions{}
                                        << QStringLiteral("DATEV needs accounts of 5 digits");
        const PayoutBooking yearEnd =
            withLines(QStringLiteral("99"), QDate(2026, 12, 24), QDate(2027, 1, 6), QDate(2027, 1, 8),
                      {line(QDate(2026, 12, 27), Kind::Sales, 5000, QStringLiteral("Verkauf"))});
        QTest::newRow("across the fiscal year") << QList<PayoutBooking>{yearEnd} << settings() << PostingOptions{}
                                                << QStringLiteral("into a new fiscal year");
        DatevSettings november = settings();
        november.periodFrom = QDate(2026, 11, 1);
        november.periodTo = QDate(2026, 11, 15);
        QTest::newRow("outside the file's period") << QList<PayoutBooking>{realisticPayout()} << november
                                                   << PostingOptions{} << QStringLiteral("outside the file's period");
        PostingOptions badRate;
        badRate.vatRateBp = 10001;
        QTest::newRow("VAT rate") << QList<PayoutBooking>{realisticPayout()} << settings() << badRate
                                  << QStringLiteral("VAT rate");
    }

    void refusesWhatDatevCannotHold()
    {
        QFETCH(QList<PayoutBooking>, payouts);
        QFETCH(DatevSettings, datev);
        QFETCH(PostingOptions, options);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("EXTF_refused.csv"));
        QString error;
        QVERIFY(!DatevExport::write(payouts, AccountMapping::defaults(AccountMapping::Chart::Skr03), datev, options,
                                    path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!QFile::exists(path)); // nothing written, not even half a file
    }

    // A settlement across New Year: refused on line dates, one fiscal year on its payout date.
    void payoutDateKeepsAYearEndPayoutInOneYear()
    {
        const PayoutBooking yearEnd =
            withLines(QStringLiteral("99"), QDate(2026, 12, 24), QDate(2027, 1, 6), QDate(2027, 1, 8),
                      {line(QDate(2026, 12, 27), Kind::Sales, 5000, QStringLiteral("Verkauf")),
                       line(QDate(2027, 1, 2), Kind::AmazonFee, -700, QStringLiteral("Gebühr"), {},
                            QStringLiteral("Commission"))});
        PostingOptions options;
        options.dateBasis = PostingOptions::DateBasis::PayoutDate;
        const QJsonObject found = exported({yearEnd}, AccountMapping::defaults(AccountMapping::Chart::Skr03),
                                           settings(), options, QStringLiteral("EXTF_yearend.csv"));
        QVERIFY(found.value(QStringLiteral("problems")).toArray().isEmpty());
        QCOMPARE(strings(found, "header_raw").at(12), QStringLiteral("20270101"));
        QCOMPARE(strings(found, "dates"),
                 (QStringList{QStringLiteral("0801"), QStringLiteral("0801"), QStringLiteral("0801")}));
        QCOMPARE(net(found, QStringLiteral("1360")), qint64(4300));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestDatevExport)
#include "TestDatevExport.moc"
