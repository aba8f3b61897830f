#pragma once

#include "reports/SettledShareQuery.h"

#include <QLabel>
#include <QPointer>

namespace sp {

class CacheReader;

// The dashboard's line per currency on how final its money is (issue 17): the share of the period's
// financial events in closed payouts (settled: paid out or on its way) and the share still estimated
// (in the open payout period or not yet in a payout). Read off the UI thread (SettledShareQuery) for
// the dashboard's filter. Hidden when the period has no events.
class SettledShareLabel : public QLabel
{
    Q_OBJECT
public:
    explicit SettledShareLabel(QWidget* parent = nullptr);

    // Reads the shares of `filter` from `reader` (null or an invalid period: hidden).
    void load(CacheReader* reader, const DashboardFilter& filter);
    const QList<SettledShare>& shares() const { return m_shares; }
    bool isLoading() const { return m_loading; }

    static QString lineFor(const SettledShare& share); // one currency's line

signals:
    void shown(); // the shares asked for last are on the label

private:
    void showShares(const QList<SettledShare>& shares);

    QList<SettledShare> m_shares;
    bool m_loading = false;
};

} // namespace sp
