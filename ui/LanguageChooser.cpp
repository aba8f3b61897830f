#include "LanguageChooser.h"

#include "profile/UiLanguage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sp {

LanguageChooser::LanguageChooser(QWidget* parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_note(new QLabel(tr("The language changes the next time you start SellerPulse."), this))
    , m_restartButton(new QPushButton(tr("&Restart now"), this))
{
    auto* label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("languageCombo"));
    m_combo->setAccessibleName(tr("Language"));
    m_combo->setAccessibleDescription(m_note->text());
    m_combo->addItem(tr("System default"), QString());
    for (const UiLanguage::Offered& language : UiLanguage::offered())
        m_combo->addItem(language.nativeName, language.code);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);

    m_restartButton->setObjectName(QStringLiteral("languageRestartButton"));
    m_restartButton->setAccessibleName(tr("Restart SellerPulse in the chosen language"));
    m_restartButton->hide();
    connect(m_restartButton, &QPushButton::clicked, this, &LanguageChooser::restartRequested);

    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_combo, 1);
    row->addWidget(m_restartButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_note);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &LanguageChooser::choose);
}

void LanguageChooser::setSettings(QSettings* settings)
{
    m_settings = settings;
    const QString stored = m_settings ? m_settings->value(UiLanguage::settingsKey()).toString() : QString();
    const int index = m_combo->findData(stored);
    m_loading = true;
    m_combo->setCurrentIndex(index < 0 ? 0 : index); // an unknown code behaves as the system default
    m_loading = false;
    m_startedWith = currentCode();
    m_restartButton->hide();
}

QString LanguageChooser::currentCode() const { return m_combo->currentData().toString(); }

void LanguageChooser::choose(int index)
{
    if (m_loading || index < 0 || !m_settings)
        return;
    const QString code = m_combo->itemData(index).toString();
    if (code.isEmpty())
        m_settings->remove(UiLanguage::settingsKey());
    else
        m_settings->setValue(UiLanguage::settingsKey(), code);
    m_restartButton->setVisible(code != m_startedWith);
    emit languageChosen(code);
}

} // namespace sp
