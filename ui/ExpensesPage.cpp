#include "ExpensesPage.h"

#include "Confirmation.h"
#include "ExpenseDialog.h"
#include "MoneyText.h"
#include "PageHeading.h"
#include "ReadOnlyTable.h"
#include "SystemClock.h"
#include "auth/Session.h"
#include "cache/CacheReader.h"
#include "expenses/ConfirmedExpenses.h"
#include "expenses/ExpenseClient.h"
#include "expenses/ExpensesQuery.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sp {

namespace {
constexpr int kReloadDelayMs = 300;
}

ExpensesPage::ExpensesPage(QWidget* parent)
    : QWidget(parent)
    , m_clock(systemClock())
    , m_offline(new QLabel(ExpenseClient::offlineMessage(), this))
    , m_message(new QLabel(this))
    , m_add(new QPushButton(tr("&Add expense…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_confirmed(new ConfirmedExpenses(this))
{
    setObjectName(QStringLiteral("expensesPage"));
    auto* heading = new PageHeading(tr("Expenses"), QStringLiteral("expensesHeading"), this);
    auto* intro = new QLabel(tr("Costs outside Amazon (software, packaging, a warehouse, wages). They count in net "
                                "profit on the days they occur, in their own currency."),
                             this);
    intro->setObjectName(QStringLiteral("expensesIntro"));
    intro->setWordWrap(true);
    m_offline->setObjectName(QStringLiteral("expensesOfflineMessage"));
    m_offline->setWordWrap(true);
    m_offline->hide();
    m_message->setObjectName(QStringLiteral("expensesMessage"));
    m_message->setWordWrap(true);
    m_table = makeReadOnlyTable(QStringLiteral("expensesTable"), tr("Expenses"),
                                {tr("Description"), tr("Category"), tr("Amount"), tr("Repeats"), tr("From"), tr("To"),
                                 tr("Marketplace"), tr("SKU")},
                                this, {0, 1, 6, 7});
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add->setObjectName(QStringLiteral("expenseAddButton"));
    m_add->setAccessibleName(tr("Add expense"));
    m_edit->setObjectName(QStringLiteral("expenseEditButton"));
    m_edit->setAccessibleName(tr("Edit the chosen expense"));
    m_delete->setObjectName(QStringLiteral("expenseDeleteButton"));
    m_delete->setAccessibleName(tr("Delete the chosen expense"));
    connect(m_add, &QPushButton::clicked, this, [this] { openDialog(ExpenseRecord()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const ExpenseRecord* e = selected())
            openDialog(*e);
    });
    connect(m_table, &QTableWidget::itemDoubleClicked, m_edit, &QPushButton::click);
    connect(m_delete, &QPushButton::clicked, this, &ExpensesPage::deleteSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ExpensesPage::updateButtons);
    connect(m_confirmed, &ConfirmedExpenses::written, this, [this] {
        emit cacheChanged();
        reload();
    });
    connect(m_confirmed, &ConfirmedExpenses::failed, this, [this] {
        m_message->setText(tr("Saved on the server; the list and the figures follow after the next sync."));
    });
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(kReloadDelayMs);
    connect(&m_reloadDelay, &QTimer::timeout, this, &ExpensesPage::reload);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_offline);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    updateButtons();
}

ExpenseDialog* ExpensesPage::dialog() const { return m_dialog; }

void ExpensesPage::setReader(CacheReader* reader)
{
    m_reader = reader;
    reload();
}

void ExpensesPage::setSession(Session* session, bool online)
{
    if (m_session != session && m_client) {
        m_client->deleteLater(); // it writes through the previous session; its answer is dropped
        m_client = nullptr;
        if (m_writing && m_dialog)
            m_dialog->showError(tr("Not saved: the session changed meanwhile. Save again.")); // the input stays
        m_writing = false;
    }
    m_session = session;
    m_online = online;
    updateButtons();
}

void ExpensesPage::setCache(AccountCache* cache) { m_confirmed->setCache(cache); }

void ExpensesPage::setClock(const Clock* clock) { m_clock = clock ? clock : systemClock(); }

void ExpensesPage::scheduleReload() { m_reloadDelay.start(); }

void ExpensesPage::reload()
{
    m_reloadDelay.stop();
    if (!m_reader) {
        m_rows.clear();
        fill({});
        return;
    }
    m_reader->read<ExpensesQuery::Result>(
        this, CacheReader::laneOf(this, "expenses"),
        [](const CacheQuery& query) { return ExpensesQuery(query).load(); },
        [this](ExpensesQuery::Result result) {
            if (!result.error.isEmpty())
                m_message->setText(result.error);
            m_marketplaces = result.marketplaces;
            QList<Row> rows;
            for (const ExpensesQuery::Row& r : std::as_const(result.rows))
                rows.append({r.expense, r.marketplaceName});
            fill(rows);
        });
}

void ExpensesPage::fill(const QList<Row>& rows)
{
    const QString selectedId = selected() ? selected()->id : QString();
    m_rows = rows;
    m_table->setRowCount(int(rows.size()));
    int reselect = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const ExpenseRecord& e = rows.at(i).expense;
        const QString to = e.recurrence == QLatin1String("once") ? QString()
                           : e.endsOn.isValid()                  ? QLocale().toString(e.endsOn, QLocale::ShortFormat)
                                                                 : tr("ongoing");
        m_table->setItem(i, 0, readOnlyCell(e.description));
        m_table->setItem(i, 1, readOnlyCell(ExpenseDialog::categoryName(e.category)));
        m_table->setItem(i, 2, readOnlyCell(MoneyText::format(e.amountCents, e.currency), true));
        m_table->setItem(i, 3, readOnlyCell(ExpenseDialog::recurrenceName(e.recurrence)));
        m_table->setItem(i, 4, readOnlyCell(QLocale().toString(e.startsOn, QLocale::ShortFormat)));
        m_table->setItem(i, 5, readOnlyCell(to));
        m_table->setItem(
            i, 6,
            readOnlyCell(e.marketplaceId.isEmpty()
                             ? tr("All")
                             : (rows.at(i).marketplaceName.isEmpty() ? e.marketplaceId : rows.at(i).marketplaceName)));
        m_table->setItem(i, 7, readOnlyCell(e.sku));
        if (e.id == selectedId)
            reselect = i;
    }
    if (reselect >= 0)
        m_table->selectRow(reselect);
    updateButtons();
}

const ExpenseRecord* ExpensesPage::selected() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    const int row = items.isEmpty() ? -1 : items.first()->row();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).expense : nullptr;
}

void ExpensesPage::updateButtons()
{
    const bool online = m_session && m_online;
    m_offline->setVisible(!online);
    m_add->setEnabled(online && !m_writing);
    m_edit->setEnabled(online && !m_writing && selected());
    m_delete->setEnabled(online && !m_writing && selected());
    if (m_dialog && !online)
        m_dialog->showError(ExpenseClient::offlineMessage());
}

ExpenseClient* ExpensesPage::client()
{
    if (!m_client) {
        m_client = new ExpenseClient(m_session, this);
        // The server's answer goes into the cache at once; the next sync brings the same row.
        connect(m_client, &ExpenseClient::stored, m_confirmed, &ConfirmedExpenses::write);
        connect(m_client, &ExpenseClient::finished, this,
                [this](const ApiError& error) { onWriteFinished(ExpenseClient::messageFor(error)); });
    }
    return m_client;
}

void ExpensesPage::openDialog(const ExpenseRecord& expense)
{
    if (m_dialog)
        return m_dialog->raise();
    m_dialog = new ExpenseDialog(expense, m_marketplaces, m_clock->nowUtc().date(), this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ExpenseDialog::saveRequested, this, &ExpensesPage::saveFromDialog);
    m_dialog->open();
}

void ExpensesPage::saveFromDialog()
{
    if (!m_dialog)
        return;
    if (!m_session || !m_online)
        return m_dialog->showError(ExpenseClient::offlineMessage());
    const ExpenseRecord e = m_dialog->expense();
    m_writing = true;
    updateButtons();
    m_message->setText(tr("Saving…"));
    m_doneText = tr("Saved.");
    if (e.id.isEmpty())
        client()->create(e);
    else
        client()->replace(e);
}

void ExpensesPage::deleteSelected()
{
    const ExpenseRecord* e = selected();
    if (!e || !m_session || !m_online)
        return;
    const ExpenseRecord expense = *e;
    ConfirmationStyle style;
    style.boxName = QStringLiteral("expenseDeleteConfirmation");
    style.confirmName = QStringLiteral("expenseDeleteConfirmButton");
    style.icon = QMessageBox::Warning;
    confirmDestructive(
        this, tr("Delete expense"),
        tr("Delete the expense \"%1\"? It no longer counts in net profit, on every computer.").arg(expense.description),
        tr("Delete"), style, [this, expense] {
            if (!m_session || !m_online)
                return;
            m_writing = true;
            updateButtons();
            m_message->setText(tr("Deleting…"));
            m_doneText = tr("Deleted.");
            client()->remove(expense);
        });
}

void ExpensesPage::onWriteFinished(const QString& error)
{
    m_writing = false;
    m_message->setText(error.isEmpty() ? m_doneText : error);
    if (m_dialog) {
        if (error.isEmpty())
            m_dialog->finish();
        else
            m_dialog->showError(error); // what was typed stays
    }
    updateButtons();
}

} // namespace sp
