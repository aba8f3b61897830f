#include "alerts/AlertEvaluator.h"

#include "alerts/AlertsLog.h"
#include "alerts/ProductFigures.h"
#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"

#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace sp {

namespace {

using Step = CipherDatabase::Statement::Step;

QString day(const QDate& date) { return date.toString(Qt::ISODate); }
double oneDecimal(double value) { return std::round(value * 10.0) / 10.0; }

class Rules
{
public:
    Rules(CipherDatabase& db, const AlertInputs& in)
        : m_db(db)
        , m_in(in)
        , m_today(in.now.toUTC().date())
    {}

    // The product rules' figures: one pass over the last 60 days (only when a product rule is on).
    bool readFigures()
    {
        const QString completeFrom = day(m_today.addDays(-AlertEvaluator::kWindowDays));
        return ProductFigures::read(m_db, from(2), from(1), day(m_today), completeFrom, &m_figures);
    }
    bool stockOut(QList<AlertCause>* out);
    bool marginDrop(QList<AlertCause>* out);
    bool refundRate(QList<AlertCause>* out);
    bool syncFailing(QList<AlertCause>* out);
    void amazon(QList<AlertCause>* out) const;
    QString error() const { return m_db.lastError(); }

private:
    QString from(int periodsBack) const
    {
        return day(m_today.addDays(-(AlertEvaluator::kWindowDays * periodsBack) + 1));
    }
    void addMarginCause(const char* scope, const QString& id, const QString& name, const QString& currency,
                        const ProductFigures::Period& now, const ProductFigures::Period& before,
                        QList<AlertCause>* out) const;

    CipherDatabase& m_db;
    const AlertInputs& m_in;
    QDate m_today;
    ProductFigures m_figures;
};

// The dashboard's net profit (SummarySql) of a marketplace's day: revenue - Amazon's fees - refunds -
// advertising + reimbursements - cost of goods.
#define SP_PROFIT                                                                                                      \
    "(d.revenue_cents - d.fees_cents - d.refunds_cents - d.advertising_cents + d.reimbursements_cents - d.cogs_cents)"

// Stock: the inventory's rows against the units sold in their region in the 30 whole days before today,
// as the Restock page counts them (RestockPlanner), so both give the same rate a day.
bool Rules::stockOut(QList<AlertCause>* out)
{
    CipherDatabase::Statement s = m_db.prepare("SELECT sku, region, fulfillable FROM inventory");
    Step step;
    while ((step = s.step()) == Step::Row) {
        const QString sku = s.text(0), region = s.text(1);
        const qint64 sold = m_figures.unitsBySkuRegionComplete.value(ProductFigures::key(sku, region));
        if (sold <= 0)
            continue;
        const qint64 fulfillable = std::max<qint64>(0, s.int64(2));
        const double perDay = double(sold) / AlertEvaluator::kWindowDays;
        const int days = int(std::floor(double(fulfillable) / perDay));
        if (days > m_in.settings.stockOutDays)
            continue;
        AlertCause c;
        c.rule = AlertRule::StockOut;
        c.key = QStringLiteral("stock-out|%1|%2").arg(sku, region);
        c.subject = QStringLiteral("%1 · %2").arg(sku, region.toUpper());
        c.facts = {{QStringLiteral("sku"), sku},
                   {QStringLiteral("region"), region},
                   {QStringLiteral("fulfillable"), fulfillable},
                   {QStringLiteral("days"), days},
                   {QStringLiteral("per_day"), std::round(perDay * 100.0) / 100.0}}; // 0.03, as Restock shows
        out->append(c);
    }
    return step == Step::Done;
}

void Rules::addMarginCause(const char* scope, const QString& id, const QString& name, const QString& currency,
                           const ProductFigures::Period& now, const ProductFigures::Period& before,
                           QList<AlertCause>* out) const
{
    if (now.revenue <= 0 || before.revenue <= 0 || now.units < AlertEvaluator::kMinUnits
        || before.units < AlertEvaluator::kMinUnits)
        return;
    const double marginNow = 100.0 * double(now.profit) / double(now.revenue);
    const double marginBefore = 100.0 * double(before.profit) / double(before.revenue);
    if (marginBefore - marginNow <= m_in.settings.marginDropPoints)
        return;
    AlertCause c;
    c.rule = AlertRule::MarginDrop;
    c.key = QStringLiteral("margin-drop|%1|%2|%3").arg(QLatin1String(scope), id, currency);
    c.subject = QStringLiteral("%1 (%2)").arg(name, currency);
    c.facts = {{QStringLiteral("scope"), QLatin1String(scope)},
               {QStringLiteral("name"), c.subject},
               {QStringLiteral("before"), oneDecimal(marginBefore)},
               {QStringLiteral("now"), oneDecimal(marginNow)},
               {QStringLiteral("drop"), oneDecimal(marginBefore - marginNow)}};
    out->append(c);
}

// The marketplaces' margins from summary_daily (a few rows a day), with advertising; the SKUs' from
// the figures.
bool Rules::marginDrop(QList<AlertCause>* out)
{
    for (auto it = m_figures.bySkuCurrency.cbegin(); it != m_figures.bySkuCurrency.cend(); ++it) {
        const int cut = int(it.key().lastIndexOf(QChar(0x1f)));
        const QString sku = it.key().left(cut);
        addMarginCause("sku", sku, sku, it.key().mid(cut + 1), it.value()[0], it.value()[1], out);
    }
    CipherDatabase::Statement s = m_db.prepare(
        "SELECT d.marketplace_id, IFNULL(m.name, d.marketplace_id), d.currency, "
        "SUM(CASE WHEN d.day >= ?2 THEN d.revenue_cents ELSE 0 END), SUM(CASE WHEN d.day >= ?2 THEN " SP_PROFIT
        " ELSE 0 END), SUM(CASE WHEN d.day >= ?2 THEN d.units ELSE 0 END), SUM(CASE WHEN d.day < ?2 THEN "
        "d.revenue_cents ELSE 0 END), SUM(CASE WHEN d.day < ?2 THEN " SP_PROFIT " ELSE 0 END), SUM(CASE WHEN d.day "
        "< ?2 THEN d.units ELSE 0 END) FROM summary_daily d LEFT JOIN marketplaces m ON m.id = d.marketplace_id "
        "WHERE d.day >= ?1 AND d.day <= ?3 GROUP BY d.marketplace_id, d.currency");
    s.bind(1, from(2));
    s.bind(2, from(1));
    s.bind(3, day(m_today));
    Step step;
    while ((step = s.step()) == Step::Row) {
        const ProductFigures::Period now{s.int64(3), s.int64(4), s.int64(5), 0};
        const ProductFigures::Period before{s.int64(6), s.int64(7), s.int64(8), 0};
        addMarginCause("marketplace", s.text(0), s.text(1), s.text(2), now, before, out);
    }
    return step == Step::Done;
}

bool Rules::refundRate(QList<AlertCause>* out)
{
    for (auto it = m_figures.bySkuNow.cbegin(); it != m_figures.bySkuNow.cend(); ++it) {
        const ProductFigures::Period& p = it.value();
        if (p.units < AlertEvaluator::kMinUnits || p.refunds * 100 <= p.units * m_in.settings.refundRatePercent)
            continue;
        AlertCause c;
        c.rule = AlertRule::RefundRate;
        c.key = QStringLiteral("refund-rate|%1").arg(it.key());
        c.subject = it.key();
        c.facts = {{QStringLiteral("sku"), it.key()},
                   {QStringLiteral("refunds"), p.refunds},
                   {QStringLiteral("units"), p.units},
                   {QStringLiteral("rate"), oneDecimal(100.0 * double(p.refunds) / double(p.units))}};
        out->append(c);
    }
    return true;
}

// Failing: some resource's last run ended in an error (the writer clears it when a run completes);
// for how long: since the last complete sync (meta last_synced_at).
bool Rules::syncFailing(QList<AlertCause>* out)
{
    const qint64 failing = m_db.scalar("SELECT count(*) FROM sync_state WHERE last_error IS NOT NULL", -1);
    if (failing < 0)
        return false;
    if (failing == 0)
        return true;
    CipherDatabase::Statement s = m_db.prepare("SELECT value FROM meta WHERE key = 'last_synced_at'");
    if (s.step() != Step::Row)
        return true; // never synced completely: the sync page says so, nothing to count from
    const QDateTime since = QDateTime::fromString(s.text(0), Qt::ISODateWithMs);
    const qint64 hours = since.isValid() ? since.secsTo(m_in.now) / 3600 : 0;
    if (hours < m_in.settings.syncFailingHours)
        return true;
    AlertCause c;
    c.rule = AlertRule::SyncFailing;
    c.key = QStringLiteral("sync-failing");
    // No subject of its own: the list says "Sync" in the language of the day (AlertText::subjectText).
    c.facts = {{QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)}, {QStringLiteral("hours"), hours}};
    out->append(c);
    return true;
}

void Rules::amazon(QList<AlertCause>* out) const
{
    const AmazonConnection& a = m_in.amazon;
    AlertCause c;
    c.rule = AlertRule::AmazonConnection;
    if (a.status == AmazonConnection::Status::Revoked) {
        c.key = QStringLiteral("amazon-connection|revoked");
        c.facts = {{QStringLiteral("kind"), QStringLiteral("revoked")}};
        out->append(c);
        return;
    }
    if (a.status != AmazonConnection::Status::Connected || !a.connectedAt.isValid())
        return;
    const QDateTime expires = a.connectedAt.addDays(AlertEvaluator::kAmazonAuthorizationDays);
    const qint64 seconds = m_in.now.secsTo(expires);
    if (seconds > qint64(AlertSettings::kAmazonExpiryDays) * 86400)
        return;
    // One cause per authorization: renewing it (a new connected_at) is a new subject.
    c.key = QStringLiteral("amazon-connection|expiring|%1").arg(expires.toUTC().toString(Qt::ISODate));
    c.facts = {{QStringLiteral("kind"), QStringLiteral("expiring")},
               {QStringLiteral("expires_at"), expires.toUTC().toString(Qt::ISODate)},
               {QStringLiteral("days"), int(std::max<qint64>(0, (seconds + 86399) / 86400))}};
    out->append(c);
}

} // namespace

AlertEvaluation AlertEvaluator::evaluate(const CacheQuery& query, const AlertInputs& inputs)
{
    return evaluate(ReadConnection::of(query), inputs);
}

AlertEvaluation AlertEvaluator::evaluate(CipherDatabase& db, const AlertInputs& inputs)
{
    QElapsedTimer timer;
    timer.start();
    AlertEvaluation result;
    Rules rules(db, inputs);
    const AlertSettings& s = inputs.settings;
    const bool products = s.stockOutOn || s.marginDropOn || s.refundRateOn;
    result.ok = (!products || rules.readFigures()) && (!s.stockOutOn || rules.stockOut(&result.causes))
                && (!s.marginDropOn || rules.marginDrop(&result.causes))
                && (!s.refundRateOn || rules.refundRate(&result.causes))
                && (!s.syncFailingOn || rules.syncFailing(&result.causes));
    if (!result.ok) {
        result.error = rules.error();
        result.causes.clear();
        qCWarning(lcAlerts) << "the alert rules could not read the cache:" << result.error;
    } else if (s.amazonConnectionOn && inputs.amazon.status == AmazonConnection::Status::Unknown) {
        result.unjudged << alertRuleName(AlertRule::AmazonConnection);
    } else if (s.amazonConnectionOn) {
        rules.amazon(&result.causes);
    }
    result.ms = timer.elapsed();
    return result;
}

QList<Alert> AlertEvaluator::shown(const CacheQuery& query, const QDateTime& now, QString* error)
{
    CipherDatabase& db = ReadConnection::of(query);
    CipherDatabase::Statement s =
        db.prepare("SELECT cause_key, rule, subject, facts, raised_at, state, snoozed_until FROM alerts "
                   "WHERE cleared_at IS NULL AND state <> 'dismissed' AND (state <> 'snoozed' OR snoozed_until <= ?1) "
                   "ORDER BY raised_at DESC, cause_key");
    s.bind(1, now.toUTC().toString(Qt::ISODateWithMs));
    QList<Alert> alerts;
    Step step;
    while ((step = s.step()) == Step::Row) {
        Alert a;
        a.key = s.text(0);
        a.subject = s.text(2);
        a.facts = QJsonDocument::fromJson(s.text(3).toUtf8()).object();
        a.raisedAt = QDateTime::fromString(s.text(4), Qt::ISODateWithMs);
        a.snoozedUntil = QDateTime::fromString(s.text(6), Qt::ISODateWithMs);
        if (!alertRuleFromName(s.text(1), &a.rule) || !alertStateFromName(s.text(5), &a.state))
            continue; // written by a newer version
        if (a.state == Alert::State::Snoozed)
            a.state = Alert::State::Read; // the snooze is over: shown again, not new again
        alerts.append(a);
    }
    if (step != Step::Done && error)
        *error = db.lastError();
    return alerts;
}

} // namespace sp
