#include "MarketplaceFilterButton.h"

#include <QMenu>

#include <algorithm>

namespace sp {

MarketplaceFilterButton::MarketplaceFilterButton(QWidget* parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setAccessibleName(tr("Marketplaces"));
    setPopupMode(QToolButton::InstantPopup);
    setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("marketplaceMenu"));
    updateText();
}

void MarketplaceFilterButton::setMarketplaces(const QList<MarketplaceRow>& rows)
{
    QStringList ids;
    for (const MarketplaceRow& row : rows)
        ids << row.id;
    QStringList present;
    for (QAction* action : m_menu->actions())
        present << action->data().toString();
    if (present == ids)
        return;
    m_menu->clear();
    for (const MarketplaceRow& row : rows) {
        QAction* action = m_menu->addAction(tr("%1 (%2, %3)").arg(row.name, row.countryCode, row.currency));
        action->setObjectName(QStringLiteral("marketplace_") + row.id);
        action->setData(row.id);
        action->setCheckable(true);
        action->setChecked(m_chosen.isEmpty() || m_chosen.contains(row.id));
        connect(action, &QAction::toggled, this, [this] {
            QStringList chosen;
            const QList<QAction*> actions = m_menu->actions();
            for (QAction* a : actions) {
                if (a->isChecked())
                    chosen << a->data().toString();
            }
            m_chosen = chosen.size() == actions.size() || chosen.isEmpty() ? QStringList{} : chosen;
            updateText();
            emit chosenChanged(m_chosen);
        });
    }
    m_chosen.erase(
        std::remove_if(m_chosen.begin(), m_chosen.end(), [&ids](const QString& id) { return !ids.contains(id); }),
        m_chosen.end());
    updateText();
}

void MarketplaceFilterButton::setChosen(const QStringList& ids)
{
    m_chosen = ids;
    for (QAction* action : m_menu->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(ids.isEmpty() || ids.contains(action->data().toString()));
    }
    updateText();
}

void MarketplaceFilterButton::updateText()
{
    setText(m_chosen.isEmpty()     ? tr("All marketplaces")
            : m_chosen.size() == 1 ? tr("1 marketplace")
                                   : tr("%1 marketplaces").arg(m_chosen.size()));
    setToolTip(m_chosen.join(QLatin1String(", ")));
}

} // namespace sp
