#!/usr/bin/env bash
# Builds the release programs (build/bench, RelWithDebInfo) and runs the start-up benchmarks
# (tests/bench/startup_bench.py) and the sync benchmarks (bench_sync, tests/bench/SyncBenchMain.cpp).
# Prints one line per figure: `BENCH <name> <value> <unit>`; a figure that failed is printed as
# `BENCH <name> FAILED <reason>`, and the others are still measured.
#   scripts/bench.sh [--runs N] [--only app|sandbox|cached|sync|dashboard|orders_table|table_sort|interaction|export|whatif|alerts|restock]
# The cached-start figures (startup.cached_dashboard_*, in startup_bench.py) start the app with a
# remembered session and a synced cache of SP_BENCH_CACHED_ORDERS orders (default 200000; the cache
# is made by a real sync at each run, a few minutes), with the server unreachable and reachable.
# SP_BENCH_SYNC_ORDERS: orders in the sync benchmark's sandbox (default 200000).
# The export benchmark (bench_export, tests/bench/ExportBenchMain.cpp) exports a 100,000-row orders
# report as CSV (export.csv.rows_per_s).
# The dashboard benchmark (bench_dashboard, tests/bench/DashboardBenchMain.cpp) reads a cache of
# SP_BENCH_DASHBOARD_ORDERS orders (default 1000000), made once by a real sync (see dashboard_cache).
# The table sort benchmark (bench_table_sort, tests/bench/TableSortBenchMain.cpp) sorts the orders,
# products and finances tables of that cache by each column (orders_table.sort_query_ms; orders_table.sort_ms is bench_interaction's, through the window),
# and times the Payouts page's reads (payouts.page_ms); it runs with --only orders_table or table_sort.
# The what-if benchmark (bench_whatif, tests/bench/WhatIfBenchMain.cpp) times the what-if page's read of
# the last 90 days for one, ten and every SKU of that cache (whatif.history_ms); --only whatif.
# The alerts benchmark (bench_alerts, tests/bench/AlertsBenchMain.cpp) evaluates every alert rule on
# that cache right after an incremental sync's commit (alerts.evaluate_ms, goal <= 50).
# The restock benchmark (bench_restock, tests/bench/RestockBenchMain.cpp) plans every SKU and region of
# that cache (restock.plan_ms, issue 18); it runs with --only restock.
# Exits non-zero with a clear message when building or a benchmarked program fails.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SP_BENCH_BUILD_DIR:-$root/build/bench}
jobs=${SP_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}

"$root/scripts/install-deps.sh" >&2

only=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [[ ${args[i]} == --only && $((i + 1)) -lt ${#args[@]} ]]; then only=${args[i + 1]}; fi
done

echo "bench: building the app, the sandbox and the benchmark programs in $build" >&2
(cd "$root" && cmake --preset bench -B "$build") >/dev/null \
  || { echo "bench: FAILED: configuring $build" >&2; exit 1; }
cmake --build "$build" --parallel "$jobs" --target sellerpulse sellerpulse-sandbox bench_bare_window bench_startup_profile bench_sync bench_dashboard bench_export \
  bench_orders_table bench_table_sort bench_interaction bench_whatif bench_alerts bench_restock >&2 \
  || { echo "bench: FAILED: building the benchmarked programs" >&2; exit 1; }

# The encrypted cache of SP_BENCH_DASHBOARD_ORDERS orders that the dashboard benchmark reads (and the
# orders-table memory benchmark may reuse): made once by a real sync from the sandbox into
# $dashboard_cache_dir/profile (minutes), reused while its schema is current. Prints the SQLCipher
# file's path; $dashboard_cache_dir/cache.json also names the key file (64 hex digits, 0600, a
# throw-away key of the benchmark's in-memory keychain) and the account id.
dashboard_cache_dir=$build/dashboard-cache
dashboard_cache() {
  SP_SANDBOX_BIN="$build/bin/sellerpulse-sandbox" LANG=C.UTF-8 \
    "$build/bin/bench_dashboard" --dir "$dashboard_cache_dir" \
    --orders "${SP_BENCH_DASHBOARD_ORDERS:-1000000}" --prepare-only
}

status=0
# The app signs in and keeps its refresh token in a keychain: give it a throw-away one, and
# offscreen widgets so that no display is needed.
if [[ $only != sync && $only != dashboard && $only != orders_table && $only != table_sort && $only != interaction && $only != export && $only != whatif && $only != alerts && $only != restock ]]; then
  QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$root/scripts/with-keyring.sh" \
    python3 -B "$root/tests/bench/startup_bench.py" --bin-dir "$build/bin" \
    --cached-orders "${SP_BENCH_CACHED_ORDERS:-200000}" "$@" \
    || { echo "bench: FAILED: the start-up benchmarks (see above)" >&2; status=1; }
fi
if [[ -z $only || $only == sync ]]; then
  echo "bench: sync benchmarks (${SP_BENCH_SYNC_ORDERS:-200000} orders; a few minutes)" >&2
  SP_SANDBOX_BIN="$build/bin/sellerpulse-sandbox" LANG=C.UTF-8 \
    "$build/bin/bench_sync" --orders "${SP_BENCH_SYNC_ORDERS:-200000}" \
    || { echo "bench: FAILED: the sync benchmarks (see the FAILED lines)" >&2; status=1; }
fi
if [[ -z $only || $only == dashboard ]]; then
  echo "bench: dashboard benchmark (${SP_BENCH_DASHBOARD_ORDERS:-1000000} orders; the first run makes the cache)" >&2
  if dashboard_cache >/dev/null; then
    SP_SANDBOX_BIN="$build/bin/sellerpulse-sandbox" LANG=C.UTF-8 \
      "$build/bin/bench_dashboard" --dir "$dashboard_cache_dir" --orders "${SP_BENCH_DASHBOARD_ORDERS:-1000000}" \
      || { echo "bench: FAILED: the dashboard benchmark (see the FAILED line)" >&2; status=1; }
  else
    echo "BENCH dashboard.over_scan FAILED the cache could not be made (see above)"
    status=1
  fi
fi
if [[ -z $only || $only == orders_table || $only == table_sort ]]; then
  # Every sortable column of the three tables, both directions, over the 1,000,000-order cache.
  echo "bench: table sort benchmark (${SP_BENCH_DASHBOARD_ORDERS:-1000000} orders)" >&2
  if dashboard_cache >/dev/null; then
    LANG=C.UTF-8 QT_LOGGING_RULES="sellerpulse.*.info=false" "$build/bin/bench_table_sort" --dir "$dashboard_cache_dir" \
      || { echo "bench: FAILED: the table sort benchmark (see the FAILED line)" >&2; status=1; }
  else
    echo "BENCH orders_table.sort_query_ms FAILED the cache could not be made (see above)"
    status=1
  fi
fi
if [[ -z $only || $only == whatif ]]; then
  echo "bench: what-if benchmark (${SP_BENCH_DASHBOARD_ORDERS:-1000000} orders)" >&2
  if dashboard_cache >/dev/null; then
    LANG=C.UTF-8 QT_LOGGING_RULES="sellerpulse.*.info=false" "$build/bin/bench_whatif" --dir "$dashboard_cache_dir" \
      || { echo "bench: FAILED: the what-if benchmark (see the FAILED line)" >&2; status=1; }
  else
    echo "BENCH whatif.history_ms FAILED the cache could not be made (see above)"
    status=1
  fi
fi
if [[ -z $only || $only == restock ]]; then
  # Issue 18 part 1: the restock planner over every SKU and region of that cache (restock.plan_ms, goal 200).
  echo "bench: restock planner benchmark (${SP_BENCH_DASHBOARD_ORDERS:-1000000} orders)" >&2
  if dashboard_cache >/dev/null; then
    LANG=C.UTF-8 QT_LOGGING_RULES="sellerpulse.*.info=false" "$build/bin/bench_restock" --dir "$dashboard_cache_dir" \
      || { echo "bench: FAILED: the restock planner benchmark (see the FAILED line)" >&2; status=1; }
  else
    echo "BENCH restock.plan_ms FAILED the cache could not be made (see above)"
    status=1
  fi
fi
if [[ -z $only || $only == orders_table ]]; then
  # Peak memory of the main window with the orders page scrolled top to bottom over the dashboard
  # benchmark's 1,000,000-order cache, against an empty cache (each in a process of its own).
  echo "bench: orders-table memory benchmark (${SP_BENCH_DASHBOARD_ORDERS:-1000000} orders; a few minutes)" >&2
  if dashboard_cache >/dev/null; then
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="sellerpulse.*.info=false" \
      "$build/bin/bench_orders_table" --dir "$dashboard_cache_dir" \
      || { echo "bench: FAILED: the orders-table memory benchmark (see the FAILED line)" >&2; status=1; }
    # The orders' search (issue 15): count and first page for a fixed list of searches, median.
    echo "bench: orders-table search benchmark (tests/bench/OrderSearchTerms.h)" >&2
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="sellerpulse.*.info=false" \
      "$build/bin/bench_orders_table" --dir "$dashboard_cache_dir" --search \
      || { echo "bench: FAILED: the orders-table search benchmark (see the FAILED line)" >&2; status=1; }
  else
    echo "BENCH orders_table.memory_over_empty FAILED the cache could not be made (see above)"
    echo "BENCH orders_table.search_query_ms FAILED the cache could not be made (see above)"
    status=1
  fi
fi
if [[ -z $only || $only == interaction ]]; then
  # Search, sort and the UI thread's longest stall through the main window on the same cache.
  echo "bench: interaction benchmark (${SP_BENCH_DASHBOARD_ORDERS:-1000000} orders)" >&2
  if dashboard_cache >/dev/null; then
    LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="sellerpulse.*.info=false" \
      "$build/bin/bench_interaction" --dir "$dashboard_cache_dir" \
      || { echo "bench: FAILED: the interaction benchmark (see the FAILED lines)" >&2; status=1; }
  else
    echo "BENCH ui.max_stall_ms.interaction FAILED the cache could not be made (see above)"
    status=1
  fi
fi
if [[ -z $only || $only == alerts ]]; then
  echo "bench: alerts benchmark (${SP_BENCH_DASHBOARD_ORDERS:-1000000} orders)" >&2
  if dashboard_cache >/dev/null; then
    LANG=C.UTF-8 QT_LOGGING_RULES="sellerpulse.*.info=false" "$build/bin/bench_alerts" --dir "$dashboard_cache_dir" \
      || { echo "bench: FAILED: the alerts benchmark (see the FAILED line)" >&2; status=1; }
  else
    echo "BENCH alerts.evaluate_ms FAILED the cache could not be made (see above)"
    status=1
  fi
fi
if [[ -z $only || $only == export ]]; then
  echo "bench: export benchmark (CSV of a 100,000-row orders report)" >&2
  LANG=C.UTF-8 QT_LOGGING_RULES="sellerpulse.*.info=false" "$build/bin/bench_export" --rows 100000 \
    || { echo "bench: FAILED: the export benchmark (see the FAILED line)" >&2; status=1; }
fi
exit $status
