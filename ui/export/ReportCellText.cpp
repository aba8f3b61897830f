#include "ReportCellText.h"

#include "common/Money.h"

#include <cmath>

namespace sp {

namespace {

// The locale's short date with a four-digit year: "1/31/26" is ambiguous on an accountant's desk.
QString fullYearShortFormat(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

} // namespace

QString ReportCellText::machine(ReportColumn::Kind kind, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case ReportColumn::Kind::Text:
        return value.toString();
    case ReportColumn::Kind::Integer:
        return QString::number(value.toLongLong());
    case ReportColumn::Kind::Money:
        return Money::formatCents(value.toLongLong());
    case ReportColumn::Kind::Percent: {
        const double percent = value.toDouble();
        return std::isfinite(percent) ? QString::number(percent, 'f', 2) : QString();
    }
    case ReportColumn::Kind::Date:
        if (value.userType() == QMetaType::QDateTime)
            return value.toDateTime().toUTC().toString(Qt::ISODate);
        return value.toDate().toString(Qt::ISODate);
    }
    return value.toString();
}

QString ReportCellText::display(ReportColumn::Kind kind, const QVariant& value, const QLocale& locale)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case ReportColumn::Kind::Text:
        return value.toString();
    case ReportColumn::Kind::Integer:
        return locale.toString(value.toLongLong());
    case ReportColumn::Kind::Money:
        return Money::formatCents(value.toLongLong(), locale);
    case ReportColumn::Kind::Percent: {
        const double percent = value.toDouble();
        return std::isfinite(percent) ? locale.toString(percent, 'f', 2) + QLatin1Char(' ') + locale.percent()
                                      : QString();
    }
    case ReportColumn::Kind::Date:
        if (value.userType() == QMetaType::QDateTime)
            return locale.toString(value.toDateTime().toLocalTime(), QLocale::ShortFormat);
        return locale.toString(value.toDate(), fullYearShortFormat(locale));
    }
    return value.toString();
}

int ReportCellText::currencyColumn(const ReportTable& table)
{
    for (int i = 0; i < table.columns.size(); ++i) {
        if (table.columns.at(i).key == QLatin1String("currency"))
            return i;
    }
    return -1;
}

bool ReportCellText::isNumeric(ReportColumn::Kind kind)
{
    return kind == ReportColumn::Kind::Integer || kind == ReportColumn::Kind::Money
           || kind == ReportColumn::Kind::Percent;
}

} // namespace sp
