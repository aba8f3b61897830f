#pragma once

#include <QString>
#include <QStringList>

namespace sp {

class CipherDatabase;

// The first sync of a resource, loaded in bulk. With SQLCipher every page a commit dirties is
// encrypted and authenticated, and an insert under a random key (order ids) dirties one page per
// index. So while a resource is loaded for the first time its tables carry no index: rows are only
// appended (row_id order), a record that arrives twice is appended twice, and when the last page
// has arrived the duplicates are removed (the newest, highest row_id, wins) and the indexes are
// created again, by sorting: each index page is written once.
//
// The state lives in the `meta` table (key "bulk_load:<resource>", value: the dropped indexes'
// CREATE statements, one per line), written in the same transactions as the rows, so a process
// killed in the middle resumes the bulk load at the next start. Queries keep working meanwhile,
// without indexes (slower). Every method runs inside the caller's transaction.
class BulkLoad
{
public:
    explicit BulkLoad(CipherDatabase& db)
        : m_db(db)
    {}

    // The tables a resource fills; empty when it is never loaded in bulk (marketplaces: a handful
    // of rows, replaced whole).
    static QStringList tablesOf(const QString& resource);
    // The `meta` key that records a resource's bulk load while it runs (readers check it in SQL).
    static QString recordKey(const QString& resource);

    // Whether `resource` is being loaded in bulk (false and *ok = false on a database error).
    bool isActive(const QString& resource, bool* ok);
    // Drops the indexes of the resource's tables and records them.
    bool begin(const QString& resource);
    // Removes duplicates, creates the recorded indexes again, forgets the record.
    bool finish(const QString& resource);
    // Resources whose bulk load has not finished.
    QStringList active();

private:
    bool removeDuplicates(const QString& table);
    QString recorded(const QString& resource, bool* found, bool* ok);

    CipherDatabase& m_db;
};

} // namespace sp
