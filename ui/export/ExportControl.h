#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace sp {

// Shared between an export's worker and whoever started it: the cancel flag and the progress
// callback. Thread-safe: cancel() may be called from any thread while a writer runs.
class ExportControl
{
public:
    using ProgressCallback = std::function<void(qint64 rowsDone, qint64 rowsTotal)>;

    ExportControl() = default;
    Q_DISABLE_COPY_MOVE(ExportControl)

    // Called on the writer's thread; must be set before the writer starts.
    void setProgressCallback(ProgressCallback callback) { m_callback = std::move(callback); }

    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Writers call this after each row; it reports every so many rows (and the last one), and
    // returns false once the export is cancelled.
    bool rowDone(qint64 rowsDone, qint64 rowsTotal);

private:
    static constexpr qint64 kReportEvery = 1000;

    ProgressCallback m_callback;
    std::atomic<bool> m_cancelled{false};
};

} // namespace sp
