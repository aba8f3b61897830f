#pragma once

#include <QList>
#include <QString>

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
    // Each value shown as itself (values from the API contract's fixed lists).
    static QList<Choice> plain(const QStringList& values);
    // "Amazon.de (DE)"; `format` is the caller's translated "%1 (%2)".
    static QList<Choice> marketplaces(const QList<MarketplaceRow>& rows, const QString& format);
};

} // namespace sp
