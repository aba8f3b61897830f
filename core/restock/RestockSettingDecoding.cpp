#include "restock/RestockSettingDecoding.h"

#include <QDateTime>
#include <QJsonValue>
#include <QSet>

namespace sp::RestockSettingDecoding {

namespace {

bool validSku(const QString& sku)
{
    if (sku.isEmpty() || sku.size() > kMaxSkuLength || sku.trimmed() != sku)
        return false;
    for (QChar c : sku) {
        if (c.unicode() <= 0x1F || c.unicode() == 0x7F)
            return false;
    }
    return true;
}

// An integer in [minimum, maximum], nothing else (no fraction, no text).
bool days(const QJsonValue& v, int minimum, int* out)
{
    const double d = v.toDouble(-1);
    if (!v.isDouble() || !(d >= minimum && d <= RestockSetting::kMaxDays) || d != double(int(d)))
        return false;
    *out = int(d);
    return true;
}

} // namespace

bool decode(const QJsonObject& o, RestockSetting* out, QString* error)
{
    static const QSet<QString> keys{QStringLiteral("sku"), QStringLiteral("lead_time_days"),
                                    QStringLiteral("safety_days"), QStringLiteral("deleted"),
                                    QStringLiteral("updated_at")};
    auto fail = [error](const char* what) {
        *error = QString::fromLatin1(what);
        return false;
    };
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!keys.contains(it.key()))
            return fail("a restock setting with an unknown field");
    }
    if (o.size() != keys.size())
        return fail("a restock setting without all its fields");
    RestockSetting s;
    const QJsonValue sku = o.value(QLatin1String("sku"));
    if (!sku.isNull()) {
        if (!sku.isString() || !validSku(sku.toString()))
            return fail("invalid restock setting sku");
        s.sku = sku.toString();
    }
    if (!days(o.value(QLatin1String("lead_time_days")), 1, &s.leadTimeDays))
        return fail("invalid restock setting lead_time_days");
    if (!days(o.value(QLatin1String("safety_days")), 0, &s.safetyDays))
        return fail("invalid restock setting safety_days");
    const QJsonValue deleted = o.value(QLatin1String("deleted"));
    if (!deleted.isBool())
        return fail("invalid restock setting deleted");
    s.deleted = deleted.toBool();
    if (s.deleted && s.isDefault())
        return fail("a deleted restock default"); // the contract: the default is never deleted
    const QJsonValue at = o.value(QLatin1String("updated_at"));
    const QDateTime time = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    if (!at.isString() || !time.isValid() || time.timeSpec() == Qt::LocalTime)
        return fail("invalid restock setting updated_at");
    s.updatedAt = at.toString();
    *out = s;
    return true;
}

} // namespace sp::RestockSettingDecoding
