// Every input a fuzzer (fuzz/, scripts/fuzz.sh) found a bug with, kept as a unit test: it runs in
// the normal suite and in the ASan+UBSan suite (scripts/test-asan.sh), where the sanitizer turns
// the old bug into a failure again. Each row names the target and the bug it found.
#include "cache/PageDecoder.h"

#include <QJsonDocument>
#include <QTest>

namespace sp::test {

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void pageDecoderRefusesIntegersOutsideTheirRange_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");

        // fuzz_page_decoder, 2026-11-29: "quantity" above INT64_MAX was converted from double to
        // qint64 before any range check (UBSan: float-cast-overflow, PageDecoder.cpp Reader::integer).
        // The fuzzer's own input (fuzz/corpus/fuzz_page_decoder/regression-quantity-out-of-range.json):
        QTest::newRow("fuzzer input: quantity 29223372036854775807")
            << QStringLiteral("orders")
            << QByteArray(R"({"ursov":"c4","has_0.5e":true,"orders":[{"id":"302-1234567-80","items":[{"id":"i101",)"
                          R"("title":"Mug","quantity":29223372036854775807,"item_price":"20.00","item_tax":"3.80",)"
                          R"("shipping_pric!":null,"prmootion_discount":"-0.50"}]}]})")
            << QString();
        // The same bug on a page that is valid in every other field, for each integer field.
        const QByteArray order =
            R"({"next_cursor":"c","has_more":false,"orders":[{"id":"o1","marketplace_id":"m",)"
            R"("purchase_date":"2026-01-01T00:00:00Z","last_update_date":"2026-01-01T00:00:00Z",)"
            R"("status":"Shipped","fulfillment_channel":"AFN","currency":"EUR","order_total":"1.00",)"
            R"("items":[{"id":"i1","sku":"s","asin":"a","title":"t","quantity":QTY,"item_price":"1.00",)"
            R"("item_tax":null,"shipping_price":null,"promotion_discount":null}]}]})";
        for (const char* quantity :
             {"1e300", "-1e300", "9223372036854775808", "18446744073709551616", "9007199254740994"}) {
            QTest::newRow(qPrintable(QStringLiteral("orders: quantity %1").arg(QLatin1String(quantity))))
                << QStringLiteral("orders") << QByteArray(order).replace("QTY", quantity) << QStringLiteral("quantity");
        }
        const QByteArray inventory =
            R"({"next_cursor":"c","has_more":false,"inventory":[{"sku":"s","region":"EU",)"
            R"("updated_at":"2026-01-01T00:00:00Z","fulfillable":FIELD,"inbound":0,"reserved":0,)"
            R"("unfulfillable":0}]})";
        QTest::newRow("inventory: fulfillable 1e300")
            << QStringLiteral("inventory") << QByteArray(inventory).replace("FIELD", "1e300")
            << QStringLiteral("fulfillable");
        QTest::newRow("inventory: fulfillable -9.3e18")
            << QStringLiteral("inventory") << QByteArray(inventory).replace("FIELD", "-9.3e18")
            << QStringLiteral("fulfillable");
    }

    void pageDecoderRefusesIntegersOutsideTheirRange()
    {
        QFETCH(QString, resource);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        DecodedPage page;
        QString error;
        QVERIFY(!PageDecoder::decode(resource, document.object(), &page, &error));
        QVERIFY(!error.isEmpty());
        if (!field.isEmpty())
            QVERIFY2(error.contains(field), qPrintable(error));
    }

    // The largest exact integer a JSON number can carry is still accepted.
    void pageDecoderAcceptsLargeExactIntegers()
    {
        const QByteArray body = R"({"next_cursor":"c","has_more":false,"inventory":[{"sku":"s","region":"EU",)"
                                R"("updated_at":"2026-01-01T00:00:00Z","fulfillable":9007199254740992,"inbound":0,)"
                                R"("reserved":0,"unfulfillable":0}]})";
        DecodedPage page;
        QString error;
        QVERIFY2(
            PageDecoder::decode(QStringLiteral("inventory"), QJsonDocument::fromJson(body).object(), &page, &error),
            qPrintable(error));
        QCOMPARE(page.inventory.size(), 1);
        QCOMPARE(page.inventory.constFirst().fulfillable, Q_INT64_C(9007199254740992));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestFuzzRegressions)
#include "TestFuzzRegressions.moc"
