#pragma once

#include "cache/CacheQuery.h"

#include <QStringList>
#include <QToolButton>

class QMenu;

namespace sp {

// A button with a menu of checkable marketplaces: which ones a dashboard or report looks at.
// All checked (or none, which would show nothing) means no restriction: chosen() is empty.
class MarketplaceFilterButton : public QToolButton
{
    Q_OBJECT
public:
    explicit MarketplaceFilterButton(QWidget* parent = nullptr);

    // The marketplaces to offer; keeps the choice of those still offered. No signal.
    void setMarketplaces(const QList<MarketplaceRow>& rows);
    // Chooses these (empty: all). No signal.
    void setChosen(const QStringList& ids);
    QStringList chosen() const { return m_chosen; }

signals:
    void chosenChanged(const QStringList& ids);

private:
    void updateText();

    QMenu* m_menu;
    QStringList m_chosen;
};

} // namespace sp
