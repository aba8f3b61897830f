#include "SettledShareLabel.h"

#include "MoneyText.h"
#include "cache/CacheReader.h"

#include <QLocale>

namespace sp {

SettledShareLabel::SettledShareLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("dashboardSettledShareLabel"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setToolTip(tr("Settled: the money of this period's Amazon events (sales, fees, refunds, advertising) that is in "
                  "a closed payout, paid out or on its way to your bank. Amazon no longer changes it.\n"
                  "Still estimated: events in the payout period still open, or not yet in any payout; their "
                  "amounts can still change until Amazon closes the period."));
    hide();
}

void SettledShareLabel::load(CacheReader* reader, const DashboardFilter& filter)
{
    if (!reader || !filter.period.isValid()) {
        showShares({});
        return;
    }
    m_loading = true;
    reader->read<QList<SettledShare>>(
        this, CacheReader::laneOf(this, "settled"),
        [filter](const CacheQuery& query) { return SettledShareQuery(query).load(filter); },
        [this](QList<SettledShare> shares) { showShares(shares); });
}

QString SettledShareLabel::lineFor(const SettledShare& share)
{
    const QString settled = MoneyText::format(share.settledCents, share.currency);
    const QString estimated = MoneyText::format(share.estimatedCents(), share.currency);
    const int percent = share.settledPercent();
    if (percent < 0)
        return tr("%1: %2 settled (paid out or on its way); %3 still estimated (open payout period)")
            .arg(share.currency, settled, estimated);
    return tr("%1: %2 % settled (%3, paid out or on its way); %4 % still estimated (%5, open payout period)")
        .arg(share.currency, QLocale().toString(percent), settled, QLocale().toString(100 - percent), estimated);
}

void SettledShareLabel::showShares(const QList<SettledShare>& shares)
{
    m_loading = false;
    m_shares = shares;
    QStringList lines;
    for (const SettledShare& share : shares) {
        if (share.settledCents != 0 || share.estimatedCents() != 0)
            lines << lineFor(share);
    }
    const QString text = lines.join(QLatin1Char('\n'));
    setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
    emit shown();
}

} // namespace sp
