#include "alerts/AlertStore.h"

#include "cache/CipherDatabase.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace sp {

namespace {

using Step = CipherDatabase::Statement::Step;

QString stamp(const QDateTime& at) { return at.toUTC().toString(Qt::ISODateWithMs); }
QString json(const QJsonObject& facts)
{
    return QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact));
}

bool failed(CipherDatabase& db, QString* error)
{
    *error = db.lastError();
    return false;
}

} // namespace

bool AlertStore::apply(CipherDatabase& db, const QList<AlertCause>& causes, const QStringList& unjudged,
                       const QDateTime& now, QList<Alert>* raised, QString* error)
{
    // key -> still holding (cleared_at IS NULL); an unjudged rule's causes count as not holding, so
    // that nothing clears them
    QHash<QString, bool> known;
    CipherDatabase::Statement rows = db.prepare("SELECT cause_key, cleared_at IS NULL, rule FROM alerts");
    Step step;
    while ((step = rows.step()) == Step::Row)
        known.insert(rows.text(0), rows.int64(1) != 0 && !unjudged.contains(rows.text(2)));
    if (step != Step::Done)
        return failed(db, error);

    CipherDatabase::Statement raise =
        db.prepare("INSERT INTO alerts (cause_key, rule, subject, facts, raised_at, state, snoozed_until, cleared_at) "
                   "VALUES (?1, ?2, IFNULL(?3, ''), ?4, ?5, 'new', NULL, NULL) ON CONFLICT (cause_key) DO UPDATE SET "
                   "rule = excluded.rule, "
                   "subject = excluded.subject, facts = excluded.facts, raised_at = excluded.raised_at, state = 'new', "
                   "snoozed_until = NULL, cleared_at = NULL");
    CipherDatabase::Statement refresh = db.prepare("UPDATE alerts SET subject = IFNULL(?2, ''), facts = ?3 WHERE "
                                                   "cause_key = ?1 AND (subject <> IFNULL(?2, '') OR facts <> ?3)");
    QSet<QString> holding;
    for (const AlertCause& cause : causes) {
        if (holding.contains(cause.key))
            continue;
        holding.insert(cause.key);
        const QString facts = json(cause.facts);
        if (known.value(cause.key, false)) {
            refresh.bind(1, cause.key);
            refresh.bind(2, cause.subject);
            refresh.bind(3, facts);
            if (!refresh.run())
                return failed(db, error);
            continue;
        }
        raise.bind(1, cause.key);
        raise.bind(2, alertRuleName(cause.rule));
        raise.bind(3, cause.subject);
        raise.bind(4, facts);
        raise.bind(5, stamp(now));
        if (!raise.run())
            return failed(db, error);
        Alert alert;
        alert.key = cause.key;
        alert.rule = cause.rule;
        alert.subject = cause.subject;
        alert.facts = cause.facts;
        alert.raisedAt = now.toUTC();
        raised->append(alert);
    }
    CipherDatabase::Statement clear = db.prepare("UPDATE alerts SET cleared_at = ?2 WHERE cause_key = ?1");
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!it.value() || holding.contains(it.key()))
            continue;
        clear.bind(1, it.key());
        clear.bind(2, stamp(now));
        if (!clear.run())
            return failed(db, error);
    }
    return true;
}

bool AlertStore::setState(CipherDatabase& db, const QString& key, Alert::State state, const QDateTime& until,
                          QString* error)
{
    CipherDatabase::Statement s = db.prepare("UPDATE alerts SET state = ?2, snoozed_until = ?3 WHERE cause_key = ?1");
    s.bind(1, key);
    s.bind(2, alertStateName(state));
    s.bind(3, state == Alert::State::Snoozed ? stamp(until) : QString());
    return s.run() || failed(db, error);
}

} // namespace sp
