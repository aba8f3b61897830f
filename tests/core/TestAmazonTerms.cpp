// Names, not codes: every marketplace id, order status, fulfilment channel, event type and charge
// the sandbox emits has a name a seller reads (not the API's word), in English and in every shipped
// language (the .ts files built to .qm, as the app embeds them). The words come from the real
// sandbox's pages over HTTPS, so a word added to the sandbox without a name fails here.
#include "SandboxProcess.h"
#include "SessionHarness.h"
#include "SyncHarness.h"
#include "amazon/AmazonMarketplaces.h"
#include "amazon/AmazonTerms.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>

namespace sp::test {

class TestAmazonTerms : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    Client m_client;
    QSet<QString> m_statuses, m_channels, m_types, m_charges, m_marketplaces;

    static QStringList languages() { return QStringLiteral(SP_SHIPPED_LANGUAGES).split(QLatin1Char(',')); }
    static void collect(const QJsonArray& rows, const char* field, QSet<QString>* into)
    {
        for (const QJsonValue& row : rows)
            into->insert(row.toObject().value(QLatin1String(field)).toString());
    }
    // The country of "Amazon.de (Germany)", as the source text of its translation.
    static QString countryOf(const QString& displayName)
    {
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\((.+)\\)$")).match(displayName);
        return m.hasMatch() ? m.captured(1) : QString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        QVERIFY(m_client.init(m_sandbox.url(), m_sandbox.sslConfiguration().caCertificates()));
        QVERIFY(m_client.signIn(m_sandbox.demoEmail(), m_sandbox.demoPassword()));
        const auto orders = listAll(m_client, QStringLiteral("/v1/orders"), QStringLiteral("orders"));
        const auto events =
            listAll(m_client, QStringLiteral("/v1/financial-events"), QStringLiteral("financial_events"));
        const auto markets = listAll(m_client, QStringLiteral("/v1/marketplaces"), QStringLiteral("marketplaces"));
        QVERIFY(orders && events && markets);
        collect(*orders, "status", &m_statuses);
        collect(*orders, "fulfillment_channel", &m_channels);
        collect(*orders, "marketplace_id", &m_marketplaces);
        collect(*events, "type", &m_types);
        collect(*events, "charge", &m_charges);
        collect(*events, "marketplace_id", &m_marketplaces);
        collect(*markets, "id", &m_marketplaces);
        // The sandbox's business is varied enough for this to mean something.
        QVERIFY(m_statuses.size() >= 3 && m_types.size() >= 4 && m_charges.size() >= 8);
        QVERIFY(m_marketplaces.size() >= 3 && m_channels.size() >= 1);
    }

    void everyWordHasAnEnglishName()
    {
        for (const QString& s : std::as_const(m_statuses))
            QVERIFY2(AmazonTerms::knownOrderStatuses().contains(s), qPrintable(s));
        for (const QString& c : std::as_const(m_channels))
            QVERIFY2(AmazonTerms::knownFulfillments().contains(c), qPrintable(c));
        for (const QString& t : std::as_const(m_types))
            QVERIFY2(AmazonTerms::knownEventTypes().contains(t), qPrintable(t));
        for (const QString& c : std::as_const(m_charges))
            QVERIFY2(AmazonTerms::knownCharges().contains(c), qPrintable(c));
        for (const QString& id : std::as_const(m_marketplaces)) {
            QVERIFY2(AmazonMarketplaces::displayName(id).startsWith(QLatin1String("Amazon.")), qPrintable(id));
            QVERIFY2(!countryOf(AmazonMarketplaces::displayName(id)).isEmpty(), qPrintable(id));
        }
        QCOMPARE(AmazonTerms::charge(QStringLiteral("FBAPerUnitFulfillmentFee")), QStringLiteral("FBA fulfilment fee"));
        QCOMPARE(AmazonTerms::eventType(QStringLiteral("service_fee")), QStringLiteral("Service fee"));
        // A word the contract does not list is shown as it is: nothing the server says is hidden.
        QCOMPARE(AmazonTerms::charge(QStringLiteral("NewAmazonFee")), QStringLiteral("NewAmazonFee"));
        QCOMPARE(AmazonMarketplaces::displayName(QStringLiteral("AXXXXXXXX")), QStringLiteral("AXXXXXXXX"));
    }

    void everyWordHasANameInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : languages())
            QTest::newRow(qPrintable(language)) << language;
    }
    void everyWordHasANameInEveryLanguage()
    {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/sellerpulse_%1.qm").arg(language)), qPrintable(language));
        auto check = [&](const QSet<QString>& words, QString (*name)(const QString&)) {
            for (const QString& word : words) {
                const QString english = name(word); // no translator installed: the source text
                const QString translated = translator.translate("sp::AmazonTerms", english.toUtf8().constData());
                if (translated.isEmpty())
                    return QStringLiteral("%1: no %2 name for %3 (\"%4\")").arg(language, language, word, english);
            }
            return QString();
        };
        for (const QString& failure :
             {check(m_statuses, &AmazonTerms::orderStatus), check(m_channels, &AmazonTerms::fulfillment),
              check(m_types, &AmazonTerms::eventType), check(m_charges, &AmazonTerms::charge)})
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (const QString& id : std::as_const(m_marketplaces)) {
            const QString country = countryOf(AmazonMarketplaces::displayName(id));
            QVERIFY2(!translator.translate("sp::AmazonMarketplaces", country.toUtf8().constData()).isEmpty(),
                     qPrintable(language + QLatin1String(": ") + country));
        }
        // Installed, the app shows the language's word.
        QCoreApplication::installTranslator(&translator);
        const QString shown = AmazonTerms::charge(QStringLiteral("FBAPerUnitFulfillmentFee"));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(shown != QLatin1String("FBA fulfilment fee") || language == QLatin1String("en"), qPrintable(shown));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestAmazonTerms)
#include "TestAmazonTerms.moc"
