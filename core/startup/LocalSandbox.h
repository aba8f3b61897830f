#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace sp {

// Starts sellerpulse-sandbox (from the app's folder) for --sandbox and reports where it listens.
// The process ends with this object (or stop()).
class LocalSandbox : public QObject
{
    Q_OBJECT
public:
    explicit LocalSandbox(QObject* parent = nullptr);
    ~LocalSandbox() override;

    void setProgramDir(const QString& dir); // default: QCoreApplication::applicationDirPath()
    void setReadyTimeoutMs(int ms);         // default 30 s
    void setExtraArguments(const QStringList& arguments);
    QString programPath() const;

    // `dataDir`: e.g. <profile>/sandbox; created 0700.
    void start(const QString& dataDir);
    void stop();
    bool isRunning() const;

signals:
    void ready(const QUrl& url, const QString& certPath, const QString& demoEmail, const QString& demoPassword);
    void failed(const QString& message); // translated, readable

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(const QString& message);
    QString lastLogLine() const;

    QString m_programDir;
    int m_readyTimeoutMs = 30000;
    QStringList m_extraArguments;
    QPointer<QProcess> m_process;
    QTimer m_readyTimer;
    QByteArray m_buffer;
    QByteArray m_stderrTail; // the end of the sandbox's log, to explain a failed start
    QString m_demoEmail, m_demoPassword;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace sp
