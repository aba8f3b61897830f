// The generic journal CSV for Xero and QuickBooks (core/accounting/JournalCsv), read back by Python's
// csv module (read_accounting.py): UTF-8 with a byte order mark, one journal per payout whose debits
// equal its credits, the bank row equal to the payout, input VAT on its own rows, text made inert for
// spreadsheets; and the account mapping's JSON form.
#include "AccountingFixture.h"
#include "accounting/FeeVat.h"
#include "accounting/JournalCsv.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

class TestJournalCsv : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QJsonObject exported(const QList<PayoutBooking>& payouts, const AccountMapping& mapping,
                         const PostingOptions& options, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!JournalCsv::write(payouts, mapping, options, path, &error)) {
            qWarning().noquote() << error;
            return {};
        }
        const QJsonObject found = readBack(QStringLiteral("journal"), path);
        if (!found.value(QStringLiteral("problems")).toArray().isEmpty())
            qWarning().noquote() << QJsonDocument(found.value(QStringLiteral("problems")).toArray()).toJson();
        return found;
    }

    static QJsonObject journal(const QJsonObject& found, const QString& reference)
    {
        return found.value(QStringLiteral("journals")).toObject().value(reference).toObject();
    }

    static QStringList texts(const QJsonObject& found)
    {
        QStringList out;
        for (const QJsonValue& v : found.value(QStringLiteral("texts")).toArray())
            out << v.toString();
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyJournalBalancesAndTheBankRowIsThePayout()
    {
        const QList<PayoutBooking> payouts{realisticPayout(), negativePayout(), emptyPayout()};
        const AccountMapping mapping = AccountMapping::defaults(AccountMapping::Chart::Skr03);
        const QJsonObject found = exported(payouts, mapping, {}, JournalCsv::suggestedFileName(payouts));
        QVERIFY(found.value(QStringLiteral("problems")).toArray().isEmpty());
        QCOMPARE(found.value(QStringLiteral("header")).toArray().toVariantList(),
                 QVariantList({QStringLiteral("Date"), QStringLiteral("Account"), QStringLiteral("Description"),
                               QStringLiteral("Debit"), QStringLiteral("Credit"), QStringLiteral("Currency"),
                               QStringLiteral("Reference")}));
        for (const PayoutBooking& payout : payouts) {
            if (payout.lines.isEmpty())
                continue; // nothing to book, no journal
            const QJsonObject j = journal(found, payout.settlementId);
            QCOMPARE(j.value(QStringLiteral("debit")).toDouble(), j.value(QStringLiteral("credit")).toDouble());
            QCOMPARE(j.value(QStringLiteral("dates")).toArray().toVariantList(),
                     QVariantList{payout.paidOn.toString(Qt::ISODate)}); // one date per journal
            QCOMPARE(j.value(QStringLiteral("currencies")).toArray().toVariantList(),
                     QVariantList{QStringLiteral("EUR")});
        }
        QCOMPARE(found.value(QStringLiteral("journals")).toObject().size(), 2);
        QCOMPARE(net(found, mapping.bankAccount), realisticPayout().payoutCents + negativePayout().payoutCents);
        QCOMPARE(net(found, mapping.clearingAccount), qint64(0)); // a manual journal needs no clearing account
        QCOMPARE(net(found, QStringLiteral("8400")), -(2999 + 14950 + 1000 + 1000));
        QCOMPARE(found.value(QStringLiteral("rows")).toInt(), realisticPayout().lines.size() + 1 + 3 + 1);
    }

    void bankRowPerPayout()
    {
        const AccountMapping mapping = AccountMapping::defaults(AccountMapping::Chart::Skr04);
        for (const PayoutBooking& payout : {realisticPayout(), negativePayout()}) {
            const QJsonObject found = exported({payout}, mapping, {}, JournalCsv::suggestedFileName({payout}));
            QVERIFY(found.value(QStringLiteral("problems")).toArray().isEmpty());
            QCOMPARE(net(found, QStringLiteral("1460")), payout.payoutCents);
            qint64 total = 0;
            for (const QJsonValue& v : found.value(QStringLiteral("net")).toObject())
                total += qint64(v.toDouble());
            QCOMPARE(total, qint64(0)); // debits == credits
        }
    }

    void textIsUtf8AndInert()
    {
        const QJsonObject found = exported({realisticPayout()}, AccountMapping::defaults(AccountMapping::Chart::Skr03),
                                           {}, QStringLiteral("journal-text.csv"));
        const QStringList t = texts(found);
        QVERIFY2(t.contains(QStringLiteral("Rücksendung Größe 42 (302-1111111-1111111)")),
                 qPrintable(t.join(QLatin1Char('|'))));
        QVERIFY(t.contains(QStringLiteral("Verkauf \"Premium\"; Set (302-2222222-2222222)")));
        QVERIFY(t.contains(QStringLiteral("Erstattung verlorener Artikel Lager ő ł 🙂 (FBA-Lost)")));
        QVERIFY(t.contains(QStringLiteral("'=cmd|' /C calc'!A0 (302-2222222-2222222)")));
        QVERIFY(t.contains(QStringLiteral("Amazon fee Commission (302-2222222-2222222)")));
        QVERIFY(t.contains(QStringLiteral("Amazon payout 24681357901")));
        QFile file(m_dir.filePath(QStringLiteral("journal-text.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "Date,Account,"));
        QVERIFY(bytes.contains("2026-11-16,8720,R\xC3\xBC"
                               "cksendung Gr\xC3\xB6\xC3\x9F"
                               "e 42 (302-1111111-1111111),29.99,,EUR,24681357901\r\n"));
    }

    void vatRowsNextToTheFees()
    {
        const PayoutBooking payout = realisticPayout();
        const AccountMapping mapping = AccountMapping::defaults(AccountMapping::Chart::Skr03);
        PostingOptions options;
        options.vatRateBp = 1900;
        const QJsonObject found = exported({payout}, mapping, options, QStringLiteral("journal-vat.csv"));
        QVERIFY(found.value(QStringLiteral("problems")).toArray().isEmpty());
        qint64 vat = 0;
        for (const BookingLine& l : payout.lines) {
            if (FeeVat::carriesVat(l.kind))
                vat += FeeVat::split(l.amountCents, 1900).vatCents;
        }
        QCOMPARE(net(found, QStringLiteral("1576")), -vat);
        QCOMPARE(net(found, mapping.bankAccount), payout.payoutCents);
        const QJsonObject j = journal(found, payout.settlementId);
        QCOMPARE(j.value(QStringLiteral("debit")).toDouble(), j.value(QStringLiteral("credit")).toDouble());
        QVERIFY(texts(found).contains(QStringLiteral("Input VAT 19 %: Lagergebühr Oktober")));
        QVERIFY(!texts(found).contains(QStringLiteral("Input VAT 19 %: Rücksendung Größe 42 (302-1111111-1111111)")));
    }

    void summaryPerAccount()
    {
        const AccountMapping mapping = AccountMapping::defaults(AccountMapping::Chart::Skr03);
        PostingOptions options;
        options.detail = PostingOptions::Detail::PerAccount;
        const QList<PayoutBooking> payouts{realisticPayout(), negativePayout()};
        const QJsonObject lines = exported(payouts, mapping, {}, QStringLiteral("journal-lines.csv"));
        const QJsonObject summary = exported(payouts, mapping, options, QStringLiteral("journal-summary.csv"));
        QVERIFY(summary.value(QStringLiteral("problems")).toArray().isEmpty());
        QCOMPARE(summary.value(QStringLiteral("net")).toObject(), lines.value(QStringLiteral("net")).toObject());
        QCOMPARE(summary.value(QStringLiteral("rows")).toInt(), 11 + 1 + 3 + 1);
        const QJsonObject j = journal(summary, negativePayout().settlementId);
        QCOMPARE(j.value(QStringLiteral("debit")).toDouble(), 8500.0);  // refund 80.00 + fee 5.00
        QCOMPARE(j.value(QStringLiteral("credit")).toDouble(), 8500.0); // sale 10.00 + bank 75.00
        QVERIFY(texts(summary).contains(QStringLiteral("Amazon fee Commission")));
    }

    void refusesAnUnbalancedPayout()
    {
        PayoutBooking payout = realisticPayout();
        payout.lines.removeLast();
        const QString path = m_dir.filePath(QStringLiteral("journal-refused.csv"));
        QString error;
        QVERIFY(!JournalCsv::write({payout}, AccountMapping::defaults(AccountMapping::Chart::Skr03), {}, path, &error));
        QVERIFY2(error.contains(QLatin1String("Payout 24681357901 does not balance")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("difference -10.00 EUR")), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        AccountMapping noBank = AccountMapping::defaults(AccountMapping::Chart::Skr03);
        noBank.bankAccount.clear();
        QVERIFY(!JournalCsv::write({realisticPayout()}, noBank, {}, path, &error));
        QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
    }

    void mappingJsonRoundTrip()
    {
        AccountMapping mapping = AccountMapping::defaults(AccountMapping::Chart::Skr04);
        mapping.kindAccounts[Kind::Advertising] = QStringLiteral("6605");
        mapping.feeTypeAccounts.insert(QStringLiteral("FBAStorageFee"), QStringLiteral("6310"));
        AccountMapping back;
        QString error;
        QVERIFY2(AccountMapping::fromJson(mapping.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back.toJson(), mapping.toJson());
        QCOMPARE(back.accountFor(line(QDate(2026, 1, 1), Kind::AmazonFee, -1, {}, {}, QStringLiteral("FBAStorageFee"))),
                 QStringLiteral("6310"));
        QCOMPARE(back.accountFor(line(QDate(2026, 1, 1), Kind::AmazonFee, -1, {}, {}, QStringLiteral("Commission"))),
                 QStringLiteral("6770"));
        // A partial object overrides the chart's defaults.
        QVERIFY(AccountMapping::fromJson(QJsonObject{{QStringLiteral("chart"), QStringLiteral("SKR03")},
                                                     {QStringLiteral("bank"), QStringLiteral("1200")}},
                                         &back, &error));
        QCOMPARE(back.bankAccount, QStringLiteral("1200"));
        QCOMPARE(back.kindAccounts.value(Kind::Sales), QStringLiteral("8400"));
        for (const QJsonObject& bad :
             {QJsonObject{{QStringLiteral("chart"), QStringLiteral("SKR99")}},
              QJsonObject{{QStringLiteral("kinds"), QJsonObject{{QStringLiteral("salez"), QStringLiteral("8400")}}}},
              QJsonObject{{QStringLiteral("bank"), 1200}},
              QJsonObject{{QStringLiteral("clearing"), QStringLiteral("=1+1")}}}) {
            error.clear();
            QVERIFY(!AccountMapping::fromJson(bad, &back, &error));
            QVERIFY(!error.isEmpty());
        }
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestJournalCsv)
#include "TestJournalCsv.moc"
