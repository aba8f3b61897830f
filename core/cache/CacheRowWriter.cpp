#include "cache/CacheRowWriter.h"

#include "cache/CacheSchema.h"
#include "expenses/ExpenseRows.h"
#include "restock/RestockSettingRows.h"

#include <QList>

#include <optional>

namespace sp {

namespace {

void bindMoney(CipherDatabase::Statement& s, int index, const std::optional<qint64>& cents)
{
    if (cents)
        s.bind(index, *cents);
    else
        s.bindNull(index);
}

} // namespace

bool CacheRowWriter::prepare()
{
    m_sql.marketplace = m_db.prepare(
        "INSERT OR REPLACE INTO marketplaces (id, country_code, name, currency, region) VALUES (?1, ?2, ?3, ?4, ?5)");
    m_sql.order =
        m_db.prepare("INSERT OR REPLACE INTO orders (id, marketplace_id, purchase_date, last_update_date, status, "
                     "fulfillment_channel, currency, order_total_cents) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    m_sql.deleteItems = m_db.prepare("DELETE FROM order_items WHERE order_id = ?1");
    // The item's row_id places it behind its order (CacheSchema::kItemRowShift).
    m_sql.item =
        m_db.prepare("INSERT OR REPLACE INTO order_items (id, order_id, sku, asin, title, quantity, item_price_cents, "
                     "item_tax_cents, shipping_price_cents, promotion_discount_cents, row_id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    // An incremental sync's changed order is updated in place, keeping its row_id (and its items'),
    // instead of REPLACE's delete and re-insert, which moves the row to the table's end and rewrites
    // its entries in every index: each page a commit dirties is encrypted and authenticated, and
    // each one read from the file decrypted. The UPDATE triggers count it exactly (CacheSchema v6).
    m_sql.orderRow = m_db.prepare("SELECT row_id FROM orders WHERE id = ?1");
    m_sql.updateOrder =
        m_db.prepare("UPDATE orders SET marketplace_id = ?2, purchase_date = ?3, last_update_date = ?4, status = ?5, "
                     "fulfillment_channel = ?6, currency = ?7, order_total_cents = ?8 WHERE row_id = ?1");
    m_sql.itemsOfOrder = m_db.prepare(
        "SELECT id, sku, asin, title, quantity, item_price_cents, item_tax_cents, shipping_price_cents, "
        "promotion_discount_cents, row_id FROM order_items WHERE row_id BETWEEN (?1 << 16) AND (?1 << 16) + 65535 "
        "ORDER BY row_id");
    m_sql.updateItem =
        m_db.prepare("UPDATE order_items SET sku = ?3, asin = ?4, title = ?5, quantity = ?6, item_price_cents = ?7, "
                     "item_tax_cents = ?8, shipping_price_cents = ?9, promotion_discount_cents = ?10 "
                     "WHERE row_id = ?1 AND id = ?2");
    m_sql.product = m_db.prepare(
        "INSERT OR REPLACE INTO products (sku, asin, title, marketplace_ids, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)");
    m_sql.inventory = m_db.prepare(
        "INSERT OR REPLACE INTO inventory (sku, region, fulfillable, inbound, reserved, unfulfillable, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    // Version 10 added settlement_id; the tests write events into files of older schemas too.
    m_sql.event = m_db.prepare(
        "INSERT OR REPLACE INTO financial_events (id, type, charge, posted_at, marketplace_id, currency, amount_cents, "
        "order_id, order_item_id, sku, settlement_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    m_eventsHaveSettlement = m_sql.event.isValid();
    if (!m_eventsHaveSettlement)
        m_sql.event =
            m_db.prepare("INSERT OR REPLACE INTO financial_events (id, type, charge, posted_at, marketplace_id, "
                         "currency, amount_cents, order_id, order_item_id, sku) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    m_sql.unitCost =
        m_db.prepare("INSERT OR REPLACE INTO unit_costs (sku, currency, effective_from, unit_cost_cents, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5)");
    return m_sql.marketplace.isValid() && m_sql.order.isValid() && m_sql.deleteItems.isValid() && m_sql.item.isValid()
           && m_sql.product.isValid() && m_sql.inventory.isValid() && m_sql.event.isValid() && m_sql.unitCost.isValid()
           && m_sql.orderRow.isValid() && m_sql.updateOrder.isValid() && m_sql.itemsOfOrder.isValid()
           && m_sql.updateItem.isValid();
}

bool CacheRowWriter::updateOrderInPlace(const DecodedPage::Order& o, bool* updated)
{
    *updated = false;
    m_sql.orderRow.bind(1, o.id);
    const CipherDatabase::Statement::Step found = m_sql.orderRow.step();
    const qint64 orderRow = found == CipherDatabase::Statement::Step::Row ? m_sql.orderRow.int64(0) : 0;
    m_sql.orderRow.reset();
    if (found == CipherDatabase::Statement::Step::Error)
        return false;
    if (found != CipherDatabase::Statement::Step::Row)
        return true; // a new order: inserted
    auto& s = m_sql.updateOrder;
    s.bind(1, orderRow), s.bind(2, o.marketplaceId), s.bind(3, o.purchaseDate), s.bind(4, o.lastUpdateDate);
    s.bind(5, o.status), s.bind(6, o.fulfillmentChannel), s.bind(7, o.currency);
    bindMoney(s, 8, o.totalCents);
    if (!s.run())
        return false;
    // The stored items, in position order. The same ids in the same order: each changed one is
    // updated in place (its update triggers take away its old contribution and add the new one,
    // under the updated order), an unchanged one is left alone (the order's update triggers have
    // already counted it under the updated order). Otherwise the items are replaced as a whole,
    // as for a new order: the order's update trigger has added the old items under the updated
    // order, their delete triggers take exactly that away again.
    auto& q = m_sql.itemsOfOrder;
    auto money = [&q](int column) {
        return q.isNull(column) ? std::optional<qint64>() : std::optional<qint64>(q.int64(column));
    };
    QList<bool> unchanged;
    QList<qint64> rowIds;
    bool sameItems = true;
    q.bind(1, orderRow);
    CipherDatabase::Statement::Step step;
    while ((step = q.step()) == CipherDatabase::Statement::Step::Row) {
        const qsizetype k = unchanged.size();
        if (k >= o.items.size() || q.text(0) != o.items.at(k).id) {
            sameItems = false;
            continue;
        }
        const auto& i = o.items.at(k);
        unchanged.append(q.text(1) == i.sku && q.text(2) == i.asin && q.text(3) == i.title && q.int64(4) == i.quantity
                         && money(5) == i.price && money(6) == i.tax && money(7) == i.shipping
                         && money(8) == i.promotion);
        rowIds.append(q.int64(9));
    }
    q.reset();
    if (step == CipherDatabase::Statement::Step::Error)
        return false;
    if (sameItems && unchanged.size() == o.items.size()) {
        for (qsizetype k = 0; k < o.items.size(); ++k) {
            if (unchanged.at(k))
                continue;
            const auto& i = o.items.at(k);
            auto& t = m_sql.updateItem;
            t.bind(1, rowIds.at(k)), t.bind(2, i.id);
            t.bind(3, i.sku), t.bind(4, i.asin), t.bind(5, i.title), t.bind(6, i.quantity);
            bindMoney(t, 7, i.price), bindMoney(t, 8, i.tax), bindMoney(t, 9, i.shipping);
            bindMoney(t, 10, i.promotion);
            if (!t.run())
                return false;
        }
    } else {
        if (!replaceItems(o, orderRow))
            return false;
    }
    *updated = true;
    return true;
}

bool CacheRowWriter::replaceItems(const DecodedPage::Order& o, qint64 orderRow)
{
    m_sql.deleteItems.bind(1, o.id);
    return m_sql.deleteItems.run() && insertItems(o, orderRow);
}

bool CacheRowWriter::insertItems(const DecodedPage::Order& o, qint64 orderRow)
{
    qint64 position = 0;
    for (const auto& i : o.items) {
        auto& t = m_sql.item;
        t.bind(1, i.id), t.bind(2, o.id), t.bind(3, i.sku), t.bind(4, i.asin), t.bind(5, i.title);
        t.bind(6, i.quantity);
        bindMoney(t, 7, i.price), bindMoney(t, 8, i.tax), bindMoney(t, 9, i.shipping);
        bindMoney(t, 10, i.promotion);
        t.bind(11, (orderRow << CacheSchema::kItemRowShift) + position++);
        if (!t.run())
            return false;
    }
    return true;
}

bool CacheRowWriter::upsert(const DecodedPage& page, bool bulk)
{
    // In a bulk load (BulkLoad) the tables have no index: every statement below only appends
    // (INSERT OR REPLACE meets no conflict), and nothing is looked up by key.
    for (const auto& m : page.marketplaces) {
        auto& s = m_sql.marketplace;
        s.bind(1, m.id), s.bind(2, m.countryCode), s.bind(3, m.name), s.bind(4, m.currency), s.bind(5, m.region);
        if (!s.run())
            return false;
    }
    for (const auto& o : page.orders) {
        if (!bulk) {
            bool updated = false;
            if (!updateOrderInPlace(o, &updated))
                return false;
            if (updated)
                continue;
        }
        auto& s = m_sql.order;
        s.bind(1, o.id), s.bind(2, o.marketplaceId), s.bind(3, o.purchaseDate), s.bind(4, o.lastUpdateDate);
        s.bind(5, o.status), s.bind(6, o.fulfillmentChannel), s.bind(7, o.currency);
        bindMoney(s, 8, o.totalCents);
        if (!s.run())
            return false;
        const qint64 orderRow = m_db.lastInsertRowId();
        // The order's latest version carries all its items: replace them as a whole. (A bulk load
        // removes a replaced version's items when it ends.)
        if (!(bulk ? insertItems(o, orderRow) : replaceItems(o, orderRow)))
            return false;
    }
    for (const auto& p : page.products) {
        auto& s = m_sql.product;
        s.bind(1, p.sku), s.bind(2, p.asin), s.bind(3, p.title), s.bind(4, p.marketplaceIds), s.bind(5, p.updatedAt);
        if (!s.run())
            return false;
    }
    for (const auto& v : page.inventory) {
        auto& s = m_sql.inventory;
        s.bind(1, v.sku), s.bind(2, v.region), s.bind(3, v.fulfillable), s.bind(4, v.inbound);
        s.bind(5, v.reserved), s.bind(6, v.unfulfillable), s.bind(7, v.updatedAt);
        if (!s.run())
            return false;
    }
    for (const auto& e : page.financialEvents) {
        auto& s = m_sql.event;
        s.bind(1, e.id), s.bind(2, e.type), s.bind(3, e.charge), s.bind(4, e.postedAt);
        s.bind(5, e.marketplaceId), s.bind(6, e.currency), s.bind(7, e.amountCents);
        s.bind(8, e.orderId), s.bind(9, e.orderItemId), s.bind(10, e.sku);
        if (m_eventsHaveSettlement)
            s.bind(11, e.settlementId);
        if (!s.run())
            return false;
    }
    for (const auto& c : page.unitCosts) {
        auto& s = m_sql.unitCost;
        s.bind(1, c.sku), s.bind(2, c.currency), s.bind(3, c.effectiveFrom), s.bind(4, c.costCents);
        s.bind(5, c.updatedAt);
        if (!s.run())
            return false;
    }
    // Prepared when first needed: the tests write rows into files of older schemas (before v9) too.
    if (!page.exchangeRates.isEmpty() && !m_sql.rate.isValid())
        m_sql.rate =
            m_db.prepare("INSERT OR REPLACE INTO exchange_rates (day, currency, rate_micros) VALUES (?1, ?2, ?3)");
    for (const auto& x : page.exchangeRates) {
        auto& s = m_sql.rate;
        s.bind(1, x.day), s.bind(2, x.currency), s.bind(3, x.rateMicros);
        if (!s.run())
            return false;
    }
    // Prepared when first needed, as the rates (version 10's table).
    if (!page.settlements.isEmpty() && !m_sql.settlement.isValid())
        m_sql.settlement = m_db.prepare(
            "INSERT OR REPLACE INTO settlements (id, marketplace_id, currency, status, period_start, period_end, "
            "beginning_balance_cents, original_total_cents, reserve_held_cents, reserve_released_cents, event_count, "
            "fund_transfer_status, fund_transfer_date, account_tail, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (!page.settlements.isEmpty() && !m_sql.settlement.isValid())
        return false; // the file has no settlements table (CipherDatabase::lastError says so)
    for (const auto& g : page.settlements) {
        auto& s = m_sql.settlement;
        s.bind(1, g.id), s.bind(2, g.marketplaceId), s.bind(3, g.currency), s.bind(4, g.status);
        s.bind(5, g.periodStart), s.bind(6, g.periodEnd), s.bind(7, g.beginningBalanceCents);
        s.bind(8, g.originalTotalCents), s.bind(9, g.reserveHeldCents), s.bind(10, g.reserveReleasedCents);
        s.bind(11, g.eventCount), s.bind(12, g.fundTransferStatus), s.bind(13, g.fundTransferDate);
        s.bind(14, g.accountTail), s.bind(15, g.updatedAt);
        if (!s.run())
            return false;
    }
    if (!page.expenses.isEmpty() && !ExpenseRows::write(m_db, page.expenses)) // issue 17: upsert, tombstones delete
        return false;
    return page.restockSettings.isEmpty() || RestockSettingRows::write(m_db, page.restockSettings); // issue 18
}

} // namespace sp
