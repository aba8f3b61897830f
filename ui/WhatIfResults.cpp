#include "WhatIfResults.h"

#include "MoneyText.h"
#include "ReadOnlyTable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTableWidget>

namespace sp {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("sp::WhatIfResults", text); }

QString signedMoney(qint64 cents, const QString& currency)
{
    return (cents > 0 ? QStringLiteral("+") : QString()) + MoneyText::format(cents, currency);
}

QString signedUnits(qint64 units) { return (units > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(units); }

} // namespace

QTableWidget* WhatIfResults::makeTable(QWidget* parent)
{
    return makeReadOnlyTable(QStringLiteral("whatIfResultsTable"), tr("Baseline and scenario"),
                             {tr("Currency"), tr("Next 30 days"), tr("Baseline"), tr("Scenario"), tr("Change")}, parent,
                             {FigureColumn});
}

QString WhatIfResults::marginText(const std::optional<qint64>& basisPoints)
{
    return basisPoints ? MoneyText::percent(double(*basisPoints) / 100.0, 2) : QStringLiteral("–");
}

void WhatIfResults::fill(QTableWidget* table, const QList<WhatIfCurrencyProjection>& projection)
{
    table->setRowCount(int(projection.size()) * kRowsPerCurrency);
    int row = 0;
    const auto put = [&](const QString& currency, const QString& figure, const QString& baseline,
                         const QString& scenario, const QString& change) {
        table->setItem(row, CurrencyColumn, readOnlyCell(currency));
        table->setItem(row, FigureColumn, readOnlyCell(figure));
        table->setItem(row, BaselineColumn, readOnlyCell(baseline, true));
        table->setItem(row, ScenarioColumn, readOnlyCell(scenario, true));
        table->setItem(row, ChangeColumn, readOnlyCell(change, true));
        ++row;
    };
    for (const WhatIfCurrencyProjection& p : projection) {
        const WhatIfFigures& b = p.baseline;
        const WhatIfFigures& s = p.scenario;
        put(p.currency, tr("Units"), QLocale().toString(b.units), QLocale().toString(s.units),
            signedUnits(s.units - b.units));
        put(p.currency, tr("Revenue"), MoneyText::format(b.revenueCents, p.currency),
            MoneyText::format(s.revenueCents, p.currency), signedMoney(s.revenueCents - b.revenueCents, p.currency));
        put(p.currency, tr("Net profit"), MoneyText::format(b.netCents, p.currency),
            MoneyText::format(s.netCents, p.currency), signedMoney(s.netCents - b.netCents, p.currency));
        QString marginChange;
        if (b.marginBasisPoints && s.marginBasisPoints) {
            const qint64 points = *s.marginBasisPoints - *b.marginBasisPoints;
            marginChange = tr("%1 points")
                               .arg((points > 0 ? QStringLiteral("+") : QString())
                                    + QLocale().toString(double(points) / 100.0, 'f', 2));
        }
        put(p.currency, tr("Margin"), marginText(b.marginBasisPoints), marginText(s.marginBasisPoints), marginChange);
    }
}

} // namespace sp
