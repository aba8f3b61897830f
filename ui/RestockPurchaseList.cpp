#include "RestockPurchaseList.h"

#include <QLocale>

namespace sp {

QString RestockPurchaseList::regionName(const QString& region)
{
    if (region == QLatin1String("eu"))
        return tr("Europe");
    if (region == QLatin1String("na"))
        return tr("North America");
    if (region == QLatin1String("fe"))
        return tr("Far East");
    return region;
}

QString RestockPurchaseList::urgencyText(const RestockPlanner::Row& row)
{
    switch (row.figures.urgency) {
    case RestockFigures::Urgency::OutOfStock:
        return tr("Out of stock");
    case RestockFigures::Urgency::OrderNow:
        return tr("Order now");
    case RestockFigures::Urgency::Later:
        return tr("Order by %1").arg(QLocale().toString(row.reorderDate, QLocale::ShortFormat));
    case RestockFigures::Urgency::NoSales:
        break;
    }
    return tr("No sales"); // and so no order (RestockPurchaseList::reorderHint)
}

QString RestockPurchaseList::velocity(double unitsPerDay) { return QLocale().toString(unitsPerDay, 'f', 2); }

QString RestockPurchaseList::velocityHint()
{
    return tr("Units sold per day over the whole days before today (7, 30 or 90 days), every marketplace of the "
              "region together. The plan uses the 30-day figure times the season factor.");
}

QString RestockPurchaseList::seasonHint()
{
    return tr("Season factor: last year's units per day in the coming lead time + safety days (52 weeks ago), "
              "divided by last year's units per day in the 30 days before that, kept between 0.5 and 3. It is 1 "
              "without a year of history (no sale in a month before last year's 30 days) or without sales in "
              "those 30 days.");
}

QString RestockPurchaseList::coverHint()
{
    return tr("Days of cover = (fulfillable + inbound) / planned units per day, where planned units per day = "
              "30-day units per day x season factor.");
}

QString RestockPurchaseList::reorderHint()
{
    return tr("Reorder date = today + the whole days of cover left after lead time and safety days (never before "
              "today). Out of stock and order-now rows come first; a SKU without sales needs no order.");
}

QString RestockPurchaseList::quantityHint()
{
    return tr("Quantity = planned units per day x (lead time + safety days + 30), rounded up, minus fulfillable and "
              "inbound stock; never below zero. A SKU that sells nothing needs no order.");
}

QString RestockPurchaseList::moneyHint()
{
    return tr("Unit cost in force today x quantity, in the currency the SKU sold most in over 90 days in that "
              "region. Empty without a unit cost.");
}

ReportTable RestockPurchaseList::table(const RestockPlanner::Plan& plan, const QDateTime& dataAsOf)
{
    using Kind = ReportColumn::Kind;
    ReportTable t;
    t.id = QStringLiteral("restock-purchase-list");
    t.title = tr("Purchase list");
    t.dataAsOf = dataAsOf;
    t.columns = {{QStringLiteral("sku"), tr("SKU"), Kind::Text},
                 {QStringLiteral("title"), tr("Title"), Kind::Text},
                 {QStringLiteral("region"), tr("Region"), Kind::Text},
                 {QStringLiteral("urgency"), tr("Urgency"), Kind::Text},
                 {QStringLiteral("reorder_date"), tr("Reorder by"), Kind::Date},
                 {QStringLiteral("quantity"), tr("Quantity"), Kind::Integer},
                 {QStringLiteral("fulfillable"), tr("Fulfillable"), Kind::Integer},
                 {QStringLiteral("inbound"), tr("Inbound"), Kind::Integer},
                 {QStringLiteral("lead_time_days"), tr("Lead time (days)"), Kind::Integer},
                 {QStringLiteral("safety_days"), tr("Safety days"), Kind::Integer},
                 {QStringLiteral("unit_cost"), tr("Unit cost"), Kind::Money},
                 {QStringLiteral("order_cost"), tr("Order cost"), Kind::Money},
                 {QStringLiteral("currency"), tr("Currency"), Kind::Text}};
    for (const RestockPlanner::Row& r : plan.rows) {
        if (r.figures.quantity <= 0)
            continue;
        t.rows.append(QVariantList{r.sku, r.title, regionName(r.region), urgencyText(r), r.reorderDate,
                                   r.figures.quantity, r.fulfillable, r.inbound, qint64(r.leadTimeDays),
                                   qint64(r.safetyDays), r.unitCostCents ? QVariant(*r.unitCostCents) : QVariant(),
                                   r.orderCents ? QVariant(*r.orderCents) : QVariant(), r.currency});
    }
    return t;
}

} // namespace sp
