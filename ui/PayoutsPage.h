#pragma once

#include "cache/PayoutsQuery.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QSettings;
class QTableWidget;
class QTabWidget;

namespace sp {

class AccountantFilesBar;
class CacheReader;
class ReadWhenShown;

// Issue 17: the payouts (Amazon's settlements) newest first: period, the day the money reaches the
// bank, amount, status and the account's last digits. Selecting one shows what it is made of
// (sales, refunds, fees by type, advertising, reimbursements, reserves) and whether its events add up
// to the amount paid, and saves it for the accountant (AccountantFilesBar). With VAT on Amazon's fees
// set up, each fee shows its net amount beside the gross. A second tab lists the orders it settles
// (the first kOrderRows by order id) with what the payout holds for each. Read through the cache's reader (never SQL on the UI thread).
class PayoutsPage : public QWidget
{
    Q_OBJECT
public:
    explicit PayoutsPage(QWidget* parent = nullptr);

    void setReader(CacheReader* reader);
    void setSettings(QSettings* settings); // the accountant's setup
    AccountantFilesBar* accountantFiles() const { return m_files; }
    void scheduleReload(); // the cache changed (a sync): read again when shown

    QTableWidget* table() const { return m_table; }
    QTableWidget* breakdownTable() const { return m_breakdown; }
    QTableWidget* ordersTable() const { return m_orders; } // the orders the selected payout settles
    QTabWidget* breakdownTabs() const { return m_tabs; }
    QString ordersText() const; // "12 orders", "first 500 of 1,234 orders"
    static constexpr int kOrderRows = 500;
    const QList<PayoutRow>& payouts() const { return m_payouts; }
    const PayoutBreakdown& shownBreakdown() const { return m_shown; }
    QString ordersShownFor() const { return m_ordersFor; } // the payout whose orders are shown
    QString differenceText() const;
    bool isLoading() const { return m_loading; }

    // Texts of the page, for its tests and the dashboard.
    static QString statusText(const PayoutRow& payout);
    static QString periodText(const PayoutRow& payout);
    static QString paidText(const PayoutRow& payout); // the transfer's day, "(expected)" until it is done
    static QString partText(const PayoutLine& line);

signals:
    void payoutsShown();   // the list is on the page
    void breakdownShown(); // the selected payout's breakdown is on the page
    void ordersShown();    // then the orders it settles (shownBreakdown().settled)

private:
    void readList();
    void readBreakdown();
    void readOrders();
    void showList(const QList<PayoutRow>& rows);
    void showBreakdown(const PayoutBreakdown& breakdown);
    void showOrders(const PayoutBreakdown& breakdown);

    QPointer<CacheReader> m_reader;
    QLabel* m_summary;
    QTableWidget* m_table;
    QLabel* m_breakdownTitle;
    QTableWidget* m_breakdown;
    QTabWidget* m_tabs;
    QLabel* m_ordersLabel;
    QTableWidget* m_orders;
    QLabel* m_difference;
    AccountantFilesBar* m_files;
    ReadWhenShown* m_whenShown;
    QList<PayoutRow> m_payouts;
    PayoutBreakdown m_shown;
    QString m_ordersFor;
    QString m_selectedId; // kept across reloads
    bool m_loading = false;
};

} // namespace sp
