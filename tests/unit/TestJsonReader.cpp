#include "api/JsonReader.h"

#include <QJsonDocument>
#include <QTest>

using namespace sp;

// Strict field access: the first missing field or wrong type is remembered, later calls give empty values.
class TestJsonReader : public QObject
{
    Q_OBJECT
private slots:
    void readsWellFormedFields();
    void wrongTypes_data();
    void wrongTypes();
    void firstErrorWinsAndNamesThePrefix();
    void optionalStringAcceptsAbsentAndNull();
};

static QJsonObject parse(const char* json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }

void TestJsonReader::readsWellFormedFields()
{
    JsonReader r(parse(R"({"s":"text","i":9007199254740992,"n":-3,"b":true,"o":{"x":1}})"));
    QCOMPARE(r.requiredString(QStringLiteral("s")), QStringLiteral("text"));
    QCOMPARE(r.requiredInt(QStringLiteral("i")), qint64(9007199254740992LL));
    QCOMPARE(r.requiredInt(QStringLiteral("n")), qint64(-3));
    QCOMPARE(r.requiredBool(QStringLiteral("b")), true);
    QCOMPARE(r.requiredObject(QStringLiteral("o")).value(QStringLiteral("x")).toInt(), 1);
    QVERIFY(r.ok());
    QVERIFY(r.error().isEmpty());
}

void TestJsonReader::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("kind"); // which accessor reads field "f"
    QTest::addColumn<QString>("error");
    QTest::newRow("missing string") << QByteArray("{}") << "string"
                                    << "field 'f': expected a string";
    QTest::newRow("number as string") << QByteArray(R"({"f":1})") << "string"
                                      << "field 'f': expected a string";
    QTest::newRow("fraction as int") << QByteArray(R"({"f":1.5})") << "int"
                                     << "field 'f': expected an integer";
    QTest::newRow("text as int") << QByteArray(R"({"f":"1"})") << "int"
                                 << "field 'f': expected an integer";
    QTest::newRow("beyond 2^53") << QByteArray(R"({"f":9007199254740994})") << "int"
                                 << "field 'f': expected an integer";
    QTest::newRow("huge") << QByteArray(R"({"f":1e300})") << "int"
                          << "field 'f': expected an integer";
    QTest::newRow("int as bool") << QByteArray(R"({"f":1})") << "bool"
                                 << "field 'f': expected a boolean";
    QTest::newRow("array as object") << QByteArray(R"({"f":[]})") << "object"
                                     << "field 'f': expected an object";
    QTest::newRow("number as optional string") << QByteArray(R"({"f":2})") << "optional"
                                               << "field 'f': expected a string or null";
}

void TestJsonReader::wrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, kind);
    QFETCH(QString, error);
    JsonReader r(QJsonDocument::fromJson(json).object());
    const QString f = QStringLiteral("f");
    if (kind == QLatin1String("string"))
        QVERIFY(r.requiredString(f).isEmpty());
    else if (kind == QLatin1String("int"))
        QCOMPARE(r.requiredInt(f), qint64(0));
    else if (kind == QLatin1String("bool"))
        QCOMPARE(r.requiredBool(f), false);
    else if (kind == QLatin1String("object"))
        QVERIFY(r.requiredObject(f).isEmpty());
    else
        QVERIFY(r.optionalString(f).isEmpty());
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), error);
}

void TestJsonReader::firstErrorWinsAndNamesThePrefix()
{
    JsonReader r(parse(R"({"a":1,"b":"x","c":"kept"})"), QStringLiteral("account"));
    r.requiredString(QStringLiteral("a")); // wrong type: the first error
    r.requiredInt(QStringLiteral("b"));    // also wrong, not reported
    QCOMPARE(r.error(), QStringLiteral("field 'account.a': expected a string"));
    // A later good field still reads, but the reader stays failed: the decoder checks ok() at the end.
    QCOMPARE(r.requiredString(QStringLiteral("c")), QStringLiteral("kept"));
    QVERIFY(!r.ok());
}

void TestJsonReader::optionalStringAcceptsAbsentAndNull()
{
    JsonReader r(parse(R"({"n":null,"s":"v"})"));
    QVERIFY(r.optionalString(QStringLiteral("absent")).isEmpty());
    QVERIFY(r.optionalString(QStringLiteral("n")).isEmpty());
    QCOMPARE(r.optionalString(QStringLiteral("s")), QStringLiteral("v"));
    QVERIFY(r.ok());
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "TestJsonReader.moc"
