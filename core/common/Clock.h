#pragma once

#include <QDateTime>

namespace sp {

// The time source, injected so that tests can move time without sleeping.
class Clock
{
public:
    Clock() = default;
    Clock(const Clock&) = default;
    Clock& operator=(const Clock&) = default;
    virtual ~Clock();
    virtual QDateTime nowUtc() const;
    virtual qint64 nowMSecsSinceEpoch() const;
};

} // namespace sp
