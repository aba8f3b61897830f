#pragma once

#include "whatif/WhatIfProjection.h"
#include "whatif/WhatIfScenario.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sp {

class AccountCache;
class CacheReader;
class Clock;
class ReadWhenShown;
class WhatIfChanges;
class WhatIfScenarios;

// Issue 18 part 4, the what-if: the seller chooses SKUs and changes (price by percent or amount, unit
// cost, advertising, FBA fee, a price elasticity) and sees the next 30 days' units, revenue, net
// profit and margin per currency, baseline and scenario side by side (WhatIfProjection, from the last
// 90 days in the cache, read through the cache's reader, never on the UI thread). Scenarios are
// saved, loaded and deleted on this computer only, in the encrypted offline cache (WhatIfScenarios,
// through the cache's writer); nothing of them is sent anywhere, and the page says so.
class WhatIfPage : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfPage(QWidget* parent = nullptr);

    void setReader(CacheReader* reader);
    void setCache(AccountCache* cache); // where scenarios are saved
    void setClock(const Clock* clock);  // "today": the 90 days end yesterday
    void scheduleReload();              // the cache changed (a sync): read again when shown

    void chooseSkus(const QStringList& skus); // checks exactly these in the list
    QStringList chosenSkus() const;
    WhatIfChanges* changes() const { return m_changes; }
    const QList<WhatIfHistory>& history() const { return m_history; }
    const QList<WhatIfCurrencyProjection>& projection() const { return m_projection; }
    const QList<WhatIfScenario>& savedScenarios() const { return m_saved; }
    QString inputError() const; // empty while every field reads

signals:
    void choicesShown();     // the SKUs and saved scenarios are on the page
    void projectionShown();  // the chosen SKUs' baseline and scenario are on the page
    void scenariosChanged(); // the saved list was read again (after a save or a delete)
    void scenarioFailed(const QString& message);

private:
    void readChoices();
    void readScenarios();
    void readHistory();
    void recompute();
    void save();
    void loadChosen();
    void deleteChosen();
    void showScenarios(const QList<WhatIfScenario>& scenarios);
    void filterSkus(const QString& text);

    QPointer<CacheReader> m_reader;
    const Clock* m_clock;
    WhatIfScenarios* m_scenarios;
    ReadWhenShown* m_whenShown;
    QLineEdit* m_filter;
    QListWidget* m_skus;
    WhatIfChanges* m_changes;
    QLabel* m_error;
    QLabel* m_period;
    QTableWidget* m_results;
    QLineEdit* m_name;
    QPushButton* m_save;
    QComboBox* m_scenarioList;
    QPushButton* m_load;
    QPushButton* m_delete;
    QLabel* m_status;
    QList<WhatIfHistory> m_history;
    QList<WhatIfCurrencyProjection> m_projection;
    QList<WhatIfScenario> m_saved;
    WhatIfScenario m_lastChanges; // the last changes that read (shown while a field does not)
};

} // namespace sp
