#include "AccountantSetup.h"

#include "accounting/FeeVat.h"

#include <QJsonDocument>
#include <QSettings>

namespace sp {

namespace {
const QString kMappingKey = QStringLiteral("accounting/mapping");
const QString kDatevKey = QStringLiteral("accounting/datev");
const QString kFeeVatKey = QStringLiteral("accounting/feeVatRateBp");

QJsonObject objectAt(const QSettings* settings, const QString& key)
{
    return QJsonDocument::fromJson(settings->value(key).toByteArray()).object();
}
} // namespace

AccountantSetup AccountantSetup::load(const QSettings* settings)
{
    AccountantSetup setup;
    if (!settings)
        return setup;
    QString ignored; // a broken entry falls back to the defaults; the dialog shows what is in use
    AccountMapping mapping;
    if (AccountMapping::fromJson(objectAt(settings, kMappingKey), &mapping, &ignored))
        setup.mapping = mapping;
    DatevSettings datev;
    if (DatevSettings::fromJson(objectAt(settings, kDatevKey), &datev, &ignored))
        setup.datev = datev;
    const int rate = settings->value(kFeeVatKey, 0).toInt();
    setup.feeVatRateBp = FeeVat::isValidRate(rate) ? rate : 0;
    return setup;
}

void AccountantSetup::save(QSettings* settings) const
{
    if (!settings)
        return;
    settings->setValue(kMappingKey, QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact));
    settings->setValue(kDatevKey, QJsonDocument(datev.toJson()).toJson(QJsonDocument::Compact));
    settings->setValue(kFeeVatKey, feeVatRateBp);
}

} // namespace sp
