#include "profile/Profile.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

class TestProfile : public QObject
{
    Q_OBJECT
private slots:
    void createsPrivateFoldersAndFiles()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString dir = root.filePath(QStringLiteral("profile"));
        QString error;
        auto profile = Profile::open(dir, &error);
        QVERIFY2(profile.has_value(), qPrintable(error));
        profile->settings().setValue(QStringLiteral("ui/x"), 1);
        profile->sync();

        const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString& folder : {dir, profile->dataDir()}) {
            const QFileInfo info(folder);
            QVERIFY(info.isDir());
            QCOMPARE(info.permissions() & (owner | QFileDevice::ExeOwner | others), owner | QFileDevice::ExeOwner);
        }
        const QFileInfo settings(dir + QStringLiteral("/settings.ini"));
        QVERIFY(settings.exists());
        QCOMPARE(settings.permissions() & (owner | QFileDevice::ExeOwner | others), owner);
    }

    void idIsStableAndNamespacesSecrets()
    {
        QTemporaryDir root;
        QString error;
        QString firstId;
        {
            auto profile = Profile::open(root.path(), &error);
            QVERIFY(profile);
            firstId = profile->id();
            QCOMPARE(firstId.size(), 32);
            QCOMPARE(profile->secretKey(QStringLiteral("refresh-token")),
                     QStringLiteral("profile-") + firstId + QStringLiteral("/refresh-token"));
        }
        auto again = Profile::open(root.path(), &error);
        QVERIFY(again);
        QCOMPARE(again->id(), firstId);

        QTemporaryDir otherRoot;
        auto other = Profile::open(otherRoot.path(), &error);
        QVERIFY(other);
        QVERIFY(other->id() != firstId);
    }

    void movable()
    {
        QTemporaryDir root;
        QString error;
        auto profile = Profile::open(root.path(), &error);
        QVERIFY(profile);
        Profile moved = std::move(*profile);
        moved.settings().setValue(QStringLiteral("a"), 2);
        QCOMPARE(moved.settings().value(QStringLiteral("a")).toInt(), 2);
        QCOMPARE(moved.dir(), QFileInfo(root.path()).absoluteFilePath());
    }

    void unwritableFolderIsAnError()
    {
        QString error;
        const auto profile = Profile::open(QStringLiteral("/proc/sellerpulse-cannot-exist"), &error);
        QVERIFY(!profile.has_value());
        QVERIFY(!error.isEmpty());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestProfile)
#include "TestProfile.moc"
