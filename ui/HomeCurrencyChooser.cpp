#include "HomeCurrencyChooser.h"

#include "reports/HomeCurrency.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace sp {

HomeCurrencyChooser::HomeCurrencyChooser(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
{
    auto* label = new QLabel(tr("&Home currency:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("homeCurrencyCombo"));
    m_combo->setAccessibleName(tr("Home currency"));
    m_combo->setToolTip(tr("The dashboard adds up every marketplace in this currency, at daily reference rates."));
    const QString own = QLocale::system().currencySymbol(QLocale::CurrencyIsoCode);
    m_combo->addItem(own.isEmpty() ? tr("Automatic (EUR)")
                                   : tr("Automatic (%1 if rates cover it, otherwise EUR)").arg(own),
                     QString());
    for (const QString& code : HomeCurrency::choices())
        m_combo->addItem(code, code);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_combo, 1);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &HomeCurrencyChooser::choose);
}

void HomeCurrencyChooser::setSettings(QSettings* settings)
{
    m_settings = settings;
    const int index = m_combo->findData(m_settings ? HomeCurrency::stored(*m_settings) : QString());
    m_loading = true;
    m_combo->setCurrentIndex(index < 0 ? 0 : index);
    m_loading = false;
}

QString HomeCurrencyChooser::currentCode() const { return m_combo->currentData().toString(); }

void HomeCurrencyChooser::choose(int index)
{
    if (m_loading || index < 0 || !m_settings)
        return;
    const QString code = m_combo->itemData(index).toString();
    HomeCurrency::store(*m_settings, code);
    emit homeCurrencyChosen(code);
}

} // namespace sp
