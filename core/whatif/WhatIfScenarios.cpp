#include "whatif/WhatIfScenarios.h"

#include "cache/AccountCache.h"
#include "cache/CacheWriter.h"
#include "cache/CipherDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace sp {

namespace {

const char* kindText(WhatIfScenario::PriceChange kind)
{
    switch (kind) {
    case WhatIfScenario::PriceChange::Percent:
        return "percent";
    case WhatIfScenario::PriceChange::Amount:
        return "amount";
    case WhatIfScenario::PriceChange::None:
        break;
    }
    return "none";
}

} // namespace

WhatIfScenarios::WhatIfScenarios(QObject* parent)
    : QObject(parent)
{}

void WhatIfScenarios::setCache(AccountCache* cache) { m_cache = cache; }

QString WhatIfScenarios::problemOf(const WhatIfScenario& scenario)
{
    if (scenario.name.trimmed().isEmpty())
        return tr("Enter a name for the scenario.");
    if (scenario.name.size() > kMaxNameLength)
        return tr("Use a name of at most %1 characters.").arg(kMaxNameLength);
    if (scenario.skus.isEmpty())
        return tr("Choose at least one SKU.");
    return QString();
}

bool WhatIfScenarios::writeRow(CipherDatabase& db, const WhatIfScenario& w,
                               QString* /*error: the writer names the database's*/)
{
    CipherDatabase::Statement s = db.prepare(
        "INSERT OR REPLACE INTO whatif_scenarios (name, skus, currency, price_kind, price_change, unit_cost_cents, "
        "advertising_change_cents, fba_fee_change_cents, elasticity_hundredths, saved_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!s.isValid())
        return false;
    s.bind(1, w.name);
    s.bind(2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(w.skus)).toJson(QJsonDocument::Compact)));
    s.bind(3, w.currency.isNull() ? QStringLiteral("") : w.currency);
    s.bind(4, QString::fromLatin1(kindText(w.priceKind)));
    s.bind(5, w.priceChange);
    if (w.unitCostCents)
        s.bind(6, *w.unitCostCents);
    else
        s.bindNull(6);
    s.bind(7, w.advertisingChangeCents);
    s.bind(8, w.fbaFeeChangeCents);
    s.bind(9, qint64(w.elasticityHundredths));
    s.bind(10, w.savedAt.toUTC().toString(Qt::ISODate));
    return s.run();
}

bool WhatIfScenarios::deleteRow(CipherDatabase& db, const QString& name, QString* /*error*/)
{
    CipherDatabase::Statement s = db.prepare("DELETE FROM whatif_scenarios WHERE name = ?1");
    if (!s.isValid())
        return false;
    s.bind(1, name);
    return s.run();
}

void WhatIfScenarios::save(const WhatIfScenario& scenario)
{
    const QString problem = problemOf(scenario);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, problem] { emit failed(problem); });
        return;
    }
    WhatIfScenario row = scenario;
    row.name = row.name.trimmed();
    if (!row.savedAt.isValid())
        row.savedAt = QDateTime::currentDateTimeUtc();
    post([row](CipherDatabase& db, QString* error) { return writeRow(db, row, error); },
         [this, name = row.name] { emit saved(name); });
}

void WhatIfScenarios::remove(const QString& name)
{
    post([name](CipherDatabase& db, QString* error) { return deleteRow(db, name, error); },
         [this, name] { emit removed(name); });
}

void WhatIfScenarios::post(std::function<bool(CipherDatabase&, QString*)> work, std::function<void()> onDone)
{
    CacheWriter* writer = m_cache && m_cache->state() == AccountCache::State::Open ? m_cache->writer() : nullptr;
    if (!writer) {
        QTimer::singleShot(0, this, [this] { emit failed(tr("The offline cache is not open.")); });
        return;
    }
    const quint64 ticket = CacheWriter::newTicket();
    m_pending.insert(ticket, std::move(onDone));
    // Queued to this object's thread; the connection goes with this object (a late answer finds nobody).
    connect(writer, &CacheWriter::confirmed, this, &WhatIfScenarios::onConfirmed, Qt::UniqueConnection);
    QMetaObject::invokeMethod(
        writer, [writer, ticket, work = std::move(work)] { writer->writeLocal(ticket, work); }, Qt::QueuedConnection);
}

void WhatIfScenarios::onConfirmed(quint64 ticket, bool ok, const QString& error)
{
    const auto it = m_pending.find(ticket);
    if (it == m_pending.end())
        return; // another object's write
    const std::function<void()> onDone = it.value();
    m_pending.erase(it);
    if (ok)
        onDone();
    else
        emit failed(error);
}

} // namespace sp
