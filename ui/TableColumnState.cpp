#include "TableColumnState.h"

#include "ColumnFit.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace sp {

TableColumnState::TableColumnState(QTableView* table, const QString& key, QObject* parent)
    : QObject(parent)
    , m_table(table)
    , m_key(key)
{
    QHeaderView* header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& pos) { showColumnMenu(m_table->horizontalHeader()->mapToGlobal(pos)); });
    auto changed = [this] {
        if (!m_restoring && !(m_fit && m_fit->isFitting()))
            save();
    };
    connect(header, &QHeaderView::sectionResized, this, changed);
    connect(header, &QHeaderView::sectionMoved, this, changed);
    connect(header, &QHeaderView::sortIndicatorChanged, this, changed);
}

void TableColumnState::setSettings(QSettings* settings)
{
    m_settings = settings;
    if (!m_settings)
        return;
    const QByteArray state = m_settings->value(m_key).toByteArray();
    if (state.isEmpty())
        return;
    m_restoring = true;
    QHeaderView* header = m_table->horizontalHeader();
    if (!header->restoreState(state))
        m_settings->remove(m_key); // written by another version: start from the defaults
    // restoreState() sets the indicator; the model must sort by it too.
    if (m_table->isSortingEnabled() && m_table->model())
        m_table->model()->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_restoring = false;
}

void TableColumnState::save()
{
    if (m_settings)
        m_settings->setValue(m_key, m_table->horizontalHeader()->saveState());
}

void TableColumnState::showColumnMenu(const QPoint& globalPos)
{
    QAbstractItemModel* model = m_table->model();
    if (!model)
        return;
    QMenu menu(m_table);
    menu.setObjectName(QStringLiteral("columnMenu"));
    menu.setAccessibleName(tr("Columns"));
    QHeaderView* header = m_table->horizontalHeader();
    const int visible = header->count() - header->hiddenSectionCount();
    for (int column = 0; column < model->columnCount(); ++column) {
        QAction* action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last visible column stays: a table without columns could not be brought back.
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            m_table->horizontalHeader()->setSectionHidden(column, !on);
            save();
        });
    }
    menu.exec(globalPos);
}

} // namespace sp
