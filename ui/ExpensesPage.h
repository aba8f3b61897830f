#pragma once

#include "expenses/ExpenseRecord.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace sp {

class AccountCache;
class CacheReader;
class Clock;
class ConfirmedExpenses;
class ExpenseClient;
class ExpenseDialog;
class Session;

// The seller's expenses outside Amazon (issue 17 part 3): the cached list (read off the UI thread)
// and Add / Edit / Delete through a dialog. Writes go to the server (ExpenseClient), then into the
// cache at once (ConfirmedExpenses); offline the list is read-only with a clear message.
class ExpensesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ExpensesPage(QWidget* parent = nullptr);

    void setReader(CacheReader* reader);
    void setSession(Session* session, bool online);
    void setCache(AccountCache* cache);
    void setClock(const Clock* clock);
    void scheduleReload();
    ExpenseDialog* dialog() const; // the open one (tests)

signals:
    void cacheChanged(); // an expense was written into the cache: the profit figures change

private:
    struct Row
    {
        ExpenseRecord expense;
        QString marketplaceName;
    };
    void reload();
    void fill(const QList<Row>& rows);
    void updateButtons();
    void openDialog(const ExpenseRecord& expense);
    void saveFromDialog();
    void deleteSelected();
    void onWriteFinished(const QString& error);
    ExpenseClient* client();
    const ExpenseRecord* selected() const;

    QPointer<CacheReader> m_reader;
    QPointer<Session> m_session;
    bool m_online = false;
    const Clock* m_clock = nullptr;
    QLabel* m_offline;
    QLabel* m_message;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_delete;
    ConfirmedExpenses* m_confirmed;
    ExpenseClient* m_client = nullptr;
    QPointer<ExpenseDialog> m_dialog;
    QList<Row> m_rows;
    QList<QPair<QString, QString>> m_marketplaces;
    bool m_writing = false;
    QString m_doneText; // "Saved." or "Deleted." once the server answered
    QTimer m_reloadDelay;
};

} // namespace sp
