#pragma once

#include "whatif/WhatIfScenario.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace sp {

// The what-if's changes (issue 18 part 4): the price by percent or by amount, a new unit cost, a
// change of the 30 days' advertising, a change of the FBA fee per unit, the currency the amounts are
// in, and the price elasticity. Empty fields are "no change". Amounts as the seller types them
// ("12.50", "-0,30"), read exactly into cents.
class WhatIfChanges : public QWidget
{
    Q_OBJECT
public:
    explicit WhatIfChanges(QWidget* parent = nullptr);

    // The currencies of the chosen SKUs' sales (the amounts' choices); keeps the chosen one if there.
    void setCurrencies(const QStringList& currencies);
    // Fills `scenario`'s changes (not its name or SKUs); false with a readable `error` when a field
    // cannot be read.
    bool read(WhatIfScenario* scenario, QString* error) const;
    void show(const WhatIfScenario& scenario); // a loaded scenario's changes
    void clear();

    // "12.50" -> 1250, "-0,3" -> -30; false unless a plain decimal with at most two decimals.
    static bool parseCents(const QString& text, qint64* cents);
    static QString centsText(qint64 cents); // 1250 -> "12.50", -30 -> "-0.30"

signals:
    void changed();

private:
    QComboBox* m_priceKind;
    QLineEdit* m_price;
    QComboBox* m_currency;
    QLineEdit* m_unitCost;
    QLineEdit* m_advertising;
    QLineEdit* m_fbaFee;
    QDoubleSpinBox* m_elasticity;
};

} // namespace sp
