#pragma once

#include "whatif/WhatIfScenario.h"

#include <QObject>
#include <QPointer>
#include <QHash>

#include <functional>

namespace sp {

class AccountCache;
class CipherDatabase;

// Saves and deletes the seller's what-if scenarios (issue 18 part 4) in the encrypted offline cache,
// through the cache's only writer in its thread (CacheWriter::writeLocal), as ConfirmedUnitCosts
// writes a unit cost: never a second connection on the UI thread. A scenario never leaves this
// computer: nothing here talks to the network, and the sync neither reads nor sends the table.
class WhatIfScenarios : public QObject
{
    Q_OBJECT
public:
    explicit WhatIfScenarios(QObject* parent = nullptr);

    void setCache(AccountCache* cache); // null: nothing is written (failed() follows)
    // Replaces a scenario of the same name. saved() or failed() follows, always asynchronously.
    void save(const WhatIfScenario& scenario);
    void remove(const QString& name); // removed() or failed() follows

    static constexpr int kMaxNameLength = 100;
    // The checks save() makes: a readable message, empty when the scenario can be saved.
    static QString problemOf(const WhatIfScenario& scenario);

    // The writer thread's SQL (bound parameters), inside the writer's transaction.
    static bool writeRow(CipherDatabase& db, const WhatIfScenario& scenario, QString* error);
    static bool deleteRow(CipherDatabase& db, const QString& name, QString* error);

signals:
    void saved(const QString& name);
    void removed(const QString& name);
    void failed(const QString& message); // readable

private:
    void post(std::function<bool(CipherDatabase&, QString*)> work, std::function<void()> onDone);
    void onConfirmed(quint64 ticket, bool ok, const QString& error);

    QPointer<AccountCache> m_cache;
    QHash<quint64, std::function<void()>> m_pending; // this object's tickets among the writer's answers
};

} // namespace sp
