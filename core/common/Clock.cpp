#include "common/Clock.h"

namespace sp {

Clock::~Clock() = default;

QDateTime Clock::nowUtc() const { return QDateTime::currentDateTimeUtc(); }

qint64 Clock::nowMSecsSinceEpoch() const { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace sp
