#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <array>
#include <functional>
#include <vector>

namespace sp {

struct ChangeEntry;
struct FinancialEventRow;

// The currencies Amazon settles in for the sandbox's marketplaces: one group per currency and period.
enum SettlementCurrency : quint8 { SettleEur = 0, SettleGbp = 1, SettleUsd = 2, kSettlementCurrencyCount = 3 };
SettlementCurrency settlementCurrencyOf(int marketplace);

enum class FundTransfer : quint8 { Pending, Processing, Succeeded, NotApplicable };
const char* fundTransferName(FundTransfer transfer);

// One financial event group (a settlement period) in the state last published to the listing.
struct SettlementRow
{
    quint64 seq = 0;
    qint64 updatedAt = 0;
    qint64 periodStart = 0;
    qint64 eventSumCents = 0; // every event posted in [periodStart, periodEnd) in this currency
    qint64 lastPostedAt = 0;
    qint64 reserveHeldCents = 0;
    qint64 reserveReleasedCents = 0;
    quint32 eventCount = 0;
    quint32 publishedEventCount = 0; // eventCount when the row last changed in the listing
    qint32 period = 0;
    SettlementCurrency currency = SettleEur;
    bool closed = false;
    FundTransfer transfer = FundTransfer::Pending;

    qint64 periodEnd() const;
    qint64 fundTransferDate() const; // 0 when there is none (open, or nothing to pay)
    qint64 originalTotalCents() const { return eventSumCents + reserveReleasedCents - reserveHeldCents; }
};

// Amazon's financial event groups, derived from the business's events: per settlement currency, 14-day
// periods; an event belongs to the group whose period contains its posted time. The group holding the
// business's clock is open and grows; a group closes when its period ends, holds back a reserve (released in
// the next group) and is paid a few days later. Sums are kept as the events are posted, so a listing page
// costs nothing per event. The listing has its own change sequences: the other listings keep theirs.
class SettlementLedger
{
public:
    static constexpr qint64 kPeriodSeconds = 14 * 24 * 3600;
    static constexpr qint64 kTransferDelaySeconds = 3 * 24 * 3600;
    static constexpr int kReservePercent = 3;

    // Counts the events posted since the last call (they come in posted-time order), opening groups as needed.
    void addEvents(const std::vector<FinancialEventRow>& events);
    // Publishes the state as of `clock` (closing, reserves, transfers, the open group's growth); every group
    // that changed gets a new change sequence.
    void settle(qint64 clock);

    const std::vector<SettlementRow>& rows() const { return m_rows; }
    const std::vector<ChangeEntry>& changes() const { return m_changes; }
    // The row of the group an event posted at `postedAt` in `marketplace` belongs to, or -1.
    qint64 rowOf(int marketplace, qint64 postedAt) const;

    static qint32 periodOf(SettlementCurrency currency, qint64 unixSeconds);
    static qint64 periodStart(SettlementCurrency currency, qint32 period);

private:
    void openUpTo(SettlementCurrency currency, qint32 period);

    std::vector<SettlementRow> m_rows;
    std::vector<ChangeEntry> m_changes;
    std::array<std::vector<quint32>, kSettlementCurrencyCount> m_rowByPeriod; // from m_firstPeriod on
    std::array<qint32, kSettlementCurrencyCount> m_firstPeriod{};
    size_t m_countedEvents = 0;
    quint64 m_lastSeq = 0;
};

} // namespace sp
