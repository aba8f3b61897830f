#pragma once

#include "CsvReportWriter.h"
#include "ExportResult.h"
#include "ReportWriter.h"
#include "reports/ReportTypes.h"

#include <QLocale>
#include <QObject>

#include <memory>

class QThread;

namespace sp {

class ExportControl;

// Exports a report on a worker thread: progress while it writes, cancel at any time, and the
// target file appears only when the export succeeded (AtomicExport). One export at a time.
class ExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Format { Csv, Xlsx, Pdf };
    Q_ENUM(Format)

    explicit ExportJob(QObject* parent = nullptr);
    // Cancels a running export and waits for its thread: no file is left behind.
    ~ExportJob() override;

    // The locale of the PDF's numbers and dates (the CSV and XLSX hold machine values).
    void setLocale(const QLocale& locale) { m_locale = locale; }
    void setCsvStyle(const CsvStyle& style) { m_csvStyle = style; } // default: international

    // Starts writing `table` (copied) to `targetPath`. False when an export is already running.
    bool start(const ReportTable& table, Format format, const QString& targetPath);
    // The same with any writer (another format, or a test's).
    bool start(const ReportTable& table, std::unique_ptr<ReportWriter> writer, const QString& targetPath);
    // Stops the running export; finished() follows with Status::Cancelled (unless it had already
    // completed, then with Ok).
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    ExportResult lastResult() const { return m_result; }

    static QString suffixOf(Format format); // "csv", "xlsx", "pdf"
    static std::unique_ptr<ReportWriter> writerFor(Format format, const QLocale& locale = QLocale(),
                                                   const CsvStyle& csvStyle = CsvStyle::international());

signals:
    void progress(qint64 rowsDone, qint64 rowsTotal);
    void finished(const sp::ExportResult& result);

private:
    QThread* m_thread = nullptr;
    std::shared_ptr<ExportControl> m_control;
    ExportResult m_result;
    QLocale m_locale;
    CsvStyle m_csvStyle;
};

} // namespace sp
