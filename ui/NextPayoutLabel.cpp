#include "NextPayoutLabel.h"

#include "MoneyText.h"
#include "cache/CacheReader.h"

#include <QDateTime>
#include <QLocale>

namespace sp {

namespace {
constexpr int kTransferDays = 3; // Amazon's transfer usually arrives about three days after a period ends
} // namespace

NextPayoutLabel::NextPayoutLabel(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("dashboardNextPayoutLabel"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    hide();
}

void NextPayoutLabel::setReader(CacheReader* reader)
{
    m_reader = reader;
    refresh();
}

void NextPayoutLabel::refresh()
{
    if (!m_reader) {
        m_loading = false;
        clear();
        hide();
        return;
    }
    m_loading = true;
    m_reader->read<QList<PayoutRow>>(
        this, CacheReader::laneOf(this, "upcoming"),
        [](const CacheQuery& query) { return PayoutsQuery(query).upcoming(); },
        [this](QList<PayoutRow> rows) {
            m_loading = false;
            const QString text = textFor(rows);
            setText(text);
            setAccessibleName(text);
            setVisible(!text.isEmpty());
            emit shown();
        });
}

QDate NextPayoutLabel::expectedDay(const PayoutRow& p)
{
    const QString at = p.fundTransferDate.isEmpty() ? p.periodEnd : p.fundTransferDate;
    const QDate day = QDateTime::fromString(at, Qt::ISODateWithMs).toUTC().date();
    return p.fundTransferDate.isEmpty() ? day.addDays(kTransferDays) : day;
}

QString NextPayoutLabel::textFor(const QList<PayoutRow>& upcoming)
{
    QStringList parts;
    for (const PayoutRow& p : upcoming) {
        const QString amount = MoneyText::format(p.originalTotalCents, p.currency);
        const QString day = QLocale().toString(expectedDay(p), QLocale::ShortFormat);
        if (p.status == QLatin1String("open"))
            parts << tr("%1 so far in the open period, expected about %2").arg(amount, day);
        else
            parts << tr("%1 on its way, expected %2").arg(amount, day);
    }
    return parts.isEmpty() ? QString() : tr("Next payouts: %1").arg(parts.join(QLatin1String("; ")));
}

} // namespace sp
