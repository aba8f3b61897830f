#include "ExportControl.h"

namespace sp {

bool ExportControl::rowDone(qint64 rowsDone, qint64 rowsTotal)
{
    if (m_callback && (rowsDone % kReportEvery == 0 || rowsDone == rowsTotal))
        m_callback(rowsDone, rowsTotal);
    return !isCancelled();
}

} // namespace sp
