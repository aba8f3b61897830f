#include "startup/LocalSandbox.h"

#include "api/UrlPolicy.h"
#include "startup/StartupLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace sp {

namespace {

QString programName()
{
#ifdef Q_OS_WIN
    return QStringLiteral("sellerpulse-sandbox.exe");
#else
    return QStringLiteral("sellerpulse-sandbox");
#endif
}

// "SANDBOX key=value key=value": values never contain spaces.
QHash<QString, QString> fieldsOf(const QString& line)
{
    QHash<QString, QString> fields;
    const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (eq > 0)
            fields.insert(word.left(eq), word.mid(eq + 1));
    }
    return fields;
}
} // namespace

LocalSandbox::LocalSandbox(QObject* parent)
    : QObject(parent)
{
    m_readyTimer.setSingleShot(true);
    connect(&m_readyTimer, &QTimer::timeout, this, [this] {
        fail(QCoreApplication::translate("sp::LocalSandbox", "The local sandbox did not start within %n second(s).",
                                         nullptr, m_readyTimeoutMs / 1000));
    });
}

LocalSandbox::~LocalSandbox() { stop(); }

void LocalSandbox::setProgramDir(const QString& dir) { m_programDir = dir; }

void LocalSandbox::setReadyTimeoutMs(int ms) { m_readyTimeoutMs = ms; }

void LocalSandbox::setExtraArguments(const QStringList& arguments) { m_extraArguments = arguments; }

QString LocalSandbox::programPath() const
{
    const QString dir = m_programDir.isEmpty() ? QCoreApplication::applicationDirPath() : m_programDir;
    return QDir(dir).filePath(programName());
}

bool LocalSandbox::isRunning() const { return m_process && m_process->state() != QProcess::NotRunning; }

void LocalSandbox::start(const QString& dataDir)
{
    stop();
    m_ready = false;
    m_stopping = false;
    m_buffer.clear();
    m_stderrTail.clear();
    m_demoEmail.clear();
    m_demoPassword.clear();

    const QString program = programPath();
    if (!QFileInfo(program).isExecutable()) {
        // Reported asynchronously like every other outcome, so callers connect first and start second.
        QMetaObject::invokeMethod(
            this,
            [this, program] {
                fail(tr("The local sandbox program was not found at %1. Reinstall SellerPulse.")
                         .arg(QDir::toNativeSeparators(program)));
            },
            Qt::QueuedConnection);
        return;
    }
    if (!QDir().mkpath(dataDir)
        || !QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)) {
        QMetaObject::invokeMethod(
            this,
            [this, dataDir] {
                fail(tr("The sandbox folder %1 cannot be created.").arg(QDir::toNativeSeparators(dataDir)));
            },
            Qt::QueuedConnection);
        return;
    }

    auto* process = new QProcess(this);
    m_process = process;
    process->setProgram(program);
    process->setArguments(
        QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--data-dir"), dataDir}
        + m_extraArguments);
    // Only the SANDBOX lines on stdout matter; the end of its log (stderr, which never holds a secret)
    // is kept to explain a failed start.
    process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_LINUX
    // If the app dies without stopping it (a crash, SIGKILL), the kernel ends the sandbox too.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    connect(process, &QProcess::readyReadStandardError, this, [this] {
        if (!m_process)
            return;
        m_stderrTail += m_process->readAllStandardError();
        constexpr int kTailBytes = 4096;
        if (m_stderrTail.size() > kTailBytes)
            m_stderrTail = m_stderrTail.right(kTailBytes);
    });
    connect(process, &QProcess::readyReadStandardOutput, this, &LocalSandbox::onReadyRead);
    connect(process, &QProcess::finished, this, &LocalSandbox::onFinished);
    connect(process, &QProcess::errorOccurred, this, &LocalSandbox::onError);
    m_readyTimer.start(m_readyTimeoutMs);
    process->start();
}

void LocalSandbox::stop()
{
    m_readyTimer.stop();
    if (!m_process)
        return;
    m_stopping = true;
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
    delete process;
}

void LocalSandbox::onReadyRead()
{
    if (!m_process)
        return;
    m_buffer += m_process->readAllStandardOutput();
    constexpr int kMaxBufferedBytes = 64 * 1024;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n');
        if (newline < 0)
            break;
        const QString line = QString::fromUtf8(m_buffer.left(newline)).trimmed();
        m_buffer.remove(0, newline + 1);
        if (!line.startsWith(QLatin1String("SANDBOX ")))
            continue;
        const QHash<QString, QString> fields = fieldsOf(line);
        if (fields.contains(QStringLiteral("demo-email"))) {
            m_demoEmail = fields.value(QStringLiteral("demo-email"));
            m_demoPassword = fields.value(QStringLiteral("demo-password"));
        } else if (line.startsWith(QLatin1String("SANDBOX ready ")) && !m_ready) {
            const QUrl url(fields.value(QStringLiteral("url")), QUrl::StrictMode);
            // Its certificate is trusted for this address only: it must be this computer's loopback.
            if (!url.isValid() || !UrlPolicy::isLoopbackHost(url.host())) {
                fail(tr("The local sandbox reported an address SellerPulse cannot use."));
                return;
            }
            m_ready = true;
            m_readyTimer.stop();
            qCInfo(lcStartup).noquote() << "local sandbox ready at" << url.toString();
            emit ready(url, fields.value(QStringLiteral("cert")), m_demoEmail, m_demoPassword);
            return;
        }
    }
    if (m_buffer.size() > kMaxBufferedBytes)
        m_buffer.clear();
}

void LocalSandbox::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    if (m_process)
        m_stderrTail += m_process->readAllStandardError();
    QString message = status == QProcess::CrashExit ? tr("The local sandbox crashed.")
                                                    : tr("The local sandbox stopped (exit code %1).").arg(exitCode);
    const QString last = lastLogLine();
    if (!last.isEmpty())
        message += QLatin1Char(' ') + tr("Its last message: %1").arg(last);
    fail(message);
}

void LocalSandbox::onError(QProcess::ProcessError error)
{
    if (m_stopping)
        return;
    if (error == QProcess::FailedToStart)
        fail(tr("The local sandbox could not be started: %1").arg(m_process ? m_process->errorString() : QString()));
}

QString LocalSandbox::lastLogLine() const
{
    const QList<QByteArray> lines = m_stderrTail.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.isEmpty())
            return QString::fromUtf8(line.left(300));
    }
    return QString();
}

void LocalSandbox::fail(const QString& message)
{
    const bool wasReady = m_ready;
    m_ready = false;
    m_readyTimer.stop();
    qCWarning(lcStartup).noquote() << "local sandbox failed:" << message << (wasReady ? "(after ready)" : "");
    if (m_process) {
        QProcess* process = m_process;
        m_process = nullptr;
        m_stopping = true;
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(2000);
        }
        process->deleteLater();
    }
    emit failed(message);
}

} // namespace sp
