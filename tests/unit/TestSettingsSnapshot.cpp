#include "support/SettingsSnapshot.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sp;

// What a support bundle shows of the settings: allow-listed keys only, secrets as presence only.
class TestSettingsSnapshot : public QObject
{
    Q_OBJECT
private slots:
    void allowListAndSharing();
    void emptySettings();
};

void TestSettingsSnapshot::allowListAndSharing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("session/remembered"), true);
    settings.setValue(QStringLiteral("session/server"), QStringLiteral("https://user:pw@127.0.0.1:8443/v1?x=1#f"));
    settings.setValue(QStringLiteral("session/email"), QStringLiteral("seller@example.com"));
    settings.setValue(QStringLiteral("session/accountId"), QString());
    settings.setValue(QStringLiteral("ui/caFile"), QStringLiteral("/home/seller/ca.pem"));
    settings.setValue(QStringLiteral("sync/intervalMinutes"), 15);
    settings.setValue(QStringLiteral("log/level"), QStringLiteral("debug"));
    // Keys not on the list, however harmless they look, are only counted.
    settings.setValue(QStringLiteral("window/geometry"), QByteArray("xyz"));
    settings.setValue(QStringLiteral("newFeature/token"), QStringLiteral("secret-value"));
    settings.sync();
    QSettings reread(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    const QJsonObject snapshot = SettingsSnapshot::take(reread);
    const QJsonObject values = snapshot.value(QStringLiteral("values")).toObject();
    QCOMPARE(values.value(QStringLiteral("session/remembered")).toBool(), true);
    QCOMPARE(values.value(QStringLiteral("session/server")).toString(), QStringLiteral("https://127.0.0.1:8443"));
    QCOMPARE(values.value(QStringLiteral("session/email")).toString(), QStringLiteral("(set)"));
    QCOMPARE(values.value(QStringLiteral("session/accountId")).toString(), QStringLiteral("(not set)"));
    QCOMPARE(values.value(QStringLiteral("ui/caFile")).toString(), QStringLiteral("(set)"));
    QCOMPARE(values.value(QStringLiteral("sync/intervalMinutes")).toInteger(), qint64(15));
    QCOMPARE(values.value(QStringLiteral("log/level")).toString(), QStringLiteral("debug"));
    QVERIFY(!values.contains(QStringLiteral("window/geometry")));
    QVERIFY(!values.contains(QStringLiteral("newFeature/token")));
    QCOMPARE(snapshot.value(QStringLiteral("omitted_key_count")).toInt(), 2);
    // Nothing of the secret, the email or the path appears anywhere in the snapshot.
    const QByteArray all = QJsonDocument(snapshot).toJson();
    for (const char* leak : {"secret-value", "seller@example.com", "/home/seller", "pw@", "x=1"})
        QVERIFY2(!all.contains(leak), leak);
}

void TestSettingsSnapshot::emptySettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    const QJsonObject snapshot = SettingsSnapshot::take(settings);
    QVERIFY(snapshot.value(QStringLiteral("values")).toObject().isEmpty());
    QCOMPARE(snapshot.value(QStringLiteral("omitted_key_count")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSettingsSnapshot)
#include "TestSettingsSnapshot.moc"
