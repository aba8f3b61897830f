#pragma once

#include <QString>

namespace sp {

struct SupportBundle;

// Writes a bundle as one ZIP (QuaZip): manifest.json first, then the files. The file is written
// whole or not at all, never through a symbolic link (AtomicFileReplacer) and is 0600: it is meant to be sent, but only by its owner.
class SupportBundleWriter
{
public:
    // False with a translated reason.
    static bool write(const SupportBundle& bundle, const QString& path, const QString& createdAt, QString* error);
};

} // namespace sp
