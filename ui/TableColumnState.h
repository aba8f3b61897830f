#pragma once

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QString>

class QHeaderView;
class QTableView;

namespace sp {

class ColumnFit;

// Remembers which columns of a table are shown, their widths and order, and the sort indicator
// (QHeaderView::saveState under `key` in the profile's settings), and offers the choice of columns
// in the header's context menu.
class TableColumnState : public QObject
{
    Q_OBJECT
public:
    TableColumnState(QTableView* table, const QString& key, QObject* parent = nullptr);

    // Restores the saved state (if any) and saves every later change there. Null: forget nothing,
    // save nothing (no profile yet).
    void setSettings(QSettings* settings);
    // Widths `fit` sets are its own, not the user's: they are not saved.
    void setFit(const ColumnFit* fit) { m_fit = fit; }
    void save();
    // The context menu's column choice, also for the keyboard (the page's "Columns..." button).
    void showColumnMenu(const QPoint& globalPos);

private:
    QTableView* m_table;
    QString m_key;
    QPointer<QSettings> m_settings;
    bool m_restoring = false;
    const ColumnFit* m_fit = nullptr;
};

} // namespace sp
