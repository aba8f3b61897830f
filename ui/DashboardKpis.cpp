#include "DashboardKpis.h"

#include "DashboardPage.h"
#include "MoneyText.h"
#include "SelectableText.h"
#include "TileGrid.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <optional>

// The texts keep DashboardPage's translation context (DashboardPage::tr): they were its own before
// the tiles moved here, and their translations stay where they are.
namespace sp {

namespace {

constexpr int kPrimaryTiles = 5; // the first keys(): revenue, profit, margin, orders, units

struct Figure
{
    enum class Kind { Money, Count, Percent };
    Kind kind = Kind::Money;
    std::optional<double> value; // cents, count or percent
};

Figure figureOf(const CurrencyTotals& totals, const QString& key)
{
    using K = Figure::Kind;
    if (key == QLatin1String("revenue"))
        return {K::Money, double(totals.revenueCents)};
    if (key == QLatin1String("units"))
        return {K::Count, double(totals.units)};
    if (key == QLatin1String("orders"))
        return {K::Count, double(totals.orders)};
    if (key == QLatin1String("fees"))
        return {K::Money, double(totals.amazonFeesCents)};
    if (key == QLatin1String("refunds"))
        return {K::Money, double(totals.refundsCents)};
    if (key == QLatin1String("advertising"))
        return {K::Money, double(totals.advertisingCents)};
    if (key == QLatin1String("cogs"))
        return {K::Money, double(totals.cogsCents)};
    if (key == QLatin1String("profit"))
        return {K::Money, double(totals.netProfitCents)};
    if (key == QLatin1String("margin"))
        return {K::Percent, totals.marginPercent};
    if (key == QLatin1String("roi"))
        return {K::Percent, totals.roiPercent};
    return {};
}

QString titleOf(const QString& key)
{
    if (key == QLatin1String("revenue"))
        return DashboardPage::tr("Revenue");
    if (key == QLatin1String("units"))
        return DashboardPage::tr("Units");
    if (key == QLatin1String("orders"))
        return DashboardPage::tr("Orders");
    if (key == QLatin1String("fees"))
        return DashboardPage::tr("Amazon fees");
    if (key == QLatin1String("refunds"))
        return DashboardPage::tr("Refunds");
    if (key == QLatin1String("advertising"))
        return DashboardPage::tr("Advertising");
    if (key == QLatin1String("cogs"))
        return DashboardPage::tr("Cost of goods");
    if (key == QLatin1String("profit"))
        return DashboardPage::tr("Net profit");
    if (key == QLatin1String("margin"))
        return DashboardPage::tr("Margin");
    if (key == QLatin1String("roi"))
        return DashboardPage::tr("ROI");
    return key;
}

// A number with its sign always written: "+12.5", "-3.0" (the locale's signs).
QString signedNumber(double value)
{
    const QLocale locale;
    const QString digits = locale.toString(qAbs(value), 'f', 1);
    if (digits == locale.toString(0.0, 'f', 1))
        return digits;
    return (value > 0 ? locale.positiveSign() : locale.negativeSign()) + digits;
}

struct Change
{
    QString text;
    std::optional<double> delta; // the figure's move, none without a comparison
};

// "▲ +12.5 %" against the previous period; percentage points for margin and ROI. The arrow and the
// sign say the direction in shape and text, the tile's colour what it means.
Change changeOf(const Figure& now, const std::optional<Figure>& before)
{
    if (!now.value || !before || !before->value)
        return {DashboardPage::tr("no comparison"), std::nullopt};
    const double current = *now.value;
    const double previous = *before->value;
    const QChar up(0x25B2);
    const QChar down(0x25BC);
    const QChar same(0x25C6);
    if (now.kind == Figure::Kind::Percent) {
        const double points = current - previous;
        const QChar arrow = points > 0 ? up : points < 0 ? down : same;
        return {DashboardPage::tr("%1 %2 pts").arg(arrow).arg(signedNumber(points)), points};
    }
    if (previous == 0)
        return {current == 0 ? DashboardPage::tr("unchanged") : DashboardPage::tr("new in this period"),
                current - previous};
    const double percent = (current - previous) * 100.0 / qAbs(previous);
    const QChar arrow = percent > 0 ? up : percent < 0 ? down : same;
    return {DashboardPage::tr("%1 %2 %").arg(arrow).arg(signedNumber(percent)), percent};
}

// Issue 18: "▲ +12.0 % vs last year" against the same days last year; "no data last year" when the
// cache has none for them (never a made-up 0 %).
Change yearChangeOf(const Figure& now, const std::optional<Figure>& lastYear)
{
    if (!lastYear)
        return {DashboardPage::tr("no data last year"), std::nullopt};
    if (!now.value || !lastYear->value)
        return {DashboardPage::tr("no comparison with last year"), std::nullopt};
    const double current = *now.value;
    const double before = *lastYear->value;
    const QChar up(0x25B2);
    const QChar down(0x25BC);
    const QChar same(0x25C6);
    if (now.kind == Figure::Kind::Percent) {
        const double points = current - before;
        const QChar arrow = points > 0 ? up : points < 0 ? down : same;
        return {DashboardPage::tr("%1 %2 pts vs last year").arg(arrow).arg(signedNumber(points)), points};
    }
    if (before == 0)
        return {current == 0 ? DashboardPage::tr("unchanged vs last year") : DashboardPage::tr("none last year"),
                current - before};
    const double percent = (current - before) * 100.0 / qAbs(before);
    const QChar arrow = percent > 0 ? up : percent < 0 ? down : same;
    return {DashboardPage::tr("%1 %2 % vs last year").arg(arrow).arg(signedNumber(percent)), percent};
}

QString yearMeaningText(KpiTile::Tone tone, bool compared, const Period& lastYear)
{
    const QLocale locale;
    const QString days = lastYear.isValid() ? DashboardPage::tr("%1 to %2")
                                                  .arg(locale.toString(lastYear.from, QLocale::ShortFormat),
                                                       locale.toString(lastYear.to, QLocale::ShortFormat))
                                            : QString();
    if (!compared)
        return DashboardPage::tr("No figures for the same days last year (%1): the downloaded history does not "
                                 "reach back to them, or there were no sales")
            .arg(days);
    switch (tone) {
    case KpiTile::Tone::Good:
        return DashboardPage::tr("Better than the same days last year (%1)").arg(days);
    case KpiTile::Tone::Bad:
        return DashboardPage::tr("Worse than the same days last year (%1)").arg(days);
    case KpiTile::Tone::Neutral:
        break;
    }
    return DashboardPage::tr("The same as on the same days last year (%1)").arg(days);
}

QString meaningText(KpiTile::Tone tone, bool compared)
{
    if (!compared)
        return DashboardPage::tr("No figures for the previous period of the same length");
    switch (tone) {
    case KpiTile::Tone::Good:
        return DashboardPage::tr("Better than the previous period of the same length");
    case KpiTile::Tone::Bad:
        return DashboardPage::tr("Worse than the previous period of the same length");
    case KpiTile::Tone::Neutral:
        break;
    }
    return DashboardPage::tr("The same as in the previous period of the same length");
}

} // namespace

const QStringList& DashboardKpis::keys()
{
    static const QStringList keys{QStringLiteral("revenue"), QStringLiteral("profit"),      QStringLiteral("margin"),
                                  QStringLiteral("orders"),  QStringLiteral("units"),       QStringLiteral("fees"),
                                  QStringLiteral("refunds"), QStringLiteral("advertising"), QStringLiteral("cogs"),
                                  QStringLiteral("roi")};
    return keys;
}

KpiTile::Meaning DashboardKpis::meaningOf(const QString& key)
{
    // Costs: more of them is bad news. Everything else (sales, profit, margin, ROI): more is good.
    static const QStringList costs{QStringLiteral("fees"), QStringLiteral("refunds"), QStringLiteral("advertising"),
                                   QStringLiteral("cogs")};
    return costs.contains(key) ? KpiTile::Meaning::MoreIsBad : KpiTile::Meaning::MoreIsGood;
}

DashboardKpis::DashboardKpis(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("dashboardCards"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(fontMetrics().height());
}

void DashboardKpis::setData(const DashboardData& figures, const QString& emptyText)
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        if (QWidget* widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_tiles.clear();
    m_forecastLabels.clear();
    m_lastYearPeriod = figures.lastYearPeriod;
    if (figures.current.isEmpty()) {
        auto* empty = new QLabel(emptyText, this);
        empty->setObjectName(QStringLiteral("dashboardEmptyLabel"));
        m_layout->addWidget(empty);
        return;
    }
    for (const CurrencyTotals& totals : figures.current) {
        const CurrencyTotals* before = nullptr;
        for (const CurrencyTotals& previous : figures.previous) {
            if (previous.currency == totals.currency)
                before = &previous;
        }
        const CurrencyTotals* lastYear = nullptr;
        for (const CurrencyTotals& then : figures.lastYear) {
            if (then.currency == totals.currency)
                lastYear = &then;
        }
        m_layout->addWidget(currencyBlock(totals, before, lastYear));
    }
}

QWidget* DashboardKpis::currencyBlock(const CurrencyTotals& totals, const CurrencyTotals* before,
                                      const CurrencyTotals* lastYear)
{
    auto* block = new QWidget(this);
    block->setObjectName(QStringLiteral("kpiCard_") + totals.currency);
    auto* layout = new QVBoxLayout(block);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().height() / 2);
    auto* heading = new QLabel(totals.currency, block);
    heading->setObjectName(QStringLiteral("kpiCurrency_") + totals.currency);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    layout->addWidget(heading);
    // Issue 18: the month-end forecast, a line of its own under the heading.
    auto* forecast = new QLabel(block);
    forecast->setObjectName(QStringLiteral("kpiForecast_") + totals.currency);
    forecast->setWordWrap(true);
    makeSelectableAfterFirstPaint(forecast);
    m_forecastLabels.insert(totals.currency, forecast);
    showForecast(totals.currency, forecast);
    layout->addWidget(forecast);
    // The headline figures in a row, the costs and ROI in a row of smaller tiles below, in the same columns.
    auto* tiles = new TileGrid(block);
    tiles->setObjectName(QStringLiteral("kpiTiles_") + totals.currency);
    const QStringList& all = keys();
    QList<QList<QWidget*>> groups(2);
    for (int i = 0; i < all.size(); ++i)
        groups[i < kPrimaryTiles ? 0 : 1].append(makeTile(totals, before, lastYear, all.at(i), tiles));
    tiles->setTiles(groups); // arranged once, not once per tile
    layout->addWidget(tiles);
    return block;
}

KpiTile* DashboardKpis::makeTile(const CurrencyTotals& totals, const CurrencyTotals* before,
                                 const CurrencyTotals* lastYear, const QString& key, QWidget* parent)
{
    const QLocale locale;
    const QString name = totals.currency + QLatin1Char('_') + key;
    const bool primary = keys().indexOf(key) < kPrimaryTiles;
    auto* tile = new KpiTile(name, titleOf(key), primary ? KpiTile::Size::Primary : KpiTile::Size::Secondary, parent);
    tile->setEmphasised(key == QLatin1String("profit"));
    const Figure figure = figureOf(totals, key);
    QString value;
    if (!figure.value)
        value = DashboardPage::tr("n/a");
    else if (figure.kind == Figure::Kind::Money)
        value = MoneyText::format(qint64(*figure.value), totals.currency);
    else if (figure.kind == Figure::Kind::Count)
        value = locale.toString(qint64(*figure.value));
    else
        value = MoneyText::percent(*figure.value);
    QString note;
    QString tip;
    if (totals.pendingUnits > 0 && (key == QLatin1String("units") || key == QLatin1String("revenue"))) {
        // Pending orders have no price yet: their units count, their revenue is not in.
        note = key == QLatin1String("units")
                   ? DashboardPage::tr(" (%1 pending, estimated)").arg(locale.toString(totals.pendingUnits))
                   : DashboardPage::tr(" (estimated)");
        tip = DashboardPage::tr("Pending units without a price yet: %1, in %2 pending orders. Revenue is an estimate.")
                  .arg(locale.toString(totals.pendingUnits), locale.toString(totals.pendingOrders));
    }
    if (key == QLatin1String("cogs") && !totals.cogsComplete) {
        note = DashboardPage::tr(" (incomplete)");
        tip = DashboardPage::tr("Some products sold have no unit cost for the date.");
    }
    if (key == QLatin1String("profit") && totals.expensesCents != 0) {
        // Issue 17: the seller's own expenses, a line under net profit (their column in the P&L report).
        note =
            DashboardPage::tr(" after %1 other expenses").arg(MoneyText::format(totals.expensesCents, totals.currency));
        tip = DashboardPage::tr("Net profit includes the expenses you recorded outside Amazon (the Expenses page) "
                                "that occur in the period.");
    }
    tile->setValue(value, note, tip);
    tile->valueLabel()->setAccessibleName(DashboardPage::tr("%1 in %2").arg(titleOf(key), totals.currency));
    // A loss is bad news whatever it was before: net profit, margin and ROI below zero.
    const bool profitLike =
        key == QLatin1String("profit") || key == QLatin1String("margin") || key == QLatin1String("roi");
    tile->setValueTone(profitLike && figure.value && *figure.value < 0 ? KpiTile::Tone::Bad : KpiTile::Tone::Neutral);

    const std::optional<Figure> previous = before ? std::optional<Figure>(figureOf(*before, key)) : std::nullopt;
    const Change change = changeOf(figure, previous);
    const KpiTile::Tone tone = change.delta ? KpiTile::toneOf(*change.delta, meaningOf(key)) : KpiTile::Tone::Neutral;
    tile->setChange(change.text, tone, meaningText(tone, change.delta.has_value()));
    tile->changeLabel()->setAccessibleName(
        DashboardPage::tr("Change of %1 in %2 against the previous period").arg(titleOf(key), totals.currency));
    const std::optional<Figure> then = lastYear ? std::optional<Figure>(figureOf(*lastYear, key)) : std::nullopt;
    const Change year = yearChangeOf(figure, then);
    const KpiTile::Tone yearTone = year.delta ? KpiTile::toneOf(*year.delta, meaningOf(key)) : KpiTile::Tone::Neutral;
    tile->setYearChange(year.text, yearTone, yearMeaningText(yearTone, year.delta.has_value(), m_lastYearPeriod));
    tile->yearChangeLabel()->setAccessibleName(
        DashboardPage::tr("Change of %1 in %2 against the same days last year").arg(titleOf(key), totals.currency));
    m_tiles.insert(name, tile);
    return tile;
}

KpiTile* DashboardKpis::tile(const QString& currency, const QString& key) const
{
    return m_tiles.value(currency + QLatin1Char('_') + key);
}

QString DashboardKpis::kpiText(const QString& currency, const QString& key) const
{
    const KpiTile* t = tile(currency, key);
    return t ? t->valueText() : QString();
}

QString DashboardKpis::kpiYearChangeText(const QString& currency, const QString& key) const
{
    const KpiTile* t = tile(currency, key);
    return t ? t->yearChangeText() : QString();
}

void DashboardKpis::setForecast(const MonthForecast::Result& forecast)
{
    m_forecast = forecast;
    for (auto it = m_forecastLabels.cbegin(); it != m_forecastLabels.cend(); ++it)
        showForecast(it.key(), it.value());
}

QString DashboardKpis::forecastText(const QString& currency) const
{
    const QLabel* label = m_forecastLabels.value(currency);
    return label ? label->text() : QString();
}

void DashboardKpis::showForecast(const QString& currency, QLabel* label) const
{
    const QLocale locale;
    const MonthForecast::Result& f = m_forecast;
    if (!f.month.isValid()) {
        label->hide(); // not read yet
        return;
    }
    //: %1 is a month's name and its year ("December 2026")
    const QString month = DashboardPage::tr("%1 %2").arg(
        locale.standaloneMonthName(f.month.month(), QLocale::LongFormat), QString::number(f.month.year()));
    const MonthForecast::Currency* c = f.find(currency);
    QString text;
    QString tip;
    if (f.state == MonthForecast::State::TooEarly) {
        text = DashboardPage::tr("Month-end forecast for %1: from tomorrow, after the month's first complete day")
                   .arg(month);
        tip = MonthForecast::methodText(f, MonthForecast::Currency());
    } else if (!c) {
        text = DashboardPage::tr("Month-end forecast for %1: no sales so far this month").arg(month);
        MonthForecast::Result none = f;
        none.state = MonthForecast::State::NoSales;
        tip = MonthForecast::methodText(none, MonthForecast::Currency());
    } else {
        const QString revenue = MoneyText::format(c->revenueCents, currency);
        const QString units = locale.toString(c->units);
        const QString profit = MoneyText::format(c->netProfitCents, currency);
        text = f.state == MonthForecast::State::Ended
                   ? DashboardPage::tr("%1: %2 revenue, %3 units, %4 net profit").arg(month, revenue, units, profit)
                   : DashboardPage::tr("Month-end forecast for %1: %2 revenue, %3 units, %4 net profit")
                         .arg(month, revenue, units, profit);
        tip = MonthForecast::methodText(f, *c) + QLatin1Char('\n')
              + DashboardPage::tr("So far: %1 revenue, %2 units.")
                    .arg(MoneyText::format(c->soFar.revenueCents, currency), locale.toString(c->soFar.units));
        if (c->monthExpensesCents != 0)
            tip += QLatin1Char('\n')
                   + DashboardPage::tr("Net profit is after this month's other expenses of %1.")
                         .arg(MoneyText::format(c->monthExpensesCents, currency));
    }
    label->setText(text);
    label->setToolTip(tip);
    label->setAccessibleName(DashboardPage::tr("Month-end forecast in %1").arg(currency));
    label->setAccessibleDescription(tip);
    label->show();
}

QString DashboardKpis::kpiChangeText(const QString& currency, const QString& key) const
{
    const KpiTile* t = tile(currency, key);
    return t ? t->changeText() : QString();
}

} // namespace sp
