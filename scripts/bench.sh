#!/usr/bin/env bash
# Builds the release programs (build/bench, RelWithDebInfo) and runs the start-up benchmarks
# (tests/bench/startup_bench.py) and the sync benchmarks (bench_sync, tests/bench/SyncBenchMain.cpp).
# Prints one line per figure: `BENCH <name> <value> <unit>`; a figure that failed is printed as
# `BENCH <name> FAILED <reason>`, and the others are still measured.
#   scripts/bench.sh [--runs N] [--only app|sandbox|sync|export]
# SP_BENCH_SYNC_ORDERS: orders in the sync benchmark's sandbox (default 200000).
# The export benchmark (bench_export, tests/bench/ExportBenchMain.cpp) exports a 100,000-row orders
# report as CSV (export.csv.rows_per_s).
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

echo "bench: building sellerpulse, sellerpulse-sandbox, bench_bare_window, bench_sync and bench_export in $build" >&2
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSP_BUILD_TESTS=OFF -DSP_BUILD_BENCHMARKS=ON >/dev/null \
  || { echo "bench: FAILED: configuring $build" >&2; exit 1; }
cmake --build "$build" --parallel "$jobs" --target sellerpulse sellerpulse-sandbox bench_bare_window bench_sync bench_export >&2 \
  || { echo "bench: FAILED: building the benchmarked programs" >&2; exit 1; }

status=0
# The app signs in and keeps its refresh token in a keychain: give it a throw-away one, and
# offscreen widgets so that no display is needed.
if [[ $only != sync && $only != export ]]; then
  QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$root/scripts/with-keyring.sh" \
    python3 -B "$root/tests/bench/startup_bench.py" --bin-dir "$build/bin" "$@" \
    || { echo "bench: FAILED: the start-up benchmarks (see above)" >&2; status=1; }
fi
if [[ -z $only || $only == sync ]]; then
  echo "bench: sync benchmarks (${SP_BENCH_SYNC_ORDERS:-200000} orders; a few minutes)" >&2
  SP_SANDBOX_BIN="$build/bin/sellerpulse-sandbox" LANG=C.UTF-8 \
    "$build/bin/bench_sync" --orders "${SP_BENCH_SYNC_ORDERS:-200000}" \
    || { echo "bench: FAILED: the sync benchmarks (see the FAILED lines)" >&2; status=1; }
fi
if [[ -z $only || $only == export ]]; then
  echo "bench: export benchmark (CSV of a 100,000-row orders report)" >&2
  LANG=C.UTF-8 QT_LOGGING_RULES="sellerpulse.*.info=false" "$build/bin/bench_export" --rows 100000 \
    || { echo "bench: FAILED: the export benchmark (see the FAILED line)" >&2; status=1; }
fi
exit $status
