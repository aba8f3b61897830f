#pragma once

#include "Business.h"
#include "BusinessGenerator.h"
#include "StateStore.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace sp {

// Every account's business and the simulated clock. The data is regenerated from the seed at every start
// and the recorded clock operations are replayed, so a restart serves exactly the same rows and sequences.
// Simulated now = real time + the seconds all advances added.
class BusinessRegistry
{
public:
    struct AdvanceResult
    {
        qint64 now = 0;
        qint64 newOrders = 0;
        qint64 changedOrders = 0;
    };

    BusinessRegistry(quint64 seed, int ordersPerAccount, const BusinessShape& shape = BusinessShape());

    // Generates (or regenerates) the business of the account at `index` (its creation order) and replays
    // the operations made after it existed.
    void addAccount(const QString& accountId, int index, qint64 createdAt, const QList<ClockOperation>& operations);
    // Records the offset of operations already made (at start, before any account is added).
    void restoreClock(const QList<ClockOperation>& operations);
    // Applies a new operation to every business; `operationIndex` is its position in the recorded list.
    AdvanceResult advance(const ClockOperation& operation, int operationIndex);

    Business* business(const QString& accountId);
    qint64 now() const;
    qint64 offsetSeconds() const { return m_offset; }

private:
    static void apply(Business* business, const ClockOperation& operation, int operationIndex, AdvanceResult* result);

    quint64 m_seed;
    int m_ordersPerAccount;
    BusinessShape m_shape;
    qint64 m_offset = 0;
    QHash<QString, int> m_indexById;
    std::vector<std::unique_ptr<Business>> m_businesses; // by account index
};

} // namespace sp
