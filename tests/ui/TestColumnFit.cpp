// ColumnFit on a table held in memory: its columns are as wide as what the rows show, measured on a
// bounded number of rows, so a plan or report of thousands of rows never stalls the window.
#include "ColumnFit.h"

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QSet>
#include <QTableView>
#include <QtTest>

namespace sp::test {

namespace {

// Rows of short text with one long cell at `wideRow`; remembers which rows were asked for.
class CountingModel : public QAbstractTableModel
{
public:
    CountingModel(int rows, int wideRow)
        : m_rows(rows)
        , m_wideRow(wideRow)
    {}
    static QString wideText() { return QStringLiteral("A much longer cell than the others"); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override { return parent.isValid() ? 0 : m_rows; }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        m_asked.insert(index.row());
        return index.row() == m_wideRow && index.column() == 1 ? wideText() : QStringLiteral("ab");
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        return orientation == Qt::Horizontal && role == Qt::DisplayRole ? QStringLiteral("C%1").arg(section)
                                                                        : QVariant();
    }
    QSet<int>& asked() const { return m_asked; }

private:
    int m_rows, m_wideRow;
    mutable QSet<int> m_asked;
};

} // namespace

class TestColumnFit : public QObject
{
    Q_OBJECT

private slots:
    void aShortTableIsMeasuredOnEveryRow();
    void aLongTableIsMeasuredOnSomeRows();
    void aHiddenColumnIsNotMeasured();

private:
    static int wideWidth(const QTableView& table)
    {
        return table.fontMetrics().horizontalAdvance(CountingModel::wideText());
    }
};

void TestColumnFit::aShortTableIsMeasuredOnEveryRow()
{
    // The long cell in the last row counts: every row of a short table is measured.
    const int rows = ColumnFit::kMeasuredRows;
    CountingModel model(rows, rows - 1);
    QTableView table;
    table.setModel(&model);
    table.resize(900, 300);
    ColumnFit::forRowsInMemory(&table, {});
    QCOMPARE(model.asked().size(), rows);
    QVERIFY2(table.columnWidth(1) >= wideWidth(table),
             qPrintable(QStringLiteral("%1 < %2").arg(table.columnWidth(1)).arg(wideWidth(table))));
    QVERIFY(table.columnWidth(0) < wideWidth(table));
}

void TestColumnFit::aLongTableIsMeasuredOnSomeRows()
{
    // 20,000 rows: at most kMeasuredRows of them are read to size the columns, and a long cell among
    // the first rows (what the seller sees first) still widens its column.
    CountingModel model(20000, 3);
    QTableView table;
    table.setModel(&model);
    table.resize(900, 300);
    ColumnFit::forRowsInMemory(&table, {});
    QVERIFY2(model.asked().size() <= ColumnFit::kMeasuredRows + 1,
             qPrintable(QStringLiteral("%1 rows read").arg(model.asked().size())));
    QVERIFY(model.asked().contains(0) && model.asked().contains(ColumnFit::kMeasuredRows / 2 - 1));
    QVERIFY2(table.columnWidth(1) >= wideWidth(table),
             qPrintable(QStringLiteral("%1 < %2").arg(table.columnWidth(1)).arg(wideWidth(table))));

    // Shown (Qt's own sizeHintForColumn would read up to 1,000 rows here): the rows on screen are
    // painted, and the fit still reads no more than its share.
    model.asked().clear();
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    const int onScreen = table.rowAt(table.viewport()->height() - 1) + 1;
    QVERIFY(onScreen > 0);
    QTRY_VERIFY(!model.asked().isEmpty());
    QVERIFY2(model.asked().size() <= ColumnFit::kMeasuredRows + onScreen,
             qPrintable(QStringLiteral("%1 rows read").arg(model.asked().size())));
}

void TestColumnFit::aHiddenColumnIsNotMeasured()
{
    CountingModel model(50, 0);
    QTableView table;
    table.setModel(&model);
    table.setColumnHidden(1, true);
    table.resize(900, 300);
    ColumnFit* fit = ColumnFit::forRowsInMemory(&table, {});
    model.asked().clear();
    table.setColumnHidden(1, false);
    fit->fit();
    QCOMPARE(model.asked().size(), 50); // measured once it is shown
    QVERIFY(table.columnWidth(1) >= wideWidth(table));
}

} // namespace sp::test

QTEST_MAIN(sp::test::TestColumnFit)
#include "TestColumnFit.moc"
