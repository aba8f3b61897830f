#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QComboBox;

namespace sp {

struct MarketplaceRow;

// The filter combos of the tables (status, event type, marketplace): an "all" entry with empty data
// first, then the choices. A refill keeps the user's choice, because the lists grow during a sync.
class FilterChoices
{
public:
    struct Choice
    {
        QString text;
        QString value;
    };

    static void refill(QComboBox* combo, const QString& allText, const QList<Choice>& choices);
    // Each value (a word of the API contract's fixed lists) shown as `name` calls it.
    static QList<Choice> named(const QStringList& values, QString (*name)(const QString&));
    // "Amazon.de (DE)"; `format` is the caller's translated "%1 (%2)".
    static QList<Choice> marketplaces(const QList<MarketplaceRow>& rows, const QString& format);
};

} // namespace sp
