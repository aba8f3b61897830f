#include "AccountExportBuilder.h"

#include "CivilTime.h"
#include "CryptoPrimitives.h"
#include "TokenIssuer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace sp {

namespace {

QString timeText(qint64 unixSeconds)
{
    QByteArray text;
    CivilTime::appendRfc3339(&text, unixSeconds);
    return QString::fromLatin1(text);
}

QJsonValue money(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QByteArray document(const QString& name, const QJsonArray& rows)
{
    return QJsonDocument(QJsonObject{{name, rows}}).toJson(QJsonDocument::Indented);
}

} // namespace

QStringList AccountExportBuilder::fileNames()
{
    return {QStringLiteral("account.json"),          QStringLiteral("orders.json"),
            QStringLiteral("products.json"),         QStringLiteral("inventory.json"),
            QStringLiteral("financial-events.json"), QStringLiteral("amazon-connection.json"),
            QStringLiteral("permissions.json"),      QStringLiteral("unit-costs.json"),
            QStringLiteral("expenses.json"),         QStringLiteral("restock-settings.json"),
            QStringLiteral("manifest.json")};
}

QByteArray AccountExportBuilder::ordersJson(const Business& business)
{
    QJsonArray rows;
    for (quint32 index = 0; index < business.orders.size(); ++index) {
        const OrderRow& order = business.orders[index];
        const MarketplaceInfo& market = kMarketplaces[order.marketplace];
        const bool priced = order.status != OrderStatus::Pending; // as on Amazon: no prices while Pending
        const bool taxOnTop = market.vatPermille == 0;
        const QJsonValue null(QJsonValue::Null);
        QJsonArray items;
        qint64 total = 0;
        for (quint32 n = 0; n < order.itemCount; ++n) {
            const OrderItemRow& item = business.items[order.firstItem + n];
            const ProductRow& product = business.products[item.product];
            total += item.priceCents + item.shippingCents - item.promotionCents + (taxOnTop ? item.taxCents : 0);
            items.append(
                QJsonObject{{QStringLiteral("id"), business.orderItemId(order.firstItem + n)},
                            {QStringLiteral("sku"), product.sku},
                            {QStringLiteral("asin"), product.asin},
                            {QStringLiteral("title"), product.title},
                            {QStringLiteral("quantity"), item.quantity},
                            {QStringLiteral("item_price"), priced ? money(item.priceCents) : null},
                            {QStringLiteral("item_tax"), priced ? money(item.taxCents) : null},
                            {QStringLiteral("shipping_price"), priced ? money(item.shippingCents) : null},
                            {QStringLiteral("promotion_discount"), priced ? money(item.promotionCents) : null}});
        }
        rows.append(QJsonObject{
            {QStringLiteral("id"), business.orderId(index)},
            {QStringLiteral("marketplace_id"), QLatin1String(market.id)},
            {QStringLiteral("purchase_date"), timeText(order.purchasedAt)},
            {QStringLiteral("last_update_date"), timeText(order.updatedAt)},
            {QStringLiteral("status"), QLatin1String(orderStatusName(order.status))},
            {QStringLiteral("fulfillment_channel"), order.afn ? QStringLiteral("AFN") : QStringLiteral("MFN")},
            {QStringLiteral("currency"), QLatin1String(market.currency)},
            {QStringLiteral("order_total"), priced ? money(total) : null},
            {QStringLiteral("items"), items}});
    }
    return document(QStringLiteral("orders"), rows);
}

QByteArray AccountExportBuilder::productsJson(const Business& business)
{
    QJsonArray rows;
    for (const ProductRow& product : business.products) {
        QJsonArray marketplaces;
        for (int m = 0; m < kMarketplaceCount; ++m) {
            if (product.marketplaceMask & (1u << m))
                marketplaces.append(QLatin1String(kMarketplaces[m].id));
        }
        rows.append(QJsonObject{{QStringLiteral("sku"), product.sku},
                                {QStringLiteral("asin"), product.asin},
                                {QStringLiteral("title"), product.title},
                                {QStringLiteral("marketplace_ids"), marketplaces},
                                {QStringLiteral("updated_at"), timeText(product.updatedAt)}});
    }
    return document(QStringLiteral("products"), rows);
}

QByteArray AccountExportBuilder::inventoryJson(const Business& business)
{
    QJsonArray rows;
    for (const InventoryRow& row : business.inventory) {
        rows.append(QJsonObject{{QStringLiteral("sku"), business.products[row.product].sku},
                                {QStringLiteral("region"), QLatin1String(regionName(row.region))},
                                {QStringLiteral("fulfillable"), row.fulfillable},
                                {QStringLiteral("inbound"), row.inbound},
                                {QStringLiteral("reserved"), row.reserved},
                                {QStringLiteral("unfulfillable"), row.unfulfillable},
                                {QStringLiteral("updated_at"), timeText(row.updatedAt)}});
    }
    return document(QStringLiteral("inventory"), rows);
}

QByteArray AccountExportBuilder::financialEventsJson(const Business& business)
{
    QJsonArray rows;
    const QJsonValue null(QJsonValue::Null);
    for (quint32 index = 0; index < business.events.size(); ++index) {
        const FinancialEventRow& event = business.events[index];
        const MarketplaceInfo& market = kMarketplaces[event.marketplace];
        const bool hasOrder = event.order != kNoOrder;
        rows.append(QJsonObject{
            {QStringLiteral("id"), business.eventId(index)},
            {QStringLiteral("type"), QLatin1String(eventTypeName(event.type))},
            {QStringLiteral("charge"), QLatin1String(chargeName(event.charge))},
            {QStringLiteral("posted_at"), timeText(event.postedAt)},
            {QStringLiteral("marketplace_id"), QLatin1String(market.id)},
            {QStringLiteral("currency"), QLatin1String(market.currency)},
            {QStringLiteral("amount"), money(event.amountCents)},
            {QStringLiteral("order_id"), hasOrder ? QJsonValue(business.orderId(event.order)) : null},
            {QStringLiteral("order_item_id"),
             hasOrder ? QJsonValue(business.orderItemId(business.orders[event.order].firstItem + event.itemNumber))
                      : null},
            {QStringLiteral("sku"),
             event.product == kNoProduct ? null : QJsonValue(business.products[event.product].sku)}});
    }
    return document(QStringLiteral("financial_events"), rows);
}

std::optional<QByteArray> AccountExportBuilder::build(const Input& input, QString* error)
{
    if (!input.account || !input.business) {
        *error = QCoreApplication::translate("sp::AccountExportBuilder", "The account has no data.");
        return std::nullopt;
    }
    const Business& business = *input.business;
    QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("account.json"),
         QJsonDocument(TokenIssuer::accountJson(*input.account)).toJson(QJsonDocument::Indented)},
        {QStringLiteral("orders.json"), ordersJson(business)},
        {QStringLiteral("products.json"), productsJson(business)},
        {QStringLiteral("inventory.json"), inventoryJson(business)},
        {QStringLiteral("financial-events.json"), financialEventsJson(business)},
        {QStringLiteral("amazon-connection.json"),
         QJsonDocument(input.amazonConnection).toJson(QJsonDocument::Indented)},
        {QStringLiteral("permissions.json"), QJsonDocument(input.permissions).toJson(QJsonDocument::Indented)},
        {QStringLiteral("unit-costs.json"), document(QStringLiteral("unit_costs"), input.unitCosts)},
        {QStringLiteral("expenses.json"), document(QStringLiteral("expenses"), input.expenses)},
        {QStringLiteral("restock-settings.json"), document(QStringLiteral("restock_settings"), input.restockSettings)}};
    QJsonArray listed;
    for (const auto& file : files) {
        listed.append(QJsonObject{
            {QStringLiteral("name"), file.first},
            {QStringLiteral("size_bytes"), static_cast<qint64>(file.second.size())},
            {QStringLiteral("sha256"), QString::fromLatin1(CryptoPrimitives::sha256(file.second).toHex())}});
    }
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("sellerpulse-account-export")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("export_id"), input.exportId},
                               {QStringLiteral("account_id"), input.account->id},
                               {QStringLiteral("created_at"), timeText(input.createdAt)},
                               {QStringLiteral("files"), listed}};
    files.append({QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson(QJsonDocument::Indented)});

    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    QuaZip zip(&buffer);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = QCoreApplication::translate("sp::AccountExportBuilder", "Cannot create the ZIP (error %1).")
                     .arg(zip.getZipError());
        return std::nullopt;
    }
    const QDateTime fileTime = QDateTime::fromSecsSinceEpoch(input.createdAt, Qt::UTC);
    for (const auto& file : files) {
        QuaZipNewInfo info(file.first);
        info.dateTime = fileTime;
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, info) || entry.write(file.second) != file.second.size()) {
            *error = QCoreApplication::translate("sp::AccountExportBuilder", "Cannot write %1 into the ZIP.")
                         .arg(file.first);
            return std::nullopt;
        }
        entry.close();
        if (entry.getZipError() != 0) {
            *error = QCoreApplication::translate("sp::AccountExportBuilder", "Cannot write %1 into the ZIP.")
                         .arg(file.first);
            return std::nullopt;
        }
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = QCoreApplication::translate("sp::AccountExportBuilder", "Cannot finish the ZIP (error %1).")
                     .arg(zip.getZipError());
        return std::nullopt;
    }
    return buffer.data();
}

} // namespace sp
