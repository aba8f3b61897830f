#!/usr/bin/env bash
# Builds the release programs (build/bench, RelWithDebInfo) and runs the start-up benchmarks.
# Prints one line per figure: `BENCH <name> <value> <unit>` (see tests/bench/startup_bench.py).
#   scripts/bench.sh [--runs N] [--only app|sandbox]
# Exits non-zero with a clear message when building or a benchmarked program fails.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${SP_BENCH_BUILD_DIR:-$root/build/bench}
jobs=${SP_BUILD_JOBS:-$(nproc 2>/dev/null || echo 2)}

"$root/scripts/install-deps.sh" >&2

echo "bench: building sellerpulse, sellerpulse-sandbox and bench_bare_window in $build" >&2
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSP_BUILD_TESTS=OFF -DSP_BUILD_BENCHMARKS=ON >/dev/null \
  || { echo "bench: FAILED: configuring $build" >&2; exit 1; }
cmake --build "$build" --parallel "$jobs" --target sellerpulse sellerpulse-sandbox bench_bare_window >&2 \
  || { echo "bench: FAILED: building the benchmarked programs" >&2; exit 1; }

# The app signs in and keeps its refresh token in a keychain: give it a throw-away one, and
# offscreen widgets so that no display is needed.
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$root/scripts/with-keyring.sh" \
  python3 -B "$root/tests/bench/startup_bench.py" --bin-dir "$build/bin" "$@"
