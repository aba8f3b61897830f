#include "WhatIfChanges.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>

#include <cmath>

namespace sp {

namespace {

// A signed decimal with at most `decimals` digits after the point (a comma reads as the point).
bool parseFixed(const QString& text, int decimals, qint64 limit, qint64* value)
{
    static const QRegularExpression number(QStringLiteral("^([+-]?)(\\d{1,12})(?:[.,](\\d{1,2}))?$"));
    const QRegularExpressionMatch match = number.match(QString(text).remove(QLatin1Char(' ')));
    if (!match.hasMatch() || match.captured(3).size() > decimals)
        return false;
    qint64 scale = 1;
    for (int n = 0; n < decimals; ++n)
        scale *= 10;
    const qint64 whole = match.captured(2).toLongLong();
    const qint64 fraction = match.captured(3).leftJustified(decimals, QLatin1Char('0')).toLongLong();
    if (whole > limit / scale)
        return false;
    *value = whole * scale + fraction;
    if (match.captured(1) == QLatin1String("-"))
        *value = -*value;
    return true;
}

} // namespace

WhatIfChanges::WhatIfChanges(QWidget* parent)
    : QWidget(parent)
    , m_priceKind(new QComboBox(this))
    , m_price(new QLineEdit(this))
    , m_currency(new QComboBox(this))
    , m_unitCost(new QLineEdit(this))
    , m_advertising(new QLineEdit(this))
    , m_fbaFee(new QLineEdit(this))
    , m_elasticity(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("whatIfChanges"));
    m_priceKind->setObjectName(QStringLiteral("whatIfPriceKind"));
    m_priceKind->addItem(tr("No change"), int(WhatIfScenario::PriceChange::None));
    m_priceKind->addItem(tr("By percent"), int(WhatIfScenario::PriceChange::Percent));
    m_priceKind->addItem(tr("By amount per unit"), int(WhatIfScenario::PriceChange::Amount));
    m_priceKind->setAccessibleName(tr("Price change"));
    m_price->setObjectName(QStringLiteral("whatIfPriceEdit"));
    m_price->setPlaceholderText(tr("e.g. 10 or -1.50"));
    m_price->setAccessibleName(tr("Price change value"));
    m_currency->setObjectName(QStringLiteral("whatIfCurrency"));
    m_currency->setAccessibleName(tr("Currency of the amounts"));
    m_unitCost->setObjectName(QStringLiteral("whatIfUnitCostEdit"));
    m_unitCost->setPlaceholderText(tr("unchanged"));
    m_unitCost->setAccessibleName(tr("New unit cost"));
    m_advertising->setObjectName(QStringLiteral("whatIfAdvertisingEdit"));
    m_advertising->setPlaceholderText(tr("e.g. 200.00 or -50.00"));
    m_advertising->setAccessibleName(tr("Advertising change over 30 days"));
    m_fbaFee->setObjectName(QStringLiteral("whatIfFbaFeeEdit"));
    m_fbaFee->setPlaceholderText(tr("e.g. 0.25"));
    m_fbaFee->setAccessibleName(tr("FBA fee change per unit"));
    m_elasticity->setObjectName(QStringLiteral("whatIfElasticity"));
    m_elasticity->setRange(0.0, 20.0);
    m_elasticity->setDecimals(2);
    m_elasticity->setSingleStep(0.1);
    m_elasticity->setAccessibleName(tr("Price elasticity"));
    m_elasticity->setToolTip(tr("How strongly units answer the price: units change by minus the elasticity times "
                                "the price change in percent. 0: units stay as they are."));

    auto* price = new QHBoxLayout;
    price->setContentsMargins(0, 0, 0, 0);
    price->addWidget(m_priceKind);
    price->addWidget(m_price, 1);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Price:"), price);
    form->addRow(tr("Price elasticity:"), m_elasticity);
    form->addRow(tr("Amounts in:"), m_currency);
    form->addRow(tr("New unit cost:"), m_unitCost);
    form->addRow(tr("Advertising over 30 days, change:"), m_advertising);
    form->addRow(tr("FBA fee per unit, change:"), m_fbaFee);

    connect(m_priceKind, &QComboBox::currentIndexChanged, this, [this] {
        m_price->setEnabled(m_priceKind->currentIndex() != 0);
        emit changed();
    });
    m_price->setEnabled(false);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &WhatIfChanges::changed);
    for (QLineEdit* edit : {m_price, m_unitCost, m_advertising, m_fbaFee})
        connect(edit, &QLineEdit::textChanged, this, &WhatIfChanges::changed);
    connect(m_elasticity, &QDoubleSpinBox::valueChanged, this, &WhatIfChanges::changed);
}

void WhatIfChanges::setCurrencies(const QStringList& currencies)
{
    const QString chosen = m_currency->currentText();
    const QSignalBlocker block(m_currency);
    m_currency->clear();
    m_currency->addItems(currencies);
    m_currency->setCurrentIndex(qMax(0, currencies.indexOf(chosen)));
}

bool WhatIfChanges::parseCents(const QString& text, qint64* cents)
{
    return parseFixed(text, 2, qint64(1) << 50, cents);
}

QString WhatIfChanges::centsText(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

bool WhatIfChanges::read(WhatIfScenario* s, QString* error) const
{
    s->priceKind = WhatIfScenario::PriceChange(m_priceKind->currentData().toInt());
    s->priceChange = 0;
    if (s->priceKind == WhatIfScenario::PriceChange::Percent) {
        if (!parseFixed(m_price->text().remove(QLatin1Char('%')), 2, 1000000, &s->priceChange)
            || s->priceChange < -10000) {
            *error = tr("Enter the price change in percent, e.g. 10 or -5.5 (not below -100).");
            return false;
        }
    } else if (s->priceKind == WhatIfScenario::PriceChange::Amount && !parseCents(m_price->text(), &s->priceChange)) {
        *error = tr("Enter the price change per unit as an amount, e.g. 1.50 or -0.99.");
        return false;
    }
    s->currency = m_currency->currentText();
    s->unitCostCents.reset();
    if (!m_unitCost->text().trimmed().isEmpty()) {
        qint64 cost = 0;
        if (!parseCents(m_unitCost->text(), &cost) || cost < 0) {
            *error = tr("Enter the new unit cost as an amount, e.g. 4.20, or leave it empty.");
            return false;
        }
        s->unitCostCents = cost;
    }
    const auto optionalCents = [](const QLineEdit* edit, qint64* cents) {
        *cents = 0;
        return edit->text().trimmed().isEmpty() || parseCents(edit->text(), cents);
    };
    if (!optionalCents(m_advertising, &s->advertisingChangeCents)) {
        *error = tr("Enter the advertising change as an amount, e.g. 200.00 or -50.00.");
        return false;
    }
    if (!optionalCents(m_fbaFee, &s->fbaFeeChangeCents)) {
        *error = tr("Enter the FBA fee change per unit as an amount, e.g. 0.25 or -0.10.");
        return false;
    }
    s->elasticityHundredths = int(std::lround(m_elasticity->value() * 100.0));
    return true;
}

void WhatIfChanges::show(const WhatIfScenario& s)
{
    const QSignalBlocker blockKind(m_priceKind);
    m_priceKind->setCurrentIndex(qMax(0, m_priceKind->findData(int(s.priceKind))));
    m_price->setEnabled(s.priceKind != WhatIfScenario::PriceChange::None);
    {
        const QSignalBlocker blockPrice(m_price), blockCost(m_unitCost), blockAds(m_advertising), blockFee(m_fbaFee),
            blockElasticity(m_elasticity), blockCurrency(m_currency);
        m_price->setText(s.priceKind == WhatIfScenario::PriceChange::None ? QString() : centsText(s.priceChange));
        if (m_currency->findText(s.currency) < 0 && !s.currency.isEmpty())
            m_currency->addItem(s.currency);
        m_currency->setCurrentIndex(qMax(0, m_currency->findText(s.currency)));
        m_unitCost->setText(s.unitCostCents ? centsText(*s.unitCostCents) : QString());
        m_advertising->setText(s.advertisingChangeCents ? centsText(s.advertisingChangeCents) : QString());
        m_fbaFee->setText(s.fbaFeeChangeCents ? centsText(s.fbaFeeChangeCents) : QString());
        m_elasticity->setValue(s.elasticityHundredths / 100.0);
    }
    emit changed();
}

void WhatIfChanges::clear()
{
    WhatIfScenario none;
    none.currency = m_currency->currentText();
    show(none);
}

} // namespace sp
