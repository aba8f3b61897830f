#include "ExportJob.h"

#include "AtomicExport.h"
#include "CsvReportWriter.h"
#include "ExportControl.h"
#include "ExportLog.h"
#include "PdfReportWriter.h"
#include "XlsxReportWriter.h"

#include <QThread>

namespace sp {

ExportJob::ExportJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<sp::ExportResult>();
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_control->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

QString ExportJob::suffixOf(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::unique_ptr<ReportWriter> ExportJob::writerFor(Format format, const QLocale& locale, const CsvStyle& csvStyle)
{
    switch (format) {
    case Format::Csv: {
        auto writer = std::make_unique<CsvReportWriter>();
        writer->setStyle(csvStyle);
        return writer;
    }
    case Format::Xlsx:
        return std::make_unique<XlsxReportWriter>();
    case Format::Pdf: {
        auto writer = std::make_unique<PdfReportWriter>();
        writer->setLocale(locale);
        return writer;
    }
    }
    return nullptr;
}

bool ExportJob::start(const ReportTable& table, Format format, const QString& targetPath)
{
    return start(table, writerFor(format, m_locale, m_csvStyle), targetPath);
}

bool ExportJob::start(const ReportTable& table, std::unique_ptr<ReportWriter> writer, const QString& targetPath)
{
    if (m_thread || !writer)
        return false;
    m_control = std::make_shared<ExportControl>();
    m_result = {};
    // The worker reports through queued calls bound to this job: none arrives after it is gone.
    m_control->setProgressCallback([this](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
    });
    auto result = std::make_shared<ExportResult>();
    std::shared_ptr<ExportControl> control = m_control;
    std::shared_ptr<ReportWriter> shared(std::move(writer));
    m_thread = QThread::create([table, shared, targetPath, control, result] {
        *result = AtomicExport::write(*shared, table, targetPath, control.get());
    });
    m_thread->setObjectName(QStringLiteral("export"));
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_result = *result;
        if (m_result.status == ExportResult::Status::Failed)
            qCWarning(lcExport) << "export failed";
        emit finished(m_result);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

void ExportJob::cancel()
{
    if (m_control)
        m_control->cancel();
}

} // namespace sp
