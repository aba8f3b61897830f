#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

namespace sp {

class ChecksummedFileWriter;
class Session;

// A full export of the account's data from the server: asks for it, polls while the server
// prepares it, downloads the ZIP into a temporary file beside the chosen path (stopping at the
// announced size, else at ChecksummedFileWriter::kDefaultMaximumBytes), verifies its SHA-256 (and
// size) against the server's, and only then renames it into place.
class AccountExportClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Preparing, Ready, Downloading, Saved, Failed };
    Q_ENUM(State)

    explicit AccountExportClient(Session* session, QObject* parent = nullptr);
    ~AccountExportClient() override;

    State state() const { return m_state; }
    int progress() const { return m_progress; }      // 0..100 while preparing
    qint64 sizeBytes() const { return m_sizeBytes; } // when ready; -1 unknown
    QByteArray sha256() const { return m_sha256; }   // the server's, hex

    void request();                     // POST /v1/account/exports, then polls
    void download(const QString& path); // when Ready
    void cancel();
    void setPollIntervalMs(int ms); // bounded to 200 ms .. 10 s; default 1 s

signals:
    void stateChanged(sp::AccountExportClient::State state);
    void progressChanged(int percent);
    void saved(const QString& path, const QByteArray& sha256Hex);
    // `details`: a failed request's lines for support (request id, HTTP status), not in `message`.
    void failed(const QString& message, const QString& details);

private:
    void setState(State state);
    void poll();
    void fail(const QString& message, const QString& details = QString());

    QPointer<Session> m_session;
    State m_state = State::Idle;
    QString m_exportId;
    int m_progress = 0;
    qint64 m_sizeBytes = -1;
    QByteArray m_sha256;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    std::unique_ptr<ChecksummedFileWriter> m_writer;
    quint64 m_generation = 0; // bumped by cancel(): late answers are dropped
};

} // namespace sp
