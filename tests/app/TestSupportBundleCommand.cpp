// `sellerpulse --support-bundle FILE` (the built binary) tells the truth about the previous run: a
// new profile and a profile whose app is running right now (its marker names a live process) get
// no "ended unexpectedly"; only a marker left by a process that is gone does.
#include "support/SupportBundleReader.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace sp::test {

class TestSupportBundleCommand : public QObject
{
    Q_OBJECT

    static QByteArray summaryOfBundle(const QString& profileDir)
    {
        const QString path = QDir(profileDir).filePath(QStringLiteral("bundle.zip"));
        QFile::remove(path);
        QProcess process;
        process.start(QStringLiteral(SP_APP_BIN),
                      {QStringLiteral("--profile"), profileDir, QStringLiteral("--support-bundle"), path});
        if (!process.waitForStarted(10000) || !process.waitForFinished(120000) || process.exitCode() != 0) {
            qWarning() << process.readAllStandardError();
            return QByteArray();
        }
        QString error;
        const auto bundle = SupportBundleReader::readFile(path, &error);
        if (!bundle)
            return QByteArray();
        const auto* summary = bundle->find(QStringLiteral("summary.txt"));
        return summary ? summary->content : QByteArray();
    }

    static void writeMarker(const QString& profileDir, qint64 pid)
    {
        QFile file(QDir(profileDir).filePath(QStringLiteral("running.marker")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("started 2026-12-05T10:00:00Z pid %1\n").arg(pid).toUtf8());
    }

private slots:
    void previousRunIsReportedOnlyWhenItReallyEnded()
    {
        const QByteArray notice = "The previous run ended unexpectedly.";
        QTemporaryDir profile;
        QByteArray summary = summaryOfBundle(profile.path()); // a new profile
        QVERIFY(!summary.isEmpty());
        QVERIFY2(!summary.contains(notice), summary.constData());

        QProcess running; // stands for the app, running beside the command
        running.start(QStringLiteral("/bin/sleep"), {QStringLiteral("120")});
        QVERIFY(running.waitForStarted(10000));
        writeMarker(profile.path(), running.processId());
        summary = summaryOfBundle(profile.path());
        QVERIFY(!summary.isEmpty());
        QVERIFY2(!summary.contains(notice), summary.constData());

        running.kill(); // it ends without its clean exit: the marker stays behind
        QVERIFY(running.waitForFinished(10000));
        summary = summaryOfBundle(profile.path());
        QVERIFY2(summary.contains(notice), summary.constData());
    }
};

} // namespace sp::test

QTEST_GUILESS_MAIN(sp::test::TestSupportBundleCommand)
#include "TestSupportBundleCommand.moc"
