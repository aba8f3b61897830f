#include "cache/BulkLoad.h"

#include "cache/CacheLog.h"

#include "cache/CacheSchema.h"
#include "cache/CipherDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace sp {

namespace {

struct Table
{
    const char* resource;
    const char* name;
    const char* naturalKey; // the columns of its UNIQUE index: duplicates are rows with the same key
};
// In the order their indexes are created again: orders before their items (removing a replaced
// version of an order removes that version's items).
const Table kTables[] = {
    {"products", "products", "sku"}, {"inventory", "inventory", "sku, region"},      {"orders", "orders", "id"},
    {"orders", "order_items", "id"}, {"financial-events", "financial_events", "id"},
};

QByteArray metaKey(const QString& resource) { return "bulk_load:" + resource.toUtf8(); }

} // namespace

QStringList BulkLoad::tablesOf(const QString& resource)
{
    QStringList tables;
    for (const Table& table : kTables)
        if (resource == QLatin1String(table.resource))
            tables << QLatin1String(table.name);
    return tables;
}

QString BulkLoad::recorded(const QString& resource, bool* found, bool* ok)
{
    CipherDatabase::Statement s = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    s.bind(1, QString::fromUtf8(metaKey(resource)));
    const CipherDatabase::Statement::Step step = s.step();
    *ok = s.isValid() && step != CipherDatabase::Statement::Step::Error;
    *found = step == CipherDatabase::Statement::Step::Row;
    return *found ? s.text(0) : QString();
}

QString BulkLoad::recordKey(const QString& resource) { return QString::fromUtf8(metaKey(resource)); }

bool BulkLoad::isActive(const QString& resource, bool* ok)
{
    bool found = false;
    recorded(resource, &found, ok);
    return found;
}

QStringList BulkLoad::active()
{
    QStringList resources;
    CipherDatabase::Statement s =
        m_db.prepare("SELECT substr(key, 11) FROM meta WHERE key LIKE 'bulk\\_load:%' ESCAPE '\\'");
    while (s.step() == CipherDatabase::Statement::Step::Row)
        resources << s.text(0);
    return resources;
}

bool BulkLoad::begin(const QString& resource)
{
    // Every index of the tables, whoever made it (later schema versions add their own); the
    // UNIQUE ones first, so that duplicates are found before anything else is built.
    QJsonArray indexes;
    for (const QString& table : tablesOf(resource)) {
        CipherDatabase::Statement s = m_db.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL "
            "ORDER BY sql LIKE 'CREATE UNIQUE%' DESC, name");
        s.bind(1, table);
        QStringList names;
        while (s.step() == CipherDatabase::Statement::Step::Row) {
            names << s.text(0);
            indexes.append(
                QJsonObject{{QStringLiteral("table"), table},
                            {QStringLiteral("sql"), s.text(1)},
                            {QStringLiteral("unique"), s.text(1).startsWith(QLatin1String("CREATE UNIQUE"))}});
        }
        s.reset();
        for (const QString& name : std::as_const(names)) {
            // A name from sqlite_master, quoted as an identifier.
            const QByteArray drop = "DROP INDEX \"" + name.toUtf8().replace('"', "\"\"") + '"';
            if (!m_db.exec(drop.constData()))
                return false;
        }
        // The tables' triggers too: with a trigger every INSERT needs a statement journal, and
        // SQLCipher encrypts each page it journals (the right-edge page, once per row). What the
        // triggers record is redone for the whole table when the bulk load ends
        // (CacheSchema::kAfterBulkLoad).
        CipherDatabase::Statement t =
            m_db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?1 ORDER BY name");
        t.bind(1, table);
        QStringList triggers;
        while (t.step() == CipherDatabase::Statement::Step::Row) {
            triggers << t.text(0);
            indexes.append(QJsonObject{{QStringLiteral("table"), table},
                                       {QStringLiteral("sql"), t.text(1)},
                                       {QStringLiteral("trigger"), true}});
        }
        t.reset();
        for (const QString& name : std::as_const(triggers)) {
            const QByteArray drop = "DROP TRIGGER \"" + name.toUtf8().replace('"', "\"\"") + '"';
            if (!m_db.exec(drop.constData()))
                return false;
        }
    }
    CipherDatabase::Statement record = m_db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    record.bind(1, QString::fromUtf8(metaKey(resource)));
    record.bind(2, QString::fromUtf8(QJsonDocument(indexes).toJson(QJsonDocument::Compact)));
    if (!record.run())
        return false;
    qCInfo(lcCache).noquote() << "bulk load of" << resource << "begins;" << indexes.size() << "indexes dropped";
    return true;
}

bool BulkLoad::removeDuplicates(const QString& table)
{
    const char* key = nullptr;
    for (const Table& t : kTables)
        if (table == QLatin1String(t.name))
            key = t.naturalKey;
    if (!key)
        return false;
    const QByteArray newest = "SELECT max(row_id) FROM " + table.toUtf8() + " GROUP BY " + key;
    if (table == QLatin1String("orders")) {
        // The items of a replaced version are its row_id's range (CacheSchema, version 3).
        const QByteArray items = "DELETE FROM order_items WHERE (row_id >> "
                                 + QByteArray::number(CacheSchema::kItemRowShift)
                                 + ") IN (SELECT row_id FROM orders WHERE row_id NOT IN (" + newest + "))";
        if (!m_db.exec(items.constData()))
            return false;
    }
    const QByteArray rows = "DELETE FROM " + table.toUtf8() + " WHERE row_id NOT IN (" + newest + ")";
    return m_db.exec(rows.constData());
}

bool BulkLoad::finish(const QString& resource)
{
    bool found = false, ok = false;
    const QString value = recorded(resource, &found, &ok);
    if (!ok)
        return false;
    if (!found)
        return true;
    const QJsonArray indexes = QJsonDocument::fromJson(value.toUtf8()).array();
    qint64 duplicates = 0;
    bool triggers = false;
    for (const QJsonValue& entry : indexes) {
        const QJsonObject index = entry.toObject();
        const QByteArray sql = index.value(QLatin1String("sql")).toString().toUtf8();
        const QString table = index.value(QLatin1String("table")).toString();
        // Most first syncs have no duplicate: building the UNIQUE index is the check. Only when it
        // fails are the replaced rows removed (one sort more) and the index built again.
        int rc = m_db.execStatus(sql.constData());
        triggers = triggers || index.value(QLatin1String("trigger")).toBool();
        if (rc == SQLITE_CONSTRAINT && index.value(QLatin1String("unique")).toBool()) {
            const QByteArray count = "SELECT count(*) FROM " + table.toUtf8();
            const qint64 before = m_db.scalar(count.constData());
            if (!removeDuplicates(table))
                return false;
            duplicates += before - m_db.scalar(count.constData());
            rc = m_db.execStatus(sql.constData());
        }
        if (rc != SQLITE_OK) {
            qCWarning(lcCache).noquote() << "bulk load of" << resource
                                         << "could not create an index:" << m_db.lastError();
            return false;
        }
    }
    if (triggers && !m_db.exec(CacheSchema::kAfterBulkLoad))
        return false;
    // The orders' search index (schema v7) missed the appended rows with its triggers: built again,
    // from the orders and items as they now stand (replaced versions removed above).
    if (resource == QLatin1String("orders") && !m_db.exec(CacheSchema::kSearchRebuild))
        return false;
    CipherDatabase::Statement forget = m_db.prepare("DELETE FROM meta WHERE key = ?1");
    forget.bind(1, QString::fromUtf8(metaKey(resource)));
    if (!forget.run())
        return false;
    qCInfo(lcCache).noquote() << "bulk load of" << resource << "finished;" << duplicates << "replaced rows removed,"
                              << indexes.size() << "indexes built";
    return true;
}

} // namespace sp
