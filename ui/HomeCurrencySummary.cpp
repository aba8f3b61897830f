#include "HomeCurrencySummary.h"

#include "DashboardProductTables.h"
#include "MoneyText.h"
#include "UiLog.h"
#include "cache/CacheQuery.h"
#include "cache/CacheReader.h"
#include "reports/HomeCurrency.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace sp {

namespace {

QString titleOf(const QString& key)
{
    if (key == QLatin1String("revenue"))
        return HomeCurrencySummary::tr("Revenue");
    if (key == QLatin1String("profit"))
        return HomeCurrencySummary::tr("Net profit");
    if (key == QLatin1String("fees"))
        return HomeCurrencySummary::tr("Amazon fees");
    return HomeCurrencySummary::tr("Refunds");
}

double centsOf(const HomeCurrencyTotals& totals, const QString& key)
{
    if (key == QLatin1String("revenue"))
        return totals.revenueCents;
    if (key == QLatin1String("profit"))
        return totals.netProfitCents;
    if (key == QLatin1String("fees"))
        return totals.feesCents;
    return totals.refundsCents;
}

} // namespace

const QStringList& HomeCurrencySummary::figureKeys()
{
    static const QStringList keys{QStringLiteral("revenue"), QStringLiteral("profit"), QStringLiteral("fees"),
                                  QStringLiteral("refunds")};
    return keys;
}

HomeCurrencySummary::HomeCurrencySummary(QWidget* parent)
    : QWidget(parent)
    , m_box(new QGroupBox(this))
    , m_note(new QLabel(m_box))
    , m_missing(new QLabel(m_box))
{
    setObjectName(QStringLiteral("homeCurrencySummary"));
    m_box->setObjectName(QStringLiteral("homeCurrencyBox"));
    auto* grid = new QGridLayout(m_box);
    int column = 0;
    for (const QString& key : figureKeys()) {
        auto* title = new QLabel(titleOf(key), m_box);
        auto* value = new QLabel(m_box);
        value->setObjectName(QStringLiteral("homeCurrencyValue_") + key);
        value->setAccessibleName(titleOf(key));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        QFont bold = value->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.3);
        value->setFont(bold);
        grid->addWidget(title, 0, column);
        grid->addWidget(value, 1, column);
        m_values.insert(key, value);
        ++column;
    }
    m_note->setObjectName(QStringLiteral("homeCurrencyRatesNote"));
    m_note->setWordWrap(true);
    m_missing->setObjectName(QStringLiteral("homeCurrencyMissingRates"));
    m_missing->setWordWrap(true);
    m_missing->hide();
    grid->setColumnStretch(column, 1); // the figures side by side on the left, however wide the page
    grid->setHorizontalSpacing(32);
    grid->addWidget(m_note, 2, 0, 1, column + 1);
    grid->addWidget(m_missing, 3, 0, 1, column + 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    showTotals(HomeCurrencyTotals{}, QString());
}

void HomeCurrencySummary::setSettings(QSettings* settings)
{
    m_settings = settings;
    load(m_reader, m_filter);
}

QString HomeCurrencySummary::storedChoice() const { return m_settings ? HomeCurrency::stored(*m_settings) : QString(); }

void HomeCurrencySummary::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (storedChoice() != m_loadedChoice)
        load(m_reader, m_filter);
}

void HomeCurrencySummary::load(CacheReader* reader, const DashboardFilter& filter)
{
    m_reader = reader;
    m_filter = filter;
    m_loadedChoice = storedChoice();
    if (!reader || !filter.period.isValid()) {
        showTotals(HomeCurrencyTotals{}, QString());
        return;
    }
    using Answer = QPair<HomeCurrencyTotals, QString>;
    m_loading = true;
    m_reader->read<Answer>(
        this, CacheReader::laneOf(this, "home-currency"),
        [filter, choice = m_loadedChoice, locale = QLocale::system()](const CacheQuery& cache) {
            HomeCurrencyQuery query(cache);
            Answer answer{query.load(filter, choice, locale), query.lastError()};
            if (!answer.second.isEmpty() && answer.second != QLatin1String("interrupted"))
                qCWarning(lcUi) << "home currency totals failed:" << answer.second;
            return answer;
        },
        [this](Answer answer) { showTotals(answer.first, answer.second); });
}

void HomeCurrencySummary::showTotals(const HomeCurrencyTotals& totals, const QString& error)
{
    m_loading = false;
    m_totals = totals;
    const QString currency = totals.currency.isEmpty() ? QStringLiteral("EUR") : totals.currency;
    m_box->setTitle(tr("All marketplaces in %1").arg(currency));
    const bool usable = error.isEmpty() && totals.hasFigures && totals.complete();
    for (const QString& key : figureKeys()) {
        QLabel* value = m_values.value(key);
        // Rounded here, for display only; the sums keep the fractions of a cent.
        value->setText(usable ? MoneyText::format(qint64(std::llround(centsOf(totals, key))), currency)
                              : QStringLiteral("\u2014"));
        value->setAccessibleDescription(tr("%1, all marketplaces converted into %2").arg(titleOf(key), currency));
    }
    const QLocale locale;
    if (!error.isEmpty()) {
        m_note->setText(error);
        m_note->setToolTip(QString());
    } else if (!totals.hasFigures) {
        m_note->setText(m_reader ? tr("No sales in this period.") : tr("No data downloaded yet."));
        m_note->setToolTip(QString());
    } else {
        m_note->setText(tr("Converted at daily ECB-style reference rates, each day at its own rate."));
        m_note->setToolTip(
            totals.firstRateDay.isValid()
                ? tr("Rates of %1 to %2 (weekends and holidays: the latest earlier rate), into %3 from %4.")
                      .arg(locale.toString(totals.firstRateDay, QLocale::ShortFormat),
                           locale.toString(totals.lastRateDay, QLocale::ShortFormat), currency,
                           QLocale().createSeparatedList(totals.fromCurrencies))
                : tr("Every figure is already in %1: nothing to convert.").arg(currency));
    }
    m_missing->setText(totals.complete() ? QString()
                                         : tr("Exchange rates not yet downloaded for %1: the totals in %2 are shown "
                                              "once the next sync has brought them.")
                                               .arg(QLocale().createSeparatedList(totals.missingRates), currency));
    m_missing->setVisible(!totals.complete());
    emit shown();
}

void HomeCurrencySummary::rankInto(DashboardProductTables* tables) const
{
    if (m_totals.hasFigures && m_totals.complete() && !m_totals.currency.isEmpty())
        tables->setConvertedRanking(m_totals.topEarners, m_totals.topLosers, m_totals.currency, m_totals.rankRateDay);
    else
        tables->clearConvertedRanking();
}

QString HomeCurrencySummary::valueText(const QString& key) const
{
    const QLabel* label = m_values.value(key);
    return label ? label->text() : QString();
}

QString HomeCurrencySummary::headingText() const { return m_box->title(); }
QString HomeCurrencySummary::ratesNoteText() const { return m_note->text(); }
QString HomeCurrencySummary::missingRatesText() const { return m_missing->isHidden() ? QString() : m_missing->text(); }

} // namespace sp
