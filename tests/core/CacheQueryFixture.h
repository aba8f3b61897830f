#pragma once

// A real SQLCipher cache file for the per-table query tests: made with the current schema, filled
// with the test's own rows through a writer connection, then read as the app reads it (a reader
// connection owned by a CacheQuery).
#include "cache/CacheQuery.h"
#include "cache/CacheSchema.h"
#include "cache/CipherDatabase.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace sp::test {

class CacheQueryFixture
{
public:
    // Creates the file and runs `statements` in one writer connection; false (with `error`) on failure.
    bool create(const QStringList& statements, QString* error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("no temporary directory");
            return false;
        }
        CipherDatabase::OpenError openError = CipherDatabase::OpenError::None;
        auto writer = CipherDatabase::open(path(), key(), CipherDatabase::Role::Writer, &openError, error);
        if (!writer || CacheSchema::migrate(*writer, error) != CacheSchema::Result::Ok)
            return false;
        for (const QString& sql : statements) {
            if (!writer->exec(sql.toUtf8().constData())) {
                *error = writer->lastError() + QStringLiteral(" in ") + sql;
                return false;
            }
        }
        return true;
    }

    // A CacheQuery over a new reader connection to the file, or null (with `error`).
    std::unique_ptr<CacheQuery> open(QString* error) const
    {
        CipherDatabase::OpenError openError = CipherDatabase::OpenError::None;
        auto reader = CipherDatabase::open(path(), key(), CipherDatabase::Role::Reader, &openError, error);
        return reader ? std::make_unique<CacheQuery>(std::move(reader)) : nullptr;
    }

    // A new reader connection to the file (for a CacheReader), or null (with `error`).
    std::unique_ptr<CipherDatabase> openConnection(QString* error) const
    {
        CipherDatabase::OpenError openError = CipherDatabase::OpenError::None;
        return CipherDatabase::open(path(), key(), CipherDatabase::Role::Reader, &openError, error);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("cache.db")); }

private:
    static QByteArray key() { return QByteArray(32, '\x5a'); }

    QTemporaryDir m_dir;
};

} // namespace sp::test
