#pragma once

#include <QtGlobal>

namespace sp {

// One entry per change of a row, in change order; an entry whose seq is no longer the row's is skipped.
struct ChangeEntry
{
    quint64 seq;
    qint64 changedAt;
    quint32 row;
};

} // namespace sp
