#include "DashboardPage.h"

#include "DashboardChart.h"
#include "DashboardProductTables.h"
#include "HomeCurrencySummary.h"
#include "MarketplaceFilterButton.h"
#include "MoneyText.h"
#include "PageHeading.h"
#include "PeriodFilterBar.h"
#include "UiLog.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"
#include "reports/DashboardQuery.h"
#include "reports/ReportPeriods.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include <optional>

namespace sp {

namespace {
constexpr int kRefreshDelayMs = 1000;

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

// "▲ 12.5 %" against the previous period; percentage points for margin and ROI.
QString changeText(const Figure& now, const std::optional<Figure>& before)
{
    if (!now.value || !before || !before->value)
        return DashboardPage::tr("no comparison");
    const double current = *now.value;
    const double previous = *before->value;
    const QChar up(0x25B2);
    const QChar down(0x25BC);
    const QLocale locale;
    if (now.kind == Figure::Kind::Percent) {
        const double points = current - previous;
        const QChar arrow = points > 0 ? up : points < 0 ? down : QChar(0x25C6);
        return DashboardPage::tr("%1 %2 pts").arg(arrow).arg(locale.toString(qAbs(points), 'f', 1));
    }
    if (previous == 0)
        return current == 0 ? DashboardPage::tr("unchanged") : DashboardPage::tr("new in this period");
    const double percent = (current - previous) * 100.0 / qAbs(previous);
    const QChar arrow = percent > 0 ? up : percent < 0 ? down : QChar(0x25C6);
    return DashboardPage::tr("%1 %2 %").arg(arrow).arg(locale.toString(qAbs(percent), 'f', 1));
}

} // namespace

const QStringList& DashboardPage::kpiKeys()
{
    static const QStringList keys{QStringLiteral("revenue"), QStringLiteral("units"),   QStringLiteral("orders"),
                                  QStringLiteral("fees"),    QStringLiteral("refunds"), QStringLiteral("advertising"),
                                  QStringLiteral("cogs"),    QStringLiteral("profit"),  QStringLiteral("margin"),
                                  QStringLiteral("roi")};
    return keys;
}

DashboardPage::DashboardPage(QWidget* parent)
    : QWidget(parent)
    , m_periodBar(new PeriodFilterBar({RangePreset::Today, RangePreset::Yesterday, RangePreset::Last7Days,
                                       RangePreset::Last30Days, RangePreset::MonthToDate, RangePreset::LastMonth,
                                       RangePreset::YearToDate, RangePreset::Last12Months, RangePreset::Custom},
                                      RangePreset::Last30Days, tr("&Range:"), this))
    , m_marketplaceButton(new MarketplaceFilterButton(this))
    , m_periodLabel(new QLabel(this))
    , m_dataAsOfLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_cogsHint(new QLabel(this))
    , m_cards(new QWidget(this))
    , m_cardsLayout(new QGridLayout(m_cards))
    , m_chart(new DashboardChart(this))
    , m_productTables(new DashboardProductTables(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    auto* heading = new PageHeading(tr("Dashboard"), QStringLiteral("dashboardHeading"), this);
    m_periodBar->setNames(QStringLiteral("dashboard"), tr("Date range"), tr("From"), tr("To"));
    connect(m_periodBar, &PeriodFilterBar::changed, this, &DashboardPage::refresh);
    m_marketplaceButton->setObjectName(QStringLiteral("dashboardMarketplaceButton"));
    connect(m_marketplaceButton, &MarketplaceFilterButton::chosenChanged, this, [this](const QStringList& ids) {
        m_marketplaceIds = ids;
        refresh();
    });
    m_periodLabel->setObjectName(QStringLiteral("dashboardPeriodLabel"));
    m_dataAsOfLabel->setObjectName(QStringLiteral("dashboardDataAsOfLabel"));
    m_errorLabel->setObjectName(QStringLiteral("dashboardErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_cogsHint->setObjectName(QStringLiteral("dashboardCogsHint"));
    m_cogsHint->setWordWrap(true);
    m_cogsHint->setTextFormat(Qt::RichText);
    m_cogsHint->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_cogsHint->setFocusPolicy(Qt::StrongFocus);
    m_cogsHint->setText(tr("Cost of goods is incomplete: some products sold have no unit cost for the date. "
                           "<a href=\"products\">Enter unit costs on the products page</a>."));
    m_cogsHint->setAccessibleName(tr("Cost of goods is incomplete"));
    m_cogsHint->hide();
    connect(m_cogsHint, &QLabel::linkActivated, this, &DashboardPage::openProductsRequested);
    m_cards->setObjectName(QStringLiteral("dashboardCards"));

    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(kRefreshDelayMs);
    connect(&m_refreshDelay, &QTimer::timeout, this, [this] {
        fillMarketplaces();
        refresh();
    });

    // Layout: filters, freshness, cards, chart, then the product lists; all in a scroll area.
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    auto* top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch(1);
    top->addWidget(m_dataAsOfLabel);
    layout->addLayout(top);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_periodBar);
    filters->addWidget(m_marketplaceButton);
    filters->addWidget(m_periodLabel, 1);
    layout->addLayout(filters);
    m_homeCurrency = new HomeCurrencySummary(content); // issue 16: every marketplace in the home currency, first
    layout->addWidget(m_homeCurrency);
    connect(m_homeCurrency, &HomeCurrencySummary::shown, this, [this] { m_homeCurrency->rankInto(m_productTables); });
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_cogsHint);
    layout->addWidget(m_cards);
    auto* chartBox = new QGroupBox(tr("Daily revenue and net profit"), this);
    auto* chartLayout = new QVBoxLayout(chartBox);
    chartLayout->addWidget(m_chart);
    layout->addWidget(chartBox);
    layout->addWidget(m_productTables);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setTabOrder(m_periodBar->lastInFocusChain(), m_marketplaceButton);
    setTabOrder(m_marketplaceButton, m_cogsHint);
    setTabOrder(m_cogsHint, m_chart);
    setTabOrder(m_chart, m_productTables->firstInFocusChain());
    fillMarketplaces();
    refresh();
}

void DashboardPage::setReader(CacheReader* reader)
{
    m_refreshDelay.stop();
    m_reader = reader;
    fillMarketplaces();
    refresh();
}

void DashboardPage::setDataAsOf(const QDateTime& at)
{
    m_syncDataAsOf = at;
    updateDataAsOf();
}

void DashboardPage::scheduleRefresh()
{
    if (!m_refreshDelay.isActive())
        m_refreshDelay.start();
}

void DashboardPage::setClock(const Clock* clock)
{
    m_periodBar->setClock(clock);
    refresh();
}

void DashboardPage::setToday(QDate today) { m_periodBar->setToday(today); }

void DashboardPage::setPreset(RangePreset preset) { m_periodBar->setPreset(preset); }

void DashboardPage::setCustomPeriod(const Period& period) { m_periodBar->setCustomPeriod(period); }

void DashboardPage::setMarketplaces(const QStringList& ids)
{
    m_marketplaceButton->setChosen(ids);
    m_marketplaceIds = m_marketplaceButton->chosen();
    refresh();
}

DashboardFilter DashboardPage::filter() const
{
    DashboardFilter filter;
    filter.period = m_periodBar->period();
    filter.marketplaceIds = m_marketplaceIds;
    return filter;
}

void DashboardPage::fillMarketplaces()
{
    if (!m_reader) {
        m_marketplaceButton->setMarketplaces({});
        m_marketplaceIds = m_marketplaceButton->chosen();
        return;
    }
    m_reader->read<QList<MarketplaceRow>>(
        this, CacheReader::laneOf(this, "marketplaces"),
        [](const CacheQuery& query) { return query.catalog().marketplaces(); },
        [this](QList<MarketplaceRow> rows) {
            const QStringList before = m_marketplaceIds;
            m_marketplaceButton->setMarketplaces(rows);
            m_marketplaceIds = m_marketplaceButton->chosen();
            if (m_marketplaceIds != before)
                refresh();
        });
}

void DashboardPage::refresh()
{
    m_refreshDelay.stop();
    const DashboardFilter current = filter();
    m_homeCurrency->load(m_reader, current);
    const QLocale locale;
    m_periodLabel->setText(current.period.isValid()
                               ? tr("%1 to %2 (previous: %3 to %4)")
                                     .arg(locale.toString(current.period.from, QLocale::ShortFormat),
                                          locale.toString(current.period.to, QLocale::ShortFormat),
                                          locale.toString(previousPeriod(current.period).from, QLocale::ShortFormat),
                                          locale.toString(previousPeriod(current.period).to, QLocale::ShortFormat))
                               : QString());
    if (!current.period.isValid()) {
        showFigures(current, DashboardData{}, tr("Choose a range whose start is not after its end."));
        return;
    }
    if (!m_reader) {
        showFigures(current, DashboardData{}, QString());
        return;
    }
    using Answer = QPair<DashboardData, QString>;
    m_loading = true;
    m_reader->read<Answer>(
        this, CacheReader::laneOf(this, "figures"),
        [current, today = m_periodBar->today()](const CacheQuery& cache) {
            DashboardQuery query(cache);
            Answer answer{query.load(current, today), query.lastError()};
            if (!answer.second.isEmpty() && answer.second != QLatin1String("interrupted"))
                qCWarning(lcUi) << "dashboard figures failed:" << answer.second;
            return answer;
        },
        [this, current](Answer answer) { showFigures(current, answer.first, answer.second); });
}

void DashboardPage::showFigures(const DashboardFilter& current, const DashboardData& data, const QString& error)
{
    m_loading = false;
    m_data = data;
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
    rebuildCards();
    m_chart->setChart(DashboardChart::dailyChart(m_data.daily, current.period));
    m_productTables->setData(m_data);
    updateDataAsOf();
    emit shown();
}

void DashboardPage::rebuildCards()
{
    // One card (a column of figures) per currency: money is never added across currencies.
    while (QLayoutItem* item = m_cardsLayout->takeAt(0)) {
        if (QWidget* widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_kpiValues.clear();
    m_kpiChanges.clear();
    const QLocale locale;
    if (m_data.current.isEmpty()) {
        auto* empty = new QLabel(m_reader ? tr("No sales in this period.") : tr("No data downloaded yet."), m_cards);
        empty->setObjectName(QStringLiteral("dashboardEmptyLabel"));
        m_cardsLayout->addWidget(empty, 0, 0);
        return;
    }
    int column = 0;
    for (const CurrencyTotals& totals : std::as_const(m_data.current)) {
        std::optional<CurrencyTotals> before;
        for (const CurrencyTotals& previous : std::as_const(m_data.previous)) {
            if (previous.currency == totals.currency)
                before = previous;
        }
        auto* card = new QGroupBox(totals.currency, m_cards);
        card->setObjectName(QStringLiteral("kpiCard_") + totals.currency);
        auto* grid = new QGridLayout(card);
        int row = 0;
        for (const QString& key : kpiKeys()) {
            const Figure figure = figureOf(totals, key);
            QString value;
            if (!figure.value)
                value = tr("n/a");
            else if (figure.kind == Figure::Kind::Money)
                value = MoneyText::format(qint64(*figure.value), totals.currency);
            else if (figure.kind == Figure::Kind::Count)
                value = locale.toString(qint64(*figure.value));
            else
                value = MoneyText::percent(*figure.value);
            QString tip;
            if (totals.pendingUnits > 0 && (key == QLatin1String("units") || key == QLatin1String("revenue"))) {
                // Pending orders have no price yet: their units count, their revenue is not in.
                value += key == QLatin1String("units")
                             ? tr(" (%1 pending, estimated)").arg(locale.toString(totals.pendingUnits))
                             : tr(" (estimated)");
                tip = tr("Pending units without a price yet: %1, in %2 pending orders. Revenue is an estimate.")
                          .arg(locale.toString(totals.pendingUnits), locale.toString(totals.pendingOrders));
            }
            if (key == QLatin1String("cogs") && !totals.cogsComplete) {
                value += tr(" (incomplete)");
                tip = tr("Some products sold have no unit cost for the date.");
            }
            auto* title = new QLabel(titleOf(key), card);
            auto* valueLabel = new QLabel(value, card);
            const QString name = totals.currency + QLatin1Char('_') + key;
            valueLabel->setObjectName(QStringLiteral("kpiValue_") + name);
            valueLabel->setAccessibleName(tr("%1 in %2").arg(titleOf(key), totals.currency));
            valueLabel->setToolTip(tip);
            valueLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            QFont bold = valueLabel->font();
            bold.setBold(true);
            valueLabel->setFont(bold);
            const std::optional<Figure> previous =
                before ? std::optional<Figure>(figureOf(*before, key)) : std::optional<Figure>();
            auto* change = new QLabel(changeText(figure, previous), card);
            change->setObjectName(QStringLiteral("kpiChange_") + name);
            change->setAccessibleName(
                tr("Change of %1 in %2 against the previous period").arg(titleOf(key), totals.currency));
            change->setToolTip(tr("Against the previous period of the same length"));
            grid->addWidget(title, row, 0);
            grid->addWidget(valueLabel, row, 1);
            grid->addWidget(change, row, 2);
            m_kpiValues.insert(name, valueLabel);
            m_kpiChanges.insert(name, change);
            ++row;
        }
        m_cardsLayout->addWidget(card, 0, column++);
    }
    bool incomplete = false;
    for (const CurrencyTotals& totals : std::as_const(m_data.current))
        incomplete = incomplete || !totals.cogsComplete;
    m_cogsHint->setVisible(incomplete);
}

void DashboardPage::updateDataAsOf()
{
    const QDateTime at = m_data.dataAsOf.isValid() ? m_data.dataAsOf : m_syncDataAsOf;
    const QString text = at.isValid()
                             ? tr("Data as of %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat))
                             : tr("Data as of: not downloaded yet");
    m_dataAsOfLabel->setText(text);
    m_dataAsOfLabel->setAccessibleName(text);
}

QString DashboardPage::kpiText(const QString& currency, const QString& key) const
{
    const QLabel* label = m_kpiValues.value(currency + QLatin1Char('_') + key);
    return label ? label->text() : QString();
}

QString DashboardPage::kpiChangeText(const QString& currency, const QString& key) const
{
    const QLabel* label = m_kpiChanges.value(currency + QLatin1Char('_') + key);
    return label ? label->text() : QString();
}

QString DashboardPage::dataAsOfText() const { return m_dataAsOfLabel->text(); }

QString DashboardPage::errorText() const { return m_errorLabel->isVisible() ? m_errorLabel->text() : QString(); }

bool DashboardPage::cogsHintVisible() const { return !m_cogsHint->isHidden(); }

} // namespace sp
