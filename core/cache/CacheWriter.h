#pragma once

#include "cache/CipherDatabase.h"
#include "cache/PageDecoder.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace sp {

class CacheRowWriter;

// The cache's only writer. Lives in the sync's worker thread; the controller calls its slots
// through queued invocations and hears back through its signals. Each page and the resource's new
// cursor are committed in one transaction.
class CacheWriter : public QObject
{
    Q_OBJECT
public:
    explicit CacheWriter(QObject* parent = nullptr);
    ~CacheWriter() override;

    // Everything the controller needs from an open cache.
    struct State
    {
        QHash<QString, QString> cursors;   // resource -> stored cursor
        QHash<QString, qint64> itemCounts; // resource -> rows after the last complete sync
        QDateTime lastSyncedAt;
    };

    // Synchronous parts, for the worker thread (and tests that drive a writer directly).
    CipherDatabase::OpenError openFile(const QString& path, const QByteArray& key, QString* message);
    enum class WriteStatus { Written, Failed, Stale };
    Q_ENUM(WriteStatus)
    struct WriteResult
    {
        WriteStatus status = WriteStatus::Failed;
        qint64 rows = 0;
        QString nextCursor;
        QString error;         // readable
        bool diskFull = false; // Failed because the disk is full (not a passing error: see diskFull())
    };
    // Decodes `json` (in this thread: the UI thread stays free) and commits rows + cursor at once,
    // but only when the stored cursor is still `fromCursor` (the page continues exactly where the
    // cache stands; otherwise Stale, nothing written): no gap, whatever order pages arrive in.
    WriteResult writePage(const QString& resource, const QString& fromCursor, const QJsonObject& json);
    struct Page
    {
        quint64 run = 0;
        QString resource, fromCursor;
        QJsonObject json;
    };
    // Several pages in one transaction, each checked against the cursor the previous one stored:
    // fewer commits, far less re-encryption of the same B-tree pages. Results in the pages' order.
    QList<WriteResult> writePages(const QList<Page>& pages);
    bool finishRun(const QDateTime& at, QString* error);
    void recordError(const QString& resource, const QString& message);
    State state();
    void closeFile();
    // Rows the server confirmed outside a listing (its answer to a PUT: a unit cost just saved,
    // CacheWriterConfirmed.cpp), written at once with the summaries they change, so the views show
    // them before the next sync. No cursor moves: the listing brings the same rows again and replaces
    // them (the server's word is the last). `rows`: UnitCost objects as /v1/unit-costs lists them.
    bool writeConfirmedUnitCosts(const QJsonArray& rows, QString* error);
    // The same for any listing's rows (issue 17: "expenses", an expense saved, or its tombstone).
    bool writeConfirmedRows(const QString& resource, const QJsonArray& rows, QString* error);
    // Another core module's rows, written on this (the writer's) thread in one transaction: `work`
    // runs between begin and commit and returns false (with a readable error) to roll back. Issue 18:
    // the alerts' states (core/alerts/AlertStore). False when no file is open.
    bool writeInTransaction(const std::function<bool(CipherDatabase&, QString*)>& work, QString* error);
    // Tests: the next writes fail with SQLite's own SQLITE_FULL (the file may not grow: PRAGMA
    // max_page_count), as on a full disk, until called with false. Any thread.
    static void simulateDiskFullForTests(bool full);

public slots:
    void open(const QString& path, const QByteArray& key); // emits opened
    void write(quint64 run, const QString& resource, const QString& fromCursor,
               const QJsonObject& json);           // emits pageWritten
    void finish(quint64 run, const QDateTime& at); // emits runFinished
    void close();                                  // emits closed
    // A number for one confirmRows() or writeLocal() call, unique in this process: every writer's
    // `confirmed` answer reaches every listener, and each keeps only the tickets it asked with.
    static quint64 newTicket();
    // writeConfirmedRows() for the UI thread; emits confirmed.
    void confirmRows(quint64 ticket, const QString& resource, const QJsonArray& rows); // emits confirmed
    // Rows the app keeps for the seller alone, never synced nor sent (issue 18: the what-if's saved
    // scenarios): writeInTransaction() for the UI thread; emits confirmed. Core only (ui/ never sees
    // the database).
    void writeLocal(quint64 ticket, const std::function<bool(sp::CipherDatabase&, QString*)>& work);

private slots:
    void flush();

signals:
    void opened(sp::CipherDatabase::OpenError openError, const QString& message, const QHash<QString, QString>& cursors,
                const QHash<QString, qint64>& itemCounts, const QDateTime& lastSyncedAt);
    void pageWritten(quint64 run, const QString& resource, sp::CacheWriter::WriteStatus status, qint64 rows,
                     const QString& nextCursor, const QString& error);
    void runFinished(quint64 run, bool ok, const QString& error);
    // Emitted just before the pageWritten (Failed) or runFinished (false) of a write that failed on
    // a full disk.
    void diskFull(quint64 run);
    void closed();
    void confirmed(quint64 ticket, bool ok, const QString& error); // after confirmRows() or writeLocal()
    // A statement failed with SQLITE_CORRUPT/NOTADB (`certain`) or in a way an integrity check must judge.
    void damageFound(bool certain);

private:
    bool storeCursor(const QString& resource, const QString& cursor);
    QString storedCursor(const QString& resource, bool* ok);
    void applySimulatedDiskFull();

    std::unique_ptr<CipherDatabase> m_db;
    qint64 m_decodeMs = 0, m_writeMs = 0, m_rowsWritten = 0, m_commits = 0, m_bulkFinishMs = 0; // per run, for the log
    // Pages that arrived while the writer was busy; the next flush commits them, one per transaction.
    QList<Page> m_queue;
    bool m_finishFailedOnFullDisk = false; // the last finishRun
    bool m_simulatingDiskFull = false;
    bool m_flushScheduled = false;
    std::unique_ptr<CacheRowWriter> m_rows; // the tables' statements, while a file is open
    CipherDatabase::Statement m_storeCursor;
};

} // namespace sp

Q_DECLARE_METATYPE(sp::CipherDatabase::OpenError)
