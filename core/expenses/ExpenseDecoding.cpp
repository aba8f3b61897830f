#include "expenses/ExpenseDecoding.h"

#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

namespace sp::ExpenseDecoding {

namespace {

const QDate kFirstDay(2000, 1, 1);
const QDate kLastDay(2099, 12, 31);

bool validDescription(const QString& text)
{
    const QList<uint> points = text.toUcs4();
    if (points.isEmpty() || points.size() > 200 || text.trimmed().isEmpty())
        return false;
    for (uint c : points) {
        if (c <= 0x1F || c == 0x7F)
            return false;
    }
    return true;
}

bool dayOf(const QJsonValue& v, QDate* day)
{
    if (!v.isString() || v.toString().size() != 10)
        return false;
    *day = QDate::fromString(v.toString(), Qt::ISODate);
    return day->isValid() && *day >= kFirstDay && *day <= kLastDay;
}

} // namespace

const QStringList& categories()
{
    static const QStringList list{QStringLiteral("software"),
                                  QStringLiteral("packaging"),
                                  QStringLiteral("warehouse"),
                                  QStringLiteral("shipping"),
                                  QStringLiteral("wages"),
                                  QStringLiteral("advertising_external"),
                                  QStringLiteral("professional_services"),
                                  QStringLiteral("other")};
    return list;
}

bool decode(const QJsonObject& o, ExpenseRecord* out, QString* error)
{
    static const QSet<QString> keys = [] {
        QSet<QString> names;
        for (const char* name : {"id", "description", "category", "amount_cents", "currency", "recurrence", "starts_on",
                                 "ends_on", "marketplace_id", "sku", "created_at", "updated_at", "deleted"})
            names.insert(QLatin1String(name));
        return names;
    }();
    auto fail = [error](const QString& what) {
        *error = what;
        return false;
    };
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            return fail(QStringLiteral("an expense with an unknown field"));
    }
    if (o.size() != keys.size())
        return fail(QStringLiteral("an expense without all its fields"));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    static const QRegularExpression currencyPattern(QStringLiteral("^[A-Z]{3}$"));
    ExpenseRecord e;
    e.id = o.value(QLatin1String("id")).toString();
    if (!o.value(QLatin1String("id")).isString() || !idPattern.match(e.id).hasMatch())
        return fail(QStringLiteral("invalid expense id"));
    const QJsonValue description = o.value(QLatin1String("description"));
    e.description = description.toString();
    if (!description.isString() || !validDescription(e.description))
        return fail(QStringLiteral("invalid expense description"));
    e.category = o.value(QLatin1String("category")).toString();
    if (!categories().contains(e.category))
        return fail(QStringLiteral("invalid expense category"));
    const QJsonValue amount = o.value(QLatin1String("amount_cents"));
    const double d = amount.toDouble(-1);
    if (!amount.isDouble() || !(d >= 1 && d <= double(kMaxAmountCents)) || d != double(qint64(d)))
        return fail(QStringLiteral("invalid expense amount_cents"));
    e.amountCents = qint64(d);
    e.currency = o.value(QLatin1String("currency")).toString();
    if (!currencyPattern.match(e.currency).hasMatch())
        return fail(QStringLiteral("invalid expense currency"));
    e.recurrence = o.value(QLatin1String("recurrence")).toString();
    if (e.recurrence != QLatin1String("once") && e.recurrence != QLatin1String("monthly")
        && e.recurrence != QLatin1String("yearly"))
        return fail(QStringLiteral("invalid expense recurrence"));
    if (!dayOf(o.value(QLatin1String("starts_on")), &e.startsOn))
        return fail(QStringLiteral("invalid expense starts_on"));
    const QJsonValue endsOn = o.value(QLatin1String("ends_on"));
    if (!endsOn.isNull()
        && (!dayOf(endsOn, &e.endsOn) || e.endsOn < e.startsOn
            || (e.recurrence == QLatin1String("once") && e.endsOn != e.startsOn)))
        return fail(QStringLiteral("invalid expense ends_on"));
    const QJsonValue marketplace = o.value(QLatin1String("marketplace_id"));
    if (!marketplace.isNull() && (!marketplace.isString() || !idPattern.match(marketplace.toString()).hasMatch()))
        return fail(QStringLiteral("invalid expense marketplace_id"));
    e.marketplaceId = marketplace.toString();
    const QJsonValue sku = o.value(QLatin1String("sku"));
    if (!sku.isNull() && (!sku.isString() || sku.toString().isEmpty() || sku.toString().size() > 100))
        return fail(QStringLiteral("invalid expense sku"));
    e.sku = sku.toString();
    for (const char* key : {"created_at", "updated_at"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isString() || !QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid())
            return fail(QStringLiteral("invalid expense %1").arg(QLatin1String(key)));
    }
    e.createdAt = o.value(QLatin1String("created_at")).toString();
    e.updatedAt = o.value(QLatin1String("updated_at")).toString();
    if (!o.value(QLatin1String("deleted")).isBool())
        return fail(QStringLiteral("invalid expense deleted"));
    e.deleted = o.value(QLatin1String("deleted")).toBool();
    *out = e;
    return true;
}

} // namespace sp::ExpenseDecoding
