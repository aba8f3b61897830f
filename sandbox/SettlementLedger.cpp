#include "SettlementLedger.h"

#include "Business.h"
#include "CivilTime.h"

#include <algorithm>

namespace sp {

namespace {

// Each currency's periods start on another weekday, as Amazon's do for separate settlement accounts.
constexpr qint64 kPhase[kSettlementCurrencyCount] = {0, 5 * CivilTime::kDay, 9 * CivilTime::kDay};

} // namespace

SettlementCurrency settlementCurrencyOf(int marketplace)
{
    return marketplace == 5 ? SettleUsd : marketplace == 4 ? SettleGbp : SettleEur;
}

const char* fundTransferName(FundTransfer transfer)
{
    static const char* const names[] = {"Pending", "Processing", "Succeeded", "NotApplicable"};
    return names[static_cast<int>(transfer)];
}

qint64 SettlementRow::periodEnd() const { return periodStart + SettlementLedger::kPeriodSeconds; }

qint64 SettlementRow::fundTransferDate() const
{
    return transfer == FundTransfer::Processing || transfer == FundTransfer::Succeeded
               ? periodEnd() + SettlementLedger::kTransferDelaySeconds
               : 0;
}

qint32 SettlementLedger::periodOf(SettlementCurrency currency, qint64 unixSeconds)
{
    return static_cast<qint32>(CivilTime::floorDiv(unixSeconds - kPhase[currency], kPeriodSeconds));
}

qint64 SettlementLedger::periodStart(SettlementCurrency currency, qint32 period)
{
    return static_cast<qint64>(period) * kPeriodSeconds + kPhase[currency];
}

void SettlementLedger::openUpTo(SettlementCurrency currency, qint32 period)
{
    std::vector<quint32>& byPeriod = m_rowByPeriod[currency];
    if (byPeriod.empty())
        m_firstPeriod[currency] = period;
    for (qint32 next = m_firstPeriod[currency] + static_cast<qint32>(byPeriod.size()); next <= period; ++next) {
        SettlementRow row;
        row.currency = currency;
        row.period = next;
        row.periodStart = periodStart(currency, next);
        row.lastPostedAt = row.periodStart;
        byPeriod.push_back(static_cast<quint32>(m_rows.size()));
        m_rows.push_back(row);
    }
}

void SettlementLedger::addEvents(const std::vector<FinancialEventRow>& events)
{
    for (; m_countedEvents < events.size(); ++m_countedEvents) {
        const FinancialEventRow& event = events[m_countedEvents];
        const SettlementCurrency currency = settlementCurrencyOf(event.marketplace);
        const qint32 period = periodOf(currency, event.postedAt);
        openUpTo(currency, period);
        // Events arrive in posted-time order, so an event never falls before its currency's first group.
        const qint64 index = period - m_firstPeriod[currency];
        SettlementRow& row = m_rows[m_rowByPeriod[currency][static_cast<size_t>(std::max<qint64>(0, index))]];
        row.eventSumCents += event.amountCents;
        row.eventCount += 1;
        row.lastPostedAt = std::max(row.lastPostedAt, event.postedAt);
    }
}

qint64 SettlementLedger::rowOf(int marketplace, qint64 postedAt) const
{
    const SettlementCurrency currency = settlementCurrencyOf(marketplace);
    const std::vector<quint32>& byPeriod = m_rowByPeriod[currency];
    const qint64 index = static_cast<qint64>(periodOf(currency, postedAt)) - m_firstPeriod[currency];
    if (index < 0 || index >= static_cast<qint64>(byPeriod.size()))
        return -1;
    return byPeriod[static_cast<size_t>(index)];
}

void SettlementLedger::settle(qint64 clock)
{
    for (int c = 0; c < kSettlementCurrencyCount; ++c) {
        const auto currency = static_cast<SettlementCurrency>(c);
        if (!m_rowByPeriod[currency].empty())
            openUpTo(currency, periodOf(currency, clock)); // the open group exists before its first event
    }
    struct Change
    {
        qint64 at;
        quint32 row;
    };
    std::vector<Change> changed;
    std::array<qint64, kSettlementCurrencyCount> carried{}; // the reserve the previous group held back
    for (quint32 r = 0; r < m_rows.size(); ++r) {
        SettlementRow& row = m_rows[r];
        const SettlementRow before = row;
        const qint64 end = row.periodEnd();
        row.closed = end <= clock;
        row.reserveReleasedCents = carried[row.currency];
        row.reserveHeldCents = row.closed && row.eventSumCents > 0 ? row.eventSumCents * kReservePercent / 100 : 0;
        carried[row.currency] = row.reserveHeldCents;
        if (!row.closed)
            row.transfer = FundTransfer::Pending;
        else if (row.originalTotalCents() <= 0)
            row.transfer = FundTransfer::NotApplicable; // nothing to pay: Amazon charges the seller's card
        else
            row.transfer = clock >= end + kTransferDelaySeconds ? FundTransfer::Succeeded : FundTransfer::Processing;
        // The time of the group's last change: its transfer, its closing or its latest event.
        const qint64 at = row.transfer == FundTransfer::Succeeded ? end + kTransferDelaySeconds
                          : row.closed                            ? end
                                                                  : row.lastPostedAt;
        const bool isNew = before.seq == 0;
        if (isNew || before.closed != row.closed || before.transfer != row.transfer
            || before.reserveHeldCents != row.reserveHeldCents
            || before.reserveReleasedCents != row.reserveReleasedCents || row.eventCount != row.publishedEventCount)
            changed.push_back({std::min(at, clock), r});
    }
    std::stable_sort(changed.begin(), changed.end(), [](const Change& a, const Change& b) { return a.at < b.at; });
    for (const Change& change : changed) {
        SettlementRow& row = m_rows[change.row];
        const qint64 at = m_changes.empty() ? change.at : std::max(change.at, m_changes.back().changedAt);
        row.seq = ++m_lastSeq;
        row.updatedAt = at;
        row.publishedEventCount = row.eventCount;
        m_changes.push_back({row.seq, at, change.row});
    }
}

} // namespace sp
