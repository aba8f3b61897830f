#include "DashboardPage.h"

#include "DashboardChart.h"
#include "DashboardKpis.h"
#include "DashboardProductTables.h"
#include "HomeCurrencySummary.h"
#include "MoneyText.h"
#include "MarketplaceFilterButton.h"
#include "NextPayoutLabel.h"
#include "SettledShareLabel.h"
#include "PageHeading.h"
#include "PeriodFilterBar.h"
#include "UiLog.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"
#include "reports/DashboardQuery.h"
#include "reports/MonthForecast.h"
#include "reports/ReportPeriods.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScopeGuard>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sp {

namespace {
constexpr int kRefreshDelayMs = 1000;
constexpr int kMinimumPlotHeight = 180; // per currency: a trend reads at this height, its axis is not crowded

} // namespace

const QStringList& DashboardPage::kpiKeys() { return DashboardKpis::keys(); }

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
    , m_homeForecast(new QLabel(this))
    , m_kpis(new DashboardKpis(this))
    , m_chartHeading(new QLabel(this))
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
    m_periodLabel->setWordWrap(true); // long in some languages: it wraps rather than widening the page
    m_dataAsOfLabel->setObjectName(QStringLiteral("dashboardDataAsOfLabel"));
    m_dataAsOfLabel->hide(); // the status bar says it, on every page
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
    m_chartHeading->setObjectName(QStringLiteral("dashboardChartHeading"));
    QFont sectionFont = m_chartHeading->font();
    sectionFont.setBold(true);
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.15);
    m_chartHeading->setFont(sectionFont);
    m_chartHeading->setText(tr("Daily revenue and net profit"));
    m_chart->setMinimumPlotHeight(kMinimumPlotHeight);

    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(kRefreshDelayMs);
    connect(&m_refreshDelay, &QTimer::timeout, this, [this] {
        fillMarketplaces();
        refresh();
        m_nextPayout->refresh();
    });

    // Layout: a vertical list of sections: heading, filters, hints, tiles, chart, then the product lists;
    // all in a scroll area that scrolls only vertically (every section fits the width it gets).
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setSpacing(fontMetrics().height());
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
    connect(m_homeCurrency, &HomeCurrencySummary::shown, this, [this] {
        m_homeCurrency->rankInto(m_productTables);
        showHomeForecast();
    });
    m_homeForecast->setObjectName(QStringLiteral("dashboardHomeForecast")); // issue 18
    m_homeForecast->setWordWrap(true);
    m_homeForecast->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_homeForecast->hide();
    layout->addWidget(m_homeForecast);
    layout->addWidget(m_nextPayout = new NextPayoutLabel(content)); // issue 17
    layout->addWidget(m_settledShare = new SettledShareLabel(content));
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_cogsHint);
    layout->addWidget(m_kpis);
    auto* chartSection = new QVBoxLayout;
    chartSection->setSpacing(fontMetrics().height() / 2);
    chartSection->addWidget(m_chartHeading);
    chartSection->addWidget(m_chart);
    layout->addLayout(chartSection);
    layout->addWidget(m_productTables);
    layout->addStretch(1);

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
    m_nextPayout->setReader(reader);
}

void DashboardPage::setDataAsOf(const QDateTime& at)
{
    m_syncDataAsOf = at;
    updateDataAsOf();
}

void DashboardPage::setFirstSync(bool running)
{
    if (running == m_firstSync)
        return;
    m_firstSync = running;
    m_firstSyncPercent = -1;
    if (m_data.current.isEmpty())
        m_kpis->setData(m_data, emptyText());
}

void DashboardPage::setFirstSyncPercent(int percent)
{
    if (!m_firstSync || percent == m_firstSyncPercent)
        return;
    m_firstSyncPercent = percent;
    if (m_data.current.isEmpty())
        m_kpis->setData(m_data, emptyText());
}

QString DashboardPage::emptyText() const
{
    if (m_firstSync)
        return m_firstSyncPercent < 0 ? tr("Downloading your history...")
                                      : tr("Downloading your history: %1%").arg(m_firstSyncPercent);
    return m_reader ? tr("No sales in this period.") : tr("No data downloaded yet.");
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
    // After the dashboard's own reads, on every way out: the reader answers in order, and the tiles are
    // what a seller looks at first (the settled share's read alone took about 250 ms on 200,000 orders).
    const auto homeCurrencyAfter = qScopeGuard([this, &current] {
        m_homeCurrency->load(m_reader, current);
        m_settledShare->load(m_reader, current); // issue 17: how much of it is settled
    });
    const QLocale locale;
    m_periodLabel->setText(current.period.isValid()
                               ? tr("%1 to %2 (previous: %3 to %4)")
                                     .arg(locale.toString(current.period.from, QLocale::ShortFormat),
                                          locale.toString(current.period.to, QLocale::ShortFormat),
                                          locale.toString(previousPeriod(current.period).from, QLocale::ShortFormat),
                                          locale.toString(previousPeriod(current.period).to, QLocale::ShortFormat))
                               : QString());
    m_loadingProducts = false; // none asked for yet: the answers below come without products
    m_productsError.clear();
    if (!current.period.isValid()) {
        showFigures(current, DashboardData{}, tr("Choose a range whose start is not after its end."));
        return;
    }
    if (!m_reader) {
        showFigures(current, DashboardData{}, QString());
        return;
    }
    struct Answer
    {
        DashboardData data;
        QString error;
        MonthForecast::Result forecast;
    };
    // Two reads, answered in order: the tiles and the chart are laid out while the products are read
    // (most of the read; issue 15's first screen). shown() comes once both are on the page.
    m_loading = m_loadingProducts = true;
    m_reader->read<Answer>(
        this, CacheReader::laneOf(this, "figures"),
        [current, today = m_periodBar->today()](const CacheQuery& cache) {
            DashboardQuery query(cache);
            Answer answer{query.loadFigures(current), query.lastError(), {}};
            // Issue 18: the current month's forecast, whatever the range (the marketplaces' filter applies).
            // Its complete days end before the last sync's day: an older cache has no figures after it.
            const QDate synced = answer.data.dataAsOf.isValid() ? answer.data.dataAsOf.toUTC().date() : today;
            MonthForecast forecast(cache);
            answer.forecast = forecast.load(current.marketplaceIds, today, std::min(today, synced));
            if (answer.error.isEmpty())
                answer.error = forecast.lastError();
            if (!answer.error.isEmpty() && answer.error != QLatin1String("interrupted"))
                qCWarning(lcUi) << "dashboard figures failed:" << answer.error;
            return answer;
        },
        [this, current](Answer answer) {
            m_kpis->setForecast(answer.forecast);
            showFigures(current, answer.data, answer.error);
            showHomeForecast();
        });
    m_reader->read<Answer>(
        this, CacheReader::laneOf(this, "products"),
        [current, today = m_periodBar->today()](const CacheQuery& cache) {
            DashboardQuery query(cache);
            Answer answer;
            query.loadProducts(current, today, &answer.data);
            answer.error = query.lastError();
            if (!answer.error.isEmpty() && answer.error != QLatin1String("interrupted"))
                qCWarning(lcUi) << "dashboard products failed:" << answer.error;
            return answer;
        },
        [this](Answer answer) { showProducts(answer.data, answer.error); });
}

void DashboardPage::showFigures(const DashboardFilter& current, const DashboardData& data, const QString& error)
{
    m_loading = false;
    // The products shown so far stay until theirs come (or go now, when none are on their way).
    DashboardData figures = data;
    if (m_loadingProducts) {
        figures.topEarners = std::move(m_data.topEarners);
        figures.topLosers = std::move(m_data.topLosers);
        figures.lowStock = std::move(m_data.lowStock);
    }
    m_data = std::move(figures);
    m_figuresError = error;
    showError();
    m_kpis->setData(m_data, emptyText());
    showCogsHint();
    const DashboardChart::Content chart = DashboardChart::revenueAndProfit(m_data.daily, current.period, locale());
    m_chartHeading->setText(DashboardChart::titleFor(chart.step));
    m_chart->setContent(chart);
    if (!m_loadingProducts)
        m_productTables->setData(m_data);
    updateDataAsOf();
    emit totalsShown();
    if (!m_loadingProducts)
        emit shown();
}

void DashboardPage::showProducts(const DashboardData& products, const QString& error)
{
    m_loadingProducts = false;
    m_data.topEarners = products.topEarners;
    m_data.topLosers = products.topLosers;
    m_data.lowStock = products.lowStock;
    m_productsError = error;
    showError();
    m_productTables->setData(m_data);
    if (!m_loading)
        emit shown();
}

void DashboardPage::showError()
{
    const QString error = m_figuresError.isEmpty() ? m_productsError : m_figuresError;
    m_errorLabel->setText(error);
    m_errorLabel->setVisible(!error.isEmpty());
}

void DashboardPage::showCogsHint()
{
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
    return m_kpis->kpiText(currency, key);
}

QString DashboardPage::kpiChangeText(const QString& currency, const QString& key) const
{
    return m_kpis->kpiChangeText(currency, key);
}

QString DashboardPage::kpiYearChangeText(const QString& currency, const QString& key) const
{
    return m_kpis->kpiYearChangeText(currency, key);
}

QString DashboardPage::forecastText(const QString& currency) const { return m_kpis->forecastText(currency); }

void DashboardPage::showHomeForecast()
{
    // Every marketplace's forecast in the home currency: only when there is more than that currency's
    // own line to add up, and every currency has a rate (the box above says which ones do not).
    const MonthForecast::Result& f = m_kpis->forecast();
    const QString home = m_homeCurrency->totals().currency;
    const bool onlyHome = f.currencies.size() == 1 && f.currencies.first().currency == home;
    const auto sum =
        f.state == MonthForecast::State::Forecast && !onlyHome ? MonthForecast::inCurrency(f, home) : std::nullopt;
    m_homeForecast->setVisible(sum.has_value());
    if (!sum) {
        m_homeForecast->clear();
        return;
    }
    const QLocale locale;
    //: %1 a month and its year ("December 2026"), %2 the home currency
    m_homeForecast->setText(tr("Month-end forecast for %1, all marketplaces in %2: %3 revenue, %4 units, %5 net profit")
                                .arg(locale.standaloneMonthName(f.month.month(), QLocale::LongFormat) + QLatin1Char(' ')
                                         + QString::number(f.month.year()),
                                     home, MoneyText::format(sum->revenueCents, home), locale.toString(sum->units),
                                     MoneyText::format(sum->netProfitCents, home)));
    const QString tip = MonthForecast::methodText(f, *sum) + QLatin1Char('\n')
                        + tr("Each currency's forecast converted at its latest reference rate up to %1.")
                              .arg(locale.toString(f.asOf, QLocale::ShortFormat));
    m_homeForecast->setToolTip(tip);
    m_homeForecast->setAccessibleDescription(tip);
}

QString DashboardPage::homeForecastText() const
{
    return m_homeForecast->isHidden() ? QString() : m_homeForecast->text();
}

QString DashboardPage::dataAsOfText() const { return m_dataAsOfLabel->text(); }

QString DashboardPage::errorText() const { return m_errorLabel->isVisible() ? m_errorLabel->text() : QString(); }

bool DashboardPage::cogsHintVisible() const { return !m_cogsHint->isHidden(); }

} // namespace sp
