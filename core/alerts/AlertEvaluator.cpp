#include "alerts/AlertEvaluator.h"

#include "alerts/AlertsLog.h"
#include "cache/CacheQuery.h"
#include "cache/CipherDatabase.h"
#include "cache/ReadConnection.h"

#include <QCoreApplication>
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
    bool margin(const char* sql, const char* scope, QList<AlertCause>* out);

    CipherDatabase& m_db;
    const AlertInputs& m_in;
    QDate m_today;
};

// Units sold by SKU and region over the last 30 days (summary_product_day, by day: a range of its key).
bool Rules::stockOut(QList<AlertCause>* out)
{
    CipherDatabase::Statement s =
        m_db.prepare("SELECT v.sku, v.region, v.fulfillable, s.units FROM (SELECT p.sku AS sku, m.region AS region, "
                     "SUM(p.units) AS units FROM summary_product_day p JOIN marketplaces m ON m.id = p.marketplace_id "
                     "WHERE p.day >= ?1 AND p.day <= ?2 GROUP BY p.sku, m.region) s "
                     "JOIN inventory v ON v.sku = s.sku AND v.region = s.region WHERE s.units > 0");
    s.bind(1, from(1));
    s.bind(2, day(m_today));
    Step step;
    while ((step = s.step()) == Step::Row) {
        const qint64 fulfillable = std::max<qint64>(0, s.int64(2));
        const double perDay = double(s.int64(3)) / AlertEvaluator::kWindowDays;
        const int days = int(std::floor(double(fulfillable) / perDay));
        if (days > m_in.settings.stockOutDays)
            continue;
        AlertCause c;
        c.rule = AlertRule::StockOut;
        c.key = QStringLiteral("stock-out|%1|%2").arg(s.text(0), s.text(1));
        c.subject = QStringLiteral("%1 · %2").arg(s.text(0), s.text(1).toUpper());
        c.facts = {{QStringLiteral("sku"), s.text(0)},
                   {QStringLiteral("region"), s.text(1)},
                   {QStringLiteral("fulfillable"), fulfillable},
                   {QStringLiteral("days"), days},
                   {QStringLiteral("per_day"), oneDecimal(perDay)}};
        out->append(c);
    }
    return step == Step::Done;
}

// Columns: subject id, name, currency, then per period (last 30 days, the 30 before) revenue,
// profit and units; ?1 the start of the earlier period, ?2 the start of the last, ?3 today.
bool Rules::margin(const char* sql, const char* scope, QList<AlertCause>* out)
{
    CipherDatabase::Statement s = m_db.prepare(sql);
    s.bind(1, from(2));
    s.bind(2, from(1));
    s.bind(3, day(m_today));
    Step step;
    while ((step = s.step()) == Step::Row) {
        const qint64 revenueNow = s.int64(3), profitNow = s.int64(4), unitsNow = s.int64(5);
        const qint64 revenueBefore = s.int64(6), profitBefore = s.int64(7), unitsBefore = s.int64(8);
        if (revenueNow <= 0 || revenueBefore <= 0 || unitsNow < AlertEvaluator::kMinUnits
            || unitsBefore < AlertEvaluator::kMinUnits)
            continue;
        const double now = 100.0 * double(profitNow) / double(revenueNow);
        const double before = 100.0 * double(profitBefore) / double(revenueBefore);
        if (before - now <= m_in.settings.marginDropPoints)
            continue;
        AlertCause c;
        c.rule = AlertRule::MarginDrop;
        c.key = QStringLiteral("margin-drop|%1|%2|%3").arg(QLatin1String(scope), s.text(0), s.text(2));
        c.subject = QStringLiteral("%1 (%2)").arg(s.text(1), s.text(2));
        c.facts = {{QStringLiteral("scope"), QLatin1String(scope)},
                   {QStringLiteral("name"), c.subject},
                   {QStringLiteral("before"), oneDecimal(before)},
                   {QStringLiteral("now"), oneDecimal(now)},
                   {QStringLiteral("drop"), oneDecimal(before - now)}};
        out->append(c);
    }
    return step == Step::Done;
}

#define SP_PERIODS(PROFIT)                                                                                             \
    "SUM(CASE WHEN day >= ?2 THEN revenue_cents ELSE 0 END), SUM(CASE WHEN day >= ?2 THEN " PROFIT " ELSE 0 END), "    \
    "SUM(CASE WHEN day >= ?2 THEN units ELSE 0 END), SUM(CASE WHEN day < ?2 THEN revenue_cents ELSE 0 END), "          \
    "SUM(CASE WHEN day < ?2 THEN " PROFIT " ELSE 0 END), SUM(CASE WHEN day < ?2 THEN units ELSE 0 END) "

// The dashboard's net profit (SummarySql): revenue - Amazon's fees - refunds (- advertising, known per
// marketplace only) + reimbursements - cost of goods.
const char* const kSkuMargin =
    "SELECT sku, sku, currency, " SP_PERIODS("revenue_cents - fees_cents - refunds_cents + reimbursements_cents - "
                                             "cogs_cents") "FROM summary_product_day WHERE day >= ?1 AND day <= ?3 "
                                                           "GROUP BY sku, currency";
const char* const kMarketplaceMargin =
    "SELECT d.marketplace_id, IFNULL(m.name, d.marketplace_id), "
    "d.currency, " SP_PERIODS("revenue_cents - fees_cents - refunds_cents - advertising_cents + "
                              "reimbursements_cents - cogs_cents") "FROM summary_daily d LEFT JOIN "
                                                                   "marketplaces m ON m.id = "
                                                                   "d.marketplace_id "
                                                                   "WHERE day >= ?1 AND day <= ?3 GROUP "
                                                                   "BY d.marketplace_id, d.currency";
#undef SP_PERIODS

bool Rules::marginDrop(QList<AlertCause>* out)
{
    return margin(kSkuMargin, "sku", out) && margin(kMarketplaceMargin, "marketplace", out);
}

bool Rules::refundRate(QList<AlertCause>* out)
{
    CipherDatabase::Statement s =
        m_db.prepare("SELECT sku, SUM(refund_count), SUM(units) FROM summary_product_day WHERE day >= ?1 AND day <= ?2 "
                     "GROUP BY sku HAVING SUM(units) >= ?3 AND SUM(refund_count) * 100 > SUM(units) * ?4");
    s.bind(1, from(1));
    s.bind(2, day(m_today));
    s.bind(3, qint64(AlertEvaluator::kMinUnits));
    s.bind(4, qint64(m_in.settings.refundRatePercent));
    Step step;
    while ((step = s.step()) == Step::Row) {
        AlertCause c;
        c.rule = AlertRule::RefundRate;
        c.key = QStringLiteral("refund-rate|%1").arg(s.text(0));
        c.subject = s.text(0);
        c.facts = {{QStringLiteral("sku"), s.text(0)},
                   {QStringLiteral("refunds"), s.int64(1)},
                   {QStringLiteral("units"), s.int64(2)},
                   {QStringLiteral("rate"), oneDecimal(100.0 * double(s.int64(1)) / double(s.int64(2)))}};
        out->append(c);
    }
    return step == Step::Done;
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
    c.subject = QCoreApplication::translate("sp::AlertText", "Sync");
    c.facts = {{QStringLiteral("since"), since.toUTC().toString(Qt::ISODate)}, {QStringLiteral("hours"), hours}};
    out->append(c);
    return true;
}

void Rules::amazon(QList<AlertCause>* out) const
{
    const AmazonConnection& a = m_in.amazon;
    AlertCause c;
    c.rule = AlertRule::AmazonConnection;
    c.subject = QCoreApplication::translate("sp::AlertText", "Amazon connection");
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
    result.ok = (!s.stockOutOn || rules.stockOut(&result.causes))
                && (!s.marginDropOn || rules.marginDrop(&result.causes))
                && (!s.refundRateOn || rules.refundRate(&result.causes))
                && (!s.syncFailingOn || rules.syncFailing(&result.causes));
    if (!result.ok) {
        result.error = rules.error();
        result.causes.clear();
        qCWarning(lcAlerts) << "the alert rules could not read the cache:" << result.error;
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
