#pragma once

#include <QString>
#include <QTemporaryFile>

namespace sp {

// Writes a file that appears whole under its name or not at all, and never through a link someone
// else placed: the bytes go through one descriptor to a new file beside the target (created with
// O_CREAT|O_EXCL, so no existing file or symbolic link is opened, 0600), which is flushed to disk
// and renamed over the target. Nothing reopens a file by name: a link swapped in at the temporary
// name is detected before the rename (the name no longer is the file written), and rename(2)
// replaces a link at the target itself instead of following it. A target that is a symbolic link
// when the export starts or ends is refused. Used for every file the user chooses (exports,
// archives, downloads).
class AtomicFileReplacer
{
public:
    enum class Failure { None, TargetIsLink, TargetIsFolder, Create, Write, Swapped, Rename };

    explicit AtomicFileReplacer(const QString& targetPath);
    // `bytes` as the whole new content of `path` (open, write, commit): whole or not at all. False
    // with the translated reason in `error` (the file's own when the write itself failed).
    static bool writeWhole(const QString& path, const QByteArray& bytes, QString* error);
    ~AtomicFileReplacer(); // removes the unfinished file unless committed
    Q_DISABLE_COPY_MOVE(AtomicFileReplacer)

    bool open();
    // The device to write to (open after open()). Writers must not close it.
    QFile& file() { return m_file; }
    QString targetPath() const { return m_target; }
    QString temporaryPath() const { return m_temporaryPath; }
    // The bytes written so far reach the disk (flush and fsync), so that a later commit() is quick:
    // a job writes and flushes on its own thread and leaves the rename to whoever decides.
    bool flushToDisk();
    bool commit();
    void discard();

    Failure failure() const { return m_failure; }
    int systemError() const { return m_systemError; } // errno of the failure, 0 if none
    QString errorString() const;                      // translated ("sp::AtomicFileReplacer")

private:
    bool fail(Failure failure, int systemError);
    bool targetIsLink() const;
    bool temporaryIsStillOurs() const;

    QString m_target;
    QString m_temporaryPath;
    QTemporaryFile m_file;
    bool m_committed = false;
    Failure m_failure = Failure::None;
    int m_systemError = 0;
};

} // namespace sp
