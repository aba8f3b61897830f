#pragma once

#include "cache/TableQuerySql.h"

#include <QString>

namespace sp {

// The orders' search (schema v7, docs/cache-and-sync.md "Searching the orders"): what the orders
// table's filter text becomes in SQL. A term matches an order when it is a substring, case-insensitive
// for ASCII (LIKE's rules, `%` and `_` literal), of the order's id or of an item's SKU, ASIN or title.
// Ids are found through the trigram index (terms of 3 characters or more; a shorter term matches an
// id only whole), item texts through the table of distinct texts. Internal to core/cache.
class OrderSearchSql
{
public:
    explicit OrderSearchSql(const QString& term);

    // How a page of matches is found: `Sparse` collects every matching order and sorts them (few
    // matches); `Dense` walks the orders in the page's index order and checks each (many matches:
    // the first page comes after a few hundred orders, whatever the total).
    enum class Plan { Sparse, Dense };
    // Adds "this order matches" to `where`, phrased for `plan`.
    void addTo(TableQuerySql::Where& where, Plan plan) const;
    // The matching orders counted, without any other filter: stops after `cap` (<= 0: no cap).
    qint64 countMatches(CipherDatabase& db, qint64 cap, QString* error) const;
    // The search as the table searched before v7 (a LIKE over every order and item): while a bulk load
    // of the orders runs (the index is built when it ends), and the reference the tests compare with.
    static void addBruteForce(TableQuerySql::Where& where, const QString& term);

private:
    // Row ids of the matching orders, an order possibly more than once: "SELECT ... AS r ...".
    QByteArray matchesSql() const;
    QList<QVariant> matchesValues() const;
    QByteArray idMatchesSql() const;
    QList<QVariant> idMatchesValues() const;

    QString m_term;
    QString m_pattern;    // LIKE pattern
    QString m_idTrigrams; // FTS5 query: every trigram of the term (empty under 3 characters)
};

} // namespace sp
