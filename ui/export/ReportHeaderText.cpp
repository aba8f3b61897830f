#include "ReportHeaderText.h"

namespace sp {

QString ReportHeaderText::period(const ReportTable& table)
{
    if (!table.period.isValid())
        return tr("Snapshot (no period)");
    return tr("Period: %1 to %2").arg(table.period.from.toString(Qt::ISODate), table.period.to.toString(Qt::ISODate));
}

QString ReportHeaderText::marketplaces(const ReportTable& table)
{
    if (table.marketplaceIds.isEmpty())
        return tr("Marketplaces: all");
    const QStringList& names = table.marketplaceNames.isEmpty() ? table.marketplaceIds : table.marketplaceNames;
    return tr("Marketplaces: %1").arg(names.join(QLatin1String(", ")));
}

QString ReportHeaderText::dataAsOf(const ReportTable& table)
{
    if (!table.dataAsOf.isValid())
        return tr("Data as of: not synced yet");
    return tr("Data as of %1 UTC").arg(table.dataAsOf.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

} // namespace sp
