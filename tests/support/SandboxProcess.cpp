#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslCertificate>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace sp::test {

namespace {

constexpr int kStartTimeoutMs = 30000;
constexpr int kStopTimeoutMs = 10000;

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

SandboxProcess::SandboxProcess(QObject* parent)
    : QObject(parent)
{}

SandboxProcess::~SandboxProcess() { stop(); }

QString SandboxProcess::binaryPath()
{
    const QString fromEnvironment = qEnvironmentVariable("SP_SANDBOX_BIN");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QCoreApplication::applicationDirPath() + QStringLiteral("/sellerpulse-sandbox");
}

bool SandboxProcess::start(const Options& options, QString* error)
{
    stop();
    m_options = options;
    if (options.dataDir.isEmpty()) {
        if (!m_tempDir) {
            m_tempDir = std::make_unique<QTemporaryDir>();
            if (!m_tempDir->isValid()) {
                setError(error, QStringLiteral("cannot create a temporary folder: %1").arg(m_tempDir->errorString()));
                return false;
            }
        }
        // A folder that does not exist yet, so the sandbox creates it (and its 0700 mode can be checked).
        m_dataDir = m_tempDir->path() + QStringLiteral("/sandbox-data");
    } else {
        m_dataDir = options.dataDir;
    }
    return launch(static_cast<quint16>(options.port), error);
}

bool SandboxProcess::restart(QString* error)
{
    stop();
    if (m_dataDir.isEmpty()) {
        setError(error, QStringLiteral("restart() before start()"));
        return false;
    }
    return launch(static_cast<quint16>(m_options.port), error);
}

bool SandboxProcess::restartOnSamePort(QString* error)
{
    const quint16 port = static_cast<quint16>(m_url.port(0));
    stop();
    if (m_dataDir.isEmpty() || port == 0) {
        setError(error, QStringLiteral("restartOnSamePort() before a successful start()"));
        return false;
    }
    // The port was just released by our own process; nothing else on loopback is expected to grab it.
    return launch(port, error);
}

bool SandboxProcess::launch(quint16 port, QString* error)
{
    m_ready = false;
    m_stdoutBuffer.clear();
    m_url.clear();
    m_certificatePath.clear();
    m_adminToken.clear();
    m_demoEmail.clear();
    m_demoPassword.clear();

    QStringList arguments{QStringLiteral("--data-dir"),    m_dataDir,
                          QStringLiteral("--port"),        QString::number(port),
                          QStringLiteral("--access-ttl"),  QString::number(m_options.accessTtlSeconds),
                          QStringLiteral("--bcrypt-cost"), QString::number(m_options.bcryptCost)};
    if (m_options.rateLimit > 0)
        arguments << QStringLiteral("--rate-limit") << QString::number(m_options.rateLimit);
    if (m_options.rateWindowSeconds > 0)
        arguments << QStringLiteral("--rate-window") << QString::number(m_options.rateWindowSeconds);
    if (m_options.plainHttp)
        arguments << QStringLiteral("--plain-http");
    if (m_options.demoOrders > 0)
        arguments << QStringLiteral("--demo-orders") << QString::number(m_options.demoOrders);
    if (m_options.seed > 0)
        arguments << QStringLiteral("--seed") << QString::number(m_options.seed);
    arguments << m_options.extraArgs;

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    // The log goes to a file, not a pipe: a test blocked in waitForFinished() on another process does not
    // drain a pipe, and a sandbox whose stderr pipe is full stops answering ("the server did not answer in
    // time" after some 600 logged requests).
    if (!m_logDir) {
        m_logDir = std::make_unique<QTemporaryDir>();
        if (!m_logDir->isValid()) {
            setError(error, QStringLiteral("cannot create a folder for the sandbox's log"));
            return false;
        }
    }
    m_process->setStandardErrorFile(m_logDir->filePath(QStringLiteral("sandbox.log")), QIODevice::Append);
#ifdef Q_OS_LINUX
    // A test that crashes must not leave its sandbox running: the kernel stops it with the test.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    QProcess* process = m_process.get();
    connect(process, &QProcess::readyReadStandardOutput, this, [this] { readStdout(); });

    m_process->start(binaryPath(), arguments);
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        setError(error, QStringLiteral("cannot start %1: %2").arg(binaryPath(), m_process->errorString()));
        m_process.reset();
        return false;
    }
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!m_ready && m_process->state() == QProcess::Running && !deadline.hasExpired())
        m_process->waitForReadyRead(static_cast<int>(qMax<qint64>(1, deadline.remainingTime())));
    readStdout();
    if (!m_ready) {
        setError(error, QStringLiteral("the sandbox did not become ready: %1").arg(capturedStderr().right(2000)));
        stop();
        return false;
    }
    return true;
}

void SandboxProcess::readStdout()
{
    if (!m_process)
        return;
    m_stdoutBuffer += m_process->readAllStandardOutput();
    qsizetype newline = -1;
    while ((newline = m_stdoutBuffer.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_stdoutBuffer.left(newline)).trimmed();
        m_stdoutBuffer.remove(0, newline + 1);
        if (!line.startsWith(QLatin1String("SANDBOX ")))
            continue;
        const QStringList fields = line.mid(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& field : fields) {
            const qsizetype equals = field.indexOf(QLatin1Char('='));
            if (equals < 0)
                continue;
            const QString key = field.left(equals);
            const QString value = field.mid(equals + 1);
            if (key == QLatin1String("demo-email"))
                m_demoEmail = value;
            else if (key == QLatin1String("demo-password"))
                m_demoPassword = value;
            else if (key == QLatin1String("admin-token"))
                m_adminToken = value;
            else if (key == QLatin1String("url"))
                m_url = QUrl(value);
            else if (key == QLatin1String("cert"))
                m_certificatePath = value;
        }
        if (fields.value(0) == QLatin1String("ready"))
            m_ready = m_url.isValid();
    }
}

void SandboxProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(kStopTimeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(kStopTimeoutMs);
        }
    }
    m_process->disconnect(this);
    m_process.reset();
    m_ready = false;
}

QUrl SandboxProcess::url() const { return m_url; }

QString SandboxProcess::certificatePath() const { return m_certificatePath; }

QString SandboxProcess::adminToken() const { return m_adminToken; }

QString SandboxProcess::dataDir() const { return m_dataDir; }

QString SandboxProcess::demoEmail() const
{
    return m_demoEmail.isEmpty() ? QStringLiteral("demo@sellerpulse.test") : m_demoEmail;
}

QString SandboxProcess::demoPassword() const { return m_demoPassword; }

QSslConfiguration SandboxProcess::sslConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // Trust exactly the sandbox's own certificate, nothing else; verification stays fully on.
    configuration.setCaCertificates(QSslCertificate::fromPath(m_certificatePath));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

int SandboxProcess::adminRequest(const QByteArray& method, const QString& path, const QJsonObject* json,
                                 QByteArray* body, QString* error)
{
    QNetworkAccessManager network;
    QUrl endpoint = m_url;
    endpoint.setPath(path);
    QNetworkRequest request(endpoint);
    if (!m_options.plainHttp)
        request.setSslConfiguration(sslConfiguration());
    request.setRawHeader(QByteArrayLiteral("X-Sandbox-Admin-Token"), m_adminToken.toLatin1());
    request.setTransferTimeout(kStartTimeoutMs);
    QByteArray payload;
    if (json) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        payload = QJsonDocument(*json).toJson(QJsonDocument::Compact);
    }
    std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, method, payload));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(kStartTimeoutMs)) {
        setError(error, QStringLiteral("%1 %2 timed out").arg(QString::fromLatin1(method), path));
        return 0;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *body = reply->readAll();
    if (status == 0)
        setError(error,
                 QStringLiteral("%1 %2 failed: %3").arg(QString::fromLatin1(method), path, reply->errorString()));
    return status;
}

bool SandboxProcess::createAccount(const QString& email, const QString& password, QString* error)
{
    const QJsonObject body{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), password},
                           {QStringLiteral("display_name"), email.section(QLatin1Char('@'), 0, 0)}};
    QByteArray answer;
    const int status =
        adminRequest(QByteArrayLiteral("POST"), QStringLiteral("/admin/v1/accounts"), &body, &answer, error);
    if (status != 201) {
        if (status != 0)
            setError(error,
                     QStringLiteral("creating the account answered %1: %2").arg(status).arg(QString::fromUtf8(answer)));
        return false;
    }
    return true;
}

bool SandboxProcess::setFaults(const QJsonObject& plan, QString* error)
{
    QByteArray answer;
    const int status =
        adminRequest(QByteArrayLiteral("PUT"), QStringLiteral("/admin/v1/faults"), &plan, &answer, error);
    if (status != 200) {
        if (status != 0)
            setError(error,
                     QStringLiteral("setting faults answered %1: %2").arg(status).arg(QString::fromUtf8(answer)));
        return false;
    }
    return true;
}

bool SandboxProcess::clearFaults(QString* error)
{
    QByteArray answer;
    const int status =
        adminRequest(QByteArrayLiteral("DELETE"), QStringLiteral("/admin/v1/faults"), nullptr, &answer, error);
    if (status != 204) {
        if (status != 0)
            setError(error,
                     QStringLiteral("clearing faults answered %1: %2").arg(status).arg(QString::fromUtf8(answer)));
        return false;
    }
    return true;
}

std::optional<QJsonObject> SandboxProcess::advanceClock(const QJsonObject& request, QString* error)
{
    QByteArray answer;
    const int status =
        adminRequest(QByteArrayLiteral("POST"), QStringLiteral("/admin/v1/clock/advance"), &request, &answer, error);
    if (status != 200) {
        if (status != 0)
            setError(error,
                     QStringLiteral("advancing the clock answered %1: %2").arg(status).arg(QString::fromUtf8(answer)));
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(answer);
    if (!document.isObject()) {
        setError(error, QStringLiteral("advancing the clock answered no JSON object"));
        return std::nullopt;
    }
    return document.object();
}

qint64 SandboxProcess::processId() const { return m_process ? m_process->processId() : 0; }

QString SandboxProcess::capturedStderr() const
{
    if (!m_logDir)
        return QString();
    QFile log(m_logDir->filePath(QStringLiteral("sandbox.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

} // namespace sp::test
