#pragma once

// Caches as SQLCipher 3.4.1 wrote them, for the format conversion's tests: a reference cache is
// written by the app's own writer (current format: real pages, summaries at the end of the run),
// dumped to SQL, and replayed by Debian's SQLCipher 3.4.1 shell (/usr/bin/sqlcipher) into a 3.x
// file keyed the way the app keyed it (raw key, 1,024-byte pages), optionally killed with its rows
// still in the -wal, as a 3.4.1 app that crashed leaves it.
#include "cache/CacheFiles.h"
#include "cache/CacheWriter.h"
#include "cache/CipherDatabase.h"
#include "cache/SecureBytes.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>

#include <signal.h>

namespace sp::test {

inline const QString kSqlcipher3Shell = QStringLiteral("/usr/bin/sqlcipher");

inline QJsonObject legacyOrder(int i)
{
    const QString id = QStringLiteral("302-4440000-%1").arg(i, 7, 10, QLatin1Char('0'));
    const QString price = QStringLiteral("%1.%2").arg(10 + i % 40).arg(i % 100, 2, 10, QLatin1Char('0'));
    const QJsonObject item{{QStringLiteral("id"), QStringLiteral("1%1").arg(i, 7, 10, QLatin1Char('0'))},
                           {QStringLiteral("sku"), QStringLiteral("SKU-%1").arg(i % 37)},
                           {QStringLiteral("asin"), QStringLiteral("B0TEST%1").arg(i % 37, 4, 10, QLatin1Char('0'))},
                           {QStringLiteral("title"), QStringLiteral("Garden hose %1").arg(i % 37)},
                           {QStringLiteral("quantity"), 1 + i % 3},
                           {QStringLiteral("item_price"), price},
                           {QStringLiteral("item_tax"), QStringLiteral("1.90")},
                           {QStringLiteral("shipping_price"), QStringLiteral("0.00")},
                           {QStringLiteral("promotion_discount"), QStringLiteral("-0.10")}};
    const QString day = QStringLiteral("2026-01-%1T10:00:00Z").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("marketplace_id"), i % 4 ? QStringLiteral("A1PA6795UKMFR9") : QStringLiteral("A13V1IB3VIYZZH")},
        {QStringLiteral("purchase_date"), day},
        {QStringLiteral("last_update_date"), day},
        {QStringLiteral("status"), i % 5 ? QStringLiteral("Shipped") : QStringLiteral("Pending")},
        {QStringLiteral("fulfillment_channel"), QStringLiteral("AFN")},
        {QStringLiteral("currency"), QStringLiteral("EUR")},
        {QStringLiteral("order_total"), price},
        {QStringLiteral("items"), QJsonArray{item}}};
}

// A closed cache in the current format with `count` orders and the summaries of a finished run.
inline bool writeReferenceCache(const QString& path, const QByteArray& key, int count)
{
    CacheWriter writer;
    QString message;
    if (writer.openFile(path, key, &message) != CipherDatabase::OpenError::None)
        return false;
    QString cursor;
    for (int start = 0; start < count; start += 500) {
        QJsonArray orders;
        for (int i = start; i < qMin(start + 500, count); ++i)
            orders.append(legacyOrder(i));
        const QString next = QStringLiteral("c%1").arg(start);
        const QJsonObject page{{QStringLiteral("orders"), orders},
                               {QStringLiteral("next_cursor"), next},
                               {QStringLiteral("has_more"), start + 500 < count},
                               {QStringLiteral("server_time"), QStringLiteral("2026-02-01T00:00:00Z")}};
        if (writer.writePage(QStringLiteral("orders"), cursor, page).status != CacheWriter::WriteStatus::Written)
            return false;
        cursor = next;
    }
    if (!writer.finishRun(QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC), &message))
        return false;
    writer.closeFile();
    return true;
}

// Every row of one table as an SQL literal list, sorted (REAL at full precision).
inline QStringList tableRows(CipherDatabase& db, const QString& table, const QString& leaveOut = QString())
{
    QStringList columns;
    {
        const QByteArray info = "PRAGMA table_info(\"" + table.toUtf8() + "\")";
        auto statement = db.prepare(info.constData());
        while (statement.step() == CipherDatabase::Statement::Step::Row)
            if (statement.text(1) != leaveOut)
                columns.append(QStringLiteral("CASE typeof(\"%1\") WHEN 'real' THEN printf('%!.17g', \"%1\") ELSE "
                                              "quote(\"%1\") END")
                                   .arg(statement.text(1)));
    }
    const QByteArray select =
        "SELECT " + columns.join(QStringLiteral(" || ',' || ")).toUtf8() + " FROM \"" + table.toUtf8() + "\"";
    QStringList rows;
    auto statement = db.prepare(select.constData());
    while (statement.step() == CipherDatabase::Statement::Step::Row)
        rows.append(statement.text(0));
    rows.sort();
    return rows;
}

// The orders' search index (schema v7: FTS5, which SQLCipher 3.4.1 lacks): a 3.x cache predates
// it, and the v7 migration builds it after the conversion, so it is neither copied nor compared.
inline bool isSearchIndex(const QString& name)
{
    // v7's search index, v8's sort indexes, v9's exchange rates, v10's settlements, v11's expenses and
    // the what-if's scenarios, the alerts and the restock settings (issue 18): a cache of 3.4.1's day was at most v6; the migration
    // after the conversion makes them (financial_events.settlement_id: dumpSql leaves it out).
    return name == QLatin1String("exchange_rates") || name.startsWith(QLatin1String("settlements"))
           || name == QLatin1String("financial_events_by_settlement") || name == QLatin1String("expenses")
           || name == QLatin1String("whatif_scenarios") || name == QLatin1String("alerts")
           || name.startsWith(QLatin1String("restock_settings")) || name.startsWith(QLatin1String("order_id_search"))
           || name.startsWith(QLatin1String("item_text")) || name.contains(QLatin1String("_search_"))
           || name.startsWith(QLatin1String("orders_sort_"))
           || name.startsWith(QLatin1String("financial_events_sort_"));
}

// The app's tables (not SQLite's own) and their rows.
inline QMap<QString, QStringList> allRows(CipherDatabase& db)
{
    QStringList tables;
    {
        auto statement = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (statement.step() == CipherDatabase::Statement::Step::Row)
            if (!isSearchIndex(statement.text(0)))
                tables.append(statement.text(0));
    }
    QMap<QString, QStringList> rows;
    for (const QString& table : tables)
        rows.insert(table, tableRows(db, table));
    return rows;
}

// The whole file as SQL that SQLite 3.15 runs: tables, their rows, then indexes, triggers and
// views (so that no trigger fires on the copied rows), and the schema version.
inline QByteArray dumpSql(CipherDatabase& db)
{
    QByteArray sql = "PRAGMA user_version = " + QByteArray::number(qMin(db.userVersion(), 6)) + ";\n";
    QByteArray later;
    auto statement = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                                "AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
    while (statement.step() == CipherDatabase::Statement::Step::Row) {
        if (isSearchIndex(statement.text(1)))
            continue;
        if (statement.text(0) != QLatin1String("table")) {
            later += statement.text(2).toUtf8() + ";\n";
            continue;
        }
        const QString table = statement.text(1);
        // v10 added financial_events.settlement_id (ALTER TABLE: the last column); a v6 file has none.
        const QString leaveOut =
            table == QLatin1String("financial_events") ? QStringLiteral("settlement_id") : QString();
        QString create = statement.text(2);
        if (!leaveOut.isEmpty())
            create.remove(QStringLiteral(", settlement_id TEXT"));
        sql += create.toUtf8() + ";\n";
        for (const QString& row : tableRows(db, table, leaveOut))
            sql += "INSERT INTO \"" + table.toUtf8() + "\" VALUES(" + row.toUtf8() + ");\n";
    }
    return sql + later;
}

// Runs `sql` in Debian's SQLCipher 3.4.1 shell on `path` (created 0600 first) keyed as the app
// keyed its 3.x files, in WAL mode. `leaveWal`: the shell is killed once the rows are committed,
// so that they are still in the -wal. The key goes through stdin, never argv.
inline bool makeSqlcipher3Cache(const QString& path, const QByteArray& key, const QByteArray& sql, bool leaveWal,
                                QString* error)
{
    if (!CacheFiles::prepareFile(path, error))
        return false;
    QProcess shell;
    shell.start(kSqlcipher3Shell, {path});
    if (!shell.waitForStarted()) {
        *error = QStringLiteral("cannot start %1").arg(kSqlcipher3Shell);
        return false;
    }
    QByteArray input = "PRAGMA key = \"x'" + SecureBytes::toHex(key).toByteArray() + "'\";\n"
                       + "PRAGMA cipher_page_size = 1024;\nPRAGMA journal_mode = WAL;\nPRAGMA wal_autocheckpoint = 0;\n"
                       + "BEGIN;\n" + sql + "COMMIT;\nSELECT 'rows-' || 'committed';\n";
    shell.write(input);
    SecureBytes::wipe(input);
    if (!leaveWal)
        shell.closeWriteChannel();
    QByteArray output;
    while (!output.contains("rows-committed") && shell.state() == QProcess::Running && shell.waitForReadyRead(60000))
        output += shell.readAllStandardOutput();
    output += shell.readAllStandardOutput();
    if (!output.contains("rows-committed")) {
        *error = QString::fromUtf8(output + shell.readAllStandardError());
        return false;
    }
    if (leaveWal)
        ::kill(pid_t(shell.processId()), SIGKILL);
    shell.closeWriteChannel();
    shell.waitForFinished(30000);
    const QByteArray errors = shell.readAllStandardError();
    if (!errors.isEmpty()) {
        *error = QString::fromUtf8(errors);
        return false;
    }
    CacheFiles::restrictPermissions(path);
    return true;
}

// What the 3.4.1 shell answers to `query` on `path` with SQLCipher 3's settings.
inline QByteArray sqlcipher3Answer(const QString& path, const QByteArray& key, const QByteArray& query)
{
    QProcess shell;
    shell.start(kSqlcipher3Shell, {path});
    if (!shell.waitForStarted())
        return QByteArray();
    QByteArray input = "PRAGMA key = \"x'" + SecureBytes::toHex(key).toByteArray()
                       + "'\";\nPRAGMA cipher_page_size = 1024;\n" + query + "\n.quit\n";
    shell.write(input);
    SecureBytes::wipe(input);
    shell.closeWriteChannel();
    shell.waitForFinished(60000);
    return shell.readAllStandardOutput().trimmed() + shell.readAllStandardError().trimmed();
}

inline QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

} // namespace sp::test
