#include "cache/CacheSchemaIndexes.h"

namespace sp {

namespace {

// Version 7 (issue 15): the orders' search index (docs/cache-and-sync.md, "Searching the orders").
// Order ids: an FTS5 trigram index over orders.id (external content: the ids are not stored twice;
// detail=none: only which orders hold a trigram, enough to narrow a substring match that the query
// then checks with LIKE on the candidates). Item texts: a seller has few distinct (SKU, ASIN, title)
// triples however many orders there are, so they are kept once each (item_texts, searched with the
// same LIKE as before) with the list of items carrying each (item_text_items, clustered by text):
// a match among the texts leads straight to its items, hence (row_id >> 16) to its orders.
// Triggers keep both in step with every insert, replace (recursive_triggers: a REPLACE fires the
// delete trigger), update and delete; a bulk load drops them with the tables' other triggers and
// rebuilds the index when it ends (kSearchRebuild). No conflict clause on item_texts: a trigger's
// statement takes the outer statement's (the writer's INSERT OR REPLACE would make OR IGNORE a
// REPLACE, giving a known text a new text_id behind its items' backs). A text no item carries any more stays in
// item_texts until then: it leads to no order.
const char* const kSearchIndex = R"sql(
CREATE VIRTUAL TABLE order_id_search USING fts5(
    id, content='orders', content_rowid='row_id', tokenize='trigram', detail='none');
CREATE TABLE item_texts (text_id INTEGER PRIMARY KEY, sku TEXT NOT NULL, asin TEXT NOT NULL, title TEXT NOT NULL);
CREATE UNIQUE INDEX item_texts_unique ON item_texts(sku, asin, title);
CREATE TABLE item_text_items (
    text_id INTEGER NOT NULL, item_row INTEGER NOT NULL, PRIMARY KEY (text_id, item_row)) WITHOUT ROWID;

CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN
    INSERT INTO order_id_search (rowid, id) VALUES (NEW.row_id, NEW.id);
END;
CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN
    INSERT INTO order_id_search (order_id_search, rowid, id) VALUES ('delete', OLD.row_id, OLD.id);
END;
CREATE TRIGGER orders_search_update AFTER UPDATE OF id, row_id ON orders BEGIN
    INSERT INTO order_id_search (order_id_search, rowid, id) VALUES ('delete', OLD.row_id, OLD.id);
    INSERT INTO order_id_search (rowid, id) VALUES (NEW.row_id, NEW.id);
END;
CREATE TRIGGER order_items_search_insert AFTER INSERT ON order_items BEGIN
    INSERT INTO item_texts (sku, asin, title) SELECT NEW.sku, NEW.asin, NEW.title WHERE NOT EXISTS
        (SELECT 1 FROM item_texts WHERE sku = NEW.sku AND asin = NEW.asin AND title = NEW.title);
    INSERT OR IGNORE INTO item_text_items (text_id, item_row)
        SELECT text_id, NEW.row_id FROM item_texts WHERE sku = NEW.sku AND asin = NEW.asin AND title = NEW.title;
END;
CREATE TRIGGER order_items_search_delete AFTER DELETE ON order_items BEGIN
    DELETE FROM item_text_items WHERE item_row = OLD.row_id AND text_id =
        (SELECT text_id FROM item_texts WHERE sku = OLD.sku AND asin = OLD.asin AND title = OLD.title);
END;
CREATE TRIGGER order_items_search_update AFTER UPDATE OF sku, asin, title, row_id ON order_items BEGIN
    DELETE FROM item_text_items WHERE item_row = OLD.row_id AND text_id =
        (SELECT text_id FROM item_texts WHERE sku = OLD.sku AND asin = OLD.asin AND title = OLD.title);
    INSERT INTO item_texts (sku, asin, title) SELECT NEW.sku, NEW.asin, NEW.title WHERE NOT EXISTS
        (SELECT 1 FROM item_texts WHERE sku = NEW.sku AND asin = NEW.asin AND title = NEW.title);
    INSERT OR IGNORE INTO item_text_items (text_id, item_row)
        SELECT text_id, NEW.row_id FROM item_texts WHERE sku = NEW.sku AND asin = NEW.asin AND title = NEW.title;
END;
)sql";

#undef SP_ITEM_DELTA
#undef SP_ORDER_ITEMS_DELTA
#undef SP_ORDER_COUNT_DELTA
#undef SP_EVENT_DELTA

// Version 8 (issue 15): every sortable column of the orders and finances tables gets an index on
// (column, unique id), so a page in any order, ties broken by the id, is an index walk from either
// end, and the row after a page's last one is a seek (TableQuerySql::Sort). The date indexes
// (purchase_date), (posted_at) become (date, id): the same walks, no sort of tied dates, and the
// day lookups of the summaries still use them. An order's total is indexed as ifnull(total, minimum):
// the pending orders without a total sort first ascending and last descending, as NULL does, and
// the continuation after one of them is an ordinary range. Products (a few hundred rows) need none.
// A bulk load in progress (BulkLoad: its tables' indexes dropped, recorded in meta) forgets the
// replaced date indexes, so they are not made again at its end; the new ones exist from now on.
const char* const kSortIndexes = R"sql(
DROP INDEX IF EXISTS orders_by_purchase_date;
DROP INDEX IF EXISTS financial_events_by_posted_at;
UPDATE meta SET value = (SELECT json_group_array(json(j.value)) FROM json_each(meta.value) j
                         WHERE j.value ->> 'sql' NOT IN (
                             'CREATE INDEX orders_by_purchase_date ON orders(purchase_date)',
                             'CREATE INDEX financial_events_by_posted_at ON financial_events(posted_at)'))
    WHERE key LIKE 'bulk\_load:%' ESCAPE '\';
CREATE INDEX orders_sort_purchase_date ON orders(purchase_date, id);
CREATE INDEX orders_sort_status ON orders(status, id);
CREATE INDEX orders_sort_marketplace ON orders(marketplace_id, id);
CREATE INDEX orders_sort_total ON orders(ifnull(order_total_cents, -9223372036854775807), id);
CREATE INDEX financial_events_sort_posted_at ON financial_events(posted_at, id);
CREATE INDEX financial_events_sort_type ON financial_events(type, id);
CREATE INDEX financial_events_sort_charge ON financial_events(charge, id);
CREATE INDEX financial_events_sort_marketplace ON financial_events(marketplace_id, id);
CREATE INDEX financial_events_sort_amount ON financial_events(amount_cents, id);
)sql";

} // namespace

const char* CacheSchemaIndexes::searchIndex() { return kSearchIndex; }
const char* CacheSchemaIndexes::sortIndexes() { return kSortIndexes; }

} // namespace sp
