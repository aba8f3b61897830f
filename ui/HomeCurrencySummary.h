#pragma once

#include "reports/HomeCurrencyQuery.h"

#include <QHash>
#include <QPointer>
#include <QSettings>
#include <QWidget>

class QGroupBox;
class QLabel;

namespace sp {

class CacheReader;
class DashboardProductTables;

// The dashboard's first row: every marketplace's revenue, net profit, fees and refunds added up in
// the seller's home currency (HomeCurrency, chosen in Settings), each day converted at that day's
// reference rate (HomeCurrencyQuery, read off the UI thread). A currency without any downloaded
// rate is named and the totals are not shown: never an amount converted at a made-up rate.
class HomeCurrencySummary : public QWidget
{
    Q_OBJECT
public:
    explicit HomeCurrencySummary(QWidget* parent = nullptr);

    // The profile's settings, where the home currency is kept. Not owned.
    void setSettings(QSettings* settings);
    // Reads the figures of `filter` (the dashboard's) from `reader`; null or an invalid period: empty.
    void load(CacheReader* reader, const DashboardFilter& filter);

    const HomeCurrencyTotals& totals() const { return m_totals; }
    static const QStringList& figureKeys(); // revenue, profit, fees, refunds
    QString valueText(const QString& key) const;
    QString headingText() const;
    QString ratesNoteText() const;
    QString missingRatesText() const; // empty when every currency has rates
    bool isLoading() const { return m_loading; }
    // Gives `tables` the ranking by converted amount, or clears it when rates are missing.
    void rankInto(DashboardProductTables* tables) const;

signals:
    void shown(); // the figures asked for last are on the widget

protected:
    // The home currency may have been changed in Settings meanwhile: read again.
    void showEvent(QShowEvent* event) override;

private:
    QString storedChoice() const;
    void showTotals(const HomeCurrencyTotals& totals, const QString& error);

    QPointer<CacheReader> m_reader;
    QPointer<QSettings> m_settings;
    DashboardFilter m_filter;
    QString m_loadedChoice;
    HomeCurrencyTotals m_totals;
    bool m_loading = false;
    QGroupBox* m_box;
    QHash<QString, QLabel*> m_values;
    QLabel* m_note;
    QLabel* m_missing;
};

} // namespace sp
