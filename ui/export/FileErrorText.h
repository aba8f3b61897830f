#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

namespace sp {

// The sentence a user reads when an export cannot write its file: the folder is read-only, the disk
// is full, the folder does not exist... Translated.
class FileErrorText
{
    Q_DECLARE_TR_FUNCTIONS(sp::FileErrorText)

public:
    // For a failure to create a file in `folder`, from the system's error number (errno) and,
    // as a fallback, the system's own description.
    static QString forCreate(const QString& folder, int systemError, const QString& systemText);
    // For a failure while writing or closing `path`.
    static QString forWrite(const QString& path, int systemError, const QString& systemText);
    static QString forWrite(const QString& path, const QFileDevice& file);
    // For a failure to move the finished file into place.
    static QString forRename(const QString& target, int systemError, const QString& systemText);
};

} // namespace sp
