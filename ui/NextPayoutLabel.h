#pragma once

#include "cache/PayoutsQuery.h"

#include <QLabel>
#include <QPointer>

namespace sp {

class CacheReader;

// The dashboard's next payout (issue 17), per currency: a closed payout on its way ("204.25 EUR on its
// way, expected 12/9/26") and the open period's running total with its expected day (the transfer's
// day when the server has one, else about three days after the period ends). Hidden when there is none.
class NextPayoutLabel : public QLabel
{
    Q_OBJECT
public:
    explicit NextPayoutLabel(QWidget* parent = nullptr);

    void setReader(CacheReader* reader);
    void refresh(); // reads the payouts again (the cache changed)
    bool isLoading() const { return m_loading; }

    // The text for `upcoming` (PayoutsQuery::upcoming()); empty when there is none.
    static QString textFor(const QList<PayoutRow>& upcoming);
    // When the money of `payout` is expected in the bank.
    static QDate expectedDay(const PayoutRow& payout);

signals:
    void shown();

private:
    QPointer<CacheReader> m_reader;
    bool m_loading = false;
};

} // namespace sp
