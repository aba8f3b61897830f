#pragma once

#include "common/Clock.h"

namespace sp {

// The clock widgets read until the app injects its own (setClock): the real one. Widgets never read
// the wall clock directly, so that a test can set the time.
inline const Clock* systemClock()
{
    static const Clock clock;
    return &clock;
}

} // namespace sp
