#pragma once

#include "RowPageCache.h"
#include "cache/CacheReader.h"
#include "cache/TableQuery.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <optional>

namespace sp {

class CacheQuery;

// What the cache's large tables (orders, financial events, products) share: rowCount() is the real
// number of rows matching the model's filter, rows are read in pages only when a view shows them
// and only a few recent pages are held (RowPageCache), so a million rows scroll in flat memory.
// Every read runs on the cache's reader thread (CacheReader) and arrives by a queued call: a row
// not read yet shows a placeholder until its page arrives. A filter change counts again and reads
// the first page in one read, which a newer change replaces (the reader interrupts it); the rows
// shown stay until the answer arrives. A filter's count stops at a cap (countCap(), "10,000+") so
// the first page shows at once, and the exact count follows in the background. Each model keeps its columns, its filter and its reads
// (PagedTableModelOf<Row> below holds the typed pages: a Q_OBJECT class cannot be a template).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    void setReader(CacheReader* reader); // null: empty (no cache open)
    bool hasReader() const { return m_reader != nullptr; }
    // Counts again and re-reads the rows (after a sync committed rows), keeping the view where it
    // is: only the count's difference is signalled.
    void reload();
    int totalCount() const { return m_total; } // all matching rows (as of the last answer)
    // True while the answer to the last filter, sort or reload is on its way, or its rows are still
    // being handed to the view (see growShownRows()).
    bool isReading() const { return m_firstPending || m_shown < m_total; }
    // More rows match than totalCount() (the count stopped at the cap); the exact count is on its way.
    bool isCountCapped() const { return m_capped; }
    // A filter's first count stops past this many rows (default 10,000; tests lower it).
    void setCountCap(int rows) { m_countCap = qMax(1, rows); }
    // The most rows handed to the view per turn of the event loop (default kGrowStep; tests lower it).
    void setGrowStep(int rows) { m_growStep = qMax(1, rows); }
    static constexpr int kGrowStep = 100000;

    // The rows the view has: totalCount(), once grown to it (growShownRows()).
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;

    // What a cell whose page has not arrived yet shows.
    static QString placeholder();

signals:
    void countChanged(); // totalCount() or isCountCapped() may differ
    void settled();      // the answer to the last filter, sort or reload is shown

protected:
    // `rowsName` names the rows in the log ("orders").
    PagedTableModel(int columnCount, const char* rowsName, QObject* parent);

    enum class Change { Filter, Sort, Reload };
    CacheReader* reader() const { return m_reader; }
    bool isFirstPending() const { return m_firstPending; } // the answer to the last change is on its way
    quint64 generation() const { return m_generation; }
    bool countPending() const { return m_countPending; }
    const char* rowsName() const { return m_rowsName; }
    void filterChanged() { changed(Change::Filter); } // other rows: count again, read the first page
    void sortChanged() { changed(Change::Sort); }     // the same rows in another order: read again
    // The cap of the count a change reads first (0: exact): a search's, so its first page is not kept
    // waiting by a count of a million rows; other filters count from indexes or summaries, and a
    // reload's count is exact (its rows are on screen).
    qint64 firstCountCap(Change change) const { return change == Change::Filter && isSearching() ? m_countCap : 0; }
    // The answer to a change arrived (no `count`: unchanged): `swapRows` replaces the held rows with
    // its first page, inside the model's reset (or before the rows' repaint on a reload).
    void applyFirst(Change change, std::optional<CappedCount> count, const std::function<void()>& swapRows);
    // The exact count a capped one asked for, when `wanted` is still the model's generation.
    void applyExactCount(quint64 wanted, qint64 count);
    // Logs a failed read on the reader thread (an interrupted one is not a failure); true when the
    // read did not work, interrupted included.
    static bool logIfFailed(const CacheQuery& query, const char* doing, const char* rowsName);
    // A page index's walk: 1 done, 0 stopped for a newer read (resumed later), -1 failed (logged).
    static int jumpOutcome(const CacheQuery& query, bool done, const char* rowsName);

private:
    void changed(Change change);
    // Posts the count (unless Sort) and the first page in one read; applyFirst() follows.
    virtual void readFirst(Change change) = 0;
    virtual void readExactCount() = 0;                 // after a capped count: applyExactCount() follows
    virtual bool isSearching() const { return false; } // the filter has a search term (counted by a scan)
    // What else a reload reads besides the rows (the products' unit costs); reader() may be null.
    virtual void reloadExtras() {}
    virtual void dropPages() = 0;
    // Gives the view the rows up to totalCount(): removed at once, added at most kGrowStep per turn
    // of the event loop (one timer each). A view's vertical header keeps one item per row, and making millions of
    // them at once (its memory touched for the first time) stalls the window for 100+ ms.
    void growShownRows();
    void continueGrowing(); // posts the next step, or says settled() when there is none

    QPointer<CacheReader> m_reader;
    const int m_columnCount;
    const char* const m_rowsName;
    int m_total = 0;
    int m_shown = 0;              // rowCount(): grows to m_total in steps
    bool m_growQueued = false;    // growShownRows() is posted
    bool m_settlePending = false; // settled() follows when the rows are grown
    quint64 m_generation = 0;     // bumped by every change: answers of an older one are dropped
    bool m_firstPending = false;
    bool m_countPending = false; // a filter or reload asked for a count that has not arrived
    bool m_capped = false;       // m_total is the cap, not the count
    int m_countCap = 10000;
    int m_growStep = kGrowStep;
};

// A PagedTableModel whose rows are `Row`s: the held pages and their reads. A subclass says how a
// page and the count are read (pageWork, countWork: functions run on the reader thread, capturing
// the filter by value) and shows a row's columns (data()).
template <typename Row>
class PagedTableModelOf : public PagedTableModel
{
public:
    int heldRows() const { return m_pages.heldRows(); } // rows in memory now (tests, benchmark)
    int pageFetches() const { return m_pages.fetches(); }

protected:
    using PageWork = std::function<QList<Row>(const CacheQuery&)>;
    using CountWork = std::function<CappedCount(const CacheQuery&)>;
    // Prepares the page index of the model's filter and order (OrdersQuery::prepareJumps): true when done.
    using JumpWork = std::function<bool(const CacheQuery&)>;

    PagedTableModelOf(int columnCount, const char* rowsName, int pageSize, int maxPages, QObject* parent)
        : PagedTableModel(columnCount, rowsName, parent)
        , m_pages(pageSize, maxPages)
    {
        m_jumpDelay.setSingleShot(true);
        m_jumpDelay.setInterval(kJumpDelayMs);
        QObject::connect(&m_jumpDelay, &QTimer::timeout, this, [this] { postJumps(); });
    }

    // The row when its page is here; otherwise nullptr, and its page is asked for (data() shows
    // the placeholder until it arrives). nullptr too when out of range or gone from the cache.
    const Row* rowAt(int row) const
    {
        if (row < 0 || row >= totalCount() || !reader())
            return nullptr;
        if (const Row* held = m_pages.held(row))
            return held;
        const int first = m_pages.firstOfPage(row);
        if (!isFirstPending() && !m_inFlight.contains(first) && !m_asked.contains(first)) {
            m_asked.insert(first);
            auto* self = const_cast<PagedTableModelOf*>(this);
            if (m_asked.size() == 1) // one read for every page a paint asks for, after the paint
                QMetaObject::invokeMethod(
                    self, [self] { self->readAsked(); }, Qt::QueuedConnection);
        }
        return nullptr;
    }
    Row valueAt(int row) const
    {
        const Row* value = rowAt(row);
        return value ? *value : Row{};
    }

public:
    bool hasRow(int row) const { return m_pages.holds(row); } // its page is here (tests, benchmark)

private:
    // The read of `limit` rows from `offset` in the model's filter and order. `after`: the row just
    // before `offset` when held, so the query may continue after it (an index seek) instead of
    // skipping `offset` rows, which costs a walk over them.
    virtual PageWork pageWork(int offset, int limit, std::optional<Row> after) const = 0;
    // Counts the matching rows, stopping past `cap` rows (0: all of them).
    virtual CountWork countWork(qint64 cap) const = 0;
    // The page index's walk, for tables long enough to need one (none: pages by offset only).
    virtual JumpWork jumpWork() const { return {}; }

    // From this many rows on, a page far down is found through a page index (PageJumps) made while
    // the reader is idle, instead of a walk over every row before it (the middle of a million: 0.2-0.6 s).
    static constexpr int kJumpRows = 20000;

    // Asks for the page index of the current filter and order, once per change, when the reader has
    // nothing else to do: after a moment without answers (the user paused: sorting column after column
    // or typing, the walk would only be started and interrupted), and then as an idle read; a read
    // posted meanwhile interrupts the walk, which resumes after this model's next read.
    static constexpr int kJumpDelayMs = 400;
    void prepareJumps() { m_jumpDelay.start(); }
    void postJumps()
    {
        const JumpWork work = jumpWork();
        if (!work || !reader() || isFirstPending() || totalCount() < kJumpRows || m_jumpsFor == generation())
            return;
        const char* name = rowsName();
        const quint64 wanted = generation();
        reader()->template readWhenIdle<int>(
            this, CacheReader::laneOf(this, "jumps"),
            [work, name](const CacheQuery& query) { return jumpOutcome(query, work(query), name); },
            [this, wanted](int done) {
                if (wanted != generation())
                    return;
                if (done != 0)
                    m_jumpsFor = wanted; // done, or failed (logged): pages by offset, as before
                else
                    prepareJumps(); // interrupted: go on when the reader is idle again
            });
    }

    struct First
    {
        std::optional<CappedCount> count;
        QList<Row> rows;
    };

    void readFirst(Change change) override
    {
        // A sort keeps the count, unless it replaced a change whose count has not arrived yet.
        const CountWork count =
            change == Change::Sort && !countPending() ? CountWork() : countWork(firstCountCap(change));
        const PageWork page = pageWork(0, m_pages.pageSize(), std::nullopt);
        const char* name = rowsName();
        const quint64 wanted = generation();
        reader()->template read<First>(
            this, CacheReader::laneOf(this, "first"),
            [count, page, name](const CacheQuery& query) {
                First first;
                if (count) {
                    first.count = count(query);
                    logIfFailed(query, "counting", name);
                }
                first.rows = page(query);
                logIfFailed(query, "reading", name);
                return first;
            },
            [this, change, wanted](First first) {
                if (wanted != generation())
                    return;
                applyFirst(change, first.count, [this, &first] {
                    dropPages();
                    m_pages.store(0, std::move(first.rows));
                });
                prepareJumps();
            });
    }

    void readExactCount() override
    {
        const CountWork count = countWork(0);
        const char* name = rowsName();
        const quint64 wanted = generation();
        reader()->template read<qint64>(
            this, CacheReader::laneOf(this, "count"),
            [count, name](const CacheQuery& query) {
                const qint64 rows = count(query).count;
                return logIfFailed(query, "counting", name) ? qint64(-1) : rows;
            },
            [this, wanted](qint64 rows) { applyExactCount(wanted, rows); });
    }

    // The pages asked for since the last read, in one read of the "pages" lane: a newer one (the
    // user scrolled on) replaces it. When it arrives every row is said changed, so the view asks
    // again for whatever it still shows and is missing (pages of a replaced read included).
    void readAsked()
    {
        QList<int> firsts;
        for (const int first : std::as_const(m_asked)) {
            if (!m_pages.holds(first))
                firsts.append(first);
        }
        m_asked.clear();
        if (firsts.isEmpty() || !reader() || isFirstPending())
            return;
        std::sort(firsts.begin(), firsts.end());
        m_inFlight = QSet<int>(firsts.cbegin(), firsts.cend());
        QList<PageWork> works;
        for (const int first : std::as_const(firsts)) {
            const Row* before = m_pages.lastBefore(first);
            works.append(pageWork(first, m_pages.pageSize(), before ? std::optional<Row>(*before) : std::nullopt));
        }
        const char* name = rowsName();
        const quint64 wanted = generation();
        reader()->template read<QList<QList<Row>>>(
            this, CacheReader::laneOf(this, "pages"),
            [works, name](const CacheQuery& query) {
                QList<QList<Row>> pages;
                for (const PageWork& work : works) {
                    pages.append(work(query));
                    logIfFailed(query, "reading", name);
                }
                return pages;
            },
            [this, firsts, wanted](QList<QList<Row>> pages) {
                if (wanted != generation())
                    return;
                m_inFlight.clear();
                for (int i = 0; i < firsts.size() && i < pages.size(); ++i)
                    m_pages.store(firsts.at(i), std::move(pages[i]));
                if (totalCount() > 0)
                    emit dataChanged(index(0, 0), index(totalCount() - 1, columnCount() - 1));
                prepareJumps();
            });
    }

    void dropPages() override
    {
        m_pages.clear();
        m_asked.clear();
        m_inFlight.clear();
    }

    quint64 m_jumpsFor = 0; // the generation whose page index is done (or failed)
    QTimer m_jumpDelay;
    mutable RowPageCache<Row> m_pages;
    mutable QSet<int> m_asked; // first rows of the pages asked for since the last read
    QSet<int> m_inFlight;      // first rows of the pages the last read brings (rowAt() reads it)
};

} // namespace sp
