#pragma once

#include "expenses/ExpenseRecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sp {

// The strict checks of an Expense object (docs/api/openapi.yaml) as the listing and the writes'
// answers bring it: every field present with its type and range, nothing unknown. A page with one
// bad row is refused whole (PageDecoder), so a hostile page writes nothing.
namespace ExpenseDecoding {

inline constexpr qint64 kMaxAmountCents = 99999999999999;

// One object; false with a short English reason in `error` (for the log and the sync's message).
bool decode(const QJsonObject& object, ExpenseRecord* out, QString* error);
// The categories of the contract, in its order.
const QStringList& categories();

} // namespace ExpenseDecoding
} // namespace sp
