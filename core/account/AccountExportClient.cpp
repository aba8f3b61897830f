#include "account/AccountExportClient.h"

#include "account/AccountLog.h"

#include "account/ChecksummedFileWriter.h"
#include "api/ApiClient.h"
#include "auth/Session.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sp {

AccountExportClient::AccountExportClient(Session* session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
    m_pollTimer.setInterval(1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &AccountExportClient::poll);
}

AccountExportClient::~AccountExportClient() = default;

void AccountExportClient::setPollIntervalMs(int ms) { m_pollTimer.setInterval(qBound(200, ms, 10000)); }

void AccountExportClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void AccountExportClient::fail(const QString& message, const QString& details)
{
    m_pollTimer.stop();
    m_writer.reset(); // the temporary file goes before anyone hears of the failure
    qCInfo(lcAccount) << "account export failed";
    setState(State::Failed);
    emit failed(message, details);
}

void AccountExportClient::request()
{
    if (!m_session || m_state == State::Preparing || m_state == State::Downloading)
        return;
    const quint64 generation = ++m_generation;
    m_exportId.clear();
    m_progress = 0;
    m_sizeBytes = -1;
    m_sha256.clear();
    setState(State::Preparing);
    emit progressChanged(0);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/v1/account/exports");
    m_session->sendAuthorized(request, this, [this, generation](const ApiResponse& response) {
        if (generation != m_generation)
            return;
        if (!response.error.ok()) {
            fail(response.error.userMessage(), response.error.details());
            return;
        }
        m_exportId = response.json.value(QStringLiteral("id")).toString();
        if (m_exportId.isEmpty()) {
            fail(tr("The server's answer was not understood."));
            return;
        }
        m_pollTimer.start();
        poll();
    });
}

void AccountExportClient::poll()
{
    if (!m_session || m_state != State::Preparing || m_pollInFlight || m_exportId.isEmpty())
        return;
    m_pollInFlight = true;
    const quint64 generation = m_generation;
    ApiRequest request;
    request.path =
        QStringLiteral("/v1/account/exports/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_exportId)));
    m_session->sendAuthorized(request, this, [this, generation](const ApiResponse& response) {
        m_pollInFlight = false;
        if (generation != m_generation || m_state != State::Preparing)
            return;
        if (!response.error.ok()) {
            if (response.error.kind == ApiError::Kind::Problem || response.error.kind == ApiError::Kind::SessionEnded)
                fail(response.error.userMessage(), response.error.details());
            return; // a network hiccup: the next poll asks again
        }
        const QString status = response.json.value(QStringLiteral("status")).toString();
        const int progress = qBound(0, response.json.value(QStringLiteral("progress")).toInt(), 100);
        if (progress != m_progress) {
            m_progress = progress;
            emit progressChanged(progress);
        }
        if (status == QLatin1String("failed")) {
            fail(tr("The server could not prepare the export. Please try again later."));
        } else if (status == QLatin1String("ready")) {
            const QByteArray sha = response.json.value(QStringLiteral("sha256")).toString().toLatin1().toLower();
            static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
            if (!hex.match(QString::fromLatin1(sha)).hasMatch()) {
                fail(tr("The server did not say the export's checksum; it cannot be verified."));
                return;
            }
            m_sha256 = sha;
            const QJsonValue size = response.json.value(QStringLiteral("size_bytes"));
            m_sizeBytes = size.isDouble() ? qint64(size.toDouble()) : -1;
            m_pollTimer.stop();
            m_progress = 100;
            emit progressChanged(100);
            setState(State::Ready);
        }
    });
}

void AccountExportClient::download(const QString& path)
{
    if (!m_session || m_state != State::Ready)
        return;
    auto writer = std::make_unique<ChecksummedFileWriter>(path);
    // Never more than the server announced (else a sane maximum): a server sending more fills no disk.
    if (m_sizeBytes >= 0)
        writer->setMaximumSize(m_sizeBytes);
    QString error;
    if (!writer->open(&error)) {
        // Still Ready: the seller may choose another place.
        emit failed(error, QString());
        return;
    }
    m_writer = std::move(writer);
    setState(State::Downloading);
    const quint64 generation = m_generation;
    ApiRequest request;
    request.path =
        QStringLiteral("/v1/account/exports/%1/download").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_exportId)));
    request.bodySink = m_writer.get();
    m_session->sendAuthorized(request, this, [this, generation, path](const ApiResponse& response) {
        if (generation != m_generation || !m_writer)
            return;
        if (m_writer->tooLarge()) {
            qCWarning(lcAccount) << "account export download stopped: larger than announced";
            const qint64 maximum = m_writer->maximumSize();
            m_writer.reset(); // the temporary file goes before anyone hears of the failure
            setState(State::Ready);
            emit failed(ChecksummedFileWriter::tooLargeText(maximum), QString());
            return;
        }
        if (!response.error.ok()) {
            fail(response.error.kind == ApiError::Kind::Network || response.error.kind == ApiError::Kind::Timeout
                     ? tr("The download was interrupted. No file was saved; please download it again.")
                     : response.error.userMessage(),
                 response.error.details());
            return;
        }
        QString commitError;
        const bool ok = m_writer->commit(m_sha256, m_sizeBytes, &commitError);
        m_writer.reset();
        if (!ok) {
            // Ready again: the export is still on the server, a new download may work.
            qCWarning(lcAccount) << "account export download rejected:"
                                 << (m_sizeBytes >= 0 ? "checksum or size" : "checksum");
            setState(State::Ready);
            emit failed(commitError, QString());
            return;
        }
        qCInfo(lcAccount) << "account export saved and verified";
        setState(State::Saved);
        emit saved(path, m_sha256);
    });
}

void AccountExportClient::cancel()
{
    ++m_generation;
    m_pollTimer.stop();
    m_writer.reset();
    m_exportId.clear();
    setState(State::Idle);
}

} // namespace sp
