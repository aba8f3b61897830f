// The run marker behind "SellerPulse ended unexpectedly": left by a run that never ended cleanly,
// not by one that did, and not by one that is still running (a smoke test beside the window).
#include "support/RunMarker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

class TestRunMarker : public QObject
{
    Q_OBJECT

    static void writeMarker(const QString& path, qint64 pid)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("started 2026-11-29T05:00:00Z pid %1\n").arg(pid).toUtf8());
    }

private slots:
    void cleanRunLeavesNothing()
    {
        QTemporaryDir dir;
        RunMarker first(dir.path());
        QString error;
        QVERIFY2(first.start(&error), qPrintable(error));
        QVERIFY(!first.previousRunEndedUnexpectedly());
        QVERIFY(QFile::exists(first.path()));
        QCOMPARE(QFileInfo(first.path()).permissions() & 0x7777,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        first.finish();
        QVERIFY(!QFile::exists(first.path()));
        RunMarker second(dir.path());
        QVERIFY(second.start(&error));
        QVERIFY(!second.previousRunEndedUnexpectedly());
    }

    void leftoverOfADeadRunIsReported()
    {
        QTemporaryDir dir;
        QProcess gone;
        gone.start(QStringLiteral("/bin/true"));
        QVERIFY(gone.waitForStarted(10000));
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished(10000)); // reaped: that pid runs nothing of ours any more
        RunMarker probe(dir.path());
        writeMarker(probe.path(), pid);
        RunMarker next(dir.path());
        QString error;
        QVERIFY(next.start(&error));
        QVERIFY(next.previousRunEndedUnexpectedly());
        next.finish();
        QVERIFY(!QFile::exists(next.path()));
    }

    void newProfileHasNoNoticeAndNoCheck()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("new-profile"));
        QVERIFY(QDir().mkpath(profile));
        // The command-line bundle on a profile that never ran the app: nothing ended unexpectedly.
        QVERIFY(!RunMarker::leftByUnexpectedEnd(profile));
        RunMarker first(profile);
        QString error;
        QVERIFY(first.start(&error));
        QVERIFY(!first.previousRunEndedUnexpectedly());
        QVERIFY(!RunMarker::cacheCheckPending(profile));
        first.finish();
    }

    void bundleBesideARunningAppIsNoCrash()
    {
        // The app runs (its marker names a live process) while the command-line bundle is made.
        QTemporaryDir dir;
        QProcess alive;
        alive.start(QStringLiteral("/bin/sleep"), {QStringLiteral("60")});
        QVERIFY(alive.waitForStarted(10000));
        RunMarker probe(dir.path());
        writeMarker(probe.path(), alive.processId());
        QVERIFY(!RunMarker::leftByUnexpectedEnd(dir.path()));
        alive.kill();
        QVERIFY(alive.waitForFinished(10000));
        // The same marker once that run died without its clean exit: a crash.
        QVERIFY(RunMarker::leftByUnexpectedEnd(dir.path()));
        QVERIFY(QFile::exists(probe.path())); // only read
    }

    void unexpectedEndAsksForACacheCheckUntilOneIsDone()
    {
        QTemporaryDir dir;
        QProcess gone;
        gone.start(QStringLiteral("/bin/true"));
        QVERIFY(gone.waitForStarted(10000));
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished(10000));
        RunMarker probe(dir.path());
        writeMarker(probe.path(), pid);
        RunMarker next(dir.path());
        QString error;
        QVERIFY(next.start(&error));
        QVERIFY(RunMarker::cacheCheckPending(dir.path()));
        next.finish();
        // A clean exit before the check ran keeps the request; the check's success clears it.
        RunMarker after(dir.path());
        QVERIFY(after.start(&error));
        QVERIFY(!after.previousRunEndedUnexpectedly());
        QVERIFY(RunMarker::cacheCheckPending(dir.path()));
        RunMarker::setCacheCheckPending(dir.path(), false);
        QVERIFY(!RunMarker::cacheCheckPending(dir.path()));
        after.finish();
    }

    void markerOfALiveRunIsLeftAlone()
    {
        QTemporaryDir dir;
        QProcess alive;
        alive.start(QStringLiteral("/bin/sleep"), {QStringLiteral("60")});
        QVERIFY(alive.waitForStarted(10000));
        RunMarker probe(dir.path());
        writeMarker(probe.path(), alive.processId());
        RunMarker beside(dir.path());
        QString error;
        QVERIFY(beside.start(&error));
        QVERIFY(!beside.previousRunEndedUnexpectedly());
        beside.finish();
        QVERIFY(QFile::exists(probe.path())); // still the live run's
        alive.kill();
        QVERIFY(alive.waitForFinished(10000));
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestRunMarker)
#include "TestRunMarker.moc"
