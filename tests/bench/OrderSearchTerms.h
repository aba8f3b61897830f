#pragma once

// The fixed list of searches behind `orders_table.search_ms` (issue 15), in one place so that every
// measurement of it (bench_orders_table --search now, the asynchronous orders model later) types the
// same: an order id fragment, a full order id, a SKU, an ASIN, a title word and a word matching
// nothing. The values come from the cache itself (the order in the middle of the table and its first
// item), so the list fits whichever cache is measured.
#include "cache/CipherDatabase.h"

#include <QList>
#include <QString>

namespace sp::bench {

struct OrderSearchTerm
{
    const char* what;
    QString term;
};

// Empty when the cache holds no order with an item.
inline QList<OrderSearchTerm> orderSearchTerms(CipherDatabase& db)
{
    CipherDatabase::Statement s =
        db.prepare("SELECT o.id, i.sku, i.asin, i.title FROM orders o JOIN order_items i ON i.order_id = o.id "
                   "WHERE o.row_id >= (SELECT max(row_id) / 2 FROM orders) ORDER BY o.row_id, i.row_id LIMIT 1");
    if (s.step() != CipherDatabase::Statement::Step::Row)
        return {};
    const QString id = s.text(0);
    const QString title = s.text(3);
    // The title's second word (its material in the sandbox's titles, e.g. "Glass"), else its first.
    const QString word = title.section(QLatin1Char(' '), 1, 1).isEmpty() ? title.section(QLatin1Char(' '), 0, 0)
                                                                         : title.section(QLatin1Char(' '), 1, 1);
    return {{"order id fragment", id.mid(4, 7)},
            {"full order id", id},
            {"SKU", s.text(1)},
            {"ASIN", s.text(2)},
            {"title word", word},
            {"no match", QStringLiteral("zq-no-such-order")}};
}

} // namespace sp::bench
