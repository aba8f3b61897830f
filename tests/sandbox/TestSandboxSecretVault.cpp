// The sandbox's per-class secret vault on its own (compiled from sandbox/ sources): AES-256-GCM records bound
// to their account, each under its own data key wrapped by the class key, one class key per secret class
// created on first use, tampering and damage detected, deletion destroys the data key and rewrites the store.

#include "SecretVault.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace sp::test {

namespace {

int modeOf(const QString& path)
{
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? static_cast<int>(info.st_mode & 0777) : -1;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QDir().mkpath(QFileInfo(to).absolutePath()) && QFile::copy(from, to);
}

// A data folder made of a backup of the store and the keys that are on disk NOW: what someone who kept an old
// copy of secrets/ (a backup, a synced folder) can decrypt today.
bool restoreStoreBackup(const QString& liveDir, const QString& storeBackup, const QString& restoredDir)
{
    const QString store = QStringLiteral("/secrets/amazon-refresh-tokens.json");
    return copyFile(storeBackup, restoredDir + store)
           && copyFile(liveDir + QStringLiteral("/keys/amazon-refresh-tokens.key"),
                       restoredDir + QStringLiteral("/keys/amazon-refresh-tokens.key"))
           && copyFile(liveDir + QStringLiteral("/keys/amazon-refresh-tokens.data-keys.json"),
                       restoredDir + QStringLiteral("/keys/amazon-refresh-tokens.data-keys.json"));
}

} // namespace

class TestSandboxSecretVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripAndReload();
    void keyIsCreatedOnFirstUseOwnerOnly();
    void eachClassHasItsOwnKey();
    void recordIsBoundToItsAccount();
    void tamperingIsDetected();
    void removeRewritesTheStore();
    void damagedKeyIsAnErrorNotAReplacement();
    void removedRecordInABackupNoLongerDecrypts();
    void replacedRecordInABackupNoLongerDecrypts();
    void format1StoreIsConverted();
};

void TestSandboxSecretVault::roundTripAndReload()
{
    QTemporaryDir dir;
    const QByteArray secret = QByteArrayLiteral("Atzr|round-trip-secret-0123456789");
    {
        SecretVault vault(dir.path(), QStringLiteral("amazon-refresh-tokens"));
        QString error;
        QVERIFY(vault.load(&error));
        QVERIFY2(vault.put(QStringLiteral("acc_a"), secret, &error), qPrintable(error));
        QCOMPARE(vault.get(QStringLiteral("acc_a")).value_or(QByteArray()), secret);
    }
    SecretVault reloaded(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    QString error;
    QVERIFY2(reloaded.load(&error), qPrintable(error));
    QVERIFY(reloaded.contains(QStringLiteral("acc_a")));
    QCOMPARE(reloaded.get(QStringLiteral("acc_a")).value_or(QByteArray()), secret);
    QVERIFY(!reloaded.get(QStringLiteral("acc_b")));
    QVERIFY(!readAll(reloaded.storePath()).contains("Atzr|"));
    QVERIFY(!readAll(reloaded.storePath()).contains("round-trip-secret"));
}

void TestSandboxSecretVault::keyIsCreatedOnFirstUseOwnerOnly()
{
    QTemporaryDir dir;
    SecretVault vault(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    QString error;
    QVERIFY(vault.load(&error));
    QVERIFY(!QFile::exists(vault.keyPath())); // loading alone creates nothing
    QVERIFY2(vault.put(QStringLiteral("acc_a"), QByteArrayLiteral("s"), &error), qPrintable(error));
    QCOMPARE(modeOf(vault.keyPath()), 0600);
    QCOMPARE(modeOf(vault.storePath()), 0600);
    QCOMPARE(modeOf(vault.dataKeysPath()), 0600);
    QCOMPARE(modeOf(dir.path() + QStringLiteral("/keys")), 0700);
    QCOMPARE(QByteArray::fromBase64(readAll(vault.keyPath()).trimmed()).size(), 32);
}

void TestSandboxSecretVault::eachClassHasItsOwnKey()
{
    QTemporaryDir dir;
    SecretVault amazon(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    SecretVault shipping(dir.path(), QStringLiteral("shipping-credentials"));
    QString error;
    QVERIFY(amazon.put(QStringLiteral("acc_a"), QByteArrayLiteral("amazon secret"), &error));
    QVERIFY(shipping.put(QStringLiteral("acc_a"), QByteArrayLiteral("shipping secret"), &error));
    QVERIFY(amazon.keyPath() != shipping.keyPath());
    QVERIFY(amazon.storePath() != shipping.storePath());
    QVERIFY(readAll(amazon.keyPath()) != readAll(shipping.keyPath()));
    // One class's key does not open the other's records: swap the key files and nothing decrypts.
    const QByteArray amazonKey = readAll(amazon.keyPath());
    QVERIFY(writeAll(amazon.keyPath(), readAll(shipping.keyPath())));
    SecretVault withWrongKey(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    QVERIFY(withWrongKey.load(&error));
    QVERIFY(!withWrongKey.get(QStringLiteral("acc_a")));
    QVERIFY(writeAll(amazon.keyPath(), amazonKey));
    SecretVault restored(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    QVERIFY(restored.load(&error));
    QCOMPARE(restored.get(QStringLiteral("acc_a")).value_or(QByteArray()), QByteArrayLiteral("amazon secret"));
}

void TestSandboxSecretVault::recordIsBoundToItsAccount()
{
    QTemporaryDir dir;
    QString error;
    {
        SecretVault vault(dir.path(), QStringLiteral("amazon-refresh-tokens"));
        QVERIFY(vault.put(QStringLiteral("acc_victim"), QByteArrayLiteral("victim secret"), &error));
        QVERIFY(vault.put(QStringLiteral("acc_thief"), QByteArrayLiteral("thief secret"), &error));
    }
    // Someone with write access to the store copies the victim's record over their own.
    const QString storePath = dir.path() + QStringLiteral("/secrets/amazon-refresh-tokens.json");
    QJsonObject root = QJsonDocument::fromJson(readAll(storePath)).object();
    QJsonArray records = root.value(QStringLiteral("records")).toArray();
    QCOMPARE(records.size(), 2);
    QJsonObject victim;
    for (const QJsonValue& value : records) {
        if (value.toObject().value(QStringLiteral("account_id")).toString() == QLatin1String("acc_victim"))
            victim = value.toObject();
    }
    QVERIFY(!victim.isEmpty());
    // Nonces differ per record.
    QVERIFY(records.at(0).toObject().value(QStringLiteral("nonce"))
            != records.at(1).toObject().value(QStringLiteral("nonce")));
    for (int i = 0; i < records.size(); ++i) {
        if (records.at(i).toObject().value(QStringLiteral("account_id")).toString() == QLatin1String("acc_thief")) {
            QJsonObject copied = victim;
            copied.insert(QStringLiteral("account_id"), QStringLiteral("acc_thief"));
            records.replace(i, copied);
        }
    }
    root.insert(QStringLiteral("records"), records);
    QVERIFY(writeAll(storePath, QJsonDocument(root).toJson()));
    SecretVault vault(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    QVERIFY(vault.load(&error));
    QVERIFY(!vault.get(QStringLiteral("acc_thief"), &error)); // associated data = account id
    QVERIFY(!error.isEmpty());
    QCOMPARE(vault.get(QStringLiteral("acc_victim")).value_or(QByteArray()), QByteArrayLiteral("victim secret"));
}

void TestSandboxSecretVault::tamperingIsDetected()
{
    QTemporaryDir dir;
    QString error;
    {
        SecretVault vault(dir.path(), QStringLiteral("amazon-refresh-tokens"));
        QVERIFY(vault.put(QStringLiteral("acc_a"), QByteArrayLiteral("Atzr|secret"), &error));
    }
    const QString storePath = dir.path() + QStringLiteral("/secrets/amazon-refresh-tokens.json");
    QJsonObject root = QJsonDocument::fromJson(readAll(storePath)).object();
    QJsonArray records = root.value(QStringLiteral("records")).toArray();
    QJsonObject record = records.first().toObject();
    QByteArray ciphertext = QByteArray::fromBase64(record.value(QStringLiteral("ciphertext")).toString().toLatin1());
    ciphertext[0] = static_cast<char>(ciphertext.at(0) ^ 1);
    record.insert(QStringLiteral("ciphertext"), QString::fromLatin1(ciphertext.toBase64()));
    records.replace(0, record);
    root.insert(QStringLiteral("records"), records);
    QVERIFY(writeAll(storePath, QJsonDocument(root).toJson()));
    SecretVault vault(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    QVERIFY(vault.load(&error));
    QVERIFY(!vault.get(QStringLiteral("acc_a")));
    // A store that is not a vault file is refused at load, not half-read.
    QVERIFY(writeAll(storePath, QByteArrayLiteral("{\"format\": 1, \"class\": \"other\"}")));
    SecretVault wrongClass(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    QVERIFY(!wrongClass.load(&error));
    QVERIFY(!error.isEmpty());
}

void TestSandboxSecretVault::removeRewritesTheStore()
{
    QTemporaryDir dir;
    SecretVault vault(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    QString error;
    QVERIFY(vault.put(QStringLiteral("acc_a"), QByteArrayLiteral("first secret"), &error));
    QVERIFY(vault.put(QStringLiteral("acc_b"), QByteArrayLiteral("second secret"), &error));
    const QJsonArray before =
        QJsonDocument::fromJson(readAll(vault.storePath())).object().value(QStringLiteral("records")).toArray();
    QByteArray ciphertextOfA;
    for (const QJsonValue& value : before) {
        if (value.toObject().value(QStringLiteral("account_id")).toString() == QLatin1String("acc_a"))
            ciphertextOfA = value.toObject().value(QStringLiteral("ciphertext")).toString().toLatin1();
    }
    QVERIFY(readAll(vault.storePath()).contains(ciphertextOfA));
    QVERIFY2(vault.remove(QStringLiteral("acc_a"), &error), qPrintable(error));
    QVERIFY(!vault.contains(QStringLiteral("acc_a")));
    QVERIFY(!readAll(vault.storePath()).contains(ciphertextOfA));
    QVERIFY(!readAll(vault.storePath()).contains("acc_a"));
    QVERIFY(vault.remove(QStringLiteral("acc_a"), &error)); // idempotent
    QCOMPARE(vault.get(QStringLiteral("acc_b")).value_or(QByteArray()), QByteArrayLiteral("second secret"));
}

void TestSandboxSecretVault::damagedKeyIsAnErrorNotAReplacement()
{
    QTemporaryDir dir;
    QString error;
    {
        SecretVault vault(dir.path(), QStringLiteral("amazon-refresh-tokens"));
        QVERIFY(vault.put(QStringLiteral("acc_a"), QByteArrayLiteral("secret"), &error));
    }
    const QString keyPath = dir.path() + QStringLiteral("/keys/amazon-refresh-tokens.key");
    QVERIFY(writeAll(keyPath, QByteArrayLiteral("not a key\n")));
    SecretVault vault(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    QVERIFY(vault.load(&error));
    error.clear();
    QVERIFY(!vault.get(QStringLiteral("acc_a"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!vault.put(QStringLiteral("acc_b"), QByteArrayLiteral("other"), &error));
    QCOMPARE(readAll(keyPath), QByteArrayLiteral("not a key\n")); // left for the operator to inspect
}

void TestSandboxSecretVault::removedRecordInABackupNoLongerDecrypts()
{
    QTemporaryDir live;
    QTemporaryDir backups;
    QString error;
    SecretVault vault(live.path(), QStringLiteral("amazon-refresh-tokens"));
    QVERIFY(vault.load(&error));
    QVERIFY2(vault.put(QStringLiteral("acc_a"), QByteArrayLiteral("Atzr|disconnected-token"), &error),
             qPrintable(error));
    QVERIFY2(vault.put(QStringLiteral("acc_b"), QByteArrayLiteral("Atzr|still-connected"), &error), qPrintable(error));
    // A backup of the store while acc_a is connected.
    const QString backup = backups.path() + QStringLiteral("/store-backup.json");
    QVERIFY(QFile::copy(vault.storePath(), backup));
    {
        // The check can fail: before the disconnect the backup decrypts with the keys on disk.
        const QString restoredBefore = backups.path() + QStringLiteral("/before");
        QVERIFY(restoreStoreBackup(live.path(), backup, restoredBefore));
        SecretVault restored(restoredBefore, QStringLiteral("amazon-refresh-tokens"));
        QVERIFY2(restored.load(&error), qPrintable(error));
        QCOMPARE(restored.get(QStringLiteral("acc_a")).value_or(QByteArray()),
                 QByteArrayLiteral("Atzr|disconnected-token"));
    }
    const QByteArray dataKeysBefore = readAll(vault.dataKeysPath());

    QVERIFY2(vault.remove(QStringLiteral("acc_a"), &error), qPrintable(error)); // the disconnect

    // The class key did not change; acc_a's data key is gone from the key file.
    QCOMPARE(readAll(vault.keyPath()).size(), 45);
    const QJsonArray keysAfter =
        QJsonDocument::fromJson(readAll(vault.dataKeysPath())).object().value(QStringLiteral("keys")).toArray();
    QCOMPARE(keysAfter.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(dataKeysBefore).object().value(QStringLiteral("keys")).toArray().size(), 2);
    const QString restoredAfter = backups.path() + QStringLiteral("/after");
    QVERIFY(restoreStoreBackup(live.path(), backup, restoredAfter));
    SecretVault restored(restoredAfter, QStringLiteral("amazon-refresh-tokens"));
    QVERIFY2(restored.load(&error), qPrintable(error));
    QVERIFY(restored.contains(QStringLiteral("acc_a"))); // the ciphertext is in the backup ...
    error.clear();
    QVERIFY(!restored.get(QStringLiteral("acc_a"), &error)); // ... but no key on disk opens it
    QVERIFY(!error.isEmpty());
    // The other record of the same backup still decrypts: the restore itself works.
    QCOMPARE(restored.get(QStringLiteral("acc_b")).value_or(QByteArray()), QByteArrayLiteral("Atzr|still-connected"));
    QCOMPARE(vault.get(QStringLiteral("acc_b")).value_or(QByteArray()), QByteArrayLiteral("Atzr|still-connected"));
}

void TestSandboxSecretVault::replacedRecordInABackupNoLongerDecrypts()
{
    QTemporaryDir live;
    QTemporaryDir backups;
    QString error;
    SecretVault vault(live.path(), QStringLiteral("amazon-refresh-tokens"));
    QVERIFY(vault.put(QStringLiteral("acc_a"), QByteArrayLiteral("Atzr|first-grant"), &error));
    const QString backup = backups.path() + QStringLiteral("/store-backup.json");
    QVERIFY(QFile::copy(vault.storePath(), backup));
    QVERIFY(vault.put(QStringLiteral("acc_a"), QByteArrayLiteral("Atzr|second-grant"), &error)); // a reconnect
    QCOMPARE(
        QJsonDocument::fromJson(readAll(vault.dataKeysPath())).object().value(QStringLiteral("keys")).toArray().size(),
        1);
    QVERIFY(restoreStoreBackup(live.path(), backup, backups.path() + QStringLiteral("/restored")));
    SecretVault restored(backups.path() + QStringLiteral("/restored"), QStringLiteral("amazon-refresh-tokens"));
    QVERIFY(restored.load(&error));
    QVERIFY(!restored.get(QStringLiteral("acc_a")));
    QCOMPARE(vault.get(QStringLiteral("acc_a")).value_or(QByteArray()), QByteArrayLiteral("Atzr|second-grant"));
}

void TestSandboxSecretVault::format1StoreIsConverted()
{
    // The previous format sealed records under the class key itself; such a store is converted when loaded.
    QTemporaryDir dir;
    const QByteArray classKey(32, '\x42');
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/keys")));
    QVERIFY(QDir().mkpath(dir.path() + QStringLiteral("/secrets")));
    QVERIFY(writeAll(dir.path() + QStringLiteral("/keys/amazon-refresh-tokens.key"), classKey.toBase64() + '\n'));
    const auto sealed = AesGcmCipher::seal(classKey, QByteArrayLiteral("Atzr|old-format"), QByteArrayLiteral("acc_a"));
    QVERIFY(sealed);
    const QJsonObject record{{QStringLiteral("account_id"), QStringLiteral("acc_a")},
                             {QStringLiteral("nonce"), QString::fromLatin1(sealed->nonce.toBase64())},
                             {QStringLiteral("ciphertext"), QString::fromLatin1(sealed->ciphertext.toBase64())},
                             {QStringLiteral("tag"), QString::fromLatin1(sealed->tag.toBase64())}};
    const QJsonObject root{{QStringLiteral("format"), 1},
                           {QStringLiteral("class"), QStringLiteral("amazon-refresh-tokens")},
                           {QStringLiteral("records"), QJsonArray{record}}};
    const QString storePath = dir.path() + QStringLiteral("/secrets/amazon-refresh-tokens.json");
    QVERIFY(writeAll(storePath, QJsonDocument(root).toJson()));
    SecretVault vault(dir.path(), QStringLiteral("amazon-refresh-tokens"));
    QString error;
    QVERIFY2(vault.load(&error), qPrintable(error));
    QCOMPARE(vault.get(QStringLiteral("acc_a")).value_or(QByteArray()), QByteArrayLiteral("Atzr|old-format"));
    const QJsonObject converted = QJsonDocument::fromJson(readAll(storePath)).object();
    QCOMPARE(converted.value(QStringLiteral("format")).toInt(), 2);
    QVERIFY(!converted.value(QStringLiteral("records"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("key_id"))
                 .toString()
                 .isEmpty());
    QVERIFY(!readAll(storePath).contains(sealed->ciphertext.toBase64())); // the class-key ciphertext is gone
}

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSandboxSecretVault)
#include "TestSandboxSecretVault.moc"
