#pragma once

#include <QByteArray>
#include <QString>

namespace sp {

// Owner-only files and folders: everything the sandbox keeps (keys, state, TLS key) is private to the user.
namespace PrivateFiles {

// Creates the folder (and parents) if needed and restricts it to 0700.
bool ensureFolder(const QString& path, QString* error);
// Writes atomically (QSaveFile) with mode 0600, so a crash never leaves a half-written file behind.
bool writeAtomically(const QString& path, const QByteArray& data, QString* error);

} // namespace PrivateFiles
} // namespace sp
