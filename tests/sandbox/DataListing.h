#pragma once

#include "SandboxHttpClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sp::test {

// Every page of one data listing, followed to its end through next_cursor.
struct DataListing
{
    QList<QJsonObject> rows;
    QString nextCursor; // the last page's, to resume from
    int pages = 0;
    QString failure; // empty when every page answered 200 with a well-formed page

    // `query` is extra percent-encoded query text such as "updated_since=..." (used for the first page only).
    static DataListing fetch(SandboxHttpClient& client, const QString& path, const QString& arrayKey,
                             const QByteArray& bearer, int limit, const QString& startCursor = {},
                             const QString& query = {})
    {
        DataListing listing;
        QString cursor = startCursor;
        for (int guard = 0; guard < 100000; ++guard) {
            QString url = path + QStringLiteral("?limit=%1").arg(limit);
            if (!cursor.isEmpty())
                url += QStringLiteral("&cursor=") + cursor;
            else if (!query.isEmpty())
                url += QLatin1Char('&') + query;
            const HttpResult result = client.get(url, bearer);
            if (result.status != 200) {
                listing.failure = QStringLiteral("%1 answered %2 %3")
                                      .arg(url)
                                      .arg(result.status)
                                      .arg(QString::fromUtf8(result.body.left(300)));
                return listing;
            }
            const QJsonObject page = result.json();
            if (!page.value(arrayKey).isArray() || !page.value(QStringLiteral("next_cursor")).isString()
                || !page.value(QStringLiteral("has_more")).isBool()
                || !page.value(QStringLiteral("server_time")).isString()) {
                listing.failure = QStringLiteral("%1: malformed page").arg(url);
                return listing;
            }
            ++listing.pages;
            const QJsonArray rows = page.value(arrayKey).toArray();
            if (rows.size() > limit) {
                listing.failure = QStringLiteral("%1: %2 rows on a page of %3").arg(url).arg(rows.size()).arg(limit);
                return listing;
            }
            for (const QJsonValue& row : rows)
                listing.rows.append(row.toObject());
            cursor = page.value(QStringLiteral("next_cursor")).toString();
            listing.nextCursor = cursor;
            if (!page.value(QStringLiteral("has_more")).toBool())
                return listing;
        }
        listing.failure = QStringLiteral("the listing never ended");
        return listing;
    }
};

} // namespace sp::test
