#include "FilterChoices.h"

#include "cache/CacheQuery.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace sp {

void FilterChoices::refill(QComboBox* combo, const QString& allText, const QList<Choice>& choices)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const Choice& choice : choices)
        combo->addItem(choice.text, choice.value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

QList<FilterChoices::Choice> FilterChoices::named(const QStringList& values, QString (*name)(const QString&))
{
    QList<Choice> choices;
    for (const QString& value : values)
        choices.append({name(value), value});
    return choices;
}

QList<FilterChoices::Choice> FilterChoices::marketplaces(const QList<MarketplaceRow>& rows, const QString& format)
{
    QList<Choice> choices;
    for (const MarketplaceRow& row : rows)
        choices.append({format.arg(row.name, row.countryCode), row.id});
    return choices;
}

} // namespace sp
