#pragma once

namespace sp {

class CacheQuery;
class CipherDatabase;

// The core's way to the read connection a CacheQuery owns, for the readers that run their own SQL
// on the UI thread (core/reports' DashboardQuery and ReportBuilder, CacheArchiveWriter) and for
// tests. Core only: ui/ never includes this header (module rule), so no widget holds a raw
// database handle; the UI passes the CacheQuery and the core reaches the connection here.
class ReadConnection
{
public:
    static CipherDatabase& of(const CacheQuery& query);
};

} // namespace sp
