#include "ColumnFit.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace sp {

ColumnFit::ColumnFit(QTableView* table, QHash<int, Column> columns)
    : QObject(table)
    , m_table(table)
    , m_viewport(table->viewport())
    , m_columns(std::move(columns))
{
    table->setTextElideMode(Qt::ElideMiddle); // ids and SKUs keep both ends
    table->horizontalHeader()->setStretchLastSection(false);
    table->viewport()->installEventFilter(this);
    connect(table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int, int oldSize, int newSize) {
        // A column hidden or shown by the page is not the user's sizing.
        if (!m_fitting && oldSize > 0 && newSize > 0)
            m_active = false; // the user's (or their saved) widths from now on
    });
    fit();
}

ColumnFit* ColumnFit::forRowsInMemory(QTableView* table, const QList<int>& shrinkable)
{
    auto* fit = new ColumnFit(table, {});
    fit->m_measureRows = true;
    fit->m_shrinkable = shrinkable;
    // Rows set one cell at a time (a QTableWidget) are measured once, after the last of them.
    auto* again = new QTimer(fit);
    again->setSingleShot(true);
    connect(again, &QTimer::timeout, fit, &ColumnFit::fit);
    QAbstractItemModel* model = table->model();
    connect(model, &QAbstractItemModel::modelReset, fit, [fit, again] {
        fit->m_active = true; // another table: the user's widths were for the last one
        fit->m_rowWidths.clear();
        again->start(0);
    });
    auto rowsChanged = [fit, again] {
        fit->m_rowWidths.clear(); // measured again, not on every resize of the window
        again->start(0);
    };
    connect(model, &QAbstractItemModel::rowsInserted, fit, rowsChanged);
    connect(model, &QAbstractItemModel::dataChanged, fit, rowsChanged);
    fit->fit();
    return fit;
}

ColumnFit::Column ColumnFit::columnSpec(int column) const
{
    Column spec = m_columns.value(column);
    if (m_measureRows)
        spec.shrinkable = spec.shrinkable || m_shrinkable.contains(column);
    return spec;
}

int ColumnFit::labelWidth(const QTableView* table, int column)
{
    const QHeaderView* header = table->horizontalHeader();
    const QString label = table->model() ? table->model()->headerData(column, Qt::Horizontal).toString() : QString();
    int widest = 0;
    for (const QString& line : label.split(QLatin1Char('\n')))
        widest = qMax(widest, header->fontMetrics().horizontalAdvance(line));
    const QStyle* style = header->style();
    const int margin = style->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = style->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    // As QCommonStyle sizes a header section, with a pixel of air each side.
    return widest + 2 * margin + 2 + (header->isSortIndicatorShown() ? arrow + margin : 0);
}

int ColumnFit::sampleWidth(const QTableView* table, const QStringList& samples)
{
    int widest = 0;
    for (const QString& sample : samples)
        widest = qMax(widest, table->fontMetrics().horizontalAdvance(sample));
    return widest > 0 ? widest + 2 * table->fontMetrics().averageCharWidth() : 0;
}

QString ColumnFit::wrappedLabel(const QString& label, int wrapAt)
{
    if (label.size() <= wrapAt)
        return label;
    // Breaks at a space (dropped) or after a hyphen (kept); the lines are chosen so the longest is
    // shortest, on two lines or, when that makes it clearly shorter, three.
    QList<int> breaks;
    for (int i = 1; i < label.size() - 1; ++i) {
        if (label.at(i) == QLatin1Char(' ') || label.at(i - 1) == QLatin1Char('-'))
            breaks.append(i);
    }
    auto lineAt = [&label](int from, int to) { // [from, to), a leading space dropped
        return label.mid(from, to - from).trimmed();
    };
    auto longestOf = [](const QStringList& lines) {
        qsizetype longest = 0;
        for (const QString& line : lines)
            longest = qMax(longest, line.size());
        return int(longest);
    };
    QStringList best{label};
    for (int a = 0; a < breaks.size(); ++a) {
        const QStringList two{lineAt(0, breaks[a]), lineAt(breaks[a], int(label.size()))};
        if (longestOf(two) < longestOf(best))
            best = two;
    }
    QStringList bestThree = best;
    for (int a = 0; a < breaks.size(); ++a) {
        for (int b = a + 1; b < breaks.size(); ++b) {
            const QStringList three{lineAt(0, breaks[a]), lineAt(breaks[a], breaks[b]),
                                    lineAt(breaks[b], int(label.size()))};
            if (longestOf(three) < longestOf(bestThree))
                bestThree = three;
        }
    }
    if (longestOf(bestThree) + 4 <= longestOf(best))
        best = bestThree;
    return best.join(QLatin1Char('\n'));
}

int ColumnFit::rowsWidth(int column) const
{
    // The first rows (what the seller sees first) and an even spread of the others: measuring every
    // row, as QTableView::sizeHintForColumn does up to 1,000, stalled the window on a long plan or report.
    const QAbstractItemModel* model = m_table->model();
    const int rows = model->rowCount();
    const int first = qMin(rows, kMeasuredRows / 2);
    const int step = rows > kMeasuredRows ? qMax(1, (rows - first) / (kMeasuredRows / 2)) : 1;
    int widest = 0;
    for (int row = 0; row < rows; row += row < first ? 1 : step)
        widest = qMax(widest, m_table->sizeHintForIndex(model->index(row, column)).width());
    return widest > 0 && m_table->showGrid() ? widest + 1 : widest; // as QTableView counts the grid line
}

void ColumnFit::fit()
{
    if (!m_active || !m_table->model())
        return;
    const QHeaderView* header = m_table->horizontalHeader();
    const int count = m_table->model()->columnCount();
    if (m_measureRows && m_rowWidths.size() != count) // once per change of the rows, not per resize
        m_rowWidths = QList<int>(count, -1);
    QList<int> natural(count, 0);
    QList<int> floor(count, 0);
    int total = 0;
    int give = 0; // what shrinkable columns can give up
    for (int column = 0; column < count; ++column) {
        if (header->isSectionHidden(column))
            continue;
        const Column spec = columnSpec(column);
        floor[column] = labelWidth(m_table, column);
        natural[column] = qMax(floor[column], sampleWidth(m_table, spec.samples));
        if (m_measureRows) {
            if (m_rowWidths[column] < 0) // a hidden column is measured when it is shown
                m_rowWidths[column] = rowsWidth(column);
            natural[column] = qMax(natural[column], m_rowWidths[column]);
        }
        if (spec.maxWidth > 0)
            natural[column] = qMax(floor[column], qMin(natural[column], spec.maxWidth));
        total += natural[column];
        if (spec.shrinkable)
            give += natural[column] - floor[column];
    }
    const QScrollBar* bar = m_table->verticalScrollBar();
    const int room = m_table->viewport()->width() - (bar->isVisible() ? 0 : bar->sizeHint().width());
    const int excess = m_table->isVisible() ? total - room : 0;
    // The shrinkable columns give up the excess in proportion to what each can give, the last of
    // them the rounding's remainder.
    int toGive = excess > 0 ? qMin(excess, give) : 0;
    int canGive = give;
    m_fitting = true;
    for (int column = 0; column < count; ++column) {
        if (header->isSectionHidden(column))
            continue;
        int width = natural[column];
        if (toGive > 0 && columnSpec(column).shrinkable) {
            const int share = natural[column] - floor[column];
            const int given = canGive > 0 ? int((qint64(toGive) * share + canGive - 1) / canGive) : 0;
            width -= qMin(given, share);
            toGive -= qMin(given, share);
            canGive -= share;
        }
        m_table->setColumnWidth(column, width);
    }
    m_fitting = false;
}

bool ColumnFit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        fit();
    // Rows read while the view was hidden are measured once it is laid out (sizeHintForColumn looks at
    // the rows in the viewport, which has no height before the first layout).
    if (watched == m_viewport && event->type() == QEvent::Show && m_measureRows)
        QTimer::singleShot(0, this, [this] {
            m_rowWidths.clear();
            fit();
        });
    return QObject::eventFilter(watched, event);
}

} // namespace sp
