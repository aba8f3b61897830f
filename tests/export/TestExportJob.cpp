#include "AtomicExport.h"
#include "CsvReportWriter.h"
#include "ExportControl.h"
#include "ExportJob.h"
#include "ExportTestSupport.h"
#include "FileErrorText.h"
#include "PdfReportWriter.h"
#include "XlsxReportWriter.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cerrno>
#include <unistd.h>

namespace sp::test {

namespace {

// A writer that writes half a file, reports one row and then waits until it is cancelled: a
// cancel that arrives mid-export, every time.
class HalfWayWriter final : public ReportWriter
{
public:
    QString suffix() const override { return QStringLiteral("csv"); }
    ExportResult writeTo(const ReportTable& table, QFileDevice& file, const QString&, ExportControl* control) override
    {
        file.write("half a file\r\n");
        file.flush();
        control->rowDone(1000, table.rows.size());
        const QDeadlineTimer deadline(60000);
        while (!control->isCancelled() && !deadline.hasExpired())
            QThread::yieldCurrentThread();
        return control->isCancelled() ? ExportResult::cancelled()
                                      : ExportResult::failed(QStringLiteral("not cancelled"));
    }
};

} // namespace

// The export job: off the UI thread, progress, cancel, and never a partial file.
class TestExportJob : public QObject
{
    Q_OBJECT

private slots:
    void csvWithProgress()
    {
        QTemporaryDir dir;
        const ReportTable table = ordersTable(10000);
        const QString target = dir.filePath(QStringLiteral("orders.csv"));
        ExportJob job;
        QSignalSpy progress(&job, &ExportJob::progress);
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(table, ExportJob::Format::Csv, target));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start(table, ExportJob::Format::Csv, target)); // one at a time
        QVERIFY(finished.wait(60000));
        QVERIFY(!job.isRunning());
        const auto result = finished.first().first().value<ExportResult>();
        QVERIFY2(result.isOk(), qPrintable(result.message));
        QCOMPARE(result.path, target);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("orders.csv")});

        QVERIFY(progress.size() >= 10);
        qint64 previous = 0;
        for (const QList<QVariant>& signal : std::as_const(progress)) {
            QVERIFY(signal.at(0).toLongLong() > previous);
            QCOMPARE(signal.at(1).toLongLong(), qint64(10000));
            previous = signal.at(0).toLongLong();
        }
        QCOMPARE(previous, qint64(10000));

        const QJsonDocument csv = readBack(QStringLiteral("csv"), target);
        QCOMPARE(csv.object().value(QLatin1String("rows")).toArray().size(), 10001);
    }

    void everyFormatThroughTheJob_data()
    {
        QTest::addColumn<ExportJob::Format>("format");
        QTest::newRow("csv") << ExportJob::Format::Csv;
        if (kXlsxAvailable)
            QTest::newRow("xlsx") << ExportJob::Format::Xlsx;
        QTest::newRow("pdf") << ExportJob::Format::Pdf;
    }

    void everyFormatThroughTheJob()
    {
        QFETCH(ExportJob::Format, format);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.") + ExportJob::suffixOf(format));
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(mixedTable(), format, target));
        QVERIFY(finished.wait(60000));
        QVERIFY2(job.lastResult().isOk(), qPrintable(job.lastResult().message));
        QCOMPARE(filesIn(dir.path()), QStringList{QFileInfo(target).fileName()});
        // Files holding business data are for the user alone.
        QCOMPARE(QFile::permissions(target) & (QFile::ReadOther | QFile::ReadGroup | QFile::WriteOther),
                 QFile::Permissions());
    }

    void replacesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("orders.csv"));
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old content that is longer than nothing");
        old.close();
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(ordersTable(5), ExportJob::Format::Csv, target));
        QVERIFY(finished.wait(60000));
        QVERIFY(job.lastResult().isOk());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QVERIFY(old.readAll().startsWith("\xEF\xBB\xBFOrder,Date"));
        QCOMPARE(filesIn(dir.path()).size(), 1);
    }

    void cancelledMidwayLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("orders.csv"));
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QSignalSpy progress(&job, &ExportJob::progress);
        QVERIFY(job.start(ordersTable(5000), std::make_unique<HalfWayWriter>(), target));
        QVERIFY(progress.wait(60000));
        // The half-written temporary file is there while the export runs...
        QCOMPARE(filesIn(dir.path()).size(), 1);
        QVERIFY(!QFile::exists(target));
        job.cancel();
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().first().value<ExportResult>();
        QCOMPARE(result.status, ExportResult::Status::Cancelled);
        // ... and gone after the cancel.
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void cancelledRightAwayLeavesNoFile_data() { everyFormatThroughTheJob_data(); }

    void cancelledRightAwayLeavesNoFile()
    {
        QFETCH(ExportJob::Format, format);
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("report.") + ExportJob::suffixOf(format));
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(ordersTable(3000), format, target));
        job.cancel();
        QVERIFY(finished.wait(60000));
        QCOMPARE(job.lastResult().status, ExportResult::Status::Cancelled);
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void writersStopWhenCancelled_data() { everyFormatThroughTheJob_data(); }

    void writersStopWhenCancelled()
    {
        // Cancelled from the progress callback after 2000 rows: the writer stops there.
        QFETCH(ExportJob::Format, format);
        QTemporaryDir dir;
        ExportControl control;
        qint64 last = 0;
        control.setProgressCallback([&](qint64 done, qint64) {
            last = done;
            if (done >= 2000)
                control.cancel();
        });
        const std::unique_ptr<ReportWriter> writer = ExportJob::writerFor(format);
        const ExportResult result =
            AtomicExport::write(*writer, ordersTable(6000), dir.filePath(QStringLiteral("report.x")), &control);
        QCOMPARE(result.status, ExportResult::Status::Cancelled);
        QCOMPARE(last, qint64(2000));
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void destroyedWhileRunning()
    {
        QTemporaryDir dir;
        {
            ExportJob job;
            QVERIFY(job.start(ordersTable(2000), std::make_unique<HalfWayWriter>(),
                              dir.filePath(QStringLiteral("orders.csv"))));
        } // the destructor cancels and waits
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void unwritableTargets_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expected");
        // Unwritable even for root (the tests run as root here): sysfs refuses new files (EACCES),
        // procfs too (ENOENT in an existing folder).
        QTest::newRow("sysfs") << QStringLiteral("/sys") << QStringLiteral("read-only");
        QTest::newRow("procfs") << QStringLiteral("/proc") << QStringLiteral("read-only");
        QTest::newRow("parent is a file") << QStringLiteral("@file") << QStringLiteral("is not a folder");
        QTest::newRow("missing folder") << QStringLiteral("@missing") << QStringLiteral("does not exist");
        QTest::newRow("chmod read-only") << QStringLiteral("@chmod") << QStringLiteral("read-only");
    }

    void unwritableTargets()
    {
        QFETCH(QString, folder);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        if (folder == QLatin1String("@file")) {
            folder = dir.filePath(QStringLiteral("a-file"));
            QFile file(folder);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (folder == QLatin1String("@missing")) {
            folder = dir.filePath(QStringLiteral("no/such/folder"));
        } else if (folder == QLatin1String("@chmod")) {
            if (::geteuid() == 0)
                QSKIP("root writes into read-only folders; the sysfs and procfs rows cover root");
            folder = dir.filePath(QStringLiteral("read-only"));
            QVERIFY(QDir().mkdir(folder));
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        }
        const QString target = folder + QStringLiteral("/orders.csv");
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(ordersTable(10), ExportJob::Format::Csv, target));
        QVERIFY(finished.wait(60000));
        const ExportResult result = job.lastResult();
        QCOMPARE(result.status, ExportResult::Status::Failed);
        QVERIFY2(result.message.contains(expected), qPrintable(result.message));
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(folder)), qPrintable(result.message));
        QVERIFY(!QFileInfo::exists(target));
        if (QFileInfo(folder).isDir())
            QVERIFY(!filesIn(folder).contains(QStringLiteral("orders.csv")));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void targetIsAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("orders.csv")));
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(ordersTable(10), ExportJob::Format::Csv, dir.filePath(QStringLiteral("orders.csv"))));
        QVERIFY(finished.wait(60000));
        QCOMPARE(job.lastResult().status, ExportResult::Status::Failed);
        QVERIFY2(job.lastResult().message.contains(QLatin1String("is a folder")), qPrintable(job.lastResult().message));
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void diskFull_data() { everyFormatThroughTheJob_data(); }

    void diskFull()
    {
        // /dev/full fails every write with ENOSPC: the writers say the disk is full.
        QFETCH(ExportJob::Format, format);
        if (!QFileInfo(QStringLiteral("/dev/full")).isWritable())
            QSKIP("no writable /dev/full");
        const std::unique_ptr<ReportWriter> writer = ExportJob::writerFor(format);
        QFile full(QStringLiteral("/dev/full"));
        QVERIFY(full.open(QIODevice::WriteOnly));
        const ExportResult result = writer->writeTo(ordersTable(20000), full, full.fileName(), nullptr);
        QCOMPARE(result.status, ExportResult::Status::Failed);
        QVERIFY2(result.message.contains(QLatin1String("The disk is full")), qPrintable(result.message));
    }

    // Another program (or user) with write access to the export folder swaps in a symbolic link to
    // a victim file while the export runs: at the temporary name, at the target name, or both.
    // Nothing is written through the link: the victim stays as it was.
    void symlinkSwappedInDuringExportIsNotFollowed_data()
    {
        QTest::addColumn<ExportJob::Format>("format");
        QTest::addColumn<QString>("swapAt");
        for (const ExportJob::Format format :
             {ExportJob::Format::Csv, ExportJob::Format::Xlsx, ExportJob::Format::Pdf}) {
            if (format == ExportJob::Format::Xlsx && !kXlsxAvailable)
                continue;
            const QByteArray suffix = ExportJob::suffixOf(format).toLatin1();
            for (const char* swapAt : {"temporary", "target", "both"})
                QTest::addRow("%s %s", suffix.constData(), swapAt) << format << QString::fromLatin1(swapAt);
        }
    }

    void symlinkSwappedInDuringExportIsNotFollowed()
    {
        QFETCH(ExportJob::Format, format);
        QFETCH(QString, swapAt);
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        QVERIFY(dir.isValid() && elsewhere.isValid());
        const QByteArray victimContent = "the victim's own data, never to be overwritten\n";
        const QString victim = elsewhere.filePath(QStringLiteral("victim.txt"));
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(victimContent);
        }
        const QString target = dir.filePath(QStringLiteral("report.") + ExportJob::suffixOf(format));
        bool swapped = false;
        QString swapError;
        ExportControl control;
        control.setProgressCallback([&](qint64, qint64) {
            if (swapped)
                return;
            swapped = true;
            if (swapAt != QLatin1String("target")) {
                const QStringList parts =
                    QDir(dir.path()).entryList({QStringLiteral(".report.*.part")}, QDir::Files | QDir::Hidden);
                if (parts.size() != 1) {
                    swapError = QStringLiteral("temporary files: ") + parts.join(QLatin1Char(' '));
                    return;
                }
                const QString temporary = dir.filePath(parts.first());
                if (!QFile::remove(temporary) || !QFile::link(victim, temporary))
                    swapError = QStringLiteral("could not swap ") + temporary;
            }
            if (swapAt != QLatin1String("temporary") && !QFile::link(victim, target))
                swapError = QStringLiteral("could not link ") + target;
        });
        const std::unique_ptr<ReportWriter> writer = ExportJob::writerFor(format);
        const ExportResult result = AtomicExport::write(*writer, ordersTable(3000), target, &control);
        QVERIFY(swapped);
        QVERIFY2(swapError.isEmpty(), qPrintable(swapError));

        QFile check(victim);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), victimContent);
        // The export noticed and said so: nothing was saved over or through the link.
        QCOMPARE(result.status, ExportResult::Status::Failed);
        const QString expected = swapAt == QLatin1String("target") ? QStringLiteral("symbolic link")
                                                                   : QStringLiteral("Another program changed");
        QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    }

    // A target that already is a symbolic link is refused before anything is written.
    void symlinkAtTheTargetIsRefused()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        const QString victim = elsewhere.filePath(QStringLiteral("victim.txt"));
        {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("victim");
        }
        const QString target = dir.filePath(QStringLiteral("orders.csv"));
        QVERIFY(QFile::link(victim, target));
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        QVERIFY(job.start(ordersTable(10), ExportJob::Format::Csv, target));
        QVERIFY(finished.wait(60000));
        QCOMPARE(job.lastResult().status, ExportResult::Status::Failed);
        QVERIFY2(job.lastResult().message.contains(QLatin1String("symbolic link")),
                 qPrintable(job.lastResult().message));
        QFile check(victim);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("victim"));
        QVERIFY(QFileInfo(target).isSymLink());
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("orders.csv")}); // no temporary left
    }

    void errorTexts()
    {
        QTemporaryDir dir;
        QVERIFY(FileErrorText::forCreate(dir.path(), ENOSPC, QString()).contains(QLatin1String("disk is full")));
        QVERIFY(FileErrorText::forCreate(dir.path(), EROFS, QString()).contains(QLatin1String("read-only")));
        QVERIFY(FileErrorText::forWrite(dir.filePath(QStringLiteral("x")), EDQUOT, QString())
                    .contains(QLatin1String("disk is full")));
        QVERIFY(FileErrorText::forCreate(dir.path(), EIO, QStringLiteral("Input/output error"))
                    .contains(QLatin1String("Input/output error")));
    }
};

} // namespace sp::test

QTEST_MAIN(sp::test::TestExportJob)
#include "TestExportJob.moc"
