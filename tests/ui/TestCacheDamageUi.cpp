// A damaged offline copy as the user meets it: bytes flipped in data pages of a real synced
// SQLCipher cache (page 1 intact, so the open's own check passes). The damage is found (by the
// check after an unclean exit, by a read, or by Help > "Check the offline copy"), the banner
// offers Reset, nothing reads as zero on its own, and Reset keeps the damaged file aside for
// support and downloads everything again.
#include "SignOutDialog.h"
#include "SyncedWorkspace.h"

#include "MessageBanner.h"
#include "WindowCoordinator.h"
#include "cache/CacheFiles.h"
#include "support/RunMarker.h"
#include "support/SupportBundleCollector.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>

namespace sp::test {

class TestCacheDamageUi : public QObject
{
    Q_OBJECT

    // Flips a byte in `count` pages spread over the second half of the file (never page 1).
    static bool flipDataPages(const QString& db, int count)
    {
        QFile file(db);
        if (!file.open(QIODevice::ReadWrite))
            return false;
        const qint64 pages = file.size() / 1024;
        if (pages < 16)
            return false;
        for (int i = 0; i < count; ++i) {
            const qint64 offset = (pages / 2 + (pages / 2 - 1) * i / count) * 1024 + 200;
            file.seek(offset);
            char byte = 0;
            file.getChar(&byte);
            file.seek(offset);
            file.putChar(char(byte ^ 0x3c));
        }
        return true;
    }

private slots:
    void damagedPagesShowTheBannerAndResetKeepsTheFileAside()
    {
        SyncedWorkspace ws;
        QString error;
        QVERIFY2(ws.start(1500, &error), qPrintable(error));
        UiHarness& harness = ws.harness();
        const qint64 orders = ws.query()->orders().count(OrderFilter{});
        QVERIFY(orders > 0);
        const QString accountId = harness.host->session()->account().id;
        const QString dir = CacheFiles::accountDir(*harness.profile, accountId);
        const QString db = CacheFiles::databasePath(dir);

        // Sign out keeping the data: the file is closed and complete on disk.
        MainWindow* window = ws.window();
        SyncedWorkspace::child<QAction>(window, "signOutAction")->trigger();
        SignOutDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<SignOutDialog*>()) && dialog->isVisible());
        QTest::mouseClick(SyncedWorkspace::child<QPushButton>(dialog, "signOutButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(harness.host->session()->state() == Session::State::SignedOut, 30000);
        QVERIFY(!harness.windows()->syncHost()->controller());
        // The last connection (the views' reader, deleted later) checkpoints the WAL into the file.
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(db + QStringLiteral("-wal"))
                                     || QFileInfo(db + QStringLiteral("-wal")).size() == 0,
                                 15000);

        QVERIFY(flipDataPages(db, 30));
        // As after a crash: the next open reads every page in the background.
        RunMarker::setCacheCheckPending(harness.profile->dir(), true);

        harness.windows()->signIn(ws.sandbox().demoEmail(), ws.sandbox().demoPassword());
        auto* banner = SyncedWorkspace::child<MessageBanner>(window, "cacheBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 60000);
        SyncController* sync = harness.windows()->syncHost()->controller();
        QCOMPARE(sync->state(), SyncController::State::CacheUnreadable);
        QVERIFY2(banner->text().contains(QLatin1String("damaged")), qPrintable(banner->text()));
        // The views hold no query over the damaged file: nothing reads as "0 events" behind the banner.
        QVERIFY(!sync->query());
        QVERIFY(QFileInfo::exists(db));                                // nothing deleted on its own
        QVERIFY(RunMarker::cacheCheckPending(harness.profile->dir())); // not cleared by a failed check

        // A support bundle made now says so (rows of -1 never speak for themselves).
        SupportContext context;
        context.profile = &*harness.profile;
        context.secrets = harness.secrets.get();
        context.sessionState = QStringLiteral("SignedIn");
        std::optional<SupportBundle> bundle;
        QObject receiver;
        SupportBundleCollector::collect(context, &receiver, [&bundle](const SupportBundle& b) { bundle = b; });
        QTRY_VERIFY_WITH_TIMEOUT(bundle.has_value(), 60000);
        const QJsonObject cache =
            QJsonDocument::fromJson(bundle->find(QStringLiteral("cache-summary.json"))->content).object();
        QCOMPARE(cache.value(QStringLiteral("state")).toString(), QStringLiteral("damaged"));
        QVERIFY(
            !cache.value(QStringLiteral("integrity")).toObject().value(QStringLiteral("problems")).toArray().isEmpty());
        QVERIFY(bundle->find(QStringLiteral("summary.txt"))->content.contains("Cache state: DAMAGED"));

        // Reset: the damaged file is kept aside in the same private folder, and a full download follows.
        QTest::mouseClick(SyncedWorkspace::child<QPushButton>(banner, "cacheBannerButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(sync->state() == SyncController::State::Idle && sync->query()
                                     && sync->lastSyncedAt().isValid() && !CacheFiles::damagedCopies(dir).isEmpty(),
                                 SyncedWorkspace::kSyncTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(qint64(sync->query()->orders().count(OrderFilter{})), orders, 30000);
        QVERIFY(!banner->isVisible());
        const QStringList copies = CacheFiles::damagedCopies(dir);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(QFileInfo(QDir(dir).filePath(copies.first())).permissions() & 0x0077, QFileDevice::Permissions());
        std::optional<SupportBundle> after;
        SupportBundleCollector::collect(context, &receiver, [&after](const SupportBundle& b) { after = b; });
        QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 60000);
        const QJsonObject afterCache =
            QJsonDocument::fromJson(after->find(QStringLiteral("cache-summary.json"))->content).object();
        QCOMPARE(afterCache.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(afterCache.value(QStringLiteral("damaged_copies_set_aside")).toArray().size(), 1);

        // Help > "Check the offline copy" on the new file: no damage.
        QAction* check = SyncedWorkspace::child<QAction>(window, "checkCacheAction");
        QTRY_VERIFY(check->isEnabled());
        QSignalSpy checked(sync, &SyncController::integrityChecked);
        check->trigger();
        QVERIFY(checked.wait(60000));
        QVERIFY2(checked.first().at(0).toBool(), qPrintable(checked.first().at(1).toString()));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window->findChild<QMessageBox*>(QStringLiteral("cacheCheckResult"))));
        QVERIFY(box->text().contains(QLatin1String("no damage")));
        box->close();
        QVERIFY(!RunMarker::cacheCheckPending(harness.profile->dir()));
    }

    void damageFoundByAReadShowsTheBanner()
    {
        SyncedWorkspace ws;
        QString error;
        QVERIFY2(ws.start(1500, &error), qPrintable(error));
        UiHarness& harness = ws.harness();
        const QString accountId = harness.host->session()->account().id;
        const QString db = CacheFiles::databasePath(CacheFiles::accountDir(*harness.profile, accountId));
        MainWindow* window = ws.window();
        SyncedWorkspace::child<QAction>(window, "signOutAction")->trigger();
        SignOutDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<SignOutDialog*>()) && dialog->isVisible());
        QTest::mouseClick(SyncedWorkspace::child<QPushButton>(dialog, "signOutButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(harness.host->session()->state() == Session::State::SignedOut, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(db + QStringLiteral("-wal"))
                                     || QFileInfo(db + QStringLiteral("-wal")).size() == 0,
                                 15000);
        QVERIFY(flipDataPages(db, 200));
        RunMarker::setCacheCheckPending(harness.profile->dir(), false);

        // No check is due: the pages' own reads (the views' counts, the sync's writes) meet the damage.
        harness.windows()->signIn(ws.sandbox().demoEmail(), ws.sandbox().demoPassword());
        window->showPage(MainWindow::Page::Finances);
        auto* banner = SyncedWorkspace::child<MessageBanner>(window, "cacheBanner");
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 60000);
        QVERIFY2(banner->text().contains(QLatin1String("damaged")), qPrintable(banner->text()));
        QCOMPARE(harness.windows()->syncHost()->controller()->state(), SyncController::State::CacheUnreadable);
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestCacheDamageUi)
#include "TestCacheDamageUi.moc"
