#pragma once

#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>

namespace sp::test {

// SandboxProcess::Options. GCC refuses a nested struct with member initializers as a default argument
// of its own enclosing class, hence this name at namespace level.
struct SandboxProcessOptions
{
    int accessTtlSeconds = 900;
    int bcryptCost = 4;
    int rateLimit = 0;         // 0: the sandbox's default
    int rateWindowSeconds = 0; // 0: the sandbox's default
    bool plainHttp = false;
    int demoOrders = 0; // orders per account; 0: the sandbox's default (tests use small numbers, e.g. 300)
    int seed = 0;       // data generator seed; 0: the sandbox's default
    int port = 0;       // 0: a free port chosen by the sandbox
    QString dataDir;    // empty: a temporary folder owned by this object (kept across restart())
    QStringList extraArgs;
};

// Starts a real sellerpulse-sandbox on a free loopback port for one test and stops it when destroyed.
class SandboxProcess : public QObject
{
    Q_OBJECT
public:
    // Declared outside the class (see SandboxProcessOptions) so that `= {}` works as a default argument.
    using Options = SandboxProcessOptions;

    explicit SandboxProcess(QObject* parent = nullptr);
    ~SandboxProcess() override; // stops the process

    bool start(const Options& options = {}, QString* error = nullptr); // waits up to 30 s for the ready line
    void stop();                                                       // SIGTERM, waits for exit
    bool restart(QString* error = nullptr);                            // same options and data folder, new port
    bool restartOnSamePort(QString* error = nullptr); // same options, data folder AND port (URL stays valid)

    QUrl url() const;
    QString certificatePath() const;
    QString adminToken() const;
    QString dataDir() const;
    QString demoEmail() const;
    QString demoPassword() const;               // empty once changed
    QSslConfiguration sslConfiguration() const; // default config + the sandbox cert as CA, TLS 1.2+
    bool createAccount(const QString& email, const QString& password, QString* error = nullptr);
    // The admin API's faults and clock (see FaultPlan and AdvanceClockRequest in docs/api/openapi.yaml).
    bool setFaults(const QJsonObject& plan, QString* error = nullptr);
    bool clearFaults(QString* error = nullptr);
    std::optional<QJsonObject> advanceClock(const QJsonObject& request, QString* error = nullptr);
    qint64 processId() const;       // 0 when not running (for RSS measurements)
    QString capturedStderr() const; // the sandbox's log so far, every start's (for leak checks)
    static QString binaryPath();    // $SP_SANDBOX_BIN, else next to the test executable

private:
    bool launch(quint16 port, QString* error);
    // Sends one admin request and waits for it; returns the status (0 when it failed) and fills `body`.
    int adminRequest(const QByteArray& method, const QString& path, const QJsonObject* json, QByteArray* body,
                     QString* error);
    void readStdout();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_stdoutBuffer;
    std::unique_ptr<QTemporaryDir> m_logDir; // the sandbox's stderr, kept across restarts
    QUrl m_url;
    QString m_certificatePath;
    QString m_adminToken;
    QString m_dataDir;
    QString m_demoEmail;
    QString m_demoPassword;
    bool m_ready = false;
};

} // namespace sp::test
