#include "support/CacheSummary.h"

#include "cache/CipherDatabase.h"
#include "log/LogRedactor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QStringList>

namespace sp {

namespace {

using Step = CipherDatabase::Statement::Step;

QByteArray quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return '"' + escaped.toUtf8() + '"';
}

QStringList column(CipherDatabase& db, const QByteArray& sql, int index = 0)
{
    QStringList values;
    auto statement = db.prepare(sql.constData());
    if (!statement.isValid())
        return values;
    while (statement.step() == Step::Row)
        values.append(statement.text(index));
    return values;
}

bool isDateColumn(const QString& name)
{
    return name.endsWith(QLatin1String("_at")) || name.endsWith(QLatin1String("_date"));
}

// Only values that are dates leave the cache: a column named like a date that held anything else
// would otherwise leak it.
QString asDate(const QString& value)
{
    const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
    if (time.isValid())
        return time.toUTC().toString(Qt::ISODate);
    const QDate date = QDate::fromString(value, Qt::ISODate);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject tableShape(CipherDatabase& db, const QString& table)
{
    QJsonObject shape;
    shape.insert(QStringLiteral("rows"),
                 db.scalar(QByteArray("SELECT COUNT(*) FROM " + quoted(table)).constData(), -1));
    QJsonObject spans;
    const QStringList columns = column(db, QByteArray("PRAGMA table_info(" + quoted(table) + ")"), 1);
    for (const QString& name : columns) {
        if (!isDateColumn(name))
            continue;
        const QByteArray sql = "SELECT MIN(" + quoted(name) + "), MAX(" + quoted(name) + ") FROM " + quoted(table);
        auto statement = db.prepare(sql.constData());
        if (statement.isValid() && statement.step() == Step::Row) {
            const QString first = asDate(statement.text(0));
            const QString last = asDate(statement.text(1));
            if (!first.isEmpty() && !last.isEmpty())
                spans.insert(name, QJsonObject{{QStringLiteral("first"), first}, {QStringLiteral("last"), last}});
        }
    }
    if (!spans.isEmpty())
        shape.insert(QStringLiteral("date_spans"), spans);
    return shape;
}

QJsonArray marketplaces(CipherDatabase& db)
{
    QJsonArray list;
    // Amazon's marketplace ids are public constants (A1PA6795UKMFR9 is amazon.de), not seller data.
    auto statement =
        db.prepare("SELECT m.id, m.country_code, m.currency, m.region, "
                   "(SELECT COUNT(*) FROM orders o WHERE o.marketplace_id = m.id) FROM marketplaces m ORDER BY m.id");
    if (!statement.isValid())
        return list;
    while (statement.step() == Step::Row) {
        list.append(QJsonObject{{QStringLiteral("id"), statement.text(0)},
                                {QStringLiteral("country_code"), statement.text(1)},
                                {QStringLiteral("currency"), statement.text(2)},
                                {QStringLiteral("region"), statement.text(3)},
                                {QStringLiteral("orders"), statement.int64(4)}});
    }
    return list;
}

QJsonObject distribution(CipherDatabase& db, const char* sql)
{
    QJsonObject counts;
    auto statement = db.prepare(sql);
    if (!statement.isValid())
        return counts;
    while (statement.step() == Step::Row)
        counts.insert(statement.text(0), statement.int64(1));
    return counts;
}

QJsonArray syncState(CipherDatabase& db)
{
    QJsonArray list;
    const QStringList columns = column(db, "PRAGMA table_info(sync_state)", 1);
    const bool hasError = columns.contains(QLatin1String("last_error"));
    auto statement = db.prepare(hasError ? "SELECT resource, cursor IS NOT NULL AND cursor <> '', last_synced_at, "
                                           "item_count, last_error FROM sync_state ORDER BY resource"
                                         : "SELECT resource, cursor IS NOT NULL AND cursor <> '', last_synced_at, "
                                           "item_count, NULL FROM sync_state ORDER BY resource");
    if (!statement.isValid())
        return list;
    while (statement.step() == Step::Row) {
        QJsonObject entry{{QStringLiteral("resource"), statement.text(0)},
                          {QStringLiteral("cursor_present"), statement.int64(1) != 0},
                          {QStringLiteral("last_synced_at"), asDate(statement.text(2))},
                          {QStringLiteral("item_count"), statement.int64(3)}};
        if (!statement.isNull(4))
            entry.insert(QStringLiteral("last_error"), LogRedactor::redact(statement.text(4).left(500)));
        list.append(entry);
    }
    return list;
}

} // namespace

QJsonObject CacheSummary::read(CipherDatabase& db, const std::function<void()>& betweenReads)
{
    QJsonObject summary;
    // A deferred transaction takes its snapshot at the first read and keeps it until the end.
    const bool snapshot = db.exec("BEGIN");
    summary.insert(QStringLiteral("schema_version"), db.userVersion());
    QJsonObject tables;
    const QStringList names =
        column(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    for (const QString& name : names)
        tables.insert(name, tableShape(db, name));
    summary.insert(QStringLiteral("tables"), tables);
    if (betweenReads)
        betweenReads();
    summary.insert(QStringLiteral("marketplaces"), marketplaces(db));
    QStringList currencies = column(db, "SELECT currency FROM orders UNION SELECT currency FROM financial_events "
                                        "UNION SELECT currency FROM marketplaces ORDER BY 1");
    currencies.removeAll(QString());
    summary.insert(QStringLiteral("currencies"), QJsonArray::fromStringList(currencies));
    summary.insert(QStringLiteral("order_statuses"),
                   distribution(db, "SELECT status, COUNT(*) FROM orders GROUP BY status ORDER BY status"));
    summary.insert(QStringLiteral("fulfillment_channels"),
                   distribution(db, "SELECT fulfillment_channel, COUNT(*) FROM orders GROUP BY 1 ORDER BY 1"));
    summary.insert(QStringLiteral("sync"), syncState(db));
    if (snapshot)
        db.exec("COMMIT");
    summary.insert(QStringLiteral("one_snapshot"), snapshot);
    if (db.damaged())
        summary.insert(QStringLiteral("damaged"), true);
    return summary;
}

} // namespace sp
